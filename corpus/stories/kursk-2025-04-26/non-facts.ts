import type { NonFact } from '../../schema';

const SUBHEADING = 'subheading: labels the section, states nothing new';
const ANALYSIS = 'opinion/analysis with no checkable content';

/**
 * Body sentences deliberately left out of the facts, each with the reason.
 * A subheading that states a fact ("Russia admits presence of North Korean
 * troops") is not listed here: it is an alsoIn span of that fact.
 */
export const NON_FACTS: NonFact[] = [
  { outlet: 'unnamed', text: 'North Korean Involvement', reason: SUBHEADING },
  { outlet: 'unnamed', text: 'Background of the Kursk Incursion', reason: SUBHEADING },
  { outlet: 'unnamed', text: 'Implications and Future Outlook', reason: SUBHEADING },
  {
    outlet: 'unnamed',
    text: "The conflicting claims regarding the situation in Kursk and the timing of Putin's offer for talks raise questions about the true intentions of all parties involved.",
    reason: ANALYSIS,
  },
  {
    outlet: 'unnamed',
    text: "While Russia portrays the situation as a victory and a justification for negotiations, Ukraine's denial suggests a continued commitment to defending its positions.",
    reason: ANALYSIS,
  },
  {
    outlet: 'unnamed',
    text: 'The involvement of North Korean troops further complicates the conflict and raises concerns about the potential for escalation.',
    reason: ANALYSIS,
  },
  {
    outlet: 'unnamed',
    text: 'The meeting between Trump and Zelenskyy offers a glimmer of hope for a potential ceasefire and eventual peace negotiations.',
    reason: ANALYSIS,
  },
  {
    outlet: 'unnamed',
    text: 'However, significant obstacles remain, including the disagreement over territorial control and the underlying political differences between Russia and Ukraine.',
    reason: ANALYSIS,
  },
  {
    outlet: 'unnamed',
    text: 'The situation in Kursk will likely remain a key factor in any future negotiations, and the outcome of the conflict in this region could have significant implications for the broader war.',
    reason: 'speculation about the future; nothing checkable',
  },

  {
    outlet: 'euromaidan',
    text: 'The timing coincides with Russia’s announcement regarding developments in Kursk Oblast.',
    reason: 'transition: repeats the timing the lead already gives (fact talks-offer-after-kursk-claim) and names no development',
  },
  {
    outlet: 'euromaidan',
    text: 'The status of Kursk appears central to any prospective negotiations.',
    reason: 'transition into the Remchukov analysis; no checkable content of its own',
  },
];

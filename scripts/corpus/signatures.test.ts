import { describe, expect, it } from 'vitest';
import { signatureTerms } from '../../utils/match/corpus-index';
import { compileSignature, satisfiesSignature } from '../../utils/match/signature';
import { FACTS } from '../../corpus/stories/kursk-2025-04-26/facts/index';
import { TEST_VOCAB } from '../../tests/helpers/story';

const byId = new Map(FACTS.map((f) => [f.id, f]));
const states = (id: string, sentence: string): boolean => {
  const fact = byId.get(id);
  if (!fact?.signature) throw new Error(`no signature for ${id}`);
  const compiled = compileSignature(fact.signature, TEST_VOCAB);
  return satisfiesSignature(signatureTerms(sentence, compiled, TEST_VOCAB), compiled);
};

/**
 * Phrasings the five outlets did not use (so the validator cannot vouch for
 * them) that must still count as stating the fact, and sentences that state a
 * sibling fact or only share its vocabulary, which must not.
 */
const CASES: { id: string; accepts: string[]; rejects: string[] }[] = [
  // Classes of wrong match seen on real coverage (../shared/eval/real): a deployment is not fighting, and
  // another speaker's "failed" is not Putin's verdict.
  {
    id: 'nk-troops-fought-in-kursk',
    accepts: [
      'North Korean soldiers fought alongside Russian troops to retake Kursk.',
      'Moscow admitted that troops from the DPRK took part in the battle.',
    ],
    rejects: ['South Korean intelligence estimated that 11,000 North Korean soldiers had been deployed to support Russia.'],
  },
  {
    id: 'putin-kyiv-adventure-failed',
    accepts: ['"The Kyiv regime\'s adventure has completely failed," Putin said.'],
    rejects: ['"The plans of the Kiev regime to create a so-called strategic bridgehead have failed," Gerasimov said.'],
  },
  {
    id: 'kursk-fully-recaptured',
    accepts: [
      'Russia said on Saturday it had recaptured all of the Kursk region from Ukrainian forces.',
      'Moscow says Ukrainian troops have been driven out of Kursk.',
      'The Russian Armed Forces have completed the liberation of the Kursk Region.',
      'Russia says it has expelled Ukrainian forces from Kursk.',
      "Russia's military announced the complete liberation of the Kursk region.",
    ],
    rejects: [
      "Ukraine launched a surprise incursion into Russia's Kursk region in August 2024.",
      'Ukrainian forces still control about 40 square kilometres of the region, according to the ISW.',
    ],
  },
  {
    id: 'gornal-last-settlement-retaken',
    accepts: [
      'Russian forces recaptured Gornal, the final village under Ukrainian control.',
      'The last settlement held by Kyiv has fallen, Gerasimov said.',
    ],
    rejects: ['Russia says its forces have fully retaken the Kursk region.', 'Fighting continues near Gornal, Ukrainian officials said.'],
  },
  {
    id: 'gerasimov-briefed-putin',
    accepts: [
      'Chief of the General Staff Valery Gerasimov briefed Putin on Saturday.',
      'Gerasimov reported the news to Putin in a video meeting.',
    ],
    rejects: ['Putin congratulated Gerasimov on the victory.', 'Gerasimov praised the heroism of North Korean soldiers.'],
  },
  {
    id: 'kursk-claim-contested',
    accepts: ["Kyiv disputes Moscow's claim.", 'The claim remains contested.'],
    rejects: ['Russia claims to have recaptured the Kursk region.', "Ukraine's troops continue to hold positions in Kursk."],
  },
  {
    id: 'ukraine-denies-kursk-claim',
    accepts: [
      "Ukraine's military denied that the fighting in Kursk was over.",
      'Kyiv called the claim false.',
      'Kyiv has denied that its troops have been pushed out.',
      "Ukraine's military command rejected the claim.",
      "Ukraine's General Staff rejected Moscow's claims.",
    ],
    rejects: ['Russia says it has fully retaken Kursk.', 'Independent sources say Ukrainian forces retain control of some territory.'],
  },
  {
    id: 'ukraine-calls-claim-propaganda',
    accepts: ['Kyiv dismissed the announcement as propaganda.'],
    rejects: ["Ukraine's General Staff said the Russian statements were not true."],
  },
  {
    id: 'ukraine-says-kursk-operation-continues',
    accepts: [
      "Ukraine's General Staff said its defensive operation in Kursk continues.",
      'Ukrainian troops are still holding positions in the Kursk region, Kyiv said.',
      "Ukraine's military said its forces were still fighting in Kursk.",
    ],
    rejects: [
      "Ukraine's General Staff said Russia's claims were not true.",
      'Ukrainian forces retain control of some territory in the region, the ISW said.',
      'Despite the ongoing fighting, Putin said Russia is ready for talks with Ukraine.',
    ],
  },
  {
    id: 'independent-sources-ukraine-holds-territory',
    accepts: [
      'The Institute for the Study of War says Ukrainian troops still hold a foothold in the region.',
      'Open-source analysts say Ukraine still controls about 40 square kilometres.',
    ],
    rejects: [
      "Ukraine's General Staff said its units continue to hold positions in Kursk.",
      'Ukraine took control of an estimated 1,300 square kilometres of Russian territory.',
    ],
  },
  {
    id: 'russia-ready-for-peace-talks',
    accepts: ['The Kremlin said Putin is open to negotiations with Kyiv.', 'Moscow says it is prepared to hold peace talks with Ukraine.'],
    rejects: ["Trump's envoy Steve Witkoff met Putin in Moscow on Friday.", 'Trump and Zelensky met at the Vatican.'],
  },
  {
    id: 'talks-without-preconditions',
    accepts: [
      'Putin is ready to negotiate with Ukraine with no preconditions, the Kremlin said.',
      'Russia offers unconditional talks with Kyiv.',
    ],
    rejects: ['Russia says it is ready to hold peace talks with Kyiv.', 'Zelensky said Kyiv was ready for an unconditional ceasefire.'],
  },
  {
    id: 'putin-offer-repeated-before',
    accepts: [
      'Peskov said Putin had repeatedly expressed his readiness for talks.',
      'Putin has stated this willingness several times in the past.',
    ],
    rejects: [
      'Putin reiterated that Russia is ready to resume negotiations.',
      'North Korea, which previously had supplied weapons to Moscow, said so.',
    ],
  },
  {
    id: 'talks-offer-after-kursk-claim',
    accepts: ['The offer came hours after Moscow claimed to have driven Ukrainian troops out of Kursk.'],
    rejects: [
      'Putin is ready for talks with Ukraine, the Kremlin said.',
      'Russia claimed it had recaptured Kursk.',
      'Putin views the complete recapture of Kursk as a prerequisite for serious talks.',
    ],
  },
  {
    id: 'witkoff-met-putin',
    accepts: [
      'US envoy Steve Witkoff held talks with Putin in Moscow on Friday.',
      "Putin received Trump's special envoy at the Kremlin on Friday.",
    ],
    rejects: ['Putin is ready to resume negotiations with Ukraine without preconditions.', 'Trump and Zelensky met at the Vatican.'],
  },
  {
    id: 'trump-zelensky-met-at-vatican',
    accepts: [
      "Trump and Zelensky held talks in St Peter's Basilica before the pope's funeral.",
      "Zelenskyy met Trump on the sidelines of Pope Francis's funeral.",
    ],
    rejects: ['Zelensky also met French President Emmanuel Macron in Rome.', 'The White House called the meeting productive.'],
  },
  {
    id: 'vatican-meeting-15-minutes',
    accepts: ['The two leaders spoke for about 15 minutes.', 'Their meeting lasted a quarter of an hour.'],
    rejects: ['Trump and Zelensky met at the Vatican before the funeral.', 'Zelensky briefly met with Trump.'],
  },
  {
    id: 'vatican-meeting-in-st-peters-basilica',
    accepts: ["They talked inside St. Peter's Basilica."],
    rejects: ['Zelensky also met French President Emmanuel Macron in Rome.', 'Trump and Zelensky met at the Vatican before the funeral.'],
  },
  {
    id: 'vatican-meeting-constructive',
    accepts: ['Kyiv described the Vatican talks as constructive.'],
    rejects: [
      'Trump and Zelensky met at the Vatican.',
      "Putin's aide Yuri Ushakov described the conversation with Witkoff as constructive.",
    ],
  },
  {
    id: 'white-house-meeting-productive',
    accepts: ['The White House said the meeting was very productive.'],
    rejects: [
      'Ukrainian officials described the conversation as constructive.',
      'White House Communications Director Steven Cheung confirmed the meeting.',
    ],
  },
  {
    id: 'zelensky-meeting-could-be-historic',
    accepts: ['Zelensky said the meeting had the potential to become historic.'],
    rejects: ['Trump and Zelensky met at the Vatican.'],
  },
  {
    id: 'zelensky-met-macron',
    accepts: ['Zelensky also held talks with Emmanuel Macron.'],
    rejects: ['Macron said France and Britain are ready to lead a coalition of the willing.', 'Trump and Zelensky met at the Vatican.'],
  },
  {
    id: 'talks-offer-coincides-with-vatican-meeting',
    accepts: ["Putin's offer coincided with Trump's meeting with Zelensky at the Vatican."],
    rejects: ['Trump and Zelensky met at the Vatican.', "Trump cast doubt on Putin's willingness while flying back from the Vatican."],
  },
  {
    id: 'nk-troops-fought-in-kursk',
    accepts: [
      'North Korean troops fought alongside Russian forces in Kursk.',
      "Pyongyang's troops took part in combat in Kursk.",
      'Gerasimov confirmed that North Korean soldiers took part in the Kursk operation.',
    ],
    rejects: [
      'North Korea sent more than 10,000 soldiers to Russia last year.',
      'Moscow and Pyongyang have acknowledged military cooperation.',
    ],
  },
  {
    id: 'nk-troops-first-official-acknowledgment',
    accepts: [
      'It is the first time Moscow has acknowledged deploying North Korean troops.',
      'Russia admits presence of North Korean troops',
      'Moscow confirmed for the first time that Pyongyang had sent soldiers.',
    ],
    rejects: [
      'Gerasimov confirmed that North Korean soldiers fought against Ukrainian troops in Kursk.',
      'Moscow and Pyongyang have acknowledged military cooperation.',
    ],
  },
  {
    id: 'gerasimov-praised-nk-soldiers',
    accepts: ['Gerasimov hailed the courage of the North Korean troops.'],
    rejects: ['Putin congratulated Gerasimov on the victory.', 'North Korean soldiers fought in Kursk.'],
  },
  {
    id: 'nk-troops-sent-total',
    accepts: ['Pyongyang deployed about 12,000 soldiers to Russia.'],
    rejects: ['North Korean soldiers fought against Ukrainian troops in Kursk.'],
  },
  {
    id: 'moscow-pyongyang-military-cooperation',
    accepts: ['Russia and North Korea have previously acknowledged military cooperation.'],
    rejects: ['North Korean soldiers fought in Kursk.'],
  },
  {
    id: 'trump-threatens-sanctions',
    accepts: ['Trump threatened Russia with new sanctions.', 'Trump floated secondary sanctions on Russia.'],
    rejects: ['Trump suggested Putin may be tapping him along.', 'Trump referred to deadly Russian strikes on Kyiv.'],
  },
  {
    id: 'trump-tapping-me-along',
    accepts: ['Trump said Putin may be just tapping me along.', 'Trump suggested Putin was stringing him along.'],
    rejects: ['Trump threatened new sanctions.', "Trump cast doubt on Putin's willingness to negotiate."],
  },
  {
    id: 'trump-remark-refers-to-kyiv-strikes',
    accepts: ['Trump was referring to a deadly Russian missile strike on Kyiv this week.'],
    rejects: [
      'Trump threatened banking or secondary sanctions.',
      'There was no reason for Putin to be shooting missiles into civilian areas.',
    ],
  },
  {
    id: 'incursion-august-2024',
    accepts: [
      "Ukraine launched a surprise incursion into Russia's Kursk region in August 2024.",
      'Ukrainian forces crossed the border into Kursk last August.',
    ],
    rejects: [
      'Kyiv hoped the captured territory would serve as a bargaining chip.',
      "Russian forces gradually eroded Ukraine's gains throughout early 2025.",
      "Pyongyang sent more than 10,000 soldiers to Russia last year to help Moscow fight back against Ukraine's shock Kursk offensive.",
    ],
  },
  {
    id: 'incursion-as-bargaining-chip',
    accepts: [
      'Kyiv hoped to use the Kursk territory as a bargaining chip in peace talks.',
      'The seized land was meant to give Ukraine leverage in negotiations.',
    ],
    rejects: [
      'Ukraine launched a surprise incursion into Kursk in August.',
      'For Putin, any bargaining over Kursk territory is unacceptable.',
    ],
  },
  {
    id: 'ukrainian-gains-eroded-2025',
    accepts: ["Russian troops have slowly clawed back Ukraine's gains in Kursk."],
    rejects: ['Ukraine launched an offensive into Kursk in August 2024.', 'Russia says it has fully retaken the Kursk region.'],
  },
  {
    id: 'putin-congratulated-troops',
    accepts: ['Putin congratulated the Russian forces on their victory.', 'Putin thanked the troops and commanders.'],
    rejects: [
      'Gerasimov praised in particular the "heroism" of North Korean soldiers, the first time the Russian Army has officially acknowledged them.',
      'In his report to Putin, Gerasimov praised North Korean soldiers for their role in the fighting.',
    ],
  },
  {
    id: 'ukrainian-gains-eroded-2025',
    accepts: ['Ukraine steadily lost ground in Kursk over the winter.'],
    rejects: [
      'Putin has claimed that his country has regained control of Kursk, the border region where Ukraine launched a surprise offensive last year.',
    ],
  },
  {
    id: 'three-killed-overnight',
    accepts: ['Russian strikes killed three people in Ukraine overnight.'],
    rejects: [
      'Two people died in a strike on the town of Yarova.',
      'Russia launched three missiles and 114 drones over Ukraine overnight.',
    ],
  },
  {
    id: 'drones-destroyed-or-decoys',
    accepts: ['Ukraine’s air force said 66 drones were shot down and 31 decoys were jammed.'],
    rejects: ['Russian air defenses shot down 45 Ukrainian drones overnight.'],
  },
  {
    id: 'incursion-territory-captured',
    accepts: ['Ukrainian troops seized about 1,300 square kilometres of Russian land.'],
    rejects: ['The ISW says Ukraine still controls about 40 square kilometres of the region.'],
  },
  {
    id: 'trump-very-close-to-deal',
    accepts: ['Trump said Moscow and Kyiv were close to an agreement.'],
    rejects: ['By the time an agreement is reached, the region must be fully cleared.'],
  },
  {
    id: 'trump-plan-talks-after-ceasefire',
    accepts: ["Under Trump's plan, negotiations would start as soon as a truce takes hold."],
    rejects: ['Zelensky said Kyiv was ready for an unconditional ceasefire.', 'Zelensky met Trump to discuss a potential ceasefire deal.'],
  },
  {
    id: 'war-three-years',
    accepts: ['The conflict is now in its fourth year.', 'after more than three years of war'],
    rejects: ['Russia launched three missiles and 114 drones over Ukraine overnight.'],
  },
  {
    id: 'zelensky-post-unconditional-ceasefire',
    accepts: ['Zelensky said they discussed a full and unconditional ceasefire and a lasting peace.'],
    rejects: ['Macron said Kyiv was ready for an unconditional ceasefire.'],
  },
  {
    id: 'macron-kyiv-ready-for-ceasefire',
    accepts: ['Macron said Zelensky told him Kyiv was ready for an unconditional truce.'],
    rejects: ['Zelensky wrote that they discussed a full and unconditional ceasefire.'],
  },
  // Classes of wording from the dev split's errors (issue 18), each written in our own words.
  {
    id: 'talks-offer-after-kursk-claim',
    accepts: ['Having declared Kursk retaken, the Kremlin said Moscow was open to talks with Kyiv.'],
    // "Announced" is the claim's own verb, not an offer of talks.
    rejects: ['Russia announced that its forces had recaptured the whole Kursk region.'],
  },
  {
    id: 'putin-conditions-for-further-advances',
    accepts: [
      'Putin said driving Ukraine out of Kursk opened the way for further Russian successes.',
      'The victory creates conditions for further advances, Putin said.',
    ],
    rejects: ['He admitted that battlefield conditions in Kursk stayed difficult despite Russian advances.'],
  },
  {
    id: 'kursk-fully-recaptured',
    accepts: ['Gerasimov said the last settlement, Gornal, had been seized.'],
    // Seizing territory in Kursk was Ukraine's incursion; a Ukrainian's "claim was untrue" names the claim without stating it.
    rejects: [
      'Ukrainian troops seized a large part of the Kursk region last summer.',
      'A Ukrainian official said the claim was untrue and the area they controlled in Kursk had shrunk.',
    ],
  },
  {
    id: 'nk-troops-fought-in-kursk',
    accepts: [
      'Moscow acknowledged the role of North Korean troops in the Kursk campaign.',
      "Gerasimov praised North Korea's contribution to the fighting in Kursk.",
    ],
    rejects: ['North Korea sent engineers to Russia to help rebuild roads.'],
  },
  {
    id: 'ukraine-denies-kursk-claim',
    accepts: ["Ukraine's General Staff countered Moscow's claim.", "Kyiv contradicted Russia's version of events."],
    // Another denial in a story that names Ukraine is not this one.
    rejects: ['The administration is denying any military involvement in the war in Ukraine.'],
  },
  {
    id: 'ukraine-says-kursk-operation-continues',
    accepts: ['Ukrainian units are holding their positions in the Kursk sector.'],
    rejects: ['The Ukrainian side had hoped to keep part of Kursk as leverage.'],
  },
  {
    id: 'ukraine-six-combat-engagements',
    accepts: ['Ukrainian forces repelled five assaults in Kursk, with another engagement still under way.'],
    rejects: ['Ukraine reported heavy fighting near Pokrovsk.'],
  },
  {
    id: 'vatican-meeting-constructive',
    accepts: ['Zelensky’s office called the conversation with Trump at the Vatican constructive.'],
    // The White House's "productive" is another party's word and another fact.
    rejects: ['A White House spokesman called the meeting at the Vatican productive.'],
  },
  {
    id: 'first-meeting-since-oval-office-clash',
    accepts: [
      'It was their first meeting since a tense exchange at the White House in February.',
      'The Vatican talk was the first since their contentious White House meeting.',
    ],
    rejects: ['Trump and Zelensky met for the first time in Rome.'],
  },
  {
    id: 'trump-no-reason-for-missile-strikes',
    accepts: ["Trump condemned Russia's missile strikes on civilian areas."],
    rejects: ['Trump said Russia and Ukraine were very close to a deal.'],
  },
  {
    id: 'kursk-claim-contested',
    accepts: ['Ukraine rejected the announcement as propaganda.'],
    // A challenging situation is not a challenged claim.
    rejects: ['The situation in the Kursk sector remains challenging, the Ukrainian command said.'],
  },
];

describe('fact signatures', () => {
  it('every fact has one', () => {
    expect(FACTS.filter((f) => !f.signature?.length).map((f) => f.id)).toEqual([]);
  });

  it('every case names a real fact', () => {
    expect(CASES.map((c) => c.id).filter((id) => !byId.has(id))).toEqual([]);
  });

  describe.each(CASES)('$id', ({ id, accepts, rejects }) => {
    it.each(accepts)('accepts: %s', (sentence) => expect(states(id, sentence)).toBe(true));
    it.each(rejects)('rejects: %s', (sentence) => expect(states(id, sentence)).toBe(false));
  });
});

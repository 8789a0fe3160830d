import type { Fact } from '../../../schema';

/** Checkable claims inside the outlets' analysis passages. */
export const ANALYSIS_FACTS: Fact[] = [
  {
    id: 'both-sides-struggling-elsewhere',
    statement: 'Both sides have been struggling to make gains elsewhere on the front lines.',
    topic: 'analysis',
    core: false,
    signature: [
      ['struggling', 'struggle', 'struggled', 'difficulty', 'little progress', 'stalemate', 'bogged down'],
      ['elsewhere', 'other parts', 'rest of the front', 'other areas', 'other sections', 'other sectors'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt: 'both sides have been struggling to make gains elsewhere on the frontlines',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'donbas-war-during-trump-first-term',
    statement: "Ukraine was fighting Russian-backed separatists in the Donbas throughout Trump's first term.",
    topic: 'analysis',
    core: false,
    signature: [
      ['Donbas', 'Donbass', 'separatists', 'Luhansk'],
      ['first term', 'previous term', 'his term', 'his presidency', 'while he was president', 'in office'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          'He seemed unaware that Ukraine was engaged in a war against Russian-backed separatists in the Donbas throughout his entire first term.',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'remchukov-kursk-prerequisite',
    statement:
      'Nezavisimaya Gazeta editor Konstantin Remchukov says Putin sees the full recapture of Kursk as a prerequisite for serious talks.',
    topic: 'analysis',
    core: false,
    signature: [
      ['prerequisite', 'must be cleared', 'must be fully cleared', 'unacceptable', 'requirement', 'cleared first', 'serious talks'],
      ['Kursk', 'region'],
      ['talks', 'negotiations', 'bargaining', 'agreement'],
    ],
    reports: [
      {
        outlet: 'euromaidan',
        excerpt:
          'According to Konstantin Remchukov, editor-in-chief of Nezavisimaya Gazeta, Putin views the complete recapture of Kursk as a prerequisite for serious talks. In an article published a week earlier, Remchukov wrote: “For Putin, any bargaining over Kursk territory is unacceptable; by the time an agreement is reached, the region must be fully cleared.”',
        attribution: 'remchukov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'remchukov-putin-exit-along-contact-line',
    statement: 'Remchukov says that once Kursk is cleared, Putin would be prepared to exit the war along the current line of contact.',
    topic: 'analysis',
    core: false,
    signature: [
      ['line of contact', 'contact line', 'current front line', 'current frontline', 'current positions', 'current lines'],
      ['exit', 'end', 'stop', 'freeze', 'wind down', 'leave', 'ceasefire', 'halt'],
    ],
    reports: [
      {
        outlet: 'euromaidan',
        excerpt:
          'He added that once this condition is met, Putin would be prepared to exit the war along the current line of contact, despite earlier statements.',
        attribution: 'remchukov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'financial-times-echoed-remchukov',
    statement: "The Financial Times later reported an assessment echoing Remchukov's.",
    topic: 'analysis',
    core: false,
    signature: [
      ['Financial Times', 'FT'],
      ['echoed', 'assessment', 'similar', 'same conclusion', 'reported', 'reporting', 'report'],
    ],
    reports: [
      {
        outlet: 'euromaidan',
        excerpt: 'This assessment was later echoed by reporting in the British newspaper Financial Times.',
        attribution: 'financial-times',
        framing: 'attributes',
      },
    ],
  },
];

/**
 * Who may voice each attribution: the story's people and bodies (as named in a sentence) that speak
 * for it. "The Kremlin said" voices Putin's offer; "Zelensky said" does not voice Ukraine's General
 * Staff, and "Rubio said" voices none of Trump's words. An attribution with no entry (a ministry,
 * analysts, a wire service) is voiced by whoever the sentence names, so it constrains nothing.
 */
import type { AttributionId } from '../../schema';

export const ATTRIBUTION_SPEAKERS: Partial<Record<AttributionId, string[]>> = {
  putin: ['Putin', 'Kremlin', 'Peskov', 'Ushakov'],
  gerasimov: ['Gerasimov'],
  peskov: ['Peskov', 'Kremlin', 'Putin'],
  kremlin: ['Kremlin', 'Peskov', 'Putin', 'Ushakov'],
  ushakov: ['Ushakov', 'Kremlin'],
  'russian-military': ['Gerasimov'],
  'ukraine-general-staff': ["Ukraine's General Staff"],
  'ukraine-officials': ["Ukraine's General Staff", 'Zelensky', 'Nykyforov'],
  zelensky: ['Zelensky', 'Nykyforov'],
  nykyforov: ['Nykyforov', 'Zelensky'],
  trump: ['Trump', 'White House'],
  'white-house': ['White House', 'Cheung', 'Trump'],
  macron: ['Macron'],
  isw: ['ISW'],
  remchukov: ['Remchukov'],
};

/** The people among them: "he said" can point back to one of these, never to a body like the Kremlin. */
export const SPEAKING_PEOPLE = ['Putin', 'Gerasimov', 'Peskov', 'Ushakov', 'Zelensky', 'Nykyforov', 'Trump', 'Macron', 'Remchukov', 'Witkoff', 'Cheung'];

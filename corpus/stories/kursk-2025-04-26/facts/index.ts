import type { Fact } from '../../../schema';
import { ANALYSIS_FACTS } from './analysis';
import { DIPLOMACY_CONTEXT_FACTS } from './diplomacy-context';
import { INCURSION_BACKGROUND_FACTS } from './incursion-background';
import { KURSK_CLAIM_FACTS } from './kursk-claim';
import { NORTH_KOREAN_TROOPS_FACTS } from './north-korean-troops';
import { SANCTIONS_THREAT_FACTS } from './sanctions-threat';
import { STRIKES_CASUALTIES_FACTS } from './strikes-casualties';
import { TALKS_OFFER_FACTS } from './talks-offer';
import { TERRITORY_FIGURES_FACTS } from './territory-figures';
import { UKRAINE_DENIAL_FACTS } from './ukraine-denial';
import { VATICAN_MEETING_FACTS } from './vatican-meeting';
import { WITKOFF_VISIT_FACTS } from './witkoff-visit';

/** Every fact, in TOPIC_IDS order so the generated runtime file is stable. */
export const FACTS: Fact[] = [
  ...KURSK_CLAIM_FACTS,
  ...UKRAINE_DENIAL_FACTS,
  ...NORTH_KOREAN_TROOPS_FACTS,
  ...TALKS_OFFER_FACTS,
  ...WITKOFF_VISIT_FACTS,
  ...VATICAN_MEETING_FACTS,
  ...SANCTIONS_THREAT_FACTS,
  ...INCURSION_BACKGROUND_FACTS,
  ...TERRITORY_FIGURES_FACTS,
  ...STRIKES_CASUALTIES_FACTS,
  ...DIPLOMACY_CONTEXT_FACTS,
  ...ANALYSIS_FACTS,
];

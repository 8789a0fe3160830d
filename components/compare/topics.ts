/** Words the compare page shows for corpus topics. */
import type { TopicId } from '../../corpus/schema';

export const TOPIC_LABEL: Record<TopicId, string> = {
  'kursk-claim': 'Russia’s Kursk claim',
  'ukraine-denial': 'Ukraine’s denial',
  'north-korean-troops': 'North Korean troops',
  'talks-offer': 'Russia’s talks offer',
  'witkoff-visit': 'Witkoff’s visit',
  'vatican-meeting': 'Trump–Zelensky Vatican meeting',
  'sanctions-threat': 'Trump’s sanctions threat',
  'incursion-background': 'Background: the 2024 incursion',
  'territory-figures': 'Territory figures',
  'strikes-casualties': 'Strikes and casualties',
  'diplomacy-context': 'Diplomacy',
  analysis: 'Analysis',
};

/**
 * General vocabulary of news reporting, for any story: the same thing said differently ("talks" and
 * "negotiations", "soldiers" and "troops"). A story adds its own names and phrases
 * (StoryDefinition.vocabulary). Kept deliberately narrow: a synonym that is only sometimes a synonym
 * ("operation", "forces") buys recall at the price of wrong matches.
 */

/** Multi-word phrases → one token. Longest phrases win. */
export const GENERIC_PHRASES: Record<string, string[]> = {
  usa: ['united states', 'u.s.', 'u.s', 'usa'],
  deni: [
    'not true',
    'nothing more than propaganda',
    'not the case',
    'not correct',
    'does not correspond to reality',
    'do not correspond to reality',
  ],
  video: ['video conference', 'video call', 'video link'],
};

/** Single words → a shared concept, applied before stemming. */
export const GENERIC_WORDS: Record<string, string[]> = {
  recaptur: [
    'liberated',
    'liberation',
    'liberate',
    'liberating',
    'recaptured',
    'recapture',
    'recapturing',
    'recaptures',
    'retaken',
    'retook',
    'retake',
    'retaking',
    'regained',
    'regain',
    'regaining',
    'reclaimed',
    'reclaim',
    'freed',
    'cleared',
  ],
  expel: ['expelled', 'expulsion', 'ejected', 'ousted', 'oust', 'dislodged', 'forced', 'pushed', 'expel', 'driven'],
  troop: ['troops', 'soldiers', 'soldier', 'servicemen', 'fighters', 'personnel'],
  negoti: ['negotiations', 'negotiation', 'negotiate', 'talks', 'talk', 'dialogue'],
  speak: ['spoke', 'spoken', 'speak', 'speaks', 'speaking'],
  video: ['videoconference', 'videoconferencing', 'videolink'],
  deni: [
    'denies',
    'denied',
    'deny',
    'denial',
    'disputed',
    'disputes',
    'dispute',
    'rejected',
    'rejects',
    'dismissed',
    'untrue',
    'contested',
    'refuted',
    'refutes',
    'countered',
    'counters',
    'contradicted',
    'contradicts',
    'rebuffed',
    'rebutted',
  ],
  incurs: ['incursion', 'offensive', 'invasion'],
  ceasefir: ['ceasefire', 'truce', 'cease-fire'],
  envoi: ['envoy', 'representative', 'emissary'],
  sanction: ['sanctions', 'sanction', 'penalties'],
  kill: ['killed', 'died', 'dead', 'deaths', 'death', 'kills'],
  drone: ['drones', 'uavs', 'uav'],
  congratul: ['congratulated', 'congratulations', 'congratulating', 'congratulate', 'congratulates'],
  prais: ['praised', 'praising', 'praises', 'hailed', 'lauded', 'commended'],
  demin: ['demined', 'demining', 'mines', 'ordnance'],
  heroism: ['heroism', 'courage', 'bravery', 'valor'],
  funer: ['funeral', 'burial'],
  histor: ['historic', 'historical'],
  threaten: ['threatened', 'threatens', 'threatening', 'threat', 'threats', 'warned', 'warns'],
  meet: ['met', 'meet', 'meeting', 'meetings', 'meets'],
  acknowledg: ['acknowledged', 'admitted', 'admits', 'confirmed', 'confirms', 'acknowledges', 'admitting'],
};

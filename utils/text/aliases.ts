/**
 * The same thing said differently across outlets and translations. Phrases are
 * rewritten to one token before tokenising; words are mapped to one concept
 * before stemming. Kept deliberately narrow: a synonym that is only sometimes
 * a synonym ("operation", "forces") buys recall at the price of wrong matches.
 */

/** Multi-word names and titles → one token. Longest phrases win. */
export const PHRASE_ALIASES: Record<string, string[]> = {
  nkorea: [
    "democratic people's republic of korea",
    'north korean',
    'north koreans',
    'north korea',
    'dprk',
    'pyongyang',
  ],
  skorea: ['south korean', 'south korea', 'seoul'],
  gerasimov: [
    'chief of the general staff of the armed forces',
    'chief of the russian general staff',
    'chief of the general staff',
    'chief of general staff',
    'russian chief of staff',
    'chief of staff',
    "russia's top general",
    'top general',
  ],
  // Ukraine's own chief of staff is not Gerasimov: the longer phrase wins over "chief of staff".
  ukrgenstaff: [
    "ukraine's chief of staff",
    'ukrainian chief of staff',
    "general staff of ukraine's armed forces",
    "ukraine's general staff",
    'ukrainian general staff',
    "ukraine's military",
    "ukraine's army",
    'ukrainian army',
    'ukrainian armed forces',
  ],
  usa: ['united states', 'u.s.', 'u.s', 'usa'],
  vatican: ['vatican city', 'holy see'],
  // Where in the Vatican they met is its own fact, so the basilica is not folded into "Vatican".
  basilica: ["st peter's basilica", "st. peter's basilica", "saint peter's basilica", "st peter's", "st. peter's"],
  isw: ['institute for the study of war'],
  witkoff: ['steve witkoff', 'steven witkoff'],
  whitehouse: ['white house'],
  precondit: ['without any preconditions', 'without preconditions', 'no preconditions', 'without conditions'],
  secondarysanct: ['secondary sanctions', "secondary sanctions?'", 'secondary tariffs'],
  truthsocial: ['truth social'],
  ovaloffice: ['oval office'],
  deni: ['not true', 'nothing more than propaganda', 'not the case', 'not correct', 'does not correspond to reality', 'do not correspond to reality'],
  video: ['video conference', 'video call', 'video link'],
  popefrancis: ['pope francis', 'the pope', 'pontiff'],
  tappingalong: ['tapping me along', 'tapping along', 'stringing me along', 'stringing along'],
  completfail: ['completely failed', 'failed completely', 'complete failure', 'total failure', 'utterly failed'],
  lastsettl: ['last settlement', 'last village', 'last remaining settlement', 'final settlement', 'last populated'],
};

/** Single words → a shared concept, applied before stemming. */
export const WORD_ALIASES: Record<string, string[]> = {
  kyiv: ['kiev'],
  zelensky: ['zelenskyy', 'zelenskiy', 'zelenskyi', 'zelenski'],
  recaptur: [
    'liberated', 'liberation', 'liberate', 'liberating',
    'recaptured', 'recapture', 'recapturing', 'recaptures',
    'retaken', 'retook', 'retake', 'retaking',
    'regained', 'regain', 'regaining',
    'reclaimed', 'reclaim', 'freed', 'cleared',
  ],
  expel: ['expelled', 'expulsion', 'ejected', 'ousted', 'oust', 'dislodged', 'forced', 'pushed', 'expel', 'driven'],
  troop: ['troops', 'soldiers', 'soldier', 'servicemen', 'fighters', 'personnel'],
  negoti: ['negotiations', 'negotiation', 'negotiate', 'talks', 'talk', 'dialogue'],
  speak: ['spoke', 'spoken', 'speak', 'speaks', 'speaking'],
  video: ['videoconference', 'videoconferencing', 'videolink'],
  deni: ['denies', 'denied', 'deny', 'denial', 'disputed', 'disputes', 'dispute', 'rejected', 'rejects', 'dismissed', 'untrue', 'contested', 'refuted', 'refutes', 'countered', 'counters', 'contradicted', 'contradicts', 'rebuffed', 'rebutted'],
  incurs: ['incursion', 'offensive', 'invasion'],
  ceasefir: ['ceasefire', 'truce', 'cease-fire'],
  envoi: ['envoy', 'representative', 'emissary'],
  sanction: ['sanctions', 'sanction', 'penalties'],
  kill: ['killed', 'died', 'dead', 'deaths', 'death', 'kills'],
  drone: ['drones', 'uavs', 'uav'],
  congratul: ['congratulated', 'congratulations', 'congratulating', 'congratulate', 'congratulates'],
  // Praising or thanking someone is not congratulating them: Gerasimov praised the North Koreans, Putin congratulated the troops.
  prais: ['praised', 'praising', 'praises', 'hailed', 'lauded', 'commended'],
  demin: ['demined', 'demining', 'mines', 'ordnance'],
  heroism: ['heroism', 'courage', 'bravery', 'valor'],
  funer: ['funeral', 'burial'],
  histor: ['historic', 'historical'],
  threaten: ['threatened', 'threatens', 'threatening', 'threat', 'threats', 'theatened', 'warned', 'warns'],
  meet: ['met', 'meet', 'meeting', 'meetings', 'meets'],
  acknowledg: ['acknowledged', 'admitted', 'admits', 'confirmed', 'confirms', 'acknowledges', 'admitting'],
};

/** Function words and reporting verbs that carry no checkable content. */
export const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his i if in into is it its ' +
    'me my no nor not of on or our over said says say so than that the their them then there these they this those to ' +
    'up us was we were what when where which while who whom will with would you your also just about after before since ' +
    'until all any both each few more most other some such only own same very s t don should now ' +
    'according told stated added noted saying wrote post posted statement statements yesterday today ' +
    'mr mrs ms one two during earlier later ahead held including however despite amid amidst among last next ' +
    'day days per via within without under upon out off again further once here how why because through between against'
  ).split(/\s+/),
);

/**
 * Who is speaking is not what is said: first names, titles and spokespeople
 * recur across unrelated facts ("Kremlin spokesperson Dmitry Peskov said"), so
 * they count for less than the content of a claim.
 */
export const SPEAKER_TERMS = new Set([
  'dmitri', 'dmitry', 'valeri', 'valery', 'vladimir', 'volodymyr', 'donald', 'steve', 'steven', 'serhii', 'emmanuel', 'yuri',
  'presid', 'president', 'spokesman', 'spokesperson', 'spokeswoman', 'spokesmen', 'chief', 'offici', 'minist', 'aid', 'aide',
  'peskov', 'kremlin', 'interfax', 'tass', 'telegram', 'russian', 'ukrainian',
]);
export const SPEAKER_WEIGHT = 0.4;

/**
 * People, places and bodies the story turns on, as normalised terms. A report
 * that names some of them and a sentence that names others, none in common,
 * are about different things however many other words they share
 * ("Ushakov called the talks constructive" is not the Vatican meeting).
 */
export const ENTITY_TERMS = new Set([
  'putin', 'zelensky', 'trump', 'witkoff', 'gerasimov', 'peskov', 'ushakov', 'macron', 'starmer', 'biden', 'obama', 'remchukov',
  'nykyforov', 'cheung', 'lysak', 'filashkin', 'kursk', 'gornal', 'vatican', 'popefrancis', 'nkorea', 'skorea', 'isw', 'belgorod',
  'crimea', 'donbas', 'yarova', 'donetsk', 'dnipropetrovsk', 'kharkiv', 'sumi', 'rome', 'whitehouse', 'ukrgenstaff', 'interfax', 'tass',
]);

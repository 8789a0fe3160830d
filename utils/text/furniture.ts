/**
 * Page furniture: the lines a news page wraps around its story (timestamps,
 * share bars, photo credits, reading times, ads, bylines, "Source:" lines,
 * "Read more" teasers, copyright notices). They are never claims, so the
 * sentence splitter marks them and the matcher never sees them.
 *
 * Furniture is defined by classes of wording, never by listing sentences:
 * each class is a pattern over one sentence unit (a whole line, or a piece of
 * one). Pure, no DOM.
 */

import { EN_MONTH_PATTERN } from './months';

export type FurnitureKind =
  | 'timestamp' // "10 hours ago", "April 26, 2025 6:41 PM", "17:52 BST", "26 апреля 2025, 14:37"
  | 'share' // "Share Save", "Share on Facebook", "Stay informed with free updates", newsletter and follow calls
  | 'credit' // "(Photo: AFP via Getty Images)", "Photo: General Staff", "Mikhail Metzel/POOL/TASS", captions ending in one
  | 'reading-time' // "2 min read", "Reading time: 3 minutes"
  | 'advert' // "Advertisement", "Sponsored", "La suite après cette publicité"
  | 'byline' // "By Sophia Tesfaye", "Par Gerardo Fortuna", "Автор: Елена Евстратова"
  | 'source' // "Source: Ukraine's General Staff", "Джерело: Генштаб ЗСУ"
  | 'related' // "Read more: …", "Related", "À lire aussi …"
  | 'copyright'; // "© 2025 Reuters", "All rights reserved", "Tous droits réservés AP Photo"

/** Ends like a sentence: . ! ? … (and their CJK forms), before any closing quotes or brackets. */
const SENTENCE_FINAL = /[.!?…。！？]['"’”»)\]]*$/;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// --- Units made only of furniture tokens: timestamps, share bars, reading times ---

const MONTHS =
  EN_MONTH_PATTERN +
  '|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre' +
  '|januar|februar|märz|juni|juli|oktober|dezember' +
  '|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre' +
  '|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia' +
  '|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря' +
  '|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня';
const WEEKDAYS =
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?' +
  '|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
// A city's time ("Kyiv time", "London time") is a zone too.
const ZONES = 'utc|gmt|bst|cet|cest|eet|eest|msk|edt|est|cdt|cst|mdt|mst|pdt|pst|et|pt|ist|\\p{L}+ time';
const TIME_WORDS =
  'ago|just now|today|yesterday|updated|update|published|posted|modified|first published|last updated|live updates?|live|' +
  'publié le|mis à jour|le|aktualisiert|veröffentlicht|stand|am|um|aggiornato|pubblicato|il|opublikowano|aktualizacja|' +
  'опубликовано|обновлено|оновлено|опубліковано|сегодня|вчера|сьогодні|вчора|назад|тому|on|at|as of';
const UNITS =
  'seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?|' +
  'minuten|stunden|tagen|heures?|jours?|minuti|ore|giorni|минут[аы]?|час(?:а|ов)?|дн(?:я|ей)|хвилин[иу]?|годин[иу]?|дн(?:і|ів)';
const SHARE_WORDS =
  'share|shares|shared|views|save|saved|print|email|e-mail|copy link|link copied|copy|comments?|bookmark|gift(?: this)? article|' +
  'facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|flipboard|messenger|bluesky|threads|viber|mastodon|' +
  'follow|listen|close|button|discussion|this|article|story|page|on|via|to|us|' +
  'partager|cet|teilen|artikel|condividi|articolo|udostępnij|artykuł|поделиться|поширити|поділитися|копировать ссылку';
const READ_WORDS = 'read|reading|reading time|lesezeit|temps de lecture|lettura|czytania|время чтения|хв читання|читання';

const AGENCY =
  '(?:AFP|AP(?: Photo)?|TASS|ТАСС|EPA(?:-EFE)?|Reuters|Getty Images|Getty|Sputnik|RIA Novosti|РИА Новости|dpa|PAP|ANSA|Anadolu(?: Agency)?|Shutterstock|Pool|POOL|Alamy|Bloomberg|NurPhoto|SOPA Images|LightRocket|Imago|Xinhua|UNIAN|УНІАН|Ukrinform|Укрінформ|Kremlin\\.ru|Telegram|handout|HANDOUT|Wikimedia Commons|Wikipedia)';
/** A line that is only an agency name ("AFP", "REUTERS August 23, 2024") credits a photo or a dispatch. */
const AGENCY_ONLY = new RegExp(`^(?:${AGENCY}|agencies|agences|agenturen|агентства)(?:[\\s,|/&]+(?:${AGENCY}|agencies))*$`, 'iu');

const TOKEN = new RegExp(
  [
    `\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.+z-]*)?`, // ISO dates
    `\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`, // 26.04.2025, 01/22/2025
    `\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?)?`, // 14:37, 2:06 PM, 1:05PM
    `\\d+(?:[.,]\\d+)?k`, // 1.4k shares
    `\\d+(?:st|nd|rd|th)?`, // 26, 2025, 10
    `[ap]\\.?m\\.?`,
    `(?:${MONTHS})\\.?`,
    `(?:${WEEKDAYS})\\.?`,
    `\\((?:${ZONES})\\)|${ZONES}`,
    `(?:${UNITS})\\.?`,
    TIME_WORDS,
    SHARE_WORDS,
    READ_WORDS,
    'min\\.?',
    AGENCY,
    'agencies|agences|agenturen',
  ]
    .map((alt) => `(?:${alt})`)
    .join('|'),
  'giu',
);
/** A token only counts at word edges, so "ago" never eats a piece of "Chicago". */
const TOKEN_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TOKEN.source})(?![\\p{L}\\p{N}])`, 'giu');

const HAS_DATE_OR_TIME = new RegExp(
  `\\d{1,2}[:.h]\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|(?<![\\p{L}])(?:${MONTHS})\\.?(?![\\p{L}])|\\b\\d+\\s*(?:${UNITS})\\.?\\s+(?:ago|назад|тому)\\b|(?<![\\p{L}])(?:just now|yesterday|today|вчера|сегодня|вчора|сьогодні)(?![\\p{L}])`,
  'iu',
);
const HAS_SHARE = new RegExp(
  `(?<![\\p{L}])(?:share|shares|views|save|print|email|copy link|bookmark|comments?|partager|teilen|condividi|udostępnij|поделиться|поширити|поділитися)(?![\\p{L}])`,
  'iu',
);
const HAS_READING = new RegExp(
  `\\d+\\s*-?\\s*(?:min(?:ute)?s?\\.?|мин\\.?|хв\\.?)\\s*(?:${READ_WORDS})|(?:reading time|lesezeit|temps de lecture|время чтения)\\s*:?\\s*\\d`,
  'iu',
);

/** "Publié le", "Mis à jour", "Updated" with the date itself in markup the copy lost. */
const TIME_LABEL =
  /(?<![\p{L}])(?:published|updated|posted|last updated|publié le|mis à jour|aktualisiert|veröffentlicht|aggiornato|pubblicato|opublikowano|опубликовано|обновлено|оновлено|опубліковано)(?![\p{L}])/iu;

/** What is left of a unit once every furniture token and separator is removed. */
function residue(unit: string): string {
  return unit
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') // "Share on FacebookShare on Twitter"
    .replace(TOKEN_RUN, ' ')
    .replace(/[\s,.;:|/·•–—\-()[\]"'“”‘’«»+]+/g, '');
}

function tokenOnly(unit: string): FurnitureKind | null {
  if (residue(unit) !== '') return null;
  if (HAS_READING.test(unit)) return 'reading-time';
  if (HAS_DATE_OR_TIME.test(unit)) return 'timestamp';
  if (HAS_SHARE.test(unit)) return 'share';
  if (TIME_LABEL.test(unit)) return 'timestamp';
  if (AGENCY_ONLY.test(unit)) return 'credit';
  // Bare numbers and clock times ("26", "17:52 BST") are timestamps or counters, never claims.
  if (/\d/.test(unit)) return 'timestamp';
  return null;
}

// --- Classes of wording with a label or a call ---

const ADVERT =
  /^(?:advertisement|advertising|advert|ad|sponsored(?:\s+(?:content|post|story|by\b.*))?|paid (?:content|post|partnership)|promoted(?: content)?|partner content|anzeige|werbung|publicité|pubblicità|reklama|реклама|la suite après cette publicité|(?:story|article) continues (?:below|after)(?: this)? (?:advertisement|ad)|continue reading (?:below|after)(?: the)? (?:advertisement|ad)?)$/iu;

const SHARE_CALL =
  /^(?:stay (?:informed|up to date|updated|in the loop)|sign up\b|subscribe\b|get (?:our|the) (?:\w+ )?newsletter|(?:sign up for|join) (?:our|the) \w*\s*newsletter|follow us\b|follow (?:the )?\S+ on\b|join (?:us|our) (?:on )?\S*\s*(?:channel|telegram|whatsapp)|download (?:our|the) app|listen to (?:this )?(?:article|story)|this audio is (?:created|generated)|copy to clipboard|copier\/coller|unisciti al canale|s'abonner|abonnez-vous|abonnieren|subskrybuj|подпис(?:ывайтесь|аться)|підписуйтесь|we need your help|support (?:our|independent) journalism|donate\b|enlarge(?: the)? (?:image|photo)|(?:watch|play)(?: the)? video$|video$|gallery$|\d+\s+(?:photos?|foto|фото)$)/iu;
const NEWSLETTER = /\bnewsletters?\b/i;

const READING_TIME =
  /^[-–—•·\s]*(?:\d+\s*-?\s*(?:min(?:ute)?s?\.?|мин\.?|хв\.?)\s*(?:read|reading|lettura|czytania|чтения|читання)|(?:reading time|lesezeit|temps de lecture|tempo di lettura|время чтения|час читання)\s*:?\s*\d+\s*\S*)\s*$/iu;

/** "By X", "Par X", "Автор: X" on a line of its own. */
const BYLINE_LEAD = /^(?:by|von|par|di|przez|from)\s+(\S+)(?:\s+(\S+))?/iu;
const BYLINE_LABEL =
  /^(?:автор(?:ы)?|автори|author(?:s)?|autor(?:zy)?|auteur|autore|text|written by|reporting by|reported by|edited by)\s*[:：]?\s*/iu;
/** "By Saturday…", "By then…", "By the end…" are prose, not bylines. */
const BYLINE_NOT_NAME = new RegExp(
  `^(?:(?:${MONTHS}|${WEEKDAYS})\\.?|\\d.*|then|now|noon|midnight|nightfall|dawn|evening|morning|late|early|contrast|comparison|far|law|decree|order|way)$`,
  'iu',
);

const SOURCE = /^\(?\s*(?:sources?|джерело|джерела|источник|источники|quelle|quellen|źródło|źródła|fonte|fonti)\s*[:：]/iu;

const RELATED =
  /^(?:read more|read also|also read|more reading|related(?: articles| stories| coverage| content| news| topics)?|see also|more on (?:this|that)(?: story)?|recommended(?: stories)?|most read|you may also like|more from\b|watch|listen|à lire aussi|lire aussi|à voir aussi|lesen sie auch|mehr zum thema|auch interessant|leggi anche|potrebbe interessarti|czytaj (?:też|także|więcej)|zobacz (?:też|także)|читайте (?:также|також|еще)|по теме|дивіться також|читайте нас)(?![\p{L}\p{N}])\s*(?:[:：»›>|–—-]|$)/iu;

const COPYRIGHT =
  /^(?:©|\(c\)\s|copyright\b|tous droits réservés|all rights reserved|alle rechte vorbehalten|tutti i diritti riservati|wszelkie prawa zastrzeżone|все права защищены|всі права захищені)|(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|все права защищены)\.?$/iu;

// --- Photo credits, and the captions that end in one ---

const CREDIT_WORDS =
  'photo(?:graph)?(?: credit)?|image(?: credit)?|picture|pic|illustration|graphic|credit|credits|foto|fotos|bild|bildquelle|crédit(?: photo)?|crédits?|zdjęcie|fot\\.|фото|фотография|світлина|обложка|ілюстрація|иллюстрация';
const EDGE = '(?![\\p{L}\\p{N}])';
/** "Photo: General Staff", "Фото: ТАСС", "Credit: Air Force Staff Sgt. John Wright, DOD", "(Photo: AFP via Getty Images)". */
const CREDIT_LABEL_LEAD = new RegExp(`^[(\\[]?\\s*(?:${CREDIT_WORDS})\\s*[:：/]`, 'iu');
/** A label after a caption, glued or not: "…the Pope’s funeral.Credit: AP", "Vladimir Putin and Steve Witkoff. Photo: Russian media". */
const CREDIT_LABEL_TAIL = new RegExp(`(?:^|[\\s(.|–—-])(?:${CREDIT_WORDS})\\s*[:：]\\s*[^:：]{1,80}$`, 'iu');
/** "Фото з відкритих джерел", "Photo by Jane Doe", "Photo / AFP". */
const CREDIT_LEAD = new RegExp(
  `^[(\\[]?\\s*(?:photo|photograph|image|picture|foto|фото|обложка|ілюстративне фото|иллюстративное фото)${EDGE}`,
  'iu',
);
/** "Mikhail Svetlov/Getty Images", "… / PAP/EPA", "Nathan Howard | Reuters", "ADNKRONOS – foto AP", "… - photo 2" at the end. */
const AGENCY_TAIL = new RegExp(
  `(?:[/|]\\s*${AGENCY}|\\bvia ${AGENCY}|\\bGetty Images|\\bAP Photo(?:/[^)]*)?|(?:photo|foto|фото)\\s+${AGENCY}|[-–—]\\s*(?:photo|foto|фото)\\s*\\d+)\\)?\\s*$`,
  'u',
);
/** A parenthesised credit closing the piece: "(Roman Pilipey/AFP via Getty Images)", "(Andriy Yermak/Telegram)", "(Source: …/AP/dpa)". */
const PAREN_CREDIT = new RegExp(
  `\\((?:[^()]*(?:${CREDIT_WORDS}|source)\\s*[:：][^()]*|[^()]*(?<![\\p{L}])(?:${AGENCY}|via|Getty)(?![\\p{L}])[^()]*|\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)+\\s*/\\s*\\p{Lu}[^()]*)\\)\\s*$`,
  'u',
);
const AGENCY_SIGNATURE = /^(?:dpa|afp|ap|rtr|reuters|ansa|pap|ria|tass)(?:\/[\p{L}]{1,5})+$/iu;

/** The unit is a photo credit, alone or closing the caption it is glued to. */
export function isPhotoCredit(unit: string): boolean {
  const u = unit.trim();
  if (!u) return false;
  const bare = !SENTENCE_FINAL.test(u);
  if (AGENCY_SIGNATURE.test(u)) return true;
  if (CREDIT_LABEL_LEAD.test(u) && words(u) <= 25) return true;
  if (bare && CREDIT_LABEL_TAIL.test(u)) return true;
  if (bare && CREDIT_LEAD.test(u) && words(u) <= 12) return true;
  if (PAREN_CREDIT.test(u)) return true;
  if (bare && /©/.test(u)) return true;
  if (bare && AGENCY_TAIL.test(u)) return true;
  // "Russian President Vladimir Putin Mikhail Metzel/POOL/TASS": two or more slashes between capitalised names.
  if (bare && /\p{Lu}[\p{L}.'-]*\s*\/\s*\p{Lu}[\p{L}.'-]*\s*\/\s*\p{Lu}[\p{L}.' -]*$/u.test(u)) return true;
  return false;
}

function byline(u: string): boolean {
  if (SENTENCE_FINAL.test(u) || words(u) > 14) return false;
  const label = BYLINE_LABEL.exec(u);
  if (label && label[0].length > 0 && /[:：]/.test(label[0])) return true;
  const m = BYLINE_LEAD.exec(u);
  if (!m) return false;
  const first = m[1]!;
  if (BYLINE_NOT_NAME.test(first)) return false;
  // A name starts with a capital; "by a contributing analyst", "by our correspondent" are bylines too.
  if (/^\p{Lu}/u.test(first)) return !/^the$/i.test(first) || /^\p{Lu}/u.test(m[2] ?? '');
  return /^(?:a|an|our|staff|the)$/i.test(first) && (first.toLowerCase() !== 'the' || /^\p{Lu}/u.test(m[2] ?? ''));
}

/** The signature under an embedded post: "— Volodymyr Zelenskyy (@ZelenskyyUa) April 27, 2025". */
const EMBED_SIGNATURE = /^[—–-]\s*[^—–]{1,100}\(@\w{1,30}\)\s*.{0,30}\d{4}$/u;

function unitKind(u: string): FurnitureKind | null {
  const bare = !SENTENCE_FINAL.test(u);
  const n = words(u);
  if (ADVERT.test(u.replace(/[\s.:·•–—-]+$/u, ''))) return 'advert';
  if (READING_TIME.test(u)) return 'reading-time';
  if (COPYRIGHT.test(u) && n <= 20) return 'copyright';
  if (SOURCE.test(u) && n <= 40) return 'source';
  if (RELATED.test(u) && (bare || /^[^:：]{0,30}[:：]/.test(u)) && n <= 30) return 'related';
  if (isPhotoCredit(u) && n <= 60) return 'credit';
  if (byline(u) || EMBED_SIGNATURE.test(u)) return 'byline';
  if ((SHARE_CALL.test(u) || (bare && NEWSLETTER.test(u))) && n <= 20) return 'share';
  if (n <= 30) {
    const kind = tokenOnly(u);
    if (kind) return kind;
  }
  // A byline line that runs on into the date and reading time: "by Martin Fornusek April 26, 2025 2:06 PM 1 min read".
  if (bare && n <= 20 && BYLINE_LEAD.test(u) && (HAS_READING.test(u) || HAS_DATE_OR_TIME.test(u)) && /^\S+\s+\p{Lu}/u.test(u))
    return 'byline';
  return null;
}

/**
 * The furniture class of one sentence unit (already trimmed, from one line),
 * or null when it may be a claim. Conservative: prose that merely mentions a
 * date, a source or a photo is never furniture.
 */
export function furnitureKind(unit: string): FurnitureKind | null {
  const u = unit.trim();
  if (!u || !/[\p{L}\p{N}]/u.test(u)) return null;
  const kind = unitKind(u);
  if (kind) return kind;
  // A meta line of several pieces, each furniture: "Nov. 18, 2024 | By David Vergun, DOD News".
  const parts = u.split(/\s+[|•·]\s+/u);
  if (parts.length < 2) return null;
  const kinds = parts.map((p) => (/[\p{L}\p{N}]/u.test(p) ? unitKind(p.trim()) : 'timestamp'));
  return kinds.every(Boolean) ? kinds[0]! : null;
}

export function isFurniture(unit: string): boolean {
  return furnitureKind(unit) !== null;
}

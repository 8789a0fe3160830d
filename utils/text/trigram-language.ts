/**
 * franc-min's choice of language for a piece of text, made the same way (its trigram models and
 * script expressions, imported from the package) but faster. franc walks every language's model
 * for every trigram of the text: one lookup per trigram per language, some sixty languages for
 * Latin script, most of analyze()'s language step (npm run bench). Here each script's models are
 * inverted once, trigram to the languages that list it, so a trigram is looked up once and only
 * the few languages that know it are adjusted: the same integer distances, the same ranking.
 * trigram-language.test.ts holds the answers to franc's own.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: the sample it reads, and the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  /** The script's languages in franc's order, which is also its tie-break. */
  languages: string[];
  /** trigram → [language index, rank, language index, rank, …] over the models that list it. */
  ranks: Map<string, number[]>;
}

const models = new Map<string, ScriptModels>();

function modelsFor(script: string): ScriptModels | undefined {
  const known = models.get(script);
  if (known) return known;
  const byLanguage = (data as Record<string, Record<string, string>>)[script];
  if (!byLanguage) return undefined;
  const languages = Object.keys(byLanguage);
  const ranks = new Map<string, number[]>();
  languages.forEach((language, index) => {
    // As franc: a trigram listed twice keeps its first rank.
    const seen = new Set<string>();
    byLanguage[language]!.split('|').forEach((trigram, rank) => {
      if (seen.has(trigram)) return;
      seen.add(trigram);
      const list = ranks.get(trigram);
      if (list) list.push(index, rank);
      else ranks.set(trigram, [index, rank]);
    });
  });
  const built = { languages, ranks };
  models.set(script, built);
  return built;
}

/** The script most of the text is written in, and its share (franc's getTopScript: the first of equals wins). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/** franc's trigrams (trigram-utils): punctuation and digits to spaces, spaces collapsed, lower case, padded; counted. */
function trigramCounts(value: string): Map<string, number> {
  const clean = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const t = clean.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** franc's distance from the text to every language of the script: MAX_DIFFERENCE per trigram a model lacks. */
function distances(counts: Map<string, number>, { languages, ranks }: ScriptModels): number[] {
  const d = new Array<number>(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const listed = ranks.get(trigram);
    if (!listed) continue;
    for (let i = 0; i < listed.length; i += 2) d[listed[i]!]! += Math.abs(count - listed[i + 1]! - 1) - MAX_DIFFERENCE;
  }
  return d;
}

/**
 * What francAll(text, { minLength }) ranks first ('und' when it cannot tell), and whether the
 * hinted language (ISO 639-3) scores within `margin` of it, as francAll's normalised scores go.
 */
export function topLanguage(text: string, minLength: number, hint: string | null, margin: number): { top: string; hintClose: boolean } {
  const und = { top: 'und', hintClose: false };
  if (!text || text.length < minLength) return und;
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const scriptModels = script === undefined ? undefined : modelsFor(script);
  if (!scriptModels) {
    // A script with one language (franc answers it alone), or none at all.
    return !script || share === 0 ? und : { top: script, hintClose: hint === script };
  }
  const d = distances(trigramCounts(value), scriptModels);
  if (d.length === 0) return und;
  // Strictly smaller only: among equals, franc's stable sort keeps the first.
  let best = 0;
  for (let i = 1; i < d.length; i++) if (d[i]! < d[best]!) best = i;
  const min = d[best]!;
  const max = value.length * MAX_DIFFERENCE - min;
  const score = (x: number) => 1 - (x - min) / max || 0;
  const hinted = hint === null ? -1 : scriptModels.languages.indexOf(hint);
  return { top: scriptModels.languages[best]!, hintClose: hinted >= 0 && score(d[hinted]!) >= score(min) * margin };
}

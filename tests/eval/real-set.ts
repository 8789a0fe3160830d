/**
 * The real development set (../shared/eval/real/, see its README): published articles and
 * near-misses copied verbatim with a source line, and blind sentence-level answer keys. They are
 * other people's sentences, so they are read from beside the repository (tests/eval/eval-data.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireEvalDir } from './eval-data';

/** The real set's folder; throws MissingEvalData with the expected path when it is not there. */
export const realDir = (): string => requireEvalDir('real');

export interface RealText {
  /** Path under the real set's folder, e.g. "en/stories/afp-….txt". */
  file: string;
  lang: string;
  story: boolean;
  kind: string;
  outlet: string;
  url: string;
  date: string;
  complete: 'full' | 'partial';
  /** The article text as stored, header removed. */
  text: string;
}

interface RealKeySentence {
  text: string;
  facts: string[];
  headline?: boolean;
  gloss?: string;
}

export interface RealKey {
  file: string;
  lang: string;
  outlet: string;
  sentences: RealKeySentence[];
}

const HEADER = /^# source: (\S+) \| outlet: (.+?) \| date: (\d{4}-\d{2}-\d{2}) \| complete: (full|partial)$/;

/** Parses one file; throws naming the file when its header is not the README's. */
export function parseRealText(file: string, raw: string): RealText {
  const lines = raw.split('\n');
  const head = HEADER.exec(lines[0] ?? '');
  if (!head) throw new Error(`${file}: first line is not "# source: URL | outlet: … | date: YYYY-MM-DD | complete: full|partial"`);
  const kind = /^# kind: (\S+)$/.exec(lines[1] ?? '')?.[1];
  if (!kind) throw new Error(`${file}: second line is not "# kind: <kind>"`);
  const [lang, folder] = file.split('/');
  return {
    file,
    lang: lang!,
    story: folder === 'stories',
    kind,
    outlet: head[2]!,
    url: head[1]!,
    date: head[3]!,
    complete: head[4] as 'full' | 'partial',
    text: lines.slice(2).join('\n').replace(/^\n+/, ''),
  };
}

const langs = () =>
  readdirSync(realDir(), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
const filesIn = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

/** Every story and near-miss, optionally of some languages only. */
export function loadRealTexts(only?: { langs?: string[] }): RealText[] {
  const out: RealText[] = [];
  for (const lang of langs()) {
    if (only?.langs && !only.langs.includes(lang)) continue;
    for (const folder of ['stories', 'near-misses']) {
      for (const name of filesIn(join(realDir(), lang, folder), '.txt')) {
        const file = `${lang}/${folder}/${name}`;
        out.push(parseRealText(file, readFileSync(join(realDir(), file), 'utf8')));
      }
    }
  }
  return out;
}

/** Every answer key, with the outlet of the text it labels (for leave-one-outlet-out folds). */
export function loadRealKeys(only?: { langs?: string[] }): RealKey[] {
  const texts = new Map(loadRealTexts(only).map((t) => [t.file, t]));
  const out: RealKey[] = [];
  for (const lang of langs()) {
    if (only?.langs && !only.langs.includes(lang)) continue;
    for (const name of filesIn(join(realDir(), lang, 'keys'), '.json')) {
      const key = JSON.parse(readFileSync(join(realDir(), lang, 'keys', name), 'utf8')) as { file: string; sentences: RealKeySentence[] };
      const text = texts.get(key.file);
      if (!text) throw new Error(`${lang}/keys/${name}: labels "${key.file}", which is not in the real set`);
      out.push({ file: key.file, lang, outlet: text.outlet, sentences: key.sentences });
    }
  }
  return out;
}

/** Lines of a real text by their 1-based line numbers in its file, so a test can take its inputs from the set without copying them. */
export function realLines(file: string, numbers: number[]): string[] {
  const lines = readFileSync(join(realDir(), file), 'utf8').split('\n');
  return numbers.map((n) => {
    const line = lines[n - 1];
    if (!line?.trim()) throw new Error(`${file}: line ${n} is missing or blank`);
    return line;
  });
}

/**
 * npm run --silent pack -- build <a.txt|a.html> <b…> <c…> [up to six] --name "Story name" [--out pack.json]
 *   each file may be followed by --outlet NAME, --date YYYY-MM-DD, --url URL, --title T (what the file cannot say itself)
 * npm run --silent pack -- check pack.json
 *
 * build drafts a story pack (utils/pack/draft-pack.ts) from the articles, reading each file as the
 * analyze CLI does (HTML through Readability, plain text by its shape), checks it exactly as an
 * import would (utils/pack/parse-pack.ts), writes it to --out (or standard output) and says on
 * standard error what it drafted. check reads a pack file and says whether it is valid. Read a
 * page against a pack with `npm run analyze -- page.txt --story pack.json`.
 * Exit 0 on success; 2 with one line per problem on stderr for input that cannot be used.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { articleDate } from '../utils/pack/article-date';
import { DraftError, draftPack } from '../utils/pack/draft-pack';
import type { PackArticle } from '../utils/pack/pack-article';
import { serializePack, toPack, type StoryPack } from '../utils/pack/pack-format';
import { readPack } from '../utils/pack/parse-pack';
import { bundledBackground } from './pack-background';
import { parsePackArgs, type FileArg } from './pack-args';
import { InputError, readArticle } from './read-input';

const USAGE =
  'usage: npm run --silent pack -- build <file> <file> <file> [… up to 6, each optionally followed by --outlet NAME --date YYYY-MM-DD --url URL --title T] --name "Story name" [--out pack.json]\n' +
  '       npm run --silent pack -- check <pack.json>';

function articleOf(file: FileArg): PackArticle {
  const article = readArticle(file.path, file.url);
  const url = file.url ?? article.page?.url ?? null;
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  return {
    title: file.title ?? article.title,
    text: article.text,
    url,
    outlet: file.outlet ?? article.page?.siteName ?? article.siteName ?? host ?? basename(file.path, extname(file.path)),
    date: file.date ?? articleDate(article.page?.published, `${article.title}\n${article.text}`),
    lang: article.page?.lang ?? article.lang ?? 'en',
  };
}

function summary(pack: StoryPack): string {
  const shared = pack.facts.filter((f) => f.reports.length > 1).length;
  const strong = pack.gate.anchors.filter((a) => a.kind === 'strong').map((a) => a.name);
  return [
    `drafted "${pack.story.name}" (${pack.story.window.label}) from ${pack.sources.length} articles: ${pack.sources.map((s) => s.name).join(', ')}`,
    `  ${pack.facts.length} facts: ${shared} reported by more than one outlet, ${pack.facts.length - shared} by one; ${pack.nonFacts.length} ${pack.nonFacts.length === 1 ? 'sentence' : 'sentences'} left out`,
    `  ${pack.story.dayFacts.length} facts of the story's days; recognised by ${strong.join(', ')}`,
  ].join('\n');
}

function main(argv: string[]): number {
  const args = parsePackArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error ? `${args.error}\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    if (args.command === 'check') {
      const read = readPack(readFileSync(args.path, 'utf8'));
      if (!read.ok) {
        process.stderr.write(`parallax: ${args.path} is not a valid story pack:\n${read.errors.map((e) => `  ${e}`).join('\n')}\n`);
        return 2;
      }
      process.stdout.write(
        `${args.path}: a valid story pack, "${read.pack.story.name}", ${read.pack.facts.length} facts from ${read.pack.sources.length} outlets\n`,
      );
      return 0;
    }
    const articles = args.files.map(articleOf);
    const pack = toPack(draftPack(articles, { name: args.name, background: bundledBackground(articles.map((a) => a.text)) }));
    const text = serializePack(pack);
    // What is written is what an import accepts: the draft is read back through the same checks.
    const read = readPack(text);
    if (!read.ok) throw new Error(`the drafted pack does not pass its own checks (a bug):\n${read.errors.join('\n')}`);
    if (args.out) writeFileSync(args.out, text);
    else process.stdout.write(text);
    process.stderr.write(`${summary(pack)}${args.out ? `\n  wrote ${args.out}` : ''}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof DraftError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`parallax: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));

/**
 * npm run --silent analyze -- <file.html|file.txt|-> [--format text|md|csv|json|annotations|claims] [--json]
 *   [--url URL] [--title T]   (a saved page's address and title: cites it, and recognises a corpus outlet's own page)
 *   [--story DIR|PACK.json] (a story folder or story pack to read the page against instead of the bundled story; validated first)
 * Exit 0 with a verdict (detected or not); exit 2 with one line on stderr for
 * input that cannot be read as an article or options we do not know.
 */
import { analyze, createAnalyzer } from '../utils/analyze';
import { analysisToJson } from '../utils/export/analysis-json';
import { BUNDLED_CORPUS } from '../utils/match/bundled-corpus';
import { exportAnnotations } from '../utils/export/annotations';
import { exportClaims } from '../utils/export/claims-jsonld';
import { exportCsv } from '../utils/export/csv';
import { exportMarkdown } from '../utils/export/markdown';
import { splitSentences } from '../utils/text/sentences';
import type { Analysis, PageMeta } from '../utils/compare/analysis-types';
import { formatHuman } from './format-human';
import { parseArgs } from './parse-args';
import { InputError, readArticle } from './read-input';
import { storyCorpus } from './story-corpus';

const USAGE =
  'usage: npm run --silent analyze -- <file.html|file.txt|-> [--format text|md|csv|json|annotations|claims] (--json = --format json) [--url URL] [--title T] [--story DIR|PACK.json]';

/** Each prints a whole document ending in a line break (CSV keeps RFC 4180's CRLF). */
const FORMATTERS = {
  text: (analysis: Analysis, sentenceCount: number) => `${formatHuman(analysis, sentenceCount)}\n`,
  json: (analysis: Analysis, sentenceCount: number) => `${JSON.stringify(analysisToJson(analysis, sentenceCount))}\n`,
  md: (analysis: Analysis, sentenceCount: number) => exportMarkdown({ ...analysis, sentences: sentenceCount }),
  csv: (analysis: Analysis) => exportCsv(analysis),
  annotations: (analysis: Analysis) => exportAnnotations(analysis),
  claims: (analysis: Analysis) => exportClaims(analysis),
} as const;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, Object.keys(FORMATTERS));
  if ('error' in args) {
    process.stderr.write(`${args.error ? `${args.error}; ` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    const article = readArticle(args.path, args.url);
    const title = args.title ?? article.title;
    // --url and --title say what the file is; the saved page's own metadata fills in the rest.
    const page: PageMeta = {
      url: args.url ?? article.page?.url ?? null,
      title: args.title ?? article.page?.title ?? (article.title || null),
      siteName: article.page?.siteName ?? null,
      published: article.page?.published ?? null,
      lang: article.page?.lang ?? article.lang ?? null,
    };
    const hostname = page.url ? new URL(page.url).hostname : undefined;
    const corpus = args.story ? await storyCorpus(args.story) : BUNDLED_CORPUS;
    const analysis = analyze(createAnalyzer(corpus), { title, text: article.text, lang: article.lang, hostname, page });
    const sentenceCount = analysis.sentences || splitSentences(article.text).length;
    process.stdout.write(FORMATTERS[args.format as keyof typeof FORMATTERS](analysis, sentenceCount));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

// `analyze … | head` closes the pipe early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));

/**
 * npm run --silent analyze -- <file.html|file.txt|-> [--json]
 * Exit 0 with a verdict (detected or not); exit 2 with one line on stderr for
 * input that cannot be read as an article.
 */
import { analyze, createAnalyzer } from '../utils/analyze';
import { analysisToJson } from '../utils/analysis-json';
import { BUNDLED_CORPUS } from '../utils/bundled-corpus';
import { splitSentences } from '../utils/sentences';
import { formatHuman } from './format-human';
import { InputError, readArticle } from './read-input';

const USAGE = 'usage: npm run --silent analyze -- <file.html|file.txt|-> [--json]';

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const paths = argv.filter((a) => !a.startsWith('--') || a === '-');
  const unknown = [...flags].filter((f) => f !== '--json');
  if (paths.length !== 1 || unknown.length) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown[0]}; ` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    const article = readArticle(paths[0]!);
    const analysis = analyze(createAnalyzer(BUNDLED_CORPUS), { title: article.title, text: article.text, lang: article.lang });
    const sentenceCount = analysis.sentences || splitSentences(article.text).length;
    process.stdout.write(flags.has('--json') ? `${JSON.stringify(analysisToJson(analysis, sentenceCount))}\n` : `${formatHuman(analysis, sentenceCount)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));

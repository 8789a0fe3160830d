/** `npm run corpus:report`: how much of each article the corpus aligns, and how much is shared. */
import { splitSentences } from '../utils/sentences';
import { loadCorpus } from './load';
import { formatTable, outletRows } from './report-table';

const input = loadCorpus();
console.log(formatTable(outletRows(input, splitSentences), input.facts.length));

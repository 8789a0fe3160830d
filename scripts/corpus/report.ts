/** `npm run corpus:report`: how much of each article the corpus aligns, and how much is shared. */
import { splitSentences } from '../../utils/text/sentences';
import { loadCorpus } from './load';
import { formatTable, outletRows } from '../../corpus/report-table';

const input = loadCorpus();
console.log(formatTable(outletRows(input, splitSentences), input.facts.length));

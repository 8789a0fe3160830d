/**
 * The whole story as the corpus holds it: every fact and how each of the five
 * outlets reported it (or did not), for the compare page's exports.
 */
import { attributionLabel } from '../compare/attribution-labels';
import { csvDocument } from './csv-cells';
import { citationText } from './citation';
import { mdText } from './markdown-escape';
import { STORY_NAME } from './markdown';
import type { RuntimeCorpus } from '../../corpus/runtime-types';

export const STORY_CSV_COLUMNS = [
  'fact_id',
  'fact_statement',
  'topic',
  'core',
  'contradicts',
  'outlet',
  'outlet_name',
  'reported',
  'excerpt',
  'attribution',
  'attribution_label',
  'framing',
  'headline',
  'byline',
  'date',
] as const;

export type StoryCsvRow = Record<(typeof STORY_CSV_COLUMNS)[number], string>;

/** Every fact × every outlet; an outlet that does not report a fact gets one row with reported=false. */
export function storyCsvRows(corpus: RuntimeCorpus): StoryCsvRow[] {
  return corpus.facts.flatMap((fact) =>
    corpus.sources.flatMap((source) => {
      const base = {
        fact_id: fact.id,
        fact_statement: fact.statement,
        topic: fact.topic,
        core: String(fact.core),
        contradicts: (fact.contradicts ?? []).join('; '),
        outlet: source.id,
        outlet_name: source.name,
        headline: source.headline ?? '',
        byline: source.byline ?? '',
        date: source.date ?? '',
      };
      const reports = fact.reports.filter((r) => r.outlet === source.id);
      if (!reports.length) return [{ ...base, reported: 'false', excerpt: '', attribution: '', attribution_label: '', framing: '' }];
      return reports.map((r) => ({
        ...base,
        reported: 'true',
        excerpt: r.excerpt,
        attribution: r.attribution,
        attribution_label: attributionLabel(r.attribution, r.via),
        framing: r.framing,
      }));
    }),
  );
}

export function exportStoryCsv(corpus: RuntimeCorpus): string {
  return csvDocument(
    STORY_CSV_COLUMNS,
    storyCsvRows(corpus).map((row) => STORY_CSV_COLUMNS.map((c) => row[c])),
  );
}

export function exportStoryMarkdown(corpus: RuntimeCorpus, opts: { generatedAt?: Date } = {}): string {
  const names = new Map(corpus.sources.map((s) => [s.id, s.name]));
  const statements = new Map(corpus.facts.map((f) => [f.id, f.statement]));
  const when = opts.generatedAt ?? new Date();
  const lines = [
    `# Parallax story report: ${STORY_NAME}`,
    '',
    `- Generated: ${Number.isNaN(when.getTime()) ? 'unknown' : when.toISOString()}`,
    `- ${corpus.facts.length} facts across ${corpus.sources.length} outlets (corpus version ${mdText(String(corpus.version))})`,
    '',
    '## Facts',
    '',
  ];
  for (const fact of corpus.facts) {
    lines.push(`### ${mdText(fact.statement)}`, '', `- Id: ${mdText(fact.id)}; topic: ${mdText(fact.topic)}; ${fact.core ? 'core news of the day' : 'background'}`);
    for (const id of fact.contradicts ?? []) lines.push(`- Contradicts: ${mdText(statements.get(id) ?? id)}`);
    const silent = corpus.sources.filter((s) => !fact.reports.some((r) => r.outlet === s.id)).map((s) => s.name);
    lines.push(`- Not reported by: ${silent.length ? mdText(silent.join(', ')) : 'none (every outlet reports it)'}`, '');
    for (const r of fact.reports) {
      const source = corpus.sources.find((s) => s.id === r.outlet) ?? { name: names.get(r.outlet) ?? r.outlet, headline: null, byline: null, date: null };
      lines.push(
        `#### ${mdText(source.name)}`,
        '',
        '*Verbatim quote:*',
        '',
        `> ${mdText(r.excerpt)}`,
        '>',
        `> ${mdText(citationText(source))}`,
        '',
        `- Attribution: ${mdText(attributionLabel(r.attribution, r.via))}`,
        `- Framing: ${mdText(r.framing)}`,
        '',
      );
    }
  }
  lines.push('## Sources', '', 'As the source texts give them; no URLs came with the texts.', '');
  for (const s of corpus.sources) lines.push(`- ${mdText(citationText(s).replace(/^— /, ''))}`);
  return `${lines.join('\n')}\n`;
}

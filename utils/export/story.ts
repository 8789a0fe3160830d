/**
 * The whole story as the corpus holds it: every fact and how each of the five
 * outlets reported it (or did not), for the compare page's exports.
 */
import { attributionLabel } from '../compare/attribution-labels';
import { csvDocument } from './csv-cells';
import { citeOutlet, type CitationOptions } from './citation';
import { CITATION_STYLES, DEFAULT_CITATION_STYLE } from './citation-styles';
import { mdUrl, referenceMd } from './markdown';
import { withTextFragment } from './text-fragment';
import { outletPublished } from './published';
import { mdText } from './markdown-escape';
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
  'published',
  'outlet_url',
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
        // ISO 8601 only: one date format per column.
        published: outletPublished(source) ?? '',
        outlet_url: '',
      };
      const reports = fact.reports.filter((r) => r.outlet === source.id);
      if (!reports.length) return [{ ...base, reported: 'false', excerpt: '', attribution: '', attribution_label: '', framing: '' }];
      return reports.map((r) => ({
        ...base,
        reported: 'true',
        excerpt: r.excerpt,
        attribution: r.attribution,
        attribution_label: attributionLabel(corpus.story, r.attribution, r.via),
        framing: r.framing,
        outlet_url: source.url ? withTextFragment(source.url, r.excerpt) : '',
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

/** The story as Markdown: every fact once, each outlet's verbatim wording with a link to the sentence, one reference list. */
export function exportStoryMarkdown(corpus: RuntimeCorpus, opts: { generatedAt?: Date } & CitationOptions = {}): string {
  const statements = new Map(corpus.facts.map((f) => [f.id, f.statement]));
  const when = opts.generatedAt ?? new Date();
  const cite: CitationOptions = { ...opts, accessed: opts.accessed ?? when };
  const sources = corpus.sources.map((s) => ({ ...s, date: s.date ?? null }));
  const refNo = new Map(sources.map((s, i) => [s.id, i + 1]));
  const lines = [
    `# Parallax story report: ${corpus.story.name}`,
    '',
    `- Generated: ${Number.isNaN(when.getTime()) ? 'unknown' : when.toISOString()}`,
    `- ${corpus.facts.length} facts across ${corpus.sources.length} outlets (corpus version ${mdText(String(corpus.version))})`,
    '',
    '## Facts',
    '',
  ];
  for (const fact of corpus.facts) {
    lines.push(
      `### ${mdText(fact.statement)}`,
      '',
      `- Id: ${mdText(fact.id)}; topic: ${mdText(fact.topic)}; ${fact.core ? 'core news of the day' : 'background'}`,
    );
    for (const id of fact.contradicts ?? []) lines.push(`- Contradicts: ${mdText(statements.get(id) ?? id)}`);
    const silent = sources.filter((s) => !fact.reports.some((r) => r.outlet === s.id)).map((s) => s.name);
    lines.push(`- Not reported by: ${silent.length ? mdText(silent.join(', ')) : 'none (every outlet reports it)'}`, '');
    for (const r of fact.reports) {
      const source = sources.find((s) => s.id === r.outlet);
      const link = source?.url ? ` — ${mdUrl(withTextFragment(source.url, r.excerpt))}` : '';
      lines.push(
        `- **${mdText(source?.name ?? r.outlet)}** [${refNo.get(r.outlet) ?? '?'}], ${mdText(attributionLabel(corpus.story, r.attribution, r.via))}; ${mdText(r.framing)}: “${mdText(r.excerpt)}” (verbatim)${link}`,
      );
    }
    lines.push('');
  }
  const style = CITATION_STYLES.find((s) => s.id === (opts.style ?? DEFAULT_CITATION_STYLE))!.label;
  lines.push('## References', '', `${style}. Links with \`#:~:text=\` open the page at the quoted sentence.`, '');
  for (const s of sources) lines.push(`${refNo.get(s.id)}. ${referenceMd(citeOutlet(s, cite))}`);
  return `${lines.join('\n')}\n`;
}

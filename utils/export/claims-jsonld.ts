/**
 * schema.org JSON-LD for fact-check databases: one `Claim` per matched fact,
 * each with where it appeared (this page and every other outlet, as
 * CreativeWorks with publisher, date, URL when known and the verbatim excerpt)
 * and who it is attributed to. No `reviewRating`: Parallax compares wording,
 * it gives no verdict.
 */
import { outletInfoFor, type CitationOptions } from './citation';
import { withTextFragment } from './text-fragment';
import { outletPublished, pagePublished } from './published';
import type { Analysis, AttributionId, FactMatch } from '../compare/analysis-types';
import { inPageOrder } from '../compare/claim-order';

export interface ClaimsOptions extends CitationOptions {
  pageUrl?: string;
}

interface Agent {
  '@type': 'Person' | 'Organization';
  name: string;
}

interface Appearance {
  '@type': 'CreativeWork';
  text: string;
  publisher?: { '@type': 'Organization'; name: string };
  datePublished?: string;
  url?: string;
  headline?: string;
  name?: string;
}

interface SchemaClaim {
  '@type': 'Claim';
  '@id': string;
  identifier: string;
  text: string;
  author: Agent[];
  appearance: Appearance[];
}

interface ClaimsDocument {
  '@context': 'https://schema.org';
  '@graph': SchemaClaim[];
}

function authors(match: FactMatch, analysis: Analysis): Agent[] {
  const out = new Map<string, Agent>();
  for (const r of match.reports) {
    if (r.attribution === 'outlet') {
      const info = outletInfoFor(analysis.outlets, r.outlet, r.outletName);
      const name = info.publisher || info.name;
      out.set(name, { '@type': 'Organization', name });
      continue;
    }
    const name = r.attributionLabel.replace(/^according to /, '').replace(/, via .*$/, '');
    const person = analysis.storyMeta.attributions.some((a) => a.id === r.attribution && a.kind === 'person');
    out.set(name, { '@type': person ? 'Person' : 'Organization', name });
  }
  return [...out.values()];
}

function claimsDocument(analysis: Analysis, opts: ClaimsOptions = {}): ClaimsDocument {
  const pageUrl = analysis.page?.url ?? opts.pageUrl;
  const byFact = new Map<string, { match: FactMatch; sentences: string[] }>();
  for (const claim of inPageOrder(analysis.claims)) {
    for (const m of claim.matches) {
      const seen = byFact.get(m.factId);
      if (seen) seen.sentences.push(claim.text);
      else byFact.set(m.factId, { match: m, sentences: [claim.text] });
    }
  }
  const graph = [...byFact.values()].map(({ match, sentences }): SchemaClaim => {
    const page: Appearance = { '@type': 'CreativeWork', text: sentences.join(' … ') };
    const title = analysis.page?.title ?? analysis.title;
    if (title) page.name = title;
    if (analysis.page?.siteName) page.publisher = { '@type': 'Organization', name: analysis.page.siteName };
    const pageDate = pagePublished(analysis.page);
    if (pageDate) page.datePublished = pageDate;
    if (pageUrl && /^https?:\/\//i.test(pageUrl)) page.url = withTextFragment(pageUrl, sentences[0]!);
    const others = match.reports
      .filter((r) => !r.self && r.outlet !== analysis.selfOutlet)
      .map((r): Appearance => {
        const info = outletInfoFor(analysis.outlets, r.outlet, r.outletName);
        const a: Appearance = {
          '@type': 'CreativeWork',
          text: r.excerpt,
          publisher: { '@type': 'Organization', name: info.publisher || info.name },
        };
        const published = outletPublished(info);
        if (published) a.datePublished = published;
        if (info.url) a.url = withTextFragment(info.url, r.excerpt);
        if (info.headline) a.headline = info.headline;
        return a;
      });
    return {
      '@type': 'Claim',
      '@id': `urn:x-parallax:fact:${encodeURIComponent(match.factId)}`,
      identifier: match.factId,
      text: match.statement,
      author: authors(match, analysis),
      appearance: [page, ...others],
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

export function exportClaims(analysis: Analysis, opts: ClaimsOptions = {}): string {
  return `${JSON.stringify(claimsDocument(analysis, opts), null, 2)}\n`;
}

import type { Analysis } from '../compare/analysis-types';

/**
 * The public JSON shape of an analysis, shared by `analyze --json` and the
 * extension's JSON export so the two can never drift apart. `outlet` is the
 * display name; `outletId` the stable id.
 */
export function analysisToJson(analysis: Analysis, sentenceCount = analysis.sentences) {
  return {
    story: analysis.story,
    title: analysis.title,
    selfOutlet: analysis.selfOutlet,
    sentences: sentenceCount,
    unmatched: analysis.story.detected ? analysis.unmatched : null,
    claims: analysis.claims.map((claim) => ({
      text: claim.text,
      start: claim.start,
      end: claim.end,
      prefix: claim.prefix ?? null,
      suffix: claim.suffix ?? null,
      matches: claim.matches.map((m) => ({
        factId: m.factId,
        statement: m.statement,
        topic: m.topic,
        score: m.score,
        contradictedBy: m.contradictedBy.map((c) => c.factId),
        reports: m.reports.map((r) => ({
          outlet: r.outletName,
          outletId: r.outlet,
          excerpt: r.excerpt,
          attribution: r.attribution,
          attributionLabel: r.attributionLabel,
          via: r.via,
          framing: r.framing,
          numbers: r.numbers,
          self: r.self,
          discrepancies: r.discrepancies,
        })),
      })),
    })),
    omitted: analysis.omitted.map((o) => o.factId),
    omittedDetails: analysis.omitted,
    outlets: analysis.outlets,
    page: analysis.page ?? null,
  };
}

import type { OutletReport } from '../utils/compare/analysis-types';
import { CopyCitation } from './CopyCitation';
import { DISCREPANCY_LABEL } from './labels';
import { framingBadge } from '../utils/compare/report-badge';
import { useStory } from './story-context';

/** How one other outlet worded the fact: verbatim, attributed, framed, and where it disagrees. */
export function ReportRow({ report }: { report: OutletReport }) {
  // The chip names the excerpt's own words ("Hedges: “claimed”"), never a word the excerpt does not use.
  const badge = framingBadge(report, useStory());
  // "States it" already says "in the outlet's own voice": one chip, not the same thing twice.
  const showSource = !(badge.framing === 'asserts' && report.attribution === 'outlet' && report.via.length === 0);
  return (
    <li class="report" data-testid="parallax-report" data-outlet={report.outlet}>
      <div class="report-head">
        <span class="outlet">{report.outletName}</span>
        <span class={`chip chip-${badge.framing}`} data-testid="parallax-framing" data-framing={badge.framing} title={badge.explanation}>
          {badge.label}
        </span>
      </div>
      {/* Verbatim, set off by a rule rather than quotation marks: many excerpts carry their own. */}
      <p class="excerpt">{report.excerpt}</p>
      {showSource && <div class="meta">{report.attributionLabel}</div>}
      {report.discrepancies.map((d, i) => (
        <div key={i} class={`disc disc-${d.kind}`} data-testid="parallax-discrepancy" data-kind={d.kind}>
          <strong>{DISCREPANCY_LABEL[d.kind]}:</strong> {d.detail}
        </div>
      ))}
      <CopyCitation report={report} />
    </li>
  );
}

import type { OutletReport } from '../utils/compare/analysis-types';
import { DISCREPANCY_LABEL, FRAMING_EXPLANATION, FRAMING_LABEL, percent } from './labels';

/** How one other outlet worded the fact: verbatim, attributed, framed, and where it disagrees. */
export function ReportRow({ report, score }: { report: OutletReport; score: number }) {
  return (
    <li class="report" data-testid="parallax-report" data-outlet={report.outlet}>
      <div class="report-head">
        <span class="outlet">{report.outletName}</span>
        <span
          class={`chip chip-${report.framing}`}
          data-testid="parallax-framing"
          title={FRAMING_EXPLANATION[report.framing]}
        >
          {FRAMING_LABEL[report.framing]}
        </span>
        <span class="confidence" data-testid="parallax-confidence" title="How sure Parallax is that the sentence reports this fact">
          {percent(score)} match
        </span>
      </div>
      <p class="excerpt">“{report.excerpt}”</p>
      <div class="meta">{report.attributionLabel}</div>
      {report.discrepancies.map((d, i) => (
        <div key={i} class={`disc disc-${d.kind}`} data-testid="parallax-discrepancy" data-kind={d.kind}>
          <strong>{DISCREPANCY_LABEL[d.kind]}:</strong> {d.detail}
        </div>
      ))}
    </li>
  );
}

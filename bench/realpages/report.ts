/**
 * bench:pages's printed report: one line per page, then the medians, where the time goes by
 * phase, the gate's decisions against the evaluation stories, and each acceptance target beside
 * its figure.
 */
import { median } from '../timing';
import { PAGE_PHASES } from './cpu-profile';
import type { GateOnEval } from './gate-sets';
import type { GateCost } from './gate-cost';
import type { PageResult } from './measure';

export interface ReportInput {
  results: PageResult[];
  pageBytes: Record<string, number>;
  gateScriptBytes: number;
  evalSets: GateOnEval;
  gateCost: GateCost;
}

const ms = (x: number, digits = 2) => x.toFixed(digits);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

export function report({ results, pageBytes, gateScriptBytes, evalSets, gateCost }: ReportInput): string[] {
  const out: string[] = [];
  const total = (r: PageResult) => r.pageMs + r.backgroundMs;
  out.push(
    `Parallax on ${results.length} real pages (../shared/realpages/, none about the story), Chromium, one page at a time, with and without the extension.`,
  );
  out.push('Extension JS = CPU-profile samples with one of its frames on the stack: the content scripts and the service worker, which is');
  out.push('put to sleep before each page (as after 30 s idle), so a page that wakes it pays its start-up.');
  out.push('');
  out.push(
    `${'page'.padEnd(36)} ${'kB'.padStart(5)} ${'ext JS'.padStart(7)} ${'script'.padStart(7)} ${'bg'.padStart(6)} ${'longest'.padStart(7)} ${'CPU'.padStart(6)}  gate        long tasks  DOM  req  err`,
  );
  for (const r of results) {
    const gate = r.injected ? 'INJECTED' : r.state === 'not-story' ? 'no' : r.state;
    out.push(
      `${r.name.slice(0, 36).padEnd(36)} ${String(Math.round((pageBytes[r.name] ?? 0) / 1024)).padStart(5)} ${ms(total(r)).padStart(7)} ${ms(r.pageMs).padStart(7)} ${ms(r.backgroundMs).padStart(6)} ${ms(r.share.longestRunMs).padStart(7)} ${ms(r.cpu.pageMs + r.cpu.backgroundMs).padStart(6)}  ${gate.padEnd(10)}  ${`${r.longTasks.ext}/${r.longTasks.plain}`.padStart(10)}  ${r.domChanged ? 'YES' : 'no '}  ${String(r.extraRequests.length).padStart(3)}  ${String(r.extraErrors.length).padStart(3)}`,
    );
  }
  out.push(
    '  (ext JS = script + bg, sampled; script = content scripts; bg = service worker; longest = longest unbroken run of our samples;',
  );
  out.push('   CPU = thread CPU time of the tasks our code ran in;');
  out.push('   long tasks = with/without the extension; DOM, req, err = differences from the twin without the extension)');
  out.push('');

  const injected = results.filter((r) => r.injected);
  const woken = results.filter((r) => r.backgroundMs > 0);
  const notInjected = results.filter((r) => !r.injected);
  out.push('Medians per page:');
  out.push(
    `  extension JS ${ms(median(results.map(total)), 3)} ms   target ≤ 1 ms   (mean ${ms(results.reduce((s, r) => s + total(r), 0) / results.length)} ms, max ${ms(Math.max(...results.map(total)))} ms)`,
  );
  const cpu = (r: PageResult) => r.cpu.pageMs + r.cpu.backgroundMs;
  out.push(
    `  extension tasks' thread CPU time ${ms(median(results.map(cpu)), 3)} ms (content scripts ${ms(median(results.map((r) => r.cpu.pageMs)), 3)}, background ${ms(median(results.map((r) => r.cpu.backgroundMs)), 3)}): the same work as CPU time, which a busy machine does not inflate`,
  );
  out.push(
    `  on pages where the gate said no (${notInjected.length}): ${ms(median(notInjected.map(total)), 3)} ms; where the story module was injected (${injected.length}): ${injected.length ? `${ms(median(injected.map(total)))} ms` : '–'}`,
  );
  out.push(
    `  background woken on ${woken.length} of ${results.length} pages${woken.length ? `, ${ms(median(woken.map((r) => r.backgroundMs)))} ms median there` : ''}`,
  );
  out.push(`  gate script: ${(gateScriptBytes / 1024).toFixed(1)} kB   target ≤ 15 kB`);
  out.push(
    `  the gate's own pass over a page's text (Node): median ${ms(gateCost.medianMs, 3)} ms, max ${ms(gateCost.maxMs, 3)} ms; with three 20-anchor story packs in the same pass ${ms(gateCost.withPacksMedianMs, 3)} ms`,
  );
  out.push(
    `  compiling that pass, once per page: ${ms(gateCost.compileMs, 3)} ms, with the three packs ${ms(gateCost.withPacksCompileMs, 3)} ms`,
  );
  out.push('');

  out.push("Where the content scripts' time goes (ms per page: mean, and median over pages):");
  for (const phase of PAGE_PHASES) {
    const per = results.map((r) => r.share.byPhase[phase]);
    out.push(
      `  ${phase.padEnd(14)} mean ${ms(per.reduce((a, b) => a + b, 0) / per.length, 3).padStart(7)}   median ${ms(median(per), 3).padStart(7)}`,
    );
  }
  const bg = results.map((r) => r.backgroundMs);
  out.push(
    `  ${'background'.padEnd(14)} mean ${ms(bg.reduce((a, b) => a + b, 0) / bg.length, 3).padStart(7)}   median ${ms(median(bg), 3).padStart(7)}   (service worker: start-up and message handling)`,
  );
  out.push('');

  const changed = results.filter((r) => r.domChanged).map((r) => r.name);
  const requests = results.flatMap((r) => r.extraRequests);
  const errors = results.flatMap((r) => r.extraErrors.map((e) => `${r.name}: ${e.split('\n')[0]}`));
  const extLong = results.reduce((s, r) => s + Math.max(0, r.longTasks.ext - r.longTasks.plain), 0);
  out.push('What the extension did to the pages:');
  out.push(
    `  story module injected on ${injected.length} of ${results.length} pages (${pct(injected.length, results.length)})${injected.length ? `: ${injected.map((r) => r.name).join(', ')}` : ''}   target ≤ 1`,
  );
  out.push(
    `  DOM changes ${changed.length}${changed.length ? ` (${changed.join(', ')})` : ''}, requests ${requests.length}${requests.length ? ` (${requests.slice(0, 3).join(', ')})` : ''}, errors ${errors.length}   target 0, 0, 0`,
  );
  if (errors.length) out.push(...errors.slice(0, 5).map((e) => `    ${e}`));
  const ourLong = results.filter((r) => r.share.longestRunMs > 50);
  out.push(
    `  long tasks (> 50 ms) with our code running in them for 50 ms: ${ourLong.length}${ourLong.length ? ` (${ourLong.map((r) => r.name).join(', ')})` : ''}   target 0`,
  );
  out.push(
    `  (long tasks the page logs with the extension minus without: ${extLong}; the run with the extension is also the traced one, which slows the page's own work)`,
  );
  out.push('');

  const { dev, test, nearMisses } = evalSets;
  out.push('The gate on the real evaluation sets (same run, in Node):');
  out.push(
    `  dev split: ${dev.passed} of ${dev.stories} stories pass${dev.missed.length ? `; missed: ${dev.missed.join(', ')}` : ''}   target all`,
  );
  out.push(`  test split: ${test.passed} of ${test.stories} stories pass (counts only)   target all`);
  out.push(
    `  near-misses (other Kursk, talks or sanctions news, by design close): ${nearMisses.passed} of ${nearMisses.pages} pass, for the analysis to decline`,
  );
  out.push(
    `  real pages passing the gate in Node: ${gateCost.passes.length}${gateCost.passes.length ? ` (${gateCost.passes.join(', ')})` : ''}`,
  );
  return out;
}

import { analysisToJson } from './analysis-json';
import type { Analysis } from '../compare/analysis-types';

/** The CLI's `--json` shape, so a downloaded export and a scripted run are interchangeable. */
export function exportJson(analysis: Analysis): string {
  return JSON.stringify(analysisToJson(analysis));
}

/**
 * Bootstrap intervals over pages: a test split of under twenty stories moves by five points per
 * story, so every figure is printed with the 90% interval of resampling its pages.
 */
import { mulberry32 } from '../../utils/text/prng';

const BOOTSTRAP_ROUNDS = 1000;
const BOOTSTRAP_SEED = 20250426;

/** The 5th and 95th percentiles of `stat` over resamples of `items` with replacement; null where stat has no value. */
export function interval90<T>(items: T[], stat: (sample: T[]) => number | null, rounds = BOOTSTRAP_ROUNDS): [number, number] | null {
  if (items.length === 0) return null;
  const random = mulberry32(BOOTSTRAP_SEED);
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sample = Array.from({ length: items.length }, () => items[Math.floor(random() * items.length)]!);
    const v = stat(sample);
    if (v !== null) values.push(v);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return [values[Math.floor(values.length * 0.05)]!, values[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!];
}

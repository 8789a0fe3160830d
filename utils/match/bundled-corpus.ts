import runtime from '../../corpus/generated/runtime.json';
import type { RuntimeCorpus } from '../../corpus/runtime-types';

/** The corpus as `npm run corpus:build` generated it; the only module that knows where it lives. */
export const BUNDLED_CORPUS = runtime as unknown as RuntimeCorpus;

import type { Fact } from '../../corpus/schema';
import type { StoryDefinition } from '../../corpus/story-schema';
import { vocabularyOf } from '../text/vocabulary';
import { signatureTerms } from './corpus-index';
import { compileSignature, emptyAlternatives, satisfiesSignature } from './signature';

const quote = (text: string, max = 100): string => `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;

/**
 * A signature is a promise that every sentence stating the fact contains its
 * concepts. It is checked against the corpus's own spans with the same term
 * extraction the matcher applies to pages, so a signature can only ever rule
 * out sentences unlike every report we hold, never one of them.
 */
export function checkSignature(story: StoryDefinition): (fact: Fact, add: (field: string, message: string) => void) => void {
  const vocab = vocabularyOf(story);
  return (fact, add) => checkOne(fact, add, vocab);
}

function checkOne(fact: Fact, add: (field: string, message: string) => void, vocab: ReturnType<typeof vocabularyOf>): void {
  const signature: unknown = fact.signature;
  if (signature === undefined) return;
  const isGroup = (g: unknown): g is string[] => Array.isArray(g) && g.every((a) => typeof a === 'string');
  if (!Array.isArray(signature) || signature.length === 0 || !signature.every(isGroup)) {
    add('signature', 'must be a non-empty list of groups, each a list of words or phrases');
    return;
  }
  let malformed = false;
  signature.forEach((group, i) => {
    if (group.length === 0) {
      add('signature', `group ${i} is empty (it would reject every sentence)`);
      malformed = true;
    }
  });
  const empty = emptyAlternatives(signature, vocab);
  for (const alternative of empty) add('signature', `alternative "${alternative}" normalises to nothing (it would accept every sentence)`);
  if (malformed || empty.length) return;

  const compiled = compileSignature(signature, vocab);
  (fact.reports ?? []).forEach((r, j) => {
    const spans: [string, unknown][] = [
      ['excerpt', r.excerpt],
      ...(Array.isArray(r.alsoIn) ? r.alsoIn : []).map((s, k): [string, unknown] => [`alsoIn[${k}]`, s]),
    ];
    for (const [field, text] of spans) {
      if (typeof text !== 'string' || !text.trim()) continue; // reported by the span checks
      if (!satisfiesSignature(signatureTerms(text, compiled, vocab), compiled)) {
        add('signature', `not satisfied by reports[${j}].${field} (${r.outlet}): ${quote(text)}`);
      }
    }
  });
}

import type { Quote } from '../schema.js';

/**
 * One quote per span: where reported speech and quote marks (or two attributions) found the same words, the
 * quote found first stays. The order of `quotes` is kept.
 */
export function dropDuplicates(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    if (seen.has(q.id)) return false;
    seen.add(q.id);
    return true;
  });
}

import nlp from 'compromise';
import type { EntityType } from '../schema.js';

export interface NameCandidate {
  start: number;
  end: number;
  type: EntityType;
}

interface CompromiseTerm {
  text: string;
  offset: { start: number; length: number };
}

const KINDS = [
  ['people', 'PERSON'],
  ['organizations', 'ORG'],
  ['places', 'GPE'],
] as const;

/** Names found by compromise's lexicon, as spans over its terms (so trailing punctuation stays out). */
export function nameCandidates(text: string): NameCandidate[] {
  const view = nlp(text);
  const out: NameCandidate[] = [];
  for (const [method, type] of KINDS) {
    for (const match of view[method]().json({ offset: true }) as Array<{ terms: CompromiseTerm[] }>) {
      const terms = match.terms.filter((t) => !t.text.startsWith('('));
      const first = terms[0];
      const last = terms[terms.length - 1];
      if (!first || !last) continue;
      out.push({ start: first.offset.start, end: last.offset.start + last.offset.length, type });
    }
  }
  return out;
}

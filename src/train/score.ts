import { tagNames } from '../entities/tagger/index.js';
import type { Model } from '../entities/tagger/model.js';
import { COARSE_TYPES, tagsToSpans } from '../entities/tagger/tags.js';
import { trimName } from '../entities/trim.js';
import type { Example } from './corpus.js';

export interface TypeScore {
  gold: number;
  pred: number;
  tp: number;
  f1: number;
}

/**
 * Strict (exact span and type) scores of the tagger alone over examples, per type and micro over PERSON/ORG/LOC.
 * The gold spans are the example's gold tags, so a corpus scores under its label map (GMB's titles left out).
 */
export function scoreTagger(examples: readonly Example[], model: Model): Record<string, TypeScore> {
  const counts: Record<string, TypeScore> = {};
  const at = (type: string): TypeScore => (counts[type] ??= { gold: 0, pred: 0, tp: 0, f1: 0 });
  for (const ex of examples) {
    const tokens = ex.doc.tokens;
    const gold = new Set<string>();
    for (const s of tagsToSpans(ex.gold)) {
      const type = COARSE_TYPES[s.type]!;
      gold.add(`${tokens[s.first]!.start}:${tokens[s.last - 1]!.end}:${type}`);
      at(type).gold++;
    }
    for (const n of tagNames(ex.doc, model)) {
      const c = trimName(ex.doc.text, n, (n, start, end) => ({ ...n, start, end }));
      if (!c) continue;
      at(n.type).pred++;
      if (gold.has(`${c.start}:${c.end}:${n.type}`) || gold.has(`${n.start}:${n.end}:${n.type}`)) at(n.type).tp++;
    }
  }
  const micro = { gold: 0, pred: 0, tp: 0, f1: 0 };
  for (const [type, c] of Object.entries(counts)) {
    c.f1 = c.gold + c.pred ? (2 * c.tp) / (c.gold + c.pred) : 0;
    if (type === 'MISC') continue;
    micro.gold += c.gold;
    micro.pred += c.pred;
    micro.tp += c.tp;
  }
  micro.f1 = (2 * micro.tp) / (micro.gold + micro.pred || 1);
  counts.micro = micro;
  return counts;
}

import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../doc/document.js';
import { docFeatures, type DocFeatures } from '../entities/tagger/features.js';
import type { WordClasses } from '../entities/tagger/word-classes.js';
import { COARSE_TYPES, spansToTags, type TokenSpan } from '../entities/tagger/tags.js';

/** One line of a corpus in the eval format. */
export interface GoldDoc {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string; text?: string }>;
}

/** A training document: its Doc, its features and its gold tags over the Doc's tokens. */
export interface Example {
  id: string;
  doc: Doc;
  features: DocFeatures;
  gold: Uint8Array;
  /** the gold entities as given */
  entities: GoldDoc['entities'];
}

/** How a corpus's labels become the tagger's four: a coarse type, or null to leave the span out (tagged O). */
export type LabelMap = (entity: GoldDoc['entities'][number], doc: Doc, first: number, last: number) => { type: string; first: number } | null;

export function readJsonl(file: string): GoldDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

/** Reads gold documents into examples: entities cover the tokens they overlap and never cross a sentence. */
export function toExamples(docs: GoldDoc[], map: LabelMap, wordClasses: WordClasses): { examples: Example[]; dropped: number } {
  let dropped = 0;
  const examples = docs.map((g) => {
    const doc = createDoc(g.text);
    const tokens = doc.tokens;
    const spans: TokenSpan[] = [];
    let k = 0;
    for (const e of g.entities) {
      while (k < tokens.length && tokens[k]!.end <= e.start) k++;
      let last = k;
      while (last < tokens.length && tokens[last]!.start < e.end) last++;
      if (last === k || tokens[k]!.sentence !== tokens[last - 1]!.sentence) {
        dropped++;
        continue;
      }
      const mapped = map(e, doc, k, last);
      if (!mapped) continue;
      const type = COARSE_TYPES.indexOf(mapped.type as (typeof COARSE_TYPES)[number]);
      if (type < 0) throw new Error(`${g.id}: no coarse type ${mapped.type}`);
      spans.push({ first: mapped.first, last, type });
    }
    return { id: g.id, doc, features: docFeatures(doc, wordClasses), gold: spansToTags(spans, tokens.length), entities: g.entities };
  });
  return { examples, dropped };
}

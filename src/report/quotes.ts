import type { Extraction } from '../schema.js';
import { speakerOf } from './speakers.js';
import { words } from './text.js';

/** A quote said by different speakers in different articles. */
export interface QuoteConflict {
  /** the longest wording seen */
  text: string;
  attributions: Array<{ speaker: string; documents: number; examples: string[] }>;
}

/** Quotes shorter than this are too common ("We will see") to mean the same statement. */
const MIN_WORDS = 6;
/** Two wordings are the same quote when they share their first or last this many words (one may be cut short). */
const EDGE_WORDS = 8;
const MAX_DOCUMENTS_SHOWN = 5;

interface Occurrence {
  text: string;
  speakerKey: string;
  speaker: string;
  doc: string;
}

/**
 * Finds the same quote attributed to different speakers across articles. Quotes are compared by their words
 * (case, punctuation and quote marks aside); wordings that share their first or last eight words are one quote.
 */
export class QuoteConflicts {
  private readonly occurrences: Occurrence[] = [];
  /** union-find over occurrences, joined through the keys they share */
  private readonly parent: number[] = [];
  private readonly byKey = new Map<string, number>();

  add(x: Extraction, docId: string): void {
    for (const q of x.quotes) {
      const s = speakerOf(q, x);
      if (!s) continue;
      const text = q.parts.map((p) => p.text).join(' … ');
      const w = words(text);
      if (w.length < MIN_WORDS) continue;
      const i = this.occurrences.push({ text, speakerKey: s.key, speaker: s.name, doc: docId }) - 1;
      this.parent.push(i);
      const keys = [w.join(' ')];
      if (w.length >= EDGE_WORDS) keys.push(`^${w.slice(0, EDGE_WORDS).join(' ')}`, `$${w.slice(-EDGE_WORDS).join(' ')}`);
      for (const key of keys) {
        const j = this.byKey.get(key);
        if (j === undefined) this.byKey.set(key, i);
        else this.union(i, j);
      }
    }
  }

  /**
   * Groups with at least two speakers and two articles, most speakers first. `aliases` maps a speaker's key to
   * the one it is counted as (a surname to the full name), so "Akar" and "Hulusi Akar" are not two speakers.
   */
  conflicts(n: number, aliases: ReadonlyMap<string, { key: string; name: string }>): QuoteConflict[] {
    const groups = new Map<number, Occurrence[]>();
    this.occurrences.forEach((o, i) => {
      const root = this.find(i);
      const group = groups.get(root);
      if (group) group.push(o);
      else groups.set(root, [o]);
    });
    const out: QuoteConflict[] = [];
    for (const group of groups.values()) {
      const speakers = new Map<string, { speaker: string; documents: Set<string> }>();
      for (const o of group) {
        const alias = aliases.get(o.speakerKey);
        const key = alias?.key ?? o.speakerKey;
        const s = speakers.get(key) ?? { speaker: alias?.name ?? o.speaker, documents: new Set<string>() };
        s.documents.add(o.doc);
        speakers.set(key, s);
      }
      if (speakers.size < 2 || new Set(group.map((o) => o.doc)).size < 2) continue;
      out.push({
        text: group.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text,
        attributions: [...speakers.values()]
          .sort((a, b) => b.documents.size - a.documents.size || (a.speaker < b.speaker ? -1 : 1))
          .map((s) => ({ speaker: s.speaker, documents: s.documents.size, examples: [...s.documents].slice(0, MAX_DOCUMENTS_SHOWN) })),
      });
    }
    return out.sort((a, b) => b.attributions.length - a.attributions.length || (a.text < b.text ? -1 : 1)).slice(0, n);
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

import type { Entity, Extraction, Quote } from '../schema.js';

/** Who said a quote, as the report counts it across articles. */
export interface Speaker {
  /** the same for every article that names this speaker: the entity id ("person:hulusi-akar") */
  key: string;
  name: string;
  type: 'PERSON' | 'ORG';
  roles: readonly string[];
}

/** The named person or organisation a quote is attributed to, or null (no speaker, or an unnamed source). */
export function speakerOf(quote: Quote, x: Extraction): Speaker | null {
  const s = quote.speaker;
  if (!s) return null;
  const entity =
    (s.entityId && x.entities.find((e) => e.id === s.entityId)) ||
    (s.mention && x.entities.find((e) => e.mentions.some((m) => m.start === s.mention!.start && m.end === s.mention!.end))) ||
    x.entities.find((e) => e.name === s.name && (e.type === 'PERSON' || e.type === 'ORG')) ||
    null;
  if (!entity || (entity.type !== 'PERSON' && entity.type !== 'ORG')) return null;
  return { key: entity.id, name: entity.name, type: entity.type, roles: entity.roles };
}

export interface SpeakerCount {
  name: string;
  type: 'PERSON' | 'ORG';
  quotes: number;
  documents: number;
  /** the roles most often given, most frequent first */
  roles: string[];
  /** the first few documents that quote them */
  examples: string[];
}

const EXAMPLES = 3;

/** Counts quotes and articles per speaker across the corpus. */
export class SpeakerTally {
  private readonly bySpeaker = new Map<string, { name: string; type: 'PERSON' | 'ORG'; quotes: number; documents: number; roles: Map<string, number>; examples: string[] }>();

  add(x: Extraction, docId: string): void {
    const seen = new Set<string>();
    for (const q of x.quotes) {
      const s = speakerOf(q, x);
      if (!s) continue;
      let t = this.bySpeaker.get(s.key);
      if (!t) this.bySpeaker.set(s.key, (t = { name: s.name, type: s.type, quotes: 0, documents: 0, roles: new Map(), examples: [] }));
      t.quotes++;
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      t.documents++;
      if (t.examples.length < EXAMPLES) t.examples.push(docId);
      for (const role of s.roles) t.roles.set(role, (t.roles.get(role) ?? 0) + 1);
    }
  }

  /**
   * The most-quoted people and organisations. A one-word person ("Akar") whose surname belongs to exactly one
   * fuller name in the corpus ("Hulusi Akar") is counted as that person.
   */
  top(n: number): { people: SpeakerCount[]; organisations: SpeakerCount[] } {
    const merged = this.mergeSurnames();
    const ranked = (type: Entity['type']) =>
      [...merged.values()]
        .filter((t) => t.type === type)
        .sort((a, b) => b.quotes - a.quotes || b.documents - a.documents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .slice(0, n)
        .map((t) => ({
          name: t.name,
          type: t.type,
          quotes: t.quotes,
          documents: t.documents,
          roles: [...t.roles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r).slice(0, 3),
          examples: t.examples,
        }));
    return { people: ranked('PERSON'), organisations: ranked('ORG') };
  }

  /** One-word people ("Akar") to the key of the one fuller name in the corpus with that surname ("person:hulusi-akar"). */
  aliases(): Map<string, { key: string; name: string }> {
    const fullBySurname = new Map<string, string[]>();
    for (const [key, t] of this.bySpeaker) {
      const parts = t.name.split(/\s+/);
      if (t.type !== 'PERSON' || parts.length < 2) continue;
      const last = parts.at(-1)!.toLowerCase();
      fullBySurname.set(last, [...(fullBySurname.get(last) ?? []), key]);
    }
    const out = new Map<string, { key: string; name: string }>();
    for (const [key, t] of this.bySpeaker) {
      if (t.type !== 'PERSON' || /\s/.test(t.name)) continue;
      const full = fullBySurname.get(t.name.toLowerCase());
      if (full?.length === 1) out.set(key, { key: full[0]!, name: this.bySpeaker.get(full[0]!)!.name });
    }
    return out;
  }

  private mergeSurnames() {
    const out = new Map([...this.bySpeaker].map(([k, t]) => [k, { ...t, roles: new Map(t.roles), examples: [...t.examples] }]));
    for (const [key, alias] of this.aliases()) {
      const t = out.get(key)!;
      const into = out.get(alias.key)!;
      into.quotes += t.quotes;
      into.documents += t.documents;
      for (const [r, c] of t.roles) into.roles.set(r, (into.roles.get(r) ?? 0) + c);
      into.examples = [...new Set([...into.examples, ...t.examples])].slice(0, EXAMPLES);
      out.delete(key);
    }
    return out;
  }
}

import type { Doc } from '../doc/document.js';
import type { Entity, EntityType, Mention } from '../schema.js';
import { span } from '../doc/span.js';
import { rolesBefore } from './roles.js';

/** A name found in the text, typed. */
export interface NameMention {
  start: number;
  end: number;
  type: EntityType;
}

interface Cluster {
  type: EntityType;
  words: string[];
  mentions: NameMention[];
  roles: Set<string>;
}

/**
 * One entity per referent: a mention joins an earlier entity of the same type when it repeats its name, is
 * its surname or first-name part (PERSON), or its acronym (ORG and others). Overlapping candidates keep the
 * longest. The canonical name is the fullest mention.
 */
export function mergeMentions(doc: Doc, candidates: NameMention[]): Entity[] {
  const clusters: Cluster[] = [];
  for (const c of dropOverlaps(candidates)) {
    const words = wordsOf(doc.text.slice(c.start, c.end));
    if (words.length === 0) continue;
    const cluster = findCluster(clusters, c.type, words);
    const roles = c.type === 'PERSON' ? rolesBefore(doc.text, c.start) : [];
    if (cluster) {
      cluster.mentions.push(c);
      if (words.length > cluster.words.length) cluster.words = words;
      for (const r of roles) cluster.roles.add(r);
    } else {
      clusters.push({ type: c.type, words, mentions: [c], roles: new Set(roles) });
    }
  }
  return toEntities(doc.text, clusters);
}

function dropOverlaps(candidates: NameMention[]): NameMention[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NameMention[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s\u00a0]+/)
    .filter((w) => w && w !== 'the');
}

function findCluster(clusters: Cluster[], type: EntityType, words: string[]): Cluster | undefined {
  const joined = words.join(' ');
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.type !== type) continue;
    if (c.words.join(' ') === joined) return c;
  }
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.type !== type) continue;
    if (type === 'PERSON' && isPartOfName(words, c.words)) return c;
    if (type !== 'PERSON' && words.length === 1 && isAcronymOf(words[0]!, c.words)) return c;
  }
  return undefined;
}

/** "Akar" or "Hulusi" within "Hulusi Akar"; a shorter name must be a contiguous run of the longer one. */
function isPartOfName(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, j) => w === long[i + j])) return true;
  }
  return false;
}

function isAcronymOf(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/\./g, '');
  if (letters.length < 2) return false;
  const initials = words.filter((w) => !['of', 'and', 'for', 'the', 'de', '&'].includes(w)).map((w) => w[0]).join('');
  return initials === letters;
}

function toEntities(text: string, clusters: Cluster[]): Entity[] {
  const used = new Map<string, number>();
  return clusters.map((c) => {
    const mentions: Mention[] = c.mentions
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ ...span(text, m.start, m.end), kind: 'name' as const }));
    const name = canonicalName(mentions);
    const base = `${c.type.toLowerCase()}:${slug(name)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      type: c.type,
      name,
      roles: [...c.roles].sort(),
      mentions,
    };
  });
}

function canonicalName(mentions: Mention[]): string {
  let best = '';
  for (const m of mentions) {
    const name = m.text.replace(/\s+/g, ' ');
    if (name.length > best.length || (name.length === best.length && isAllCaps(best) && !isAllCaps(name))) best = name;
  }
  return best;
}

function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

import type { Doc, Token } from '../doc/document.js';
import { span } from '../doc/span.js';
import type { Cue, Entity, Speaker } from '../schema.js';
import { CUE_LEMMA } from './cues.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const MAX_SUBJECT = 8;

export interface Attribution {
  speaker: Speaker | null;
  cue: Cue | null;
}

/** Finds the speech verb beside a quote and the subject that goes with it, then resolves it to an entity. */
export function attribute(doc: Doc, entities: Entity[], open: number, close: number): Attribution {
  const found = cueAfter(doc, close) ?? cueBefore(doc, open);
  if (!found) return { speaker: null, cue: null };
  const { cue, subject } = found;
  const cueOut: Cue = { ...span(doc.text, cue.start, cue.end), lemma: CUE_LEMMA.get(cue.lower) ?? cue.lower };
  if (!subject) return { speaker: null, cue: cueOut };
  return { speaker: resolve(doc, entities, subject, open), cue: cueOut };
}

interface Found {
  cue: Token;
  subject: { start: number; end: number } | null;
}

function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** “...,” Akar said / “...,” said Akar / “...,” the minister said. */
function cueAfter(doc: Doc, close: number): Found | null {
  const first = tokenIndexAt(doc, close);
  const tokens = doc.tokens;
  const line = lineEnd(doc.text, close);
  for (let i = first; i < tokens.length && i < first + MAX_SUBJECT + 1; i++) {
    const t = tokens[i]!;
    if (t.start >= line || (t.type === 'punctuation' && i > first && t.norm !== ',')) return null;
    if (!CUE_LEMMA.has(t.lower)) continue;
    const before = words(tokens, first, i);
    if (before) return { cue: t, subject: before };
    return { cue: t, subject: words(tokens, i + 1, clauseEnd(tokens, i + 1, line)) };
  }
  return null;
}

/** Akar said: “...” / Akar said, “...” */
function cueBefore(doc: Doc, open: number): Found | null {
  const tokens = doc.tokens;
  let i = tokenIndexAt(doc, open) - 1;
  while (i >= 0 && (tokens[i]!.norm === ',' || tokens[i]!.norm === ':')) i--;
  const t = tokens[i];
  if (!t || !CUE_LEMMA.has(t.lower) || lineStart(doc.text, open) > t.start) return null;
  let from = i;
  while (from > 0 && i - from < MAX_SUBJECT && tokens[from - 1]!.type === 'word' && tokens[from - 1]!.start >= lineStart(doc.text, open)) from--;
  return { cue: t, subject: words(tokens, from, i) };
}

function clauseEnd(tokens: Token[], from: number, line: number): number {
  let i = from;
  while (i < tokens.length && i < from + MAX_SUBJECT && tokens[i]!.start < line && tokens[i]!.type !== 'punctuation') i++;
  return i;
}

function words(tokens: Token[], from: number, to: number): { start: number; end: number } | null {
  while (from < to && tokens[from]!.type === 'punctuation') from++;
  while (to > from && tokens[to - 1]!.type === 'punctuation') to--;
  return to > from ? { start: tokens[from]!.start, end: tokens[to - 1]!.end } : null;
}

function lineEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function resolve(doc: Doc, entities: Entity[], subject: { start: number; end: number }, quoteStart: number): Speaker | null {
  const mention = span(doc.text, subject.start, subject.end);
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    if (e.mentions.some((m) => m.start < subject.end && subject.start < m.end)) {
      return { name: e.name, entityId: e.id, mention, resolvedBy: 'explicit' };
    }
  }
  const lower = mention.text.toLowerCase();
  if (PRONOUNS.has(lower)) {
    const previous = lastPersonBefore(entities, quoteStart);
    return previous ? { name: previous.name, entityId: previous.id, mention, resolvedBy: 'pronoun' } : null;
  }
  if (/^(?:the|a|an)\s/i.test(mention.text)) {
    return { name: mention.text, entityId: null, mention, resolvedBy: 'description' };
  }
  return /^[A-Z]/.test(mention.text) ? { name: mention.text, entityId: null, mention, resolvedBy: 'explicit' } : null;
}

function lastPersonBefore(entities: Entity[], offset: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.end <= offset && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}

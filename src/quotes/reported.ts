import type { Doc } from '../doc/document.js';
import type { Attribution } from './attributions.js';
import { hasClause } from './phrases.js';
import { is, isPunct, isQuoteMark, type TokenRange } from './tokens.js';

/** What an attribution reports, as token ranges: one, or two around a parenthetical ("Police, he said, have ..."). */
export interface Reported {
  attribution: Attribution;
  parts: TokenRange[];
}

const CLAUSE_OPENERS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who']);
const BOUNDARY = new Set([',', ';', '—', '–', '--']);

/**
 * Reported speech: "X said (that) CONTENT", "CONTENT, X said", "according to X, CONTENT", "CONTENT, according
 * to X", "A, X said, B". `closesPair(i)` gives the token after the closing mark of the pair opened at token i, or
 * -1; a content that is nothing but one quoted stretch is a direct quote and is left to the caller.
 */
export function findReported(doc: Doc, attributions: Attribution[], closesPair: (i: number) => number): Reported[] {
  const starts = new Set(attributions.map((a) => a.first));
  const out: Reported[] = [];
  for (const a of attributions) {
    if (a.cls === 'manner') continue;
    const parts = a.lemma === 'according to' ? accordingTo(doc, a, starts) : contentOf(doc, a, starts);
    if (!parts) continue;
    const only = parts.length === 1 ? parts[0]! : null;
    if (only && isQuoteMark(doc.tokens[only.first]) && closesPair(only.first) >= only.last) continue;
    out.push({ attribution: a, parts });
  }
  return out;
}

function contentOf(doc: Doc, a: Attribution, starts: Set<number>): TokenRange[] | null {
  const tokens = doc.tokens;
  const end = a.sentence.last;
  const rest = restIsPunctuation(doc, a.next, end);
  if (rest) return before(doc, a);
  const c = a.next;
  const t = tokens[c]!;
  if (t.norm === ',' && a.subject && a.subject.first < a.cue.first && tokens[a.first - 1]?.norm === ',') {
    // "Police, Sinclair says, have no policies": the content runs on both sides
    const left = before(doc, a);
    const right = after(doc, c + 1, end, starts);
    return left && right ? [left[0]!, right] : null;
  }
  if (isPunct(t) && !isQuoteMark(t)) return null;
  if (!a.subject) return null;
  if (a.infinitive && is(t, 'to')) return [after(doc, c, end, starts)].filter((r) => r !== null);
  if (CLAUSE_OPENERS.has(t.lower) ? !hasClause(doc, c + 1, end) : !hasClause(doc, c, end)) return null;
  const r = after(doc, c, end, starts);
  return r ? [r] : null;
}

/** "According to X, CONTENT." / "CONTENT, according to X." / "A, according to X, B." */
function accordingTo(doc: Doc, a: Attribution, starts: Set<number>): TokenRange[] | null {
  const tokens = doc.tokens;
  const end = a.sentence.last;
  if (restIsPunctuation(doc, a.next, end)) return before(doc, a);
  let c = a.next;
  if (tokens[c]?.norm === '—' || tokens[c]?.norm === '–') {
    // "According to the study — which used ... — the retail industry is ..."
    c++;
    while (c < end && tokens[c]!.norm !== '—' && tokens[c]!.norm !== '–') c++;
  }
  if (tokens[c]?.norm !== ',' && tokens[c]?.norm !== '—' && tokens[c]?.norm !== '–') return null;
  const right = after(doc, c + 1, end, starts);
  if (!right) return null;
  if (a.first === a.sentence.first || tokens[a.first - 1]!.pos === 'CCONJ' || tokens[a.first - 1]!.pos === 'ADV') return [right];
  const left = before(doc, a);
  return left ? [left[0]!, right] : null;
}

function restIsPunctuation(doc: Doc, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!isPunct(doc.tokens[i]) || isQuoteMark(doc.tokens[i])) return false;
  return true;
}

/** CONTENT, X said. — from the sentence start to the comma before the attribution. */
function before(doc: Doc, a: Attribution): TokenRange[] | null {
  const tokens = doc.tokens;
  const comma = a.first - 1;
  if (comma <= a.sentence.first || !BOUNDARY.has(tokens[comma]!.norm)) {
    // “..., ” X said: the comma sits inside the closing mark
    if (!(isQuoteMark(tokens[comma]) && BOUNDARY.has(tokens[comma - 1]?.norm ?? ''))) return null;
  }
  let first = a.sentence.first;
  while (first < comma && isPunct(tokens[first]) && !isQuoteMark(tokens[first])) first++;
  const last = trimEnd(doc, first, comma);
  if (last - first < 2 || !hasClause(doc, first, last)) return null;
  return [{ first, last }];
}

/** From `c` to the end of the sentence, or to the comma before the next attribution in it. */
function after(doc: Doc, c: number, end: number, starts: Set<number>): TokenRange | null {
  const tokens = doc.tokens;
  let last = end;
  for (let k = c + 1; k < end; k++) {
    if (!BOUNDARY.has(tokens[k]!.norm)) continue;
    const n = tokens[k + 1]?.pos === 'CCONJ' || tokens[k + 1]?.pos === 'SCONJ' ? k + 2 : k + 1;
    if (starts.has(n)) {
      last = k;
      break;
    }
  }
  last = trimEnd(doc, c, last);
  return last - c >= 2 ? { first: c, last } : null;
}

/** Drops trailing punctuation, but keeps a closing quote mark whose opening mark is inside the range. */
function trimEnd(doc: Doc, first: number, last: number): number {
  const tokens = doc.tokens;
  let open = 0;
  for (let i = first; i < last; i++) if (isQuoteMark(tokens[i])) open ^= 1;
  while (last > first && isPunct(tokens[last - 1])) {
    if (isQuoteMark(tokens[last - 1]) && open) break;
    last--;
  }
  return last;
}

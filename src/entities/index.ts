import type { Doc } from '../doc/document.js';
import { insideAny } from '../doc/span.js';
import type { Entity } from '../schema.js';
import { furnitureLines } from './furniture.js';
import { mergeMentions, type NameMention } from './merge.js';
import { tagNames, type TaggedName } from './tagger/index.js';
import { shippedModel } from './tagger/model.js';
import { trimName } from './trim.js';
import { refineType } from './types.js';

/** Names tagged in the document, typed, then merged into one entity per referent. */
export function extractEntities(doc: Doc): Entity[] {
  const inFurniture = insideAny(furnitureLines(doc));
  const mentions: NameMention[] = [];
  for (const tagged of tagNames(doc).flatMap((n) => splitAtBreaks(doc, n)).flatMap((n) => splitAtTitle(doc, n))) {
    // A possessive the tagger took in as a token of its own belongs to the name ("Lord's", "McDonald's").
    const m = /^['’]s$/.test(doc.tokens[tagged.last - 1]!.norm) && tagged.last - tagged.first > 1 ? tagged : trimName(doc.text, endOfSentence(doc, tagged));
    if (!m || inFurniture(m) || !/\p{Lu}/u.test(doc.text.slice(m.start, m.end))) continue;
    mentions.push({
      start: m.start,
      end: m.end,
      type: refineType(doc.text.slice(m.start, m.end), m.type),
      caps: m.caps,
      dateline: isDateline(doc.text, m.start, m.end),
    });
  }
  return mergeMentions(doc, mentions);
}

/**
 * A name never runs across a dash set off by spaces ("Romania - Cosmin Contra"), a colon, a semicolon or a
 * bracket: it becomes the names either side.
 */
function splitAtBreaks(doc: Doc, n: TaggedName): TaggedName[] {
  const out: TaggedName[] = [];
  let first = n.first;
  for (let i = n.first; i <= n.last; i++) {
    const t = doc.tokens[i];
    const spaced = t !== undefined && /\s/.test(doc.text[t.start - 1] ?? '') && /\s/.test(doc.text[t.end] ?? '');
    const brk = i < n.last && (/^[:;()[\]]$/.test(t!.norm) || (spaced && /^(?:-|--|–|—)$/.test(t!.norm)));
    if (i < n.last && !brk) continue;
    if (i > first) out.push({ ...n, first, last: i, start: doc.tokens[first]!.start, end: doc.tokens[i - 1]!.end });
    first = i + 1;
  }
  return out;
}

/** Role words that, inside an organisation's name, start the name of its officer instead. */
const OFFICERS = new Set([
  'president', 'chairman', 'chairwoman', 'director', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'coach',
  'manager', 'ceo', 'governor', 'ambassador', 'commissioner', 'leader', 'captain', 'chief',
]);

/** "Panamanian Boxing Association President Ramon Manzanares": the organisation, then the person after the title. */
function splitAtTitle(doc: Doc, n: TaggedName): TaggedName[] {
  if (n.type !== 'ORG' && n.type !== 'MISC') return [n];
  for (let i = n.first + 1; i < n.last - 1; i++) {
    const t = doc.tokens[i]!;
    if (!OFFICERS.has(t.lower) || !/^\p{Lu}/u.test(t.norm) || !/^\p{Lu}/u.test(doc.tokens[i + 1]!.norm)) continue;
    const org = { ...n, last: i, end: doc.tokens[i - 1]!.end };
    const person = { ...n, type: 'PERSON' as const, first: i + 1, start: doc.tokens[i + 1]!.start };
    return [org, person];
  }
  return [n];
}

/**
 * A full stop that ends the sentence is the sentence's, not the name's: "... and Lear Corp." gives "Lear Corp"
 * (initials such as "U.S." keep theirs).
 */
function endOfSentence(doc: Doc, n: TaggedName): TaggedName {
  const last = doc.tokens[n.last - 1]!;
  const next = doc.tokens[n.last];
  const ends = !next || next.sentence !== last.sentence;
  const initials = /(?:^|[\s.])\p{Lu}\.$/u.test(doc.text.slice(n.start, n.end));
  return ends && !initials && n.end - n.start > 2 && doc.text[n.end - 1] === '.' ? { ...n, end: n.end - 1 } : n;
}

/** "NEW YORK 1996-08-30", "ANKARA (Reuters) —", "SPRINGFIELD, Ill. (AP) -": a place opening its line before a date or credit. */
const AFTER_DATELINE = /^(?:,[^\n,(]{1,30})?\s*(?:\d{4}-\d\d-\d\d|\([^)\n]{1,30}\)|—|–|--?\s)/;

function isDateline(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && AFTER_DATELINE.test(text.slice(end, end + 50));
}

/** First 12 hex digits of the sha256 of the shipped tagger model (meta.model of every extraction). */
export function taggerModelHash(): string {
  return shippedModel().hash;
}

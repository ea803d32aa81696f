import type { Doc } from '../doc/document.js';
import { contains } from '../doc/span.js';
import type { Entity } from '../schema.js';
import { furnitureLines } from './furniture.js';
import { mergeMentions, type NameMention } from './merge.js';
import { tagNames } from './tagger/index.js';
import { shippedModel } from './tagger/model.js';
import { trimName } from './trim.js';
import { refineType } from './types.js';

/** Names tagged in the document, typed, then merged into one entity per referent. */
export function extractEntities(doc: Doc): Entity[] {
  const furniture = furnitureLines(doc);
  const mentions: NameMention[] = [];
  for (const tagged of tagNames(doc)) {
    // A possessive the tagger took in as a token of its own belongs to the name ("Lord's", "McDonald's").
    const m = /^['’]s$/.test(doc.tokens[tagged.last - 1]!.norm) && tagged.last - tagged.first > 1 ? tagged : trimName(doc.text, tagged);
    if (!m || furniture.some((f) => contains(f, m))) continue;
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

/** "NEW YORK 1996-08-30", "ANKARA (Reuters) —", "SPRINGFIELD, Ill. (AP) -": a place opening its line before a date or credit. */
const AFTER_DATELINE = /^(?:,[^\n,(]{1,30})?\s*(?:\d{4}-\d\d-\d\d|\([^)\n]{1,30}\)|—|–|--?\s)/;

function isDateline(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && AFTER_DATELINE.test(text.slice(end, end + 50));
}

/** First 12 hex digits of the sha256 of the shipped tagger model (meta.model of every extraction). */
export function taggerModelHash(): string {
  return shippedModel().hash;
}

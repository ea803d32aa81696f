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
    const m = trimName(doc.text, tagged);
    if (!m || furniture.some((f) => contains(f, m))) continue;
    mentions.push({ start: m.start, end: m.end, type: refineType(doc.text.slice(m.start, m.end), m.type), caps: m.caps });
  }
  return mergeMentions(doc, mentions);
}

/** First 12 hex digits of the sha256 of the shipped tagger model (meta.model of every extraction). */
export function taggerModelHash(): string {
  return shippedModel().hash;
}

import type { Doc } from '../doc/document.js';
import type { Entity } from '../schema.js';
import { nameCandidates } from './candidates.js';
import { mergeMentions } from './merge.js';
import { trimName } from './trim.js';

export function extractEntities(doc: Doc): Entity[] {
  const mentions = nameCandidates(doc.text)
    .map((c) => trimName(doc.text, c))
    .filter((c) => c !== null);
  return mergeMentions(doc, mentions);
}

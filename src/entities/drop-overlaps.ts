import { withoutOverlaps } from '../doc/span.js';
import type { NameMention } from './merge.js';

/** One name where tagged names overlap: the one starting first, the longest of those starting together. By start. */
export function dropOverlaps(mentions: readonly NameMention[]): NameMention[] {
  return withoutOverlaps(mentions);
}

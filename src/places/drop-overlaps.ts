import { withoutOverlaps } from '../doc/span.js';
import type { PlaceMention } from './mention.js';

/**
 * One place mention where several overlap: the one starting first (the longest of those starting together),
 * unless the dateline's place overlaps it and is at least as long. By start; `mentions` is left as it is.
 */
export function dropOverlaps(mentions: readonly PlaceMention[]): PlaceMention[] {
  return withoutOverlaps(mentions, (later, kept) => later.role === 'dateline' && later.end - later.start >= kept.end - kept.start);
}

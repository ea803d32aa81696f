import type { MentionWords } from './article-region.js';
import type { PlaceMention } from './mention.js';

/** Words that name a feature no settlement is: a lake, a river, a forest, a park, a bridge, a stadium. */
const FEATURE_WORDS = new Set(['lake', 'lakes', 'loch', 'lough', 'reservoir', 'river', 'creek', 'forest', 'park', 'bridge', 'stadium', 'dam']);

/**
 * "Star Lake", "Lake Carlos", "Riverside Park", "Kielder Forest": a name whose first or last word is a feature's kind.
 * A town named after one ("Lake Mary", "Oak Park") is still read as the town where the article's places are near it.
 */
export function namesFeature(m: PlaceMention, text: MentionWords): boolean {
  const words = text.words(m);
  return words.length > 1 && (FEATURE_WORDS.has(words[0]!) || FEATURE_WORDS.has(words[words.length - 1]!));
}

import { hashString } from './tagger/hash.js';
import { lowerOf } from './tagger/forms.js';
import { shippedModel } from './tagger/model.js';

/**
 * The word classes shipped (hashed) in the tagger model, for other extractors: the GAZETTEER bits of a single
 * word (tagger/gazetteer.ts), case and a trailing full stop ignored ("Dr." is "dr"). No compromise at run time.
 */
export function wordClasses(word: string): number {
  return shippedModel().gazetteer.get(hashString(lowerOf(word.replace(/\.$/, '')))) ?? 0;
}

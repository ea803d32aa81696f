import type { Doc } from '../../doc/document.js';
import { FastDecoder } from './fast.js';
import { lowerOf } from './forms.js';
import { hashString } from './hash.js';
import { wordDictionary } from '../doc-words.js';
import { shippedModel, type Model } from './model.js';
import { isCapsLine } from './features.js';
import { COARSE_TYPES, tagsToSpans, type CoarseType } from './tags.js';

export interface TaggedName {
  start: number;
  end: number;
  type: CoarseType;
  /** token range */
  first: number;
  last: number;
  /** on an all-caps or title-case line */
  caps: boolean;
}

/** Names the tagger finds in a document, as character spans over whole tokens, in order. */
export function tagNames(doc: Doc, model: Model = shippedModel()): TaggedName[] {
  const { tags, inputs } = decoderOf(model).decode(doc);
  // pushed, not map()ped: map() gave a document with no names an array of another kind, and findNames' optimised code,
  // which had seen only the one kind, was thrown away at the first such document (measured: it ran unoptimised for
  // half of the bench's pass)
  const names: TaggedName[] = [];
  for (const s of tagsToSpans(tags)) {
    names.push({
      start: doc.tokens[s.first]!.start,
      end: doc.tokens[s.last - 1]!.end,
      type: COARSE_TYPES[s.type]!,
      first: s.first,
      last: s.last,
      caps: isCapsLine(inputs.context[s.first]!),
    });
  }
  return names;
}

const decoders = new WeakMap<Model, FastDecoder>();

function decoderOf(model: Model): FastDecoder {
  let d = decoders.get(model);
  if (!d) decoders.set(model, (d = new FastDecoder(model.weights, model.wordClasses)));
  return d;
}

/**
 * The word classes shipped (hashed) in the tagger model, for other extractors: the WORD_CLASS bits of a single
 * word (word-classes.ts), case and a trailing full stop ignored ("Dr." is "dr"). No compromise at run time.
 */
export function wordClassesOf(word: string): number {
  let classes = classesByWord[word];
  if (classes === undefined) {
    if (classesKnown === CLASSES_LIMIT) {
      classesByWord = wordDictionary<number>();
      classesKnown = 0;
    }
    classes = shippedModel().wordClasses.get(hashString(lowerOf(word.endsWith('.') ? word.slice(0, -1) : word))) ?? 0;
    classesByWord[word] = classes;
    classesKnown++;
  }
  return classes;
}

/** wordClassesOf's answers by word (started again past CLASSES_LIMIT words): the rules ask of the same words over and over. */
let classesByWord = wordDictionary<number>();
let classesKnown = 0;
const CLASSES_LIMIT = 1 << 16;

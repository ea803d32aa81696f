import type { Doc } from '../../doc/document.js';
import { decodeDoc } from './decode.js';
import { docFeatures } from './features.js';
import { shippedModel, type Model } from './model.js';
import { COARSE_TYPES, tagsToSpans, type CoarseType } from './tags.js';

export interface TaggedName {
  start: number;
  end: number;
  type: CoarseType;
  /** token range */
  first: number;
  last: number;
}

/** Names the tagger finds in a document, as character spans over whole tokens, in order. */
export function tagNames(doc: Doc, model: Model = shippedModel()): TaggedName[] {
  const features = docFeatures(doc);
  const tags = decodeDoc(doc, features, model.weights);
  return tagsToSpans(tags).map((s) => ({
    start: doc.tokens[s.first]!.start,
    end: doc.tokens[s.last - 1]!.end,
    type: COARSE_TYPES[s.type]!,
    first: s.first,
    last: s.last,
  }));
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { decodeDoc, type QuantizedWeights } from '../src/entities/tagger/decode.js';
import { FastDecoder } from '../src/entities/tagger/fast.js';
import { docFeatures } from '../src/entities/tagger/features.js';
import { FEATURE_VERSION, decodeModel, encodeModel, shippedModel } from '../src/entities/tagger/model.js';
import { TAG_COUNT } from '../src/entities/tagger/tags.js';
import type { WordClassLookup } from '../src/entities/tagger/word-classes.js';
import { nextStart, startsAt } from '../src/numbers/starts.js';
import { adversarialDocument } from './helpers/adversarial.js';
import { devTexts, NO_DEV_TEXTS } from './helpers/dev-texts.js';
import { fixtureArticles } from './helpers/fixtures.js';

/**
 * Two rules are written twice, once plainly and once for speed: where an amount may start (the START_AT pattern,
 * and nextStart reading characters) and the tagger's decoding (decodeDoc over every feature, and FastDecoder
 * summing cached groups). Each pair must agree everywhere: on the dev texts and on random text.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const dev = devTexts();
if (!dev) console.warn(`tests/fast-paths.test.ts: the dev-text checks are ${NO_DEV_TEXTS}`);

/** Offsets where nextStart and the pattern disagree: nextStart from every offset against the pattern tried at each. */
function startMismatches(text: string): number[] {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = startsAt(text, i) ? i : next[i + 1]!;
  const wrong: number[] = [];
  for (let from = 0; from <= text.length; from++) if (nextStart(text, from) !== next[from]) wrong.push(from);
  return wrong;
}

/** Text made of what starts amounts (number words, currency letters and signs, digits, fractions) and what borders them. */
const amountText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('one', 'Twenty', 'hundred', 'tens', 'first', 'THIRD', 'half', 'US', 'usd', 'Rs', 'RM', 'HK', 'CAN', 'U.S.', 'A', 'C', 'S', 'r') },
      { weight: 4, arbitrary: fc.constantFrom(' ', '$', '.', ',', '-', '_', '\u00a0', 'ſ', '\u212a', 'x', '5', '½', '€', '₾') },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('where an amount may start: nextStart agrees with START_AT', () => {
  it.skipIf(!dev)(`on every offset of the dev texts${dev ? '' : ` (${NO_DEV_TEXTS})`}`, () => {
    const wrong = dev!.map((text, k) => ({ k, at: startMismatches(text).slice(0, 3) })).filter((w) => w.at.length > 0);
    expect(wrong).toEqual([]);
  });

  it(`on every offset of random text (${10 * RUNS} texts of amount pieces, ${RUNS} adversarial documents)`, () => {
    const agree = (text: string): void => {
      expect(startMismatches(text)).toEqual([]);
    };
    fc.assert(fc.property(amountText, agree), { numRuns: 10 * RUNS });
    fc.assert(fc.property(adversarialDocument, agree), { numRuns: RUNS });
  });
});

/** A checker that FastDecoder reading `model` tags a text as decodeDoc does. */
function sameTagsUnder(model: { weights: QuantizedWeights; wordClasses: WordClassLookup }): (text: string) => void {
  const fast = new FastDecoder(model.weights, model.wordClasses);
  return (text) => {
    const doc = createDoc(text);
    expect([...fast.decode(doc).tags]).toEqual([...decodeDoc(doc, docFeatures(doc, model.wordClasses), model.weights)]);
  };
}

describe("the tagger's decoders: FastDecoder gives decodeDoc's tags", () => {
  const sameTags = sameTagsUnder(shippedModel());

  it('on the fixture articles', () => {
    for (const { text } of fixtureArticles()) sameTags(text);
  });

  it.skipIf(!dev)(`on the dev texts${dev ? '' : ` (${NO_DEV_TEXTS})`}`, () => {
    for (const text of dev!) sameTags(text);
  });

  it(`on random documents (${RUNS})`, () => {
    fc.assert(fc.property(adversarialDocument, sameTags), { numRuns: RUNS });
  });

  it('under a model of extreme weights, where the sums of four weights to a word reach their widest', () => {
    // every weight from -128 to 127 in turn, rows of 127 and of -128 alone, and every seventh row empty
    const bits = 10;
    const rows = new Int8Array((1 << bits) * TAG_COUNT);
    for (let r = 0; r < 1 << bits; r++) {
      if (r % 7 === 0) continue;
      for (let t = 0; t < TAG_COUNT; t++) rows[r * TAG_COUNT + t] = r % 7 === 1 ? 127 : r % 7 === 2 ? -128 : (((r * TAG_COUNT + t) * 2654435761) >>> 24) - 128;
    }
    const sameTagsExtreme = sameTagsUnder(decodeModel(encodeModel({ bits, tags: TAG_COUNT, features: FEATURE_VERSION, scale: 1, trainedOn: 'test', gazetteer: [] }, rows)));
    for (const { text } of fixtureArticles().slice(0, 3)) sameTagsExtreme(text);
  });
});

import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { tagNames } from '../src/entities/tagger/index.js';
import { decodeModel } from '../src/entities/tagger/model.js';
import { toExamples, type GoldDoc } from '../src/train/corpus.js';
import { isHeldOut, parseHoldOut } from '../src/train/hold-out.js';
import { gmbLabels, sameLabels } from '../src/train/labels.js';
import { quantize, seededRandom, shuffled } from '../src/train/perceptron.js';
import { trainModel } from '../src/train/train.js';
import { buildWordClasses } from '../src/train/build-word-classes.js';
import { WORD_CLASS } from '../src/entities/tagger/word-classes.js';
import { hashString } from '../src/entities/tagger/hash.js';

/** A tiny corpus written for these tests: gold spans are found by the names' text. */
function gold(id: string, text: string, names: Array<[string, string]>): GoldDoc {
  let from = 0;
  const entities = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, type, text: name };
  });
  return { id, text, entities };
}

const CORPUS = [
  gold('a', 'Maria Lopez visited Lisbon on Monday.', [['Maria Lopez', 'PERSON'], ['Lisbon', 'LOC']]),
  gold('b', 'Acme Corp said Peter Novak would lead it.', [['Acme Corp', 'ORG'], ['Peter Novak', 'PERSON']]),
  gold('c', 'The Danish team won in Oslo.', [['Danish', 'MISC'], ['Oslo', 'LOC']]),
  gold('d', 'Peter Novak flew from Oslo to Lisbon.', [['Peter Novak', 'PERSON'], ['Oslo', 'LOC'], ['Lisbon', 'LOC']]),
];

describe('training', () => {
  const { examples, dropped } = toExamples(CORPUS, sameLabels, new Map());
  const options = { epochs: 5, bits: 12, seed: 7, ensemble: 1, trainedOn: 'test corpus', wordClasses: new Map([[1, 2]]) };

  it('aligns gold spans to BILOU tags over the tokens', () => {
    expect(dropped).toBe(0);
    const first = examples[0]!;
    expect(first.doc.tokens.map((t) => t.norm)).toEqual(['Maria', 'Lopez', 'visited', 'Lisbon', 'on', 'Monday', '.']);
    expect([...first.gold]).toEqual([1, 3, 0, 12, 0, 0, 0]);
  });

  it('gives byte-identical models for the same data, options and seed', () => {
    const a = trainModel(examples, options);
    const b = trainModel(examples, options);
    expect(a.equals(b)).toBe(true);
    expect(trainModel(examples, { ...options, seed: 8 }).equals(a)).toBe(false);
  });

  it('learns its training data and records what it was trained on', () => {
    const model = decodeModel(trainModel(examples, options));
    expect(model.header.trainedOn).toBe('test corpus');
    expect(model.wordClasses.get(1)).toBe(2);
    const text = 'Maria Lopez visited Oslo on Monday.';
    const found = tagNames(createDoc(text), model).map((n) => `${n.type} ${text.slice(n.start, n.end)}`);
    expect(found).toEqual(['PERSON Maria Lopez', 'LOC Oslo']);
  });

  it('sums an ensemble of differently shuffled models, reproducibly', () => {
    const a = trainModel(examples, { ...options, ensemble: 2 });
    expect(a.equals(trainModel(examples, { ...options, ensemble: 2 }))).toBe(true);
    expect(a.equals(trainModel(examples, options))).toBe(false);
  });

  it('reports dev scores while training without fitting them', () => {
    const lines: string[] = [];
    trainModel(examples, { ...options, epochs: 2, checks: [{ name: 'dev', examples: examples.slice(0, 1) }], log: (l) => lines.push(l) });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/strict F1 dev \d\.\d{4}/);
  });
});

describe('GMB labels', () => {
  it('drops titles from people, reads nationality adjectives as MISC and leaves dates out', () => {
    const doc = gold('g', 'President John Smith met Iraqi officials in Basra on Tuesday.', [
      ['President John Smith', 'PERSON'],
      ['Iraqi', 'GPE'],
      ['Basra', 'LOC'],
      ['Tuesday', 'DATE'],
    ]);
    const [ex] = toExamples([doc], gmbLabels, new Map()).examples;
    const tokens = ex!.doc.tokens.map((t) => t.norm);
    const tagged = tokens.filter((_, i) => ex!.gold[i] !== 0);
    expect(tagged).toEqual(['John', 'Smith', 'Iraqi', 'Basra']);
  });
});

describe('hold-out specs', () => {
  it('reads every K-th document and the last K-th block', () => {
    const every = parseHoldOut('wikigold/4')!;
    const last = parseHoldOut('conll/last5')!;
    expect([every.corpus, every.k, every.block]).toEqual(['wikigold', 4, false]);
    expect([last.corpus, last.k, last.block]).toEqual(['conll', 5, true]);
    const ten = Array.from({ length: 10 }, (_, i) => i);
    expect(ten.filter((i) => isHeldOut(every, i, 10))).toEqual([3, 7]);
    expect(ten.filter((i) => isHeldOut(last, i, 10))).toEqual([8, 9]);
  });

  it('refuses a spec without a corpus and a share of 2 or more', () => {
    for (const spec of ['conll', 'conll/1', 'conll/last', '/4', 'conll/x4']) expect(parseHoldOut(spec)).toBeNull();
  });
});

describe('perceptron helpers', () => {
  it('shuffles reproducibly from a seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, seededRandom(3))).toEqual(shuffled(items, seededRandom(3)));
    expect(shuffled(items, seededRandom(3))).not.toEqual(items);
  });

  it('quantizes with the largest weight at 127', () => {
    const { rows, scale } = quantize(Float64Array.from([0.5, -2, 1, 0]));
    expect([...rows]).toEqual([32, -127, 64, 0]);
    expect(scale).toBeCloseTo(63.5);
  });
});

describe('word classes from the places gazetteer', () => {
  const placeBits = WORD_CLASS.country | WORD_CLASS.admin1 | WORD_CLASS.worldRegion;
  const partBits = placeBits << WORD_CLASS.placePartShift;
  const without = buildWordClasses(false);
  const withPlaces = buildWordClasses(true);
  const bits = (word: string) => withPlaces.get(hashString(word)) ?? 0;

  it('marks countries, first-level regions and world regions, and the words of longer names', () => {
    expect(bits('norway') & WORD_CLASS.country).not.toBe(0);
    expect(bits('bavaria') & WORD_CLASS.admin1).not.toBe(0);
    expect(bits('ontario') & WORD_CLASS.admin1).not.toBe(0);
    expect(bits('balkans') & WORD_CLASS.worldRegion).not.toBe(0);
    expect(bits('korea') & (WORD_CLASS.country << WORD_CLASS.placePartShift)).not.toBe(0);
  });

  it('gives no place class to a demonym, a town or an ordinary word, and leaves the other classes as they were', () => {
    for (const word of ['norwegian', 'leeds', 'market']) expect(bits(word) & (placeBits | partBits)).toBe(0);
    for (const [hash, b] of without) expect((withPlaces.get(hash) ?? 0) & ~(placeBits | partBits)).toBe(b);
  });
});

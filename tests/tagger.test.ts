import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { shapeOf } from '../src/entities/tagger/forms.js';
import { tagNames } from '../src/entities/tagger/index.js';
import { FEATURE_VERSION, decodeModel, encodeModel, shippedModel } from '../src/entities/tagger/model.js';
import { ROW_BYTES } from '../src/entities/tagger/decode.js';
import { ALLOWED, O, TAG_COUNT, allowed, spansToTags, tagOf, tagsToSpans } from '../src/entities/tagger/tags.js';
import { CAPS, NORMAL, TITLE, readViews } from '../src/entities/tagger/views.js';
import { WordClassTable } from '../src/entities/tagger/word-classes.js';

const names = (text: string) => tagNames(createDoc(text)).map((n) => `${n.type} ${text.slice(n.start, n.end)}`);

describe('BILOU tags', () => {
  it('round-trips token spans', () => {
    const spans = [
      { first: 0, last: 2, type: 0 },
      { first: 3, last: 4, type: 2 },
      { first: 5, last: 8, type: 1 },
    ];
    expect(tagsToSpans(spansToTags(spans, 9))).toEqual(spans);
  });

  it('only lets an open entity continue as itself and close before the sentence ends', () => {
    const bPerson = tagOf(0, 0);
    expect(allowed(bPerson, O, false)).toBe(false);
    expect(allowed(bPerson, tagOf(1, 1), false)).toBe(false);
    expect(allowed(bPerson, tagOf(0, 1), false)).toBe(true);
    expect(allowed(bPerson, tagOf(0, 1), true)).toBe(false);
    expect(allowed(O, tagOf(2, 0), true)).toBe(false);
    expect(allowed(O, tagOf(2, 3), true)).toBe(true);
    expect(ALLOWED).toHaveLength(TAG_COUNT * 2);
  });
});

describe('features', () => {
  it('writes word shapes with runs cut to two', () => {
    expect(shapeOf('Ankara')).toBe('Xxx');
    expect(shapeOf('NATO')).toBe('XX');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('2019-03-04')).toBe('dd-dd-dd');
    expect(shapeOf('Çelik')).toBe('Xxx');
  });

  it('reads the case of words on an all-caps headline from the body', () => {
    const doc = createDoc('PRIME MINISTER VISITS KABUL\n\nThe prime minister arrived in Kabul on Monday for talks.');
    const v = readViews(doc);
    const at = (w: string) => doc.tokens.findIndex((t) => t.norm === w);
    expect(v.lineKind[at('VISITS')]).toBe(CAPS);
    expect(v.form[at('KABUL')]).toBe('Kabul');
    expect(v.form[at('MINISTER')]).toBe('minister');
    expect(v.caseUnknown[at('VISITS')]).toBe(1);
    expect(v.lineKind[at('arrived')]).toBe(NORMAL);
  });

  it('marks title-case lines', () => {
    const doc = createDoc('Turkey Vows To Hold Its Posts In Idlib\n\nTurkey said it would hold its posts.');
    const v = readViews(doc);
    expect(v.lineKind[0]).toBe(TITLE);
    expect(v.form[doc.tokens.findIndex((t) => t.norm === 'Hold')]).toBe('hold');
  });
});

describe('model file', () => {
  it('round-trips a sparse int8 table and its word classes', () => {
    const bits = 4;
    const rows = new Int8Array((1 << bits) * TAG_COUNT);
    rows[3] = 7;
    rows[5 * TAG_COUNT + 16] = -128 + 1;
    rows[15 * TAG_COUNT] = 127;
    const bytes = encodeModel({ bits, tags: TAG_COUNT, features: FEATURE_VERSION, scale: 2, trainedOn: 'test', gazetteer: [42, 1, 99, 4] }, rows);
    const model = decodeModel(bytes);
    // each row's weights, then zeros to a whole number of 32-bit words
    for (let r = 0; r < 1 << bits; r++) {
      expect([...model.weights.rows.subarray(r * ROW_BYTES, (r + 1) * ROW_BYTES)]).toEqual([...rows.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), 0, 0, 0]);
    }
    expect(model.wordClasses.get(99)).toBe(4);
    expect(model.hash).toMatch(/^[0-9a-f]{12}$/);
    // rows 1, 2, 4 and so on hold no weight: row 1 is the one the decoder reads for them
    expect(model.weights.emptyRow).toBe(1);
  });

  it('finds word classes by hash, hash 0 and hashes past the small integers among them', () => {
    const flat = [0, 3, 1, 5, 0xfffffff0, 64, 2 ** 31 + 7, 1 << 12];
    for (let h = 2; h < 40; h++) flat.push(h * 65536, h);
    const table = new WordClassTable(flat);
    for (let i = 0; i < flat.length; i += 2) expect(table.get(flat[i]!)).toBe(flat[i + 1]);
    expect(table.get(2)).toBeUndefined();
    expect(table.get(2 ** 31 + 8)).toBeUndefined();
    expect(new WordClassTable([]).get(0)).toBeUndefined();
  });

  it('refuses a file that is not a model, or one made for other features', () => {
    expect(() => decodeModel(Buffer.from('hello world, not a model'))).toThrow(/not a lede tagger model/);
    const old = encodeModel({ bits: 2, tags: TAG_COUNT, features: FEATURE_VERSION - 1, scale: 1, trainedOn: '', gazetteer: [] }, new Int8Array(4 * TAG_COUNT));
    expect(() => decodeModel(old)).toThrow(/another feature set/);
  });

  it('ships a model well under the size limit', () => {
    const model = shippedModel();
    expect(model.header.features).toBe(FEATURE_VERSION);
    expect(model.weights.rows.length).toBe((1 << model.header.bits) * ROW_BYTES);
  });
});

describe('decoding', () => {
  it('finds people, organisations and places in plain news sentences', () => {
    expect(names('Angela Merkel met Emmanuel Macron in Paris on Tuesday.')).toEqual([
      'PERSON Angela Merkel',
      'PERSON Emmanuel Macron',
      'LOC Paris',
    ]);
    expect(names('Microsoft and Google both reported higher profits, the companies said in Seattle.')).toEqual([
      'ORG Microsoft',
      'ORG Google',
      'LOC Seattle',
    ]);
  });

  it('finds names on an all-caps headline', () => {
    const text = 'MERKEL MEETS MACRON IN PARIS\n\nAngela Merkel met Emmanuel Macron in Paris on Tuesday.';
    const found = tagNames(createDoc(text)).map((n) => text.slice(n.start, n.end));
    expect(found.slice(0, 3)).toEqual(['MERKEL', 'MACRON', 'PARIS']);
  });

  it('tags nothing in text without names', () => {
    expect(names('it was a quiet day, and nothing much happened at all.')).toEqual([]);
    expect(names('')).toEqual([]);
  });
});

describe('word classes for other extractors', () => {
  it('reads first names with their gender, honorifics and role nouns from the shipped model', async () => {
    const { wordClassesOf } = await import('../src/entities/tagger/index.js');
    const { WORD_CLASS } = await import('../src/entities/tagger/word-classes.js');
    expect(wordClassesOf('Maria') & WORD_CLASS.femaleName).toBeTruthy();
    expect(wordClassesOf('john') & WORD_CLASS.maleName).toBeTruthy();
    expect(wordClassesOf('Dr.') & WORD_CLASS.honorific).toBeTruthy();
    expect(wordClassesOf('mayor') & WORD_CLASS.role).toBeTruthy();
    expect(wordClassesOf('said') & WORD_CLASS.common).toBeTruthy();
    expect(wordClassesOf('zzqxv')).toBe(0);
  });
});

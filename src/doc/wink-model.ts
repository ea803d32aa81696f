import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { partitionPoint } from '../binary-search.js';

type Loader = () => unknown;

/**
 * Words of the model's vocabulary are numbered below this, in every document alike; a word outside it is numbered
 * from its count up, anew in each document (wink.ts forgets it).
 */
export const LEXEME_LIMIT = 1 << 17;

/** A model for wink-nlp: its loaders by name, as wink-eng-lite-web-model's index gives them. */
export interface WinkModel {
  core: Loader;
  sbd: Loader;
  pos: Loader;
  ner: Loader;
  negation: Loader;
  sa: Loader;
  metaCER: Loader;
  featureFn: unknown;
  addons: Record<string, unknown>;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

const require = createRequire(import.meta.url);
const dist = (file: string): string => require.resolve(`wink-eng-lite-web-model/dist/${file}`);
/** The core as scripts/pack-wink-model.mjs writes it at build; the same place from src/doc/ and dist/doc/. */
const PACKED = new URL('../../dist/wink-model/', import.meta.url);

/** A state machine that recognises nothing, for the annotations lede never asks wink for. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * wink-eng-lite-web-model (pinned) with only what lede runs: tokens, sentence boundaries and parts of speech.
 * The package's own index also reads its entity, sentiment and negation models and a lemmatizer's word lists, and
 * its core loader copies the 3 MB core through JSON.stringify and JSON.parse before preparing it: about 60 ms of
 * every start. Here the core is read from the build's unparsed copy of it, then prepared exactly as the package's
 * read-core-model.js and load-core-model.js prepare it, so wink tokenizes and tags exactly as before.
 */
export function winkModel(): WinkModel {
  const none = (extra: Record<string, unknown>) => () => ({ machines: [EMPTY_MACHINE], ...extra });
  return {
    core: () => prepareCore(readPackedCore()),
    sbd: require(dist('load-sbd-model.js')) as Loader,
    pos: require(dist('load-pos-model.js')) as Loader,
    ner: () => ({ machines: [], transformers: [] }),
    negation: none({ setter: () => undefined }),
    sa: none({ setter: () => undefined }),
    metaCER: () => ({ machines: '[]', transformers: [] }),
    featureFn: require(dist('feature.js')),
    addons: Object.create(null) as Record<string, unknown>,
  };
}

function readPackedCore(): CoreModel {
  const model = JSON.parse(readFileSync(new URL('core.json', PACKED), 'utf8')) as CoreModel;
  model.features.lexeme!.list = readFileSync(new URL('lexemes.txt', PACKED), 'utf8').split('\0');
  model.lexicon = readWords('lexicon.bin');
  model.xpansions = readWords('xpansions.bin');
  return model;
}

function readWords(file: string): Uint32Array {
  const bytes = readFileSync(new URL(file, PACKED));
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function prepareCore(model: CoreModel): CoreModel {
  const { layout } = model.packing;
  const features = model.features;
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  features.lexeme!.hash = lexemeIndex(features.lexeme!.list, readWords('lexeme-order.bin'));
  const clusters = features.posClusters!.list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  model.packing.efList = [];
  for (const f in layout) {
    if (layout[f]![3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f]![1]! >>> layout[f]![2]!;
    }
    if (layout[f]![4] === 1) model.packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/**
 * The lexemes' index, which wink reads and adds to as an object. Filling an object's dictionary with 88,000 words
 * is a fifth of a one-shot extraction, which looks up a few hundred: for the first documents the object starts
 * empty over a binary search of the words in their build-time order, and a word's first lookup copies it onto the
 * object. A process that reads on settles the index as one plain object (settleLexemeIndex), since a corpus's
 * unknown words would pass through the search in every document.
 */
function lexemeIndex(list: readonly string[], order: Uint32Array): Record<string, number> {
  const search = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, word, receiver: object) => {
      if (typeof word !== 'string') return undefined;
      const k = order[partitionPoint(0, order.length, (m) => list[order[m]!]! < word)];
      if (k === undefined || list[k] !== word) return undefined;
      Object.defineProperty(receiver, word, { value: k, writable: true, enumerable: true, configurable: true });
      return k;
    },
  });
  return Object.create(search) as Record<string, number>;
}

/** The lexemes' index as one plain object, once the features hold only what the model loaded. */
export function settleLexemeIndex(core: { features: Record<string, { list: unknown[]; hash: Record<string, number> }> }): void {
  const lexeme = core.features.lexeme!;
  lexeme.hash = indexOf(lexeme.list as string[]);
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}


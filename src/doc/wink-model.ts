import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Loader = () => unknown;

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
  features.lexeme!.hash = indexOf(features.lexeme!.list);
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

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}


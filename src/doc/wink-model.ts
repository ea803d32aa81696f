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
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

const require = createRequire(import.meta.url);
const dist = (file: string): string => require.resolve(`wink-eng-lite-web-model/dist/${file}`);
const CORE_FILE = dist('languages/cur/models/eng-core-web-model.json');

/** A state machine that recognises nothing, for the annotations lede never asks wink for. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * wink-eng-lite-web-model (pinned) with only what lede runs: tokens, sentence boundaries and parts of speech.
 * The package's own index also reads its entity, sentiment and negation models and a lemmatizer's word lists, and
 * its core loader copies the 3 MB core through JSON.stringify and JSON.parse before preparing it: about 60 ms of
 * every start. Here the core is parsed once from its file, then prepared exactly as the package's
 * read-core-model.js and load-core-model.js prepare it, so wink tokenizes and tags exactly as before.
 */
export function winkModel(): WinkModel {
  const none = (extra: Record<string, unknown>) => () => ({ machines: [EMPTY_MACHINE], ...extra });
  return {
    core: () => prepareCore(JSON.parse(readFileSync(CORE_FILE, 'utf8')) as CoreModel),
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

function prepareCore(model: CoreModel): CoreModel {
  const { layout } = model.packing;
  const features = model.features;
  model.lexicon = new Uint32Array(fromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(fromBase64(model.xpansions as string));
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

function fromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

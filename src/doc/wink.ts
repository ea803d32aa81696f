import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import { LEXEME_LIMIT, settleLexemeIndex, winkModel } from './wink-model.js';

/** What wink-nlp says about one text: token surfaces, their types and POS, and sentence token ranges. */
export interface WinkTokens {
  values: string[];
  types: string[];
  pos: string[];
  /** [first, last] token indexes, inclusive, as wink gives them. */
  sentences: Array<[number, number]>;
  /** per token, the number of its word in the model's vocabulary (below LEXEME_LIMIT), or -1 for a word outside it */
  lexemes: Int32Array;
}

type WinkNLP = ReturnType<typeof winkNLPType>;
type Cache = Record<string, (...args: unknown[]) => unknown>;
interface Feature {
  hash: Record<string, number>;
  list: unknown[];
  index: number;
}

/**
 * wink-nlp learns every word it has not seen into a cache shared by all later documents, keyed by the word
 * and typed by its first occurrence; a later document then takes such a word whole and with that first
 * type ("Trump's" as one token once it has been seen). Output would depend on what was read before, so a
 * run would not be deterministic across workers, resumes or `parallel --pipe` chunks, and the cache would
 * grow with the corpus. wink gives no way to reset it, so its cache factory is wrapped: the instance holds a
 * stable facade, and after each document the model's feature tables are cut back to their state after
 * loading and a fresh cache's methods are copied onto the facade.
 */
function loadWink(): { nlp: WinkNLP; forget: () => void; vocabulary: number } {
  const require = createRequire(import.meta.url);
  const cachePath = require.resolve('wink-nlp/src/cache.js');
  const winkPath = require.resolve('wink-nlp');
  const createCache = require(cachePath) as (model: unknown, featureFn: unknown) => Cache;
  let forget = (): void => undefined;
  let vocabulary = 0;
  require.cache[cachePath]!.exports = function resettableCache(core: { features: Record<string, Feature> }, featureFn: unknown): Cache {
    const features = Object.values(core.features).filter((f): f is Feature => Array.isArray(f?.list) && typeof f.index === 'number');
    const loaded = features.map((f) => f.list.length);
    vocabulary = Math.min(core.features.lexeme!.list.length, LEXEME_LIMIT);
    const facade: Cache = Object.assign(Object.create(null), createCache(core, featureFn));
    let documents = 0;
    forget = () => {
      features.forEach((f, i) => {
        const keep = loaded[i]!;
        if (f.list.length === keep) return;
        for (let j = keep; j < f.list.length; j++) delete f.hash[f.list[j] as string];
        f.list.length = keep;
        f.index = keep;
      });
      if (++documents === 2) settleLexemeIndex(core);
      Object.assign(facade, createCache(core, featureFn));
    };
    return facade;
  };
  delete require.cache[winkPath];
  try {
    const winkNLP = require(winkPath) as typeof winkNLPType;
    const nlp = winkNLP(winkModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    return { nlp, forget, vocabulary };
  } finally {
    require.cache[cachePath]!.exports = createCache;
    delete require.cache[winkPath];
  }
}

let wink: ReturnType<typeof loadWink> | undefined;

/** Loads wink and its model now (tens of ms), rather than in the first extraction. */
export function loadTokenizer(): void {
  wink ??= loadWink();
}

/** The only user of wink-nlp: wink objects never leave this file, and no document's words outlive it. */
export function winkTokens(text: string): WinkTokens {
  wink ??= loadWink();
  const { nlp, forget, vocabulary } = wink;
  const its = nlp.its;
  try {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const ids = tokens.out(its.uniqueId) as unknown as number[];
    const lexemes = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) lexemes[i] = ids[i]! < vocabulary ? ids[i]! : -1;
    return {
      values: tokens.out(its.value) as string[],
      types: tokens.out(its.type) as string[],
      pos: tokens.out(its.pos) as string[],
      sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
      lexemes,
    };
  } finally {
    forget();
  }
}

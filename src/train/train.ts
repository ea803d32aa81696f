import { flattenWordClasses, type WordClasses } from '../entities/tagger/word-classes.js';
import { FEATURE_VERSION, decodeModel, encodeModel } from '../entities/tagger/model.js';
import { TAG_COUNT } from '../entities/tagger/tags.js';
import type { Example } from './corpus.js';
import { Perceptron, quantize, seededRandom, shuffled } from './perceptron.js';
import { scoreTagger } from './score.js';

export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  /** perceptrons trained on differently shuffled data (seeds seed, seed + 1, ...) whose weights are summed */
  ensemble: number;
  /** what the model was trained on, recorded in its header */
  trainedOn: string;
  wordClasses: WordClasses;
  /** sets of examples to score the tagger on after every epoch, by name (reported, never fitted) */
  checks?: ReadonlyArray<{ name: string; examples: readonly Example[] }>;
  log?: (line: string) => void;
}

/**
 * Trains the tagger and returns the model file's bytes: the same examples and options give the same bytes. The
 * model is the sum of `ensemble` averaged perceptrons, each trained on its own shuffling of the data, which
 * steadies what a single shuffling leaves to chance.
 */
export function trainModel(train: readonly Example[], options: TrainOptions): Buffer {
  const started = performance.now();
  const sum = new Float64Array((1 << options.bits) * TAG_COUNT);
  for (let member = 0; member < options.ensemble; member++) {
    const perceptron = new Perceptron(options.bits);
    const random = seededRandom(options.seed + member);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const errors = perceptron.epoch(shuffled(train, random));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const name = options.ensemble > 1 ? `model ${member + 1}, epoch ${epoch}` : `epoch ${epoch}`;
      options.log?.(`${name}: ${errors} token errors (${seconds} s)${checkScores(options, perceptron.averaged())}`);
    }
    const averaged = perceptron.averaged();
    for (let k = 0; k < sum.length; k++) sum[k]! += averaged[k]!;
  }
  const bytes = encode(options, sum);
  if (options.ensemble > 1 && options.checks?.length) options.log?.(`all ${options.ensemble} models${checkScores(options, sum, true)}`);
  return bytes;
}

function encode(options: TrainOptions, weights: Float64Array): Buffer {
  const { rows, scale } = quantize(weights);
  const header = { bits: options.bits, tags: TAG_COUNT, features: FEATURE_VERSION, scale, trainedOn: options.trainedOn, gazetteer: flattenWordClasses(options.wordClasses) };
  return encodeModel(header, rows);
}

/** Each check set's strict micro F1 (and ORG's; every type's when `full`), or '' when there is none. */
function checkScores(options: TrainOptions, weights: Float64Array, full = false): string {
  if (!options.checks?.length) return '';
  const model = decodeModel(encode(options, weights));
  const types = full ? ['PERSON', 'ORG', 'LOC', 'MISC'] : ['ORG'];
  const scores = options.checks.map(({ name, examples }) => {
    const s = scoreTagger(examples, model);
    return `${name} ${s.micro!.f1.toFixed(4)} (${types.map((t) => `${t} ${s[t]?.f1.toFixed(3) ?? '-'}`).join(', ')})`;
  });
  return `; strict F1 ${scores.join('; ')}`;
}

import { FEATURE_VERSION, decodeModel, encodeModel } from '../entities/tagger/model.js';
import { flattenGazetteer, type Gazetteer } from '../entities/tagger/gazetteer.js';
import { TAG_COUNT } from '../entities/tagger/tags.js';
import type { Example } from './corpus.js';
import { Perceptron, quantize, seededRandom, shuffled } from './perceptron.js';
import { scoreTagger } from './score.js';

export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  /** what the model was trained on, recorded in its header */
  trainedOn: string;
  gazetteer: Gazetteer;
  /** examples to score the tagger on after every epoch (reported, never fitted) */
  dev?: readonly Example[];
  log?: (line: string) => void;
}

/** Trains the tagger and returns the model file's bytes: the same examples and options give the same bytes. */
export function trainModel(train: readonly Example[], options: TrainOptions): Buffer {
  const perceptron = new Perceptron(options.bits);
  const random = seededRandom(options.seed);
  const started = performance.now();
  let bytes: Buffer = Buffer.alloc(0);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const errors = perceptron.epoch(shuffled(train, random));
    let line = `epoch ${epoch}: ${errors} token errors (${((performance.now() - started) / 1000).toFixed(1)} s)`;
    if (options.dev?.length || epoch === options.epochs) {
      const { rows, scale } = quantize(perceptron.averaged());
      bytes = encodeModel({ bits: options.bits, tags: TAG_COUNT, features: FEATURE_VERSION, scale, trainedOn: options.trainedOn, gazetteer: flattenGazetteer(options.gazetteer) }, rows);
    }
    if (options.dev?.length) {
      const s = scoreTagger(options.dev, decodeModel(bytes));
      const types = ['PERSON', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${s[t]?.f1.toFixed(3) ?? '-'}`).join(', ');
      line += `; dev strict F1 ${s.micro!.f1.toFixed(4)} (${types})`;
    }
    options.log?.(line);
  }
  return bytes;
}

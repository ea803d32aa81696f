// npm run train: trains the entity tagger from JSONL corpora in the eval format and writes models/ner.bin.
// usage: node dist/train/main.js [--data DIR] [--corpora conll,wikigold,gmb] [--epochs N] [--bits N] [--seed N]
//                                [--out FILE] [--dev FILE]
// --dev scores the tagger alone on a gold file after every epoch (for choosing features and epochs; nothing is
// fitted on it). LEDE_TRAIN_DIR overrides the default data folder (../shared/train/ner).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FEATURE_VERSION, decodeModel, encodeModel } from '../entities/tagger/model.js';
import { TAG_COUNT } from '../entities/tagger/tags.js';
import { readJsonl, toExamples, type Example, type LabelMap } from './corpus.js';
import { gmbLabels, sameLabels } from './labels.js';
import { Perceptron, quantize, seededRandom, shuffled } from './perceptron.js';
import { scoreTagger } from './score.js';

const CORPORA: Record<string, { file: string; labels: LabelMap }> = {
  conll: { file: 'conll-train.jsonl', labels: sameLabels },
  wikigold: { file: 'wikigold.jsonl', labels: sameLabels },
  gmb: { file: 'gmb.jsonl', labels: gmbLabels },
};

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : fallback;
};
const dataDir = path.resolve(opt('data', process.env.LEDE_TRAIN_DIR ?? '../shared/train/ner'));
const corpora = opt('corpora', 'conll,wikigold,gmb').split(',');
const epochs = Number(opt('epochs', '12'));
const bits = Number(opt('bits', '20'));
const seed = Number(opt('seed', '1'));
const out = path.resolve(opt('out', 'models/ner.bin'));
const devFile = opt('dev', '');

const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
const train: Example[] = [];
for (const spec of corpora) {
  const [name, times] = spec.split('*');
  const corpus = CORPORA[name!];
  const file = path.join(dataDir, corpus?.file ?? '');
  if (!corpus || !existsSync(file)) {
    console.error(`train: no corpus ${name} (${file}); known: ${Object.keys(CORPORA).join(', ')}`);
    process.exit(2);
  }
  const { examples, dropped } = toExamples(readJsonl(file), corpus.labels);
  for (let k = 0; k < Number(times ?? 1); k++) train.push(...examples);
  console.log(`${name}: ${examples.length} docs${times ? ` x${times}` : ''}, ${dropped} spans across sentences left out (${seconds()} s)`);
}
const dev = devFile ? toExamples(readJsonl(devFile), sameLabels).examples : [];

const perceptron = new Perceptron(bits);
const random = seededRandom(seed);
const trainedOn = `${corpora.join('+')}, ${epochs} epochs, seed ${seed}`;
let bytes: Buffer = Buffer.alloc(0);
for (let epoch = 1; epoch <= epochs; epoch++) {
  const errors = perceptron.epoch(shuffled(train, random));
  let line = `epoch ${epoch}: ${errors} token errors (${seconds()} s)`;
  if (dev.length || epoch === epochs) {
    const { rows, scale } = quantize(perceptron.averaged());
    bytes = encodeModel({ bits, tags: TAG_COUNT, features: FEATURE_VERSION, scale, trainedOn }, rows);
  }
  if (dev.length) {
    const s = scoreTagger(dev, decodeModel(bytes));
    line += ` dev strict F1 ${s.micro!.f1.toFixed(4)} (${['PERSON', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${s[t]?.f1.toFixed(3)}`).join(', ')})`;
  }
  console.log(line);
}
writeFileSync(out, bytes);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${(bytes.length / 1e6).toFixed(2)} MB, ${trainedOn} (${seconds()} s)`);

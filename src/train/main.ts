// npm run train: trains the entity tagger from JSONL corpora in the eval format and writes models/ner.bin.
// usage: node dist/train/main.js [--data DIR] [--corpora conll,wikigold] [--epochs N] [--bits N] [--seed N]
//                                [--ensemble N] [--out FILE] [--dev FILE]
// A corpus may be repeated: --corpora conll*2,wikigold. --dev scores the tagger alone on a gold file after every
// epoch (for choosing features and epochs; nothing is fitted on it). LEDE_TRAIN_DIR overrides the default data
// folder (../shared/train/ner).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJsonl, toExamples, type Example, type LabelMap } from './corpus.js';
import { buildWordClasses } from './build-word-classes.js';
import { gmbLabels, sameLabels } from './labels.js';
import { trainModel } from './train.js';

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
const corpora = opt('corpora', 'conll,wikigold').split(',');
const epochs = Number(opt('epochs', '12'));
const bits = Number(opt('bits', '17'));
const seed = Number(opt('seed', '1'));
const ensemble = Number(opt('ensemble', '3'));
const out = path.resolve(opt('out', 'models/ner.bin'));
const devFile = opt('dev', '');

const started = performance.now();
const wordClasses = buildWordClasses();
const train: Example[] = [];
for (const spec of corpora) {
  const [name, times] = spec.split('*');
  const corpus = CORPORA[name!];
  const file = path.join(dataDir, corpus?.file ?? '');
  if (!corpus || !existsSync(file)) {
    console.error(`train: no corpus ${name} (${file}); known: ${Object.keys(CORPORA).join(', ')}`);
    process.exit(2);
  }
  const { examples, dropped } = toExamples(readJsonl(file), corpus.labels, wordClasses);
  for (let k = 0; k < Number(times ?? 1); k++) train.push(...examples);
  console.log(`${name}: ${examples.length} documents${times ? ` x${times}` : ''}, ${dropped} spans across sentences left out`);
}
if (devFile && !existsSync(devFile)) {
  console.error(`train: no dev file ${devFile}`);
  process.exit(2);
}
const dev = devFile ? toExamples(readJsonl(devFile), sameLabels, wordClasses).examples : [];
const trainedOn = `${corpora.join('+')}, ${epochs} epochs, ${bits} bits, seed ${seed}, ensemble of ${ensemble}`;
const bytes = trainModel(train, { epochs, bits, seed, ensemble, trainedOn, wordClasses, dev, log: (line) => console.log(line) });
writeFileSync(out, bytes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${(bytes.length / 1e6).toFixed(2)} MB (${trainedOn}) in ${seconds} s`);

// npm run train: trains the entity tagger from JSONL corpora in the eval format and writes models/ner.bin.
// usage: node dist/train/main.js [--data DIR] [--corpora conll,wikigold] [--epochs N] [--bits N] [--seed N]
//                                [--ensemble N] [--out FILE] [--dev FILE] [--hold-out conll/last5,wikigold/4]
//                                [--no-place-classes]
// A corpus may be repeated: --corpora conll*2,wikigold. --dev scores the tagger alone on a gold file after every
// epoch, on each of its two halves (the halves of run-eval.mjs --half A|B); --hold-out CORPUS/K keeps every K-th
// document of a corpus out of training (CORPUS/lastK: its last K-th, in one block) and scores on those (a corpus
// not in --corpora is only scored): checks of generalisation, never fitted. LEDE_TRAIN_DIR overrides the default
// data folder (../shared/train/ner).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJsonl, toExamples, type Example, type GoldDoc, type LabelMap } from './corpus.js';
import { buildWordClasses } from './build-word-classes.js';
import { isHeldOut, parseHoldOut } from './hold-out.js';
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
const ensemble = Number(opt('ensemble', '6'));
const out = path.resolve(opt('out', 'models/ner.bin'));
const devFile = opt('dev', '');
const holdOut = new Map(
  opt('hold-out', '')
    .split(',')
    .filter(Boolean)
    .map((spec) => {
      const h = parseHoldOut(spec) ?? fail(`--hold-out ${spec}: give CORPUS/K or CORPUS/lastK, K of 2 or more`);
      return [h.corpus, h] as const;
    }),
);

const started = performance.now();
const placeClasses = !args.includes('--no-place-classes');
const wordClasses = buildWordClasses(placeClasses);

function fail(message: string): never {
  console.error(`train: ${message}`);
  process.exit(2);
}

function readCorpus(name: string): GoldDoc[] {
  const file = path.join(dataDir, CORPORA[name]?.file ?? '');
  if (!CORPORA[name] || !existsSync(file)) fail(`no corpus ${name} (${file}); known: ${Object.keys(CORPORA).join(', ')}`);
  return readJsonl(file);
}

const heldOut = (name: string, index: number, count: number): boolean => holdOut.has(name) && isHeldOut(holdOut.get(name)!, index, count);

const train: Example[] = [];
for (const spec of corpora) {
  const [name, times] = spec.split('*') as [string, string | undefined];
  const docs = readCorpus(name).filter((_, i, all) => !heldOut(name, i, all.length));
  const { examples, dropped } = toExamples(docs, CORPORA[name]!.labels, wordClasses);
  for (let k = 0; k < Number(times ?? 1); k++) train.push(...examples);
  console.log(`${name}: ${examples.length} documents${times ? ` x${times}` : ''}, ${dropped} spans across sentences left out`);
}

const checks: Array<{ name: string; examples: Example[] }> = [];
if (devFile) {
  if (!existsSync(devFile)) fail(`no dev file ${devFile}`);
  const dev = readJsonl(devFile);
  for (const half of ['A', 'B']) checks.push({ name: `dev ${half}`, examples: toExamples(dev.filter((d) => halfOf(d.id) === half), sameLabels, wordClasses).examples });
}
for (const [name, { label }] of holdOut) {
  const docs = readCorpus(name).filter((_, i, all) => heldOut(name, i, all.length));
  checks.push({ name: label, examples: toExamples(docs, CORPORA[name]!.labels, wordClasses).examples });
}

const trainedOn = `${corpora.join('+')}${placeClasses ? ' with place classes' : ''}${holdOut.size ? ` (held out: ${[...holdOut.values()].map((h) => h.label).join(', ')})` : ''}, ${epochs} epochs, ${bits} bits, seed ${seed}, ensemble of ${ensemble}`;
const bytes = trainModel(train, { epochs, bits, seed, ensemble, trainedOn, wordClasses, checks, log: (line) => console.log(line) });
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, bytes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${(bytes.length / 1e6).toFixed(2)} MB (${trainedOn}) in ${seconds} s`);

/** The half of the dev set a document id falls in, as ../shared/eval/run-eval.mjs --half splits it (FNV-1a of the id). */
function halfOf(id: string): 'A' | 'B' {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % 2 ? 'B' : 'A';
}

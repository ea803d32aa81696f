#!/usr/bin/env node
// npm run eval: runs ../shared/eval/run-eval.mjs over every set's dev split and prints one summary table.
// usage: node scripts/eval.mjs [SET...] [--split dev] [--keep DIR]   (LEDE_EVAL_DIR overrides ../shared/eval)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const SETS = ['ner', 'quotes/ggt', 'quotes/polnear', 'numbers', 'geo/gwn', 'geo/lgl'];
const evalDir = path.resolve(process.env.LEDE_EVAL_DIR ?? '../shared/eval');
const runner = path.join(evalDir, 'run-eval.mjs');
if (!existsSync(runner)) {
  console.error(`eval: no ${runner} (set LEDE_EVAL_DIR to the folder holding run-eval.mjs)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = opt('split') ?? 'dev';
const keep = opt('keep');
const chosen = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const sets = chosen.length ? chosen : SETS;

const f = (x) => (typeof x === 'number' ? x.toFixed(3) : '  –  ');
const COLUMNS = {
  ner: (s) => [['strict F1 PER/ORG/LOC', s.strict.micro_core.f1], ['PERSON', s.strict.per_type.PERSON.f1], ['ORG', s.strict.per_type.ORG.f1], ['LOC', s.strict.per_type.LOC.f1]],
  quotes: (s) => [['quote F1', s.quote.f1], ['end-to-end F1', s.endToEnd.f1], ['speaker acc', s.speaker.accuracy], ['indirect R', s.byKind.indirect.r], ['indirect+speech R', s.byCueClass['indirect+speech']?.r]],
  numbers: (s) => [['span F1', s.overall.f1], ['value', s.overall.value_acc], ['unit', s.overall.unit_acc], ['hedge', s.overall.hedge_acc], ['hedge false', s.overall.hedge_false_rate]],
  geo: (s) => [['exact F1', s.recognition.exact.f1], ['overlap F1', s.recognition.overlap.f1], ['acc@161 resolved', s.resolution.acc161], ['end-to-end acc@161', s.endToEnd.acc161]],
};

const rows = [];
for (const set of sets) {
  const extra = ['--split', split, ...(keep ? ['--keep', path.join(keep, set.replace('/', '-'))] : [])];
  const r = spawnSync(process.execPath, [runner, set, ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = r.stdout.trimEnd().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) {
    rows.push([set, `failed (exit ${r.status})`]);
    continue;
  }
  process.stdout.write(`\n== ${set} (${split})\n${r.stdout}`);
  const result = JSON.parse(last);
  const task = set.split('/')[0];
  const cells = COLUMNS[task](result.scores).map(([name, v]) => `${name} ${f(v)}`);
  rows.push([set, `${cells.join(' · ')} · missing ${result.missing} · ${Math.round(result.charsPerSecond / 1000)}k chars/s`]);
}
console.log(`\nSummary (${split} splits)`);
for (const [set, line] of rows) console.log(`${set.padEnd(16)} ${line}`);

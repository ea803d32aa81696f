#!/usr/bin/env node
// npm run bench: throughput of `lede batch` over a corpus made from the eval dev sets, beside a baseline measured
// in the same run (compromise alone finding people, places and organisations in the same texts), and the ratio.
// usage: node scripts/bench.mjs [--mb 4] [--baseline-mb 2]   (LEDE_EVAL_DIR overrides ../shared/eval)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const mb = opt('mb', 4);
const baselineMb = Math.min(mb, opt('baseline-mb', 2));
const evalDir = path.resolve(process.env.LEDE_EVAL_DIR ?? '../shared/eval');
const SETS = ['ner', 'quotes/ggt', 'quotes/polnear', 'numbers', 'geo/gwn', 'geo/lgl'];

const texts = SETS.flatMap((set) => {
  const file = path.join(evalDir, set, 'dev.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text);
});
if (texts.length === 0) {
  console.error(`bench: no dev sets under ${evalDir}`);
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'lede-bench-'));
function corpus(name, megabytes) {
  const file = path.join(work, name);
  const lines = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1e6; i++) {
    const line = `${JSON.stringify({ id: `d${i}`, text: texts[i % texts.length] })}\n`;
    lines.push(line);
    size += line.length;
  }
  writeFileSync(file, lines.join(''));
  return { file, chars: lines.reduce((n, l) => n + JSON.parse(l).text.length, 0), docs: lines.length };
}

/** Runs a Node snippet in a fresh process; it prints one JSON line with its own wall time and peak memory. */
function measure(snippet) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', snippet], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: a run failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const lede = path.resolve('dist/cli/main.js');
function ledeRun(c) {
  const out = path.join(work, 'out.jsonl');
  const m = measure(`
    const t0 = performance.now();
    const { run } = await import(${JSON.stringify(lede)});
    const code = await run(['batch', ${JSON.stringify(c.file)}, '-o', ${JSON.stringify(out)}], { ...(await import(${JSON.stringify(path.resolve('dist/cli/io.js'))})).nodeIo(), stdout: () => {} });
    console.log(JSON.stringify({ code, seconds: (performance.now() - t0) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  `);
  rmSync(out, { force: true });
  return m;
}

function baselineRun(c) {
  return measure(`
    import fs from 'node:fs';
    const t0 = performance.now();
    const nlp = (await import('compromise')).default;
    for (const line of fs.readFileSync(${JSON.stringify(c.file)}, 'utf8').trim().split('\\n')) {
      const doc = nlp(JSON.parse(line).text);
      doc.people().json({ offset: true }); doc.places().json({ offset: true }); doc.organizations().json({ offset: true });
    }
    console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  `);
}

/**
 * The entity tagger alone over documents already read into the document model, one process: the first pass
 * (every word new to its caches) and the best of 4 more.
 */
function taggerRun(c) {
  return measure(`
    import fs from 'node:fs';
    const { createDoc } = await import(${JSON.stringify(path.resolve('dist/doc/document.js'))});
    const { tagNames } = await import(${JSON.stringify(path.resolve('dist/entities/tagger/index.js'))});
    const docs = fs.readFileSync(${JSON.stringify(c.file)}, 'utf8').trim().split('\\n').map((l) => createDoc(JSON.parse(l).text));
    const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
    const passes = [];
    for (let pass = 0; pass < 5; pass++) {
      const t0 = performance.now();
      for (const d of docs) tagNames(d);
      passes.push((performance.now() - t0) / 1000);
    }
    console.log(JSON.stringify({ tokens, first: passes[0], seconds: Math.min(...passes.slice(1)), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  `);
}

/** Wall time of a fresh process, best of 3. */
function startup(args) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed:\n${r.stderr}`);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

const main = corpus('corpus.jsonl', mb);
const small = baselineMb < mb ? corpus('baseline.jsonl', baselineMb) : main;
console.log(`corpus: ${main.docs} documents, ${(main.chars / 1e6).toFixed(1)}M chars (${(statSync(main.file).size / 1e6).toFixed(1)} MB) from ${texts.length} dev texts`);

const base = baselineRun(small);
const run = ledeRun(main);
const rate = (c, m) => c.chars / m.seconds;
const rows = [
  ['compromise alone (baseline)', small, base],
  ['lede batch', main, run],
];
console.log('\n| run | docs | chars/s | docs/s | peak RSS MB |\n|---|---:|---:|---:|---:|');
for (const [name, c, m] of rows) {
  console.log(`| ${name} | ${c.docs} | ${Math.round(rate(c, m)).toLocaleString('en')} | ${(c.docs / m.seconds).toFixed(1)} | ${m.maxRssMb.toFixed(0)} |`);
}
console.log(`\nratio lede batch / baseline: ${(rate(main, run) / rate(small, base)).toFixed(2)}x`);

const tagger = taggerRun(small);
const perSecond = (seconds) => Math.round(tagger.tokens / seconds).toLocaleString('en');
console.log(`tagger alone (entities, documents already tokenized, ${tagger.tokens.toLocaleString('en')} tokens): first pass ${perSecond(tagger.first)} tokens/s, later passes ${perSecond(tagger.seconds)} tokens/s`);

const article = path.join(work, 'article.txt');
writeFileSync(article, texts.find((t) => t.length > 2000) ?? texts[0]);
const compromiseStart = startup(['--input-type=module', '-e', "await import('compromise')"]);
const ledeStart = startup([path.resolve('bin/lede.js'), 'extract', article]);
console.log(`startup: lede extract on one article ${ledeStart.toFixed(2)} s, importing compromise ${compromiseStart.toFixed(2)} s (ratio ${(ledeStart / compromiseStart).toFixed(2)}x)`);
rmSync(work, { recursive: true, force: true });

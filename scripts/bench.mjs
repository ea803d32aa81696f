#!/usr/bin/env node
// npm run bench: `lede batch` throughput with --jobs 1 and --jobs 2 over a corpus made from the eval dev sets,
// beside a baseline measured in the same run (compromise alone finding people, places and organisations in a
// prefix of the same corpus: a throughput, so a prefix is enough), the peak memory over a small and the full
// corpus, and the ratios the bars are set on, with the ceiling any two-way split reaches on the machine; then
// the entity tagger alone, the start-up of `lede extract` beside `node -e 0`, `lede serve`'s latency, and where a
// batch's time goes by stage, the entity and place stages beside those of the commit their bar is set against.
// usage: node scripts/bench.mjs [--mb 20] [--small-mb 1] [--baseline-mb 2]   (LEDE_EVAL_DIR overrides ../shared/eval)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const mb = opt('mb', 20);
const smallMb = Math.min(mb, opt('small-mb', 1));
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

// One corpus, cycling through the dev texts; the smaller corpora are its prefixes.
const work = mkdtempSync(path.join(tmpdir(), 'lede-bench-'));
const lines = [];
for (let i = 0, size = 0; size < mb * 1e6; i++) {
  const line = `${JSON.stringify({ id: `d${i}`, text: texts[i % texts.length] })}\n`;
  lines.push(line);
  size += Buffer.byteLength(line);
}
function corpus(name, megabytes, keep = () => true) {
  const file = path.join(work, name);
  const taken = [];
  for (let size = 0, i = 0; i < lines.length && size < megabytes * 1e6; i++) {
    size += Buffer.byteLength(lines[i]);
    if (keep(i)) taken.push(lines[i]);
  }
  const data = taken.join('');
  writeFileSync(file, data);
  return { file, mb: Buffer.byteLength(data) / 1e6, chars: taken.reduce((n, l) => n + JSON.parse(l).text.length, 0), docs: taken.length };
}

/** Runs a Node snippet in a fresh process; it prints one JSON line with its own wall time and peak memory (worker threads included). */
function measure(snippet) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', snippet], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench: a run failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const main = path.resolve('dist/cli/main.js');
const io = path.resolve('dist/cli/process-io.js');
function ledeRun(c, jobs) {
  const out = path.join(work, 'out.jsonl');
  const m = measure(`
    const t0 = performance.now();
    const { run } = await import(${JSON.stringify(main)});
    const { nodeIo } = await import(${JSON.stringify(io)});
    const code = await run(['batch', ${JSON.stringify(c.file)}, '-o', ${JSON.stringify(out)}, '--jobs', '${jobs}', '-q'], nodeIo());
    if (code !== 0) process.exit(code);
    const u = process.resourceUsage();
    console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: u.maxRSS / 1024 }));
  `);
  rmSync(out, { force: true });
  return m;
}

/**
 * What any two-way split of the corpus can reach on this machine: two separate `--jobs 1` processes, each over
 * every other document, started together and sharing nothing. Its wall time beside --jobs 2's tells the
 * machine's ceiling (its memory, and V8's compile and GC threads) apart from the cost of lede's worker pool.
 */
async function halvesRun(halves) {
  const t0 = performance.now();
  const runs = halves.map(
    (c, k) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path.resolve('bin/lede.js'), 'batch', c.file, '-o', path.join(work, `half${k}-out.jsonl`), '--jobs', '1', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench: a half run exited with ${code}`))));
      }),
  );
  await Promise.all(runs);
  return { seconds: (performance.now() - t0) / 1000 };
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
    const u = process.resourceUsage();
    console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: u.maxRSS / 1024 }));
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

/**
 * Where the time of a batch goes, stage by stage: the V8 profiler samples the work a worker does (extract and
 * render, as runJob does it) over every STAGE_STRIDE-th dev text, after a warm-up, in one process; a stage's
 * time is every sample taken inside its functions. Measured, not replicated: extract() stays the one pipeline.
 */
const STAGE_STRIDE = 4;
/** the profiler's sampling interval, µs: a stage's samples times this is its time */
const SAMPLE_US = 250;
// [name, ...[function, file]]: the functions the pipeline's stages (src/pipeline.ts) of one layer call.
const STAGES = [
  ['document model', ['createDoc', '/doc/document.js']],
  ['entities', ['findNames', '/entities/index.js'], ['dropOverlaps', '/entities/drop-overlaps.js'], ['mergeMentions', '/entities/merge.js']],
  ['quotes', ['extractQuotes', '/quotes/index.js'], ['dropDuplicates', '/quotes/drop-duplicates.js']],
  ['numbers', ['extractNumbers', '/numbers/index.js']],
  ['places', ['findPlaces', '/places/recognize.js'], ['dropOverlaps', '/places/drop-overlaps.js'], ['extractLocations', '/places/index.js']],
  ['render', ['renderJsonLine', '/render/json.js']],
];
const stageTexts = path.join(work, 'stages.jsonl');
writeFileSync(stageTexts, texts.filter((_, i) => i % STAGE_STRIDE === 0).map((text, i) => `${JSON.stringify({ id: `s${i}`, text })}\n`).join(''));
/** One profiled pass of the project at `root` (its built dist/) over the stage texts: samples per stage. */
function stagesRun(root) {
  const file = stageTexts;
  return measure(`
    import fs from 'node:fs';
    import { Session } from 'node:inspector/promises';
    const { jobRunner } = await import(${JSON.stringify(path.join(root, 'dist/batch/job.js'))});
    const docs = fs.readFileSync(${JSON.stringify(file)}, 'utf8').trim().split('\\n').map((l, seq) => ({ seq, ...JSON.parse(l) }));
    const runJob = await jobRunner({ include: [], format: 'jsonl', input: 'text' });
    for (const job of docs.slice(0, 100)) runJob(job);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: ${SAMPLE_US} });
    await session.post('Profiler.start');
    for (const job of docs) runJob(job);
    const { profile } = await session.post('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const hits = new Map();
    for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
    // Samples under the outermost frame of each named function (a recursive call is not counted twice).
    const stages = ${JSON.stringify(STAGES)};
    const totals = { runJob: 0, ...Object.fromEntries(stages.map(([name]) => [name, 0])) };
    const walk = (node, inside) => {
      const f = node.callFrame;
      const own = [['runJob', ['runJob', '/batch/job.js']], ...stages]
        .filter(([name, ...fns]) => !inside.has(name) && fns.some(([fn, file]) => f.functionName === fn && f.url.endsWith(file)))
        .map(([name]) => name);
      const now = own.length ? new Set([...inside, ...own]) : inside;
      for (const name of now) totals[name] += hits.get(node.id) ?? 0;
      for (const child of node.children ?? []) walk(byId.get(child), now);
    };
    walk(profile.nodes[0], new Set());
    console.log(JSON.stringify({ docs: docs.length, totals }));
  `);
}

/** Wall time of a fresh process, best of 5. */
function startup(args) {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed:\n${r.stderr}`);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

/**
 * `lede serve` (one worker) answering POST /v1/extract for a dev text of about 5 KB, one request at a time after
 * a warm-up: the median and 90th percentile wall time a client sees, beside a one-shot `lede extract` of it.
 */
async function serveRun() {
  const text = texts.filter((t) => t.length >= 4500 && t.length <= 5500).sort((a, b) => a.length - b.length)[0] ?? texts[0];
  const file = path.join(work, 'article-5k.txt');
  writeFileSync(file, text);
  const child = spawn(process.execPath, [path.resolve('bin/lede.js'), 'serve', '--port', '0', '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (s) => {
        err += s;
        const m = /serving on (http:\/\/\S+\/)/.exec(err);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`bench: lede serve exited (${code}):\n${err}`)));
    });
    const post = async () => {
      const t0 = performance.now();
      const res = await fetch(`${url}v1/extract`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
      if (res.status !== 200) throw new Error(`bench: lede serve answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
      return performance.now() - t0;
    };
    for (let i = 0; i < 30; i++) await post();
    const times = [];
    for (let i = 0; i < 200; i++) times.push(await post());
    times.sort((a, b) => a - b);
    return { chars: text.length, n: times.length, median: times[times.length >> 1], p90: times[Math.floor(times.length * 0.9)], oneShot: startup([path.resolve('bin/lede.js'), 'extract', file]) };
  } finally {
    child.kill('SIGTERM');
  }
}

const full = corpus('full.jsonl', mb);
const small = corpus('small.jsonl', smallMb);
const prefix = corpus('baseline.jsonl', baselineMb);
const one = corpus('one.jsonl', 1e-9);
const halves = [0, 1].map((k) => corpus(`half${k}.jsonl`, mb, (i) => i % 2 === k));
console.log(`corpus: ${full.docs} documents, ${(full.chars / 1e6).toFixed(1)}M chars (${full.mb.toFixed(1)} MB) cycling ${texts.length} dev texts`);

const load = loadavg()[0];
const rows = [
  ['compromise alone (baseline)', prefix, baselineRun(prefix)],
  ['lede batch --jobs 1', full, ledeRun(full, 1)],
  ['lede batch --jobs 2', full, ledeRun(full, 2)],
  ['lede batch --jobs 2', small, ledeRun(small, 2)],
  ['start-up: --jobs 1, one document', one, ledeRun(one, 1)],
  ['start-up: --jobs 2, one document', one, ledeRun(one, 2)],
];
const rate = ([, c, m]) => c.chars / m.seconds;
// CPU seconds (all threads) beside the wall time: on a machine shared with other work, chars per CPU second
// shows the cost of the code when the wall-clock ratios are skewed by the load.
console.log(`\nload average at start: ${load.toFixed(1)} on ${availableParallelism()} cores`);
console.log('\n| run | corpus MB | docs | seconds | CPU seconds | chars/s | chars per CPU second | docs/s | peak RSS MB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const [name, c, m] = row;
  const cells = [name, c.mb.toFixed(2), c.docs, m.seconds.toFixed(1), m.cpuSeconds.toFixed(1), Math.round(rate(row)).toLocaleString('en'), Math.round(c.chars / m.cpuSeconds).toLocaleString('en'), (c.docs / m.seconds).toFixed(1), m.maxRssMb.toFixed(0)];
  console.log(`| ${cells.join(' | ')} |`);
}
const [base, j1, j2, j2small] = rows;
const split = await halvesRun(halves);
console.log(`two --jobs 1 processes, each over every other document, at once: ${split.seconds.toFixed(1)} s`);
const bar = (name, value, ok) => console.log(`${name}: ${value.toFixed(2)}x ${ok ? '(meets the bar)' : '(below the bar)'}`);
console.log('');
bar('--jobs 1 / baseline (bar >= 5)', rate(j1) / rate(base), rate(j1) / rate(base) >= 5);
bar('--jobs 2 / --jobs 1 (bar >= 1.7)', rate(j2) / rate(j1), rate(j2) / rate(j1) >= 1.7);
console.log(`  the machine's ceiling for a two-way split, those two processes / --jobs 1: ${(j1[2].seconds / split.seconds).toFixed(2)}x; --jobs 2 reaches ${((100 * split.seconds) / j2[2].seconds).toFixed(0)}% of it`);
const mem = j2[2].maxRssMb / j2small[2].maxRssMb;
bar(`peak RSS ${full.mb.toFixed(0)} MB / ${small.mb.toFixed(0)} MB corpus, --jobs 2 (bar <= 1.5)`, mem, mem <= 1.5);

const tagger = taggerRun(prefix);
const perSecond = (seconds) => Math.round(tagger.tokens / seconds).toLocaleString('en');
console.log(`tagger alone (entities, documents already tokenized, ${tagger.tokens.toLocaleString('en')} tokens): first pass ${perSecond(tagger.first)} tokens/s, later passes ${perSecond(tagger.seconds)} tokens/s`);

/**
 * The speed baseline of the entity and place stages (issue 17: each within 10% of its time at this commit), built
 * from git into the work folder with the project's node_modules; null without git history.
 */
const STAGE_BASELINE_COMMIT = '7a1816a';
/** Profiled passes per tree, the trees alternating: one pass varies by a tenth from run to run on a shared machine. */
const STAGE_RUNS = 5;

function stageBaseline() {
  const dir = path.join(work, 'stage-baseline');
  mkdirSync(dir);
  const unpacked = spawnSync('sh', ['-c', `git archive ${STAGE_BASELINE_COMMIT} | tar -x -C "${dir}"`], { encoding: 'utf8' });
  if (unpacked.status !== 0 || !existsSync(path.join(dir, 'package.json'))) return null;
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const built = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`bench: building ${STAGE_BASELINE_COMMIT} failed:\n${built.stdout}${built.stderr}`);
  return dir;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const baselineRoot = stageBaseline();
const runs = { today: [], baseline: [] };
for (let k = 0; k < STAGE_RUNS; k++) {
  if (baselineRoot) runs.baseline.push(stagesRun(baselineRoot));
  runs.today.push(stagesRun(path.resolve('.')));
}
/** Each stage's median over a tree's runs, in ms. */
const stageMs = (tree, name) => (median(runs[tree].map((r) => r.totals[name])) * SAMPLE_US) / 1000;
const all = stageMs('today', 'runJob');
const share = (name) => stageMs('today', name) / all;
console.log(`\nstages (V8 profiler over ${runs.today[0].docs} dev texts, extract + render in one process, median of ${STAGE_RUNS} runs; share of batch time, and ms): ${STAGES.map(([name]) => `${name} ${(share(name) * 100).toFixed(1)}% (${Math.round(stageMs('today', name))} ms)`).join(', ')}`);
if (baselineRoot) {
  console.log(`the same at ${STAGE_BASELINE_COMMIT}, its runs alternating with these: ${['entities', 'places'].map((name) => `${name} ${Math.round(stageMs('baseline', name))} ms`).join(', ')}`);
  for (const [name, stage] of [['entities', 'entity'], ['places', 'place']]) {
    const ratio = stageMs('today', name) / stageMs('baseline', name);
    console.log(`${stage} stage / ${STAGE_BASELINE_COMMIT}: ${ratio.toFixed(2)}x (bar <= 1.10) ${ratio <= 1.1 ? '(meets the bar)' : '(over the bar)'}`);
  }
} else console.log(`(no git history of ${STAGE_BASELINE_COMMIT} here: the stages' ratios to it are left out)`);
for (const [name, bar] of [['quotes', 0.25], ['numbers', 0.2]]) {
  const adds = share(name) / (1 - share(name));
  console.log(`${name === 'quotes' ? 'quote' : name} stage: ${(share(name) * 100).toFixed(1)}% of batch time, adds ${(adds * 100).toFixed(1)}% to the rest (bar <= ${bar * 100}%) ${adds <= bar ? '(meets the bar)' : '(over the bar)'}`);
}

/**
 * Web pages: the article taken out of each html dev page (read at bench time, never kept) by htmlToText today
 * and by the reader it replaced, lede's own picker as it was at OLD_READER_COMMIT (parse5 and lede's rules, no
 * Readability), compiled from git into the work folder so that both run in one process, alternating page by
 * page; the best of 5 passes per page, in wall and in CPU time. On a shared machine a page that takes longer is
 * more often preempted, so the bar is set on CPU time, the work a page costs; wall time is printed beside it.
 */
const OLD_READER_COMMIT = '20a6e05';
const OLD_READER_FILES = ['src/input/html-to-text.ts', 'src/input/html-dom.ts', 'src/input/furniture.ts', 'src/doc/clean.ts'];

/** The old reader's modules as JavaScript under the work folder, its parse5 the project's; null without git history. */
function oldReader() {
  const ts = createRequire(import.meta.url)('typescript');
  const parse5 = pathToFileURL(createRequire(import.meta.url).resolve('parse5')).href;
  for (const file of OLD_READER_FILES) {
    const r = spawnSync('git', ['show', `${OLD_READER_COMMIT}:${file}`], { encoding: 'utf8' });
    if (r.status !== 0) return null;
    const js = ts.transpileModule(r.stdout, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
    const out = path.join(work, 'old-reader', file.replace(/^src\//, '').replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, js.replaceAll("from 'parse5'", `from ${JSON.stringify(parse5)}`));
  }
  return path.join(work, 'old-reader', 'input', 'html-to-text.js');
}

function htmlRun() {
  const file = path.join(evalDir, 'html', 'dev.jsonl.gz');
  if (!existsSync(file)) return null;
  const old = oldReader();
  return measure(`
    import fs from 'node:fs';
    import zlib from 'node:zlib';
    const ways = { today: (await import(${JSON.stringify(path.resolve('dist/input/html-to-text.js'))})).htmlToText };
    const old = ${JSON.stringify(old)};
    if (old) ways.old = (await import(old)).htmlToText;
    const pages = zlib.gunzipSync(fs.readFileSync(${JSON.stringify(file)})).toString('utf8').trim().split('\\n').map((l) => JSON.parse(l).html);
    const blank = () => Object.fromEntries(Object.keys(ways).map((k) => [k, pages.map(() => Infinity)]));
    const wall = blank();
    const cpu = blank();
    for (let pass = 0; pass < 5; pass++) {
      pages.forEach((h, i) => {
        for (const [k, f] of Object.entries(ways)) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          f(h);
          wall[k][i] = Math.min(wall[k][i], performance.now() - t0);
          const c = process.cpuUsage(c0);
          cpu[k][i] = Math.min(cpu[k][i], (c.user + c.system) / 1000);
        }
      });
    }
    const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
    const row = (t) => ({ medianMs: median(t), pagesPerSecond: (1000 * t.length) / t.reduce((x, y) => x + y, 0) });
    const out = Object.fromEntries(Object.keys(ways).map((k) => [k, { wall: row(wall[k]), cpu: row(cpu[k]) }]));
    console.log(JSON.stringify({ pages: pages.length, ...out }));
  `);
}

const html = htmlRun();
if (html) {
  console.log(`\nweb pages (${html.pages} html dev pages, article text only, best of 5 per page):`);
  console.log('| reader | median page ms (CPU) | pages/s (CPU) | median page ms (wall) | pages/s (wall) |\n|---|---:|---:|---:|---:|');
  const readers = [['htmlToText today (Readability + lede rules)', 'today'], [`lede's picker at ${OLD_READER_COMMIT}, before Readability`, 'old']];
  for (const [name, k] of readers.filter(([, k]) => html[k])) {
    console.log(`| ${name} | ${html[k].cpu.medianMs.toFixed(1)} | ${html[k].cpu.pagesPerSecond.toFixed(0)} | ${html[k].wall.medianMs.toFixed(1)} | ${html[k].wall.pagesPerSecond.toFixed(0)} |`);
  }
  if (html.old) {
    const ratio = (m) => html.today[m].medianMs / html.old[m].medianMs;
    bar(`median page, today / the picker at ${OLD_READER_COMMIT}, CPU (wall ${ratio('wall').toFixed(2)}x) (bar <= 2)`, ratio('cpu'), ratio('cpu') <= 2);
  } else console.log(`(no git history of ${OLD_READER_COMMIT} here: the old picker's row is left out)`);
}

const article = path.join(work, 'article.txt');
writeFileSync(article, texts.find((t) => t.length > 2000) ?? texts[0]);
const compromiseStart = startup(['--input-type=module', '-e', "await import('compromise')"]);
const nodeStart = startup(['-e', '0']);
const ledeStart = startup([path.resolve('bin/lede.js'), 'extract', article]);
console.log(`startup: lede extract on one article ${ledeStart.toFixed(2)} s, importing compromise ${compromiseStart.toFixed(2)} s (ratio ${(ledeStart / compromiseStart).toFixed(2)}x)`);
bar(`start-up: lede extract ${ledeStart.toFixed(3)} s / node -e 0 ${nodeStart.toFixed(3)} s (bar <= 4)`, ledeStart / nodeStart, ledeStart / nodeStart <= 4);

const served = await serveRun();
console.log(
  `lede serve: POST /v1/extract of a ${served.chars.toLocaleString('en')}-character article on a warm process, median ${served.median.toFixed(1)} ms (bar < 30) ${served.median < 30 ? '(meets the bar)' : '(over the bar)'}, p90 ${served.p90.toFixed(1)} ms, over ${served.n} requests; a one-shot lede extract of it ${(served.oneShot * 1000).toFixed(0)} ms`,
);
rmSync(work, { recursive: true, force: true });

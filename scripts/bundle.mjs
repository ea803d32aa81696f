#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles the CLI's extract path (dist/cli/start.js and what it loads) into
// one CommonJS script, dist/lede.cjs, and writes V8's code cache for it (dist/lede.cjs.cache) after one sample
// extraction of every format, so a one-shot `lede extract` starts without resolving or compiling its modules
// (src/cli/launch.ts loads it). The full CLI (dist/cli/main.js, commander and the other commands), wink-nlp
// (loaded through createRequire) and the worker threads stay as tsc built them.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

const dist = path.resolve('dist');
const bundle = path.join(dist, 'lede.cjs');

/**
 * A module's import.meta.url, in the bundle: its own file in dist/, found from the bundle's place at run time. And
 * an import by URL (of a module left out of the bundle) goes through the launcher's import(): V8 gives a script
 * compiled from its code cache no way to import by itself.
 */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\/dist\/.*\.js$/ }, async (args) => {
      const own = `./${path.relative(dist, args.path).split(path.sep).join('/')}`;
      const source = (await readFile(args.path, 'utf8')).replaceAll('import(new URL(', '__import(new URL(');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, __bundleUrl).href`), loader: 'js' };
    });
  },
};

/**
 * The HTML reader (linkedom, Readability, parse5: more than the rest of lede to load) is initialised when a page
 * is first read, not when lede starts: extract.js gets a stand-in that requires it on its first call.
 */
const HTML_READER = path.join(dist, 'input/html-to-text.js');
const lazyHtmlReader = {
  name: 'lazy-html-reader',
  setup(b) {
    b.onResolve({ filter: /\/html-to-text\.js$/ }, (args) => (args.importer === path.join(dist, 'extract.js') ? { path: 'stand-in', namespace: 'lazy-html-reader' } : undefined));
    b.onResolve({ filter: /^html-reader$/, namespace: 'lazy-html-reader' }, () => ({ path: HTML_READER }));
    b.onLoad({ filter: /^stand-in$/, namespace: 'lazy-html-reader' }, () => ({
      contents: 'let reader;\nexport function htmlToText(html) {\n  reader ??= require("html-reader");\n  return reader.htmlToText(html);\n}\n',
      loader: 'js',
    }));
  },
};

await rm(`${bundle}.cache`, { force: true });
const result = await build({
  entryPoints: [path.join(dist, 'cli/start.js')],
  outfile: bundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [ownUrl, lazyHtmlReader],
  logLevel: 'warning',
});
if (result.errors.length) process.exit(1);

// All ASCII, so the launcher reads it without decoding UTF-8 (esbuild leaves the characters of regular expression
// literals and comments as they are): each other character becomes its \u escape, which means the same there.
const source = await readFile(bundle, 'utf8');
if (/\\[^\x00-\x7f]/.test(source)) throw new Error('bundle: a character escaped by a backslash would change meaning as a \\u escape');
const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
await writeFile(bundle, source.replace(/[^\x00-\x7f]/g, escape));

// The sample the code cache is made on: every stage runs, and every format and the HTML reader are compiled.
const ARTICLE = `Port workers vote to strike over pay

HAMBURG — About 1,200 dock workers will stop work on Monday, their union said, after talks with the port
authority broke down over a 6.5% pay offer.

"We have waited two years for a fair deal," said Lena Vogt, a crane operator and union delegate. She said the
strike could cost the port more than €30 million a week.

The authority's chief executive, Tomasz Nowak, told reporters in Berlin that the offer was final.`;
const PAGE = `<!DOCTYPE html><html><head><title>Strike</title></head><body><nav>Home</nav><article><h1>Port workers vote to strike</h1>
<p>HAMBURG — About 1,200 dock workers will stop work on Monday, their union said.</p></article></body></html>`;

const { launch } = await import(path.join(dist, 'cli/launch.js'));
const cli = launch();
for (const [input, args] of [
  [ARTICLE, ['extract', '-']],
  [ARTICLE, ['extract', '-', '--format', 'md']],
  [ARTICLE, ['extract', '-', '--format', 'html']],
  [ARTICLE, ['extract', '-', '--format', 'text', '--no-color']],
  [PAGE, ['extract', '-', '--input', 'html']],
]) {
  const io = { stdin: Readable.from([input]), stdinIsTTY: false, stdout: () => undefined, stderr: (s) => process.stderr.write(s), drain: async () => undefined, stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: process.cwd() };
  if ((await cli.start(args, io)) !== 0) throw new Error(`bundle: lede ${args.join(' ')} failed on the sample`);
}
cli.saveCodeCache();

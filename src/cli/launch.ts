import { isAscii } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { start as Start } from './start.js';

/** The bundle `npm run build` makes of the extract path (scripts/bundle.mjs), and V8's code cache for it. */
const BUNDLE = fileURLToPath(new URL('../lede.cjs', import.meta.url));
const CODE_CACHE = `${BUNDLE}.cache`;

interface Launched {
  start: typeof Start;
  /** writes V8's code cache of what has run so far: the build does it once, after a sample extraction */
  saveCodeCache(): void;
}

/**
 * Loads the CLI from one bundled script with V8's code cache, so a one-shot `lede extract` neither resolves a
 * hundred modules nor compiles what it runs (Node 20 caches no ES module's code). A cache made by another
 * Node or V8 is refused by V8, and the script is compiled as usual.
 */
export function launch(): Launched {
  const bytes = readFileSync(BUNDLE);
  // the build writes it in ASCII, which needs no UTF-8 decoding
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} as { start: typeof Start } };
  const load = (url: string): Promise<unknown> => import(url);
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), load);
  return { start: module.exports.start, saveCodeCache: () => writeFileSync(CODE_CACHE, script.createCachedData()) };
}

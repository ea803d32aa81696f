#!/usr/bin/env node
// Part of `npm run build`: rewrites wink-eng-lite-web-model's 3 MB JSON core into dist/wink-model/ in the form
// src/doc/wink-model.ts loads fastest: the lexicon and its expansions as raw 32-bit words, the 88,000 lexemes as
// one NUL-separated text with their indexes in the order of their words, and the rest (a few KB) as JSON. Parsing
// the JSON core took a third of a one-shot `lede extract`; the same words and numbers load here from files that
// need no parsing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const core = JSON.parse(await readFile(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8'));
const out = path.resolve('dist/wink-model');
await mkdir(out, { recursive: true });

const lexemes = core.features.lexeme.list;
if (lexemes.some((word) => word.includes('\0'))) throw new Error('pack-wink-model: a lexeme holds NUL, the separator');
await writeFile(path.join(out, 'lexemes.txt'), lexemes.join('\0'));
// the lexemes' indexes in the order of their words (UTF-16 code units, as < compares them): looked up by binary search
const order = Uint32Array.from(lexemes.keys()).sort((a, b) => (lexemes[a] < lexemes[b] ? -1 : lexemes[a] > lexemes[b] ? 1 : 0));
await writeFile(path.join(out, 'lexeme-order.bin'), order);
await writeFile(path.join(out, 'lexicon.bin'), Buffer.from(core.lexicon, 'base64'));
await writeFile(path.join(out, 'xpansions.bin'), Buffer.from(core.xpansions, 'base64'));
core.lexicon = core.xpansions = core.features.lexeme.list = null;
await writeFile(path.join(out, 'core.json'), JSON.stringify(core));

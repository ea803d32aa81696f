import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The eval sets (../shared/eval, or LEDE_EVAL_DIR): read at test time, never copied into the project. */
const EVAL_DIR = path.resolve(process.env.LEDE_EVAL_DIR ?? '../shared/eval');
const SETS = ['ner', 'quotes/ggt', 'quotes/polnear', 'numbers', 'geo/gwn', 'geo/lgl'];

/** The texts of every dev set, or null when the eval sets are not there. */
export function devTexts(): string[] | null {
  const files = SETS.map((set) => path.join(EVAL_DIR, set, 'dev.jsonl'));
  if (!files.every((f) => existsSync(f))) return null;
  return files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text));
}

export const NO_DEV_TEXTS = `skipped: no dev sets under ${EVAL_DIR} (set LEDE_EVAL_DIR)`;

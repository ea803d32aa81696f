import { InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { InputFormat } from '../input/detect.js';
import { INCLUDES, OUTPUT_LAYERS, parseNames, unknownName, type Include } from '../include.js';
import { FORMAT_NAMES, FORMATS } from '../render/index.js';
import { DEFAULT_MAX_CHARS, INPUT_CHOICES, wholeNumber } from './extract-run.js';

/** -f, --format: the formats of the registry, each with what it holds; `more` ends the description. */
export function formatOption(more = ''): Option {
  const listed = FORMAT_NAMES.map((name) => `${name} (${FORMATS[name].describe})`);
  return new Option('-f, --format <format>', `${orList(listed)}${more}`).choices(FORMAT_NAMES);
}

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join('');
}

export function includeOption(): Option {
  return new Option('--include <layers>', `add layers to each extraction: ${INCLUDES.join(', ')} (comma-separated)`)
    .argParser(namesFrom(INCLUDES))
    .default([] as Include[], 'none');
}

export function onlyOption(): Option {
  return new Option('--only <layers>', `extract only these of ${OUTPUT_LAYERS.join(', ')} (comma-separated); the others come out empty`).argParser(namesFrom(OUTPUT_LAYERS));
}

export function explainOption(): Option {
  return new Option('--explain', 'give each entity, quote, speaker, number, claimant and place a "why": the rule that found it and the spans it rests on');
}

/** A parser of a comma-separated list of names from `allowed`. */
function namesFrom<T extends string>(allowed: readonly T[]): (value: string) => T[] {
  return (value) => {
    const parsed = parseNames(value, allowed);
    if ('unknown' in parsed) throw new InvalidArgumentError(unknownName(parsed.unknown, allowed));
    return parsed.names;
  };
}

export type InputChoice = 'auto' | InputFormat;

export function inputOption(auto: string): Option {
  return new Option('--input <format>', `what the input is: auto (${auto}), text or html`).choices(INPUT_CHOICES).default('auto');
}

export function maxCharsOption(description: string): Option {
  return new Option('--max-chars <n>', description)
    .argParser(positiveInt('--max-chars', Number.MAX_SAFE_INTEGER))
    .default(DEFAULT_MAX_CHARS, grouped(DEFAULT_MAX_CHARS));
}

/** "1,000,000" without toLocaleString, whose first call loads ICU's locale data (~20 ms of every start). */
function grouped(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

export function positiveInt(name: string, max: number): (value: string) => number {
  return (value) => {
    const n = wholeNumber(value, max);
    if (n === null) throw new InvalidArgumentError(`${name} takes a whole number from 1 to ${max.toLocaleString('en')}`);
    return n;
  };
}

export function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'worker threads').argParser(positiveInt('--jobs', 256)).default(availableParallelism(), 'the number of cores');
}

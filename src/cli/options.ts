import { InvalidArgumentError, Option } from 'commander';
import { INCLUDES, type Include } from '../include.js';

export function includeOption(): Option {
  return new Option('--include <layers>', `add layers to each extraction: ${INCLUDES.join(', ')} (comma-separated)`)
    .argParser(parseIncludes)
    .default([] as Include[], 'none');
}

function parseIncludes(value: string): Include[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(INCLUDES as readonly string[]).includes(n)) throw new InvalidArgumentError(`unknown layer "${n}" (choose from ${INCLUDES.join(', ')})`);
  }
  return [...new Set(names)] as Include[];
}

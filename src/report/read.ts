import type { Readable } from 'node:stream';
import { fileLines } from '../io/file-lines.js';
import { OversizedLine } from '../io/lines.js';
import type { Extraction } from '../schema.js';

/** What a report reads: every extraction, and what it could not use. */
export interface ReadStats {
  extractions: number;
  /** error records (documents lede batch could not extract) */
  errorRecords: number;
  /** lines that are neither */
  unreadable: number;
}

/** The extractions in lede batch output files (JSONL, gzipped or not; "-" for stdin), one at a time. */
export async function* readExtractions(
  inputs: readonly string[],
  options: { cwd: string; stdin: Readable; stats: ReadStats; warn: (line: string) => void },
): AsyncGenerator<Extraction> {
  for (const input of inputs) {
    const where = input === '-' ? 'stdin' : input;
    let n = 0;
    for await (const line of fileLines(input, { ...options, maxLineBytes: 1 << 30 })) {
      n++;
      if (line instanceof OversizedLine || line.length === 0) continue;
      const record = parse(line);
      if (record === 'error') options.stats.errorRecords++;
      else if (record) {
        options.stats.extractions++;
        yield record;
      } else {
        options.stats.unreadable++;
        options.warn(`lede: ${where}:${n}: not an extraction of lede batch, skipped\n`);
      }
    }
  }
}

function parse(line: Buffer): Extraction | 'error' | null {
  let value: unknown;
  try {
    value = JSON.parse(line.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return null;
  if ('error' in value) return 'error';
  const x = value as Partial<Extraction>;
  const layers = [x.entities, x.quotes, x.numbers, x.locations];
  return layers.every(Array.isArray) ? (value as Extraction) : null;
}

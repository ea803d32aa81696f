import type { Readable } from 'node:stream';
import { extract, type Include } from '../extract.js';
import { renderJsonLine } from '../render/json.js';
import { SCHEMA_VERSION } from '../schema.js';
import { readInputs } from './inputs.js';

export interface BatchOptions {
  inputs: readonly string[];
  stdin: Readable;
  include: readonly Include[];
  /** receives each output line, in input order */
  write: (line: string) => Promise<void>;
  /** receives one line per failed document */
  warn: (line: string) => void;
}

export interface BatchSummary {
  documents: number;
  failed: number;
}

/**
 * Extracts every document of every input, streaming: one line out per document in, in input order. A
 * document that cannot be read or extracted becomes an error record (when it has an id) and a line on stderr;
 * the run goes on.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const summary: BatchSummary = { documents: 0, failed: 0 };
  for await (const item of readInputs(options.inputs, options.stdin)) {
    summary.documents++;
    let message: string;
    let id = item.id;
    if (item.kind === 'doc') {
      try {
        await options.write(renderJsonLine(extract(item.text, { id: item.id, include: options.include })));
        continue;
      } catch (e) {
        message = `extraction failed: ${(e as Error).message}`;
        id = item.id;
      }
    } else {
      message = item.message;
    }
    summary.failed++;
    options.warn(`lede: ${item.where}: ${message}${id === null ? ', skipped' : ''}\n`);
    if (id !== null) {
      await options.write(renderJsonLine({ schemaVersion: SCHEMA_VERSION, id, error: { code: 'E_DOCUMENT', message } }));
    }
  }
  return summary;
}

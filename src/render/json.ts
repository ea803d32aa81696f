import type { ErrorRecord, Extraction } from '../schema.js';

/** One extraction (or error record) as indented JSON, ending in a newline. Key order is the order the extractors build. */
export function renderJson(x: Extraction | ErrorRecord): string {
  return `${JSON.stringify(x, null, 2)}\n`;
}

/** One extraction (or error record) per line. */
export function renderJsonLine(x: Extraction | ErrorRecord): string {
  return `${JSON.stringify(x)}\n`;
}

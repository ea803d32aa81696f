import { jsonSchema, type ErrorRecord, type Extraction } from '../schema.js';

/** One extraction as indented JSON, ending in a newline. Key order is the order the extractors build. */
export function renderJson(x: Extraction): string {
  return `${JSON.stringify(x, null, 2)}\n`;
}

/** One extraction (or error record) per line. */
export function renderJsonLine(x: Extraction | ErrorRecord): string {
  return `${JSON.stringify(x)}\n`;
}

/** The JSON Schema of an extraction, as `lede schema` prints it and schema/lede.schema.json holds it. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(jsonSchema(), null, 2)}\n`;
}

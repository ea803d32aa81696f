import { jsonSchema } from '../schema.js';

/** The JSON Schema of an extraction, as `lede schema` prints it and schema/lede.schema.json holds it. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(jsonSchema(), null, 2)}\n`;
}

import { HTML_MARKUP_FACTOR, type InputFormat } from './detect.js';
import { tooLarge, type InputItem } from './document-item.js';

/** Which fields of a JSONL record hold the id and the text; a dotted name reaches into nested objects ("meta.id"). */
export interface RecordFields {
  /** what the documents are ("auto": each one's source or first characters say) */
  input: InputFormat | 'auto';
  idField: string;
  textField: string;
  /** documents longer than this (UTF-16 code units) become E_TOO_LARGE errors */
  maxChars: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One JSONL line as a document, or as the reason it is not one (with its id when that could be read). */
export function parseRecord(bytes: Buffer, where: string, fields: RecordFields): InputItem {
  const fail = (id: string, code: string, message: string): InputItem => ({ kind: 'error', id, where, code, message });
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    return fail('', 'E_ENCODING', 'the line is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail('', 'E_JSON', `not JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('', 'E_JSON', `not a JSON object with "${fields.idField}" and "${fields.textField}"`);
  }
  const rawId = field(value, fields.idField);
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
  if (id === null) return fail('', 'E_FIELD', `no "${fields.idField}" (a string or number)`);
  const text = field(value, fields.textField);
  if (typeof text !== 'string') return fail(id, 'E_FIELD', `no string "${fields.textField}"`);
  if (text.trim() === '') return fail(id, 'E_EMPTY', 'the document is empty');
  const limit = fields.input === 'html' ? fields.maxChars * HTML_MARKUP_FACTOR : fields.maxChars;
  if (text.length > limit) return tooLarge(id, where, `${text.length} characters`, fields.maxChars, fields.input === 'html');
  return { kind: 'doc', id, text, where };
}

function field(value: object, path: string): unknown {
  if (Object.hasOwn(value, path)) return (value as Record<string, unknown>)[path];
  let at: unknown = value;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

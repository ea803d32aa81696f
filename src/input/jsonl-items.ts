import type { InputItem } from './document-item.js';
import { parseRecord, type RecordFields } from './jsonl-record.js';
import { OversizedLine } from '../io/lines.js';

/** One item per line that is not blank, the line's place `where:N`. */
export async function* jsonlLineItems(lines: AsyncIterable<Buffer | OversizedLine>, where: string, fields: RecordFields): AsyncGenerator<InputItem> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line instanceof OversizedLine) {
      const message = `the line is ${line.length} bytes, too long for --max-chars ${fields.maxChars}`;
      yield { kind: 'error', id: leadingId(line.head, fields.idField), where: `${where}:${n}`, code: 'E_TOO_LARGE', message };
      continue;
    }
    if (isBlank(line)) continue;
    yield parseRecord(line, `${where}:${n}`, fields);
  }
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  return true;
}

/** The id of an oversized line, when it is the line's first field (the rest of the line was not kept). */
function leadingId(head: Buffer, idField: string): string {
  const text = head.toString('utf8');
  const key = JSON.stringify(idField);
  const start = /^\s*\{\s*/.exec(text)?.[0].length ?? -1;
  if (start < 0 || !text.startsWith(key, start)) return '';
  const value = /\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)\s*,/y;
  value.lastIndex = start + key.length;
  const m = value.exec(text);
  try {
    return m ? String(JSON.parse(m[1]!)) : '';
  } catch {
    return ''; // an escape JSON does not know ("\\x"): the line is not JSON anyway
  }
}

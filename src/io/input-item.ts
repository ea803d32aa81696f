/** One document to extract, or one input that could not become a document (id "" when none could be read). */
export type InputItem =
  | { kind: 'doc'; id: string; text: string; where: string }
  | { kind: 'error'; id: string; where: string; code: string; message: string };

export function tooLarge(id: string, where: string, size: string, maxChars: number): InputItem {
  return { kind: 'error', id, where, code: 'E_TOO_LARGE', message: `the document is ${size}, over --max-chars ${maxChars}` };
}

import type { Evidence, EvidenceRole } from '../schema.js';

/** An evidence span of a `why`: like every output span, its text is the slice it names. */
export function evidence(text: string, role: EvidenceRole, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end), role };
}

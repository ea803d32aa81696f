import { expect } from 'vitest';

interface Found {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** Every object in the extraction that carries start/end/text, with where it sits. */
export function allSpans(value: unknown, path = '$'): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => allSpans(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own: Found[] =
    typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string'
      ? [{ path, start: record.start, end: record.end, text: record.text }]
      : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => allSpans(v, `${path}.${k}`))];
}

/** The slice invariant: every span lies in the text and its text is exactly that slice. */
export function expectSpansSliceText(extraction: unknown, input: string): void {
  const spans = allSpans(extraction);
  for (const s of spans) {
    expect(s.start, s.path).toBeGreaterThanOrEqual(0);
    expect(s.end, s.path).toBeLessThanOrEqual(input.length);
    expect(s.start, s.path).toBeLessThanOrEqual(s.end);
    expect(input.slice(s.start, s.end), s.path).toBe(s.text);
  }
}

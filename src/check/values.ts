/** Helpers to read loosely typed JSON (a hand-edited expectation may not match the schema) and to show values in words. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface SpanLike {
  start: number;
  end: number;
  text?: string;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isSpanLike(v: unknown): v is JsonObject & SpanLike {
  return isObject(v) && typeof v.start === 'number' && typeof v.end === 'number';
}

export function stringField(v: unknown, key: string): string | null {
  return isObject(v) && typeof v[key] === 'string' ? (v[key] as string) : null;
}

/** The character ranges an item covers: its own span, else its mentions' spans. */
export function rangesOf(v: unknown): SpanLike[] {
  if (isSpanLike(v)) return [v];
  if (isObject(v) && Array.isArray(v.mentions)) return v.mentions.filter(isSpanLike);
  return [];
}

/** JSON with object keys sorted, so equal values give equal strings whatever their key order. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) =>
    isObject(value) ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]])) : value,
  );
}

/** Deep equality of JSON values; key order does not count, array order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  const x = a as JsonObject;
  const y = b as JsonObject;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => k in y && sameValue(x[k], y[k]));
}

const MAX_SHOWN = 60;

export function truncate(s: string, max = MAX_SHOWN): string {
  if (s.length <= max) return s;
  const cut = /[\ud800-\udbff]/.test(s[max - 2] ?? '') ? max - 2 : max - 1;
  return `${s.slice(0, cut)}…`;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A string in double quotes, cut short, with line breaks and other control characters written as escapes. */
export function quoted(s: string): string {
  const visible = truncate(s).replace(/[\u0000-\u001f\u007f]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${visible}"`;
}

/** `74-80 "Turkey"`: where a span sits and what it says. */
export function showSpan(s: SpanLike): string {
  return `${s.start}-${s.end}${typeof s.text === 'string' ? ` ${quoted(s.text)}` : ''}`;
}

/** A value in a few words: strings quoted, spans as offsets and text, named things by their name. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return quoted(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const simple = v.every((x) => x === null || typeof x !== 'object');
    return simple && v.length <= 6 ? `[${v.map(show).join(', ')}]` : `${v.length} items`;
  }
  if (isSpanLike(v)) return showSpan(v);
  const name = stringField(v, 'name') ?? stringField(v, 'id');
  if (name !== null) return quoted(name);
  return truncate(JSON.stringify(v));
}

/** "mentions" → "mention", "entities" → "entity", "aliases" → "alias". */
export function singular(field: string): string {
  if (field.endsWith('ies')) return `${field.slice(0, -3)}y`;
  if (field.endsWith('ses')) return field.slice(0, -2);
  if (field.endsWith('s')) return field.slice(0, -1);
  return `${field} item`;
}

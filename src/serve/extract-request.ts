import { decodeText } from '../io/read-document.js';
import { LedeError } from '../errors.js';
import { INCLUDES, OUTPUT_LAYERS, parseNames, unknownName, type Include, type OutputLayer } from '../include.js';
import { HTML_MARKUP_FACTOR, inputFormatOf, type InputFormat } from '../input/detect.js';
import { FORMAT_NAMES, type FormatName } from '../render/index.js';
import { ApiError } from './api-error.js';

/** What POST /v1/extract asks for. */
export interface ExtractRequest {
  id?: string;
  text: string;
  inputFormat: InputFormat;
  include: Include[];
  formats: FormatName[];
  /** the layers to extract (all when absent) */
  only?: OutputLayer[];
  /** each item's `why` */
  explain: boolean;
}

/** The fields of a JSON request; the query string takes the same names (`?format=md&include=dates`). */
const FIELDS = new Set(['text', 'id', 'include', 'format', 'input', 'only', 'explain']);
const INPUTS = ['auto', 'text', 'html'] as const;

/** A body's media type and charset; only UTF-8 is read. */
export function mediaType(header: string | undefined): string {
  const [type = '', ...params] = (header ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new ApiError('E_MEDIA_TYPE', `the body is in ${charset}; send it as UTF-8`);
  }
  return type;
}

/**
 * The most bytes a request's body may have: 3 a character (UTF-8), and a web page HTML_MARKUP_FACTOR times more
 * characters (its markup), so a text/html body, a JSON one (which may hold a page) or one sent with input=html.
 */
export function bodyLimit(type: string, query: URLSearchParams, maxChars: number): number {
  const page = type === 'text/html' || type === 'application/json' || query.get('input') === 'html';
  return maxChars * 3 * (page ? HTML_MARKUP_FACTOR : 1);
}

/**
 * Reads an extract request: a text/plain or text/html body with its options in the query string, or a JSON
 * body `{"text", "id", "include", "format", "input"}`. Anything malformed is a 400, a text over `maxChars` (a web
 * page over HTML_MARKUP_FACTOR times it) a 413.
 */
export function parseExtractRequest(type: string, query: URLSearchParams, body: Buffer, maxChars: number): ExtractRequest {
  const options: Record<string, unknown> = Object.fromEntries(query);
  for (const name of Object.keys(options)) if (!FIELDS.has(name) || name === 'text') throw new ApiError('E_USAGE', `unknown query parameter "${name}"`);
  let text: string;
  let input: unknown = options.input ?? 'auto';
  if (type === 'application/json') {
    const fields = jsonObject(body);
    for (const name of Object.keys(fields)) if (!FIELDS.has(name)) throw new ApiError('E_FIELD', `unknown field "${name}" (the fields are ${[...FIELDS].join(', ')})`);
    Object.assign(options, fields);
    if (typeof fields.text !== 'string') throw new ApiError('E_FIELD', 'no string "text"');
    if (fields.text.trim() === '') throw new ApiError('E_EMPTY', 'the document is empty');
    text = fields.text;
    input = fields.input ?? input;
  } else if (type === 'text/plain' || type === 'text/html') {
    text = decoded(body);
    if (type === 'text/html' && options.input === undefined) input = 'html';
  } else {
    throw new ApiError('E_MEDIA_TYPE', `send the article as text/plain, text/html or application/json, not ${type ? `"${type}"` : 'a body with no Content-Type'}`);
  }
  const inputFormat = inputFormatOf(inputChoice(input), text);
  const limit = inputFormat === 'html' ? maxChars * HTML_MARKUP_FACTOR : maxChars;
  if (text.length > limit) {
    throw new ApiError('E_TOO_LARGE', `the document is ${text.length} characters; the limit is ${inputFormat === 'html' ? `${HTML_MARKUP_FACTOR} × ` : ''}--max-chars ${maxChars}`);
  }
  return {
    ...(options.id !== undefined ? { id: idOf(options.id) } : {}),
    text,
    inputFormat,
    include: namesOf('include', options.include ?? [], INCLUDES),
    formats: formatsOf(options.format ?? 'json'),
    ...(options.only !== undefined ? { only: namesOf('only', options.only, OUTPUT_LAYERS) } : {}),
    explain: yes('explain', options.explain ?? false),
  };
}

function jsonObject(body: Buffer): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decoded(body));
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError('E_JSON', `the body is not JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ApiError('E_JSON', 'the body is not a JSON object with "text"');
  return value as Record<string, unknown>;
}

/** The body as UTF-8 text; binary data, bad UTF-8 and an empty body are 400s with the CLI's codes. */
function decoded(body: Buffer): string {
  try {
    return decodeText(body, 'the body');
  } catch (e) {
    if (e instanceof LedeError) throw new ApiError(e.code, e.message);
    throw e;
  }
}

function idOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new ApiError('E_FIELD', '"id" must be a string or a number');
}

export function inputChoice(value: unknown): InputFormat | 'auto' {
  if (!(INPUTS as readonly unknown[]).includes(value)) throw new ApiError('E_USAGE', `"input" is one of ${INPUTS.join(', ')}`);
  return value as InputFormat | 'auto';
}

/** A list of names from `allowed`: a JSON list, or one comma-separated string (as in a query). */
export function namesOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
  if (typeof value !== 'string' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
    throw new ApiError('E_USAGE', `"${field}" is a list of names, or one comma-separated string`);
  }
  const parsed = parseNames(value, allowed);
  if ('unknown' in parsed) throw new ApiError('E_USAGE', unknownName(parsed.unknown, allowed));
  return parsed.names;
}

/** A yes or no: JSON true or false, or in a query true, false, 1 or 0. */
export function yes(field: string, value: unknown): boolean {
  if (value === true || value === 'true' || value === '1') return true;
  if (value === false || value === 'false' || value === '0') return false;
  throw new ApiError('E_USAGE', `"${field}" is true or false`);
}

function formatsOf(value: unknown): FormatName[] {
  const names = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
  if (!Array.isArray(names) || names.length === 0) throw new ApiError('E_USAGE', `"format" is one of ${FORMAT_NAMES.join(', ')}, or a list of them`);
  for (const n of names) if (!(FORMAT_NAMES as unknown[]).includes(n)) throw new ApiError('E_USAGE', `unknown format ${JSON.stringify(n)} (choose from ${FORMAT_NAMES.join(', ')})`);
  return [...new Set(names as FormatName[])];
}

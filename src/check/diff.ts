import { itemKey, itemLabel, itemOffset, itemSummary } from './describe-item.js';
import { pairUp } from './match.js';
import { emptyDiff, ITEM_LISTS, type ChangeOp, type DocumentDiff, type FieldChange, type ItemChange, type ItemList } from './report.js';
import { compareText } from '../compare-text.js';
import { canonical, isObject, isSpanLike, sameValue, show, showSpan, singular, stringField, type Json, type JsonObject } from './values.js';

export interface DiffOptions {
  /** compare `meta` too (lede version, model and gazetteer hashes, options); ignored by default */
  includeMeta?: boolean;
}

/**
 * The semantic differences between two extractions of one document (`a` before, `b` after): document fields
 * compared field by field; entities, quotes, numbers, locations and diagnostics paired by id, else by the text
 * they cover, then compared field by field. Array order never counts as a difference.
 */
export function diffExtractions(a: unknown, b: unknown, options: DiffOptions = {}): DocumentDiff {
  const diff = emptyDiff();
  const x = isObject(a) ? a : {};
  const y = isObject(b) ? b : {};
  if (isObject(x.error) !== isObject(y.error)) {
    diff.fields.push(failureChange(x, y));
    return diff;
  }
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  for (const key of keys) {
    if (key === 'meta' && !options.includeMeta) continue;
    if (key in ITEM_LISTS) diffItemList(key as ItemList, asArray(x[key]), asArray(y[key]), diff);
    else diffValue([{ name: key }], x[key], y[key], diff.fields);
  }
  return diff;
}

/** One extraction is an error record ({id, error}) and the other is not. */
function failureChange(x: JsonObject, y: JsonObject): FieldChange {
  const message = (r: JsonObject) => stringField(r.error, 'message') ?? 'unknown error';
  return isObject(y.error)
    ? { path: 'error', op: 'added', after: y.error, message: `the document now fails: ${message(y)}` }
    : { path: 'error', op: 'removed', before: x.error!, message: `the document no longer fails (it failed with: ${message(x)})` };
}

function asArray(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}

/** At one place in the text, a removed item is listed before the one that replaced it. */
const OP_RANK: Record<ChangeOp, number> = { removed: 0, added: 1, changed: 2 };

function diffItemList(list: ItemList, a: Json[], b: Json[], diff: DocumentDiff): void {
  const kind = ITEM_LISTS[list];
  const { pairs, removed, added } = pairUp(a, b, itemKey);
  const changes: Array<{ at: number; change: ItemChange }> = [];
  const whole = (op: ChangeOp, item: Json): ItemChange => ({
    kind,
    id: itemKey(item),
    label: itemLabel(kind, item),
    op,
    summary: itemSummary(kind, item),
    item,
    fields: [],
  });
  for (const i of removed) changes.push({ at: itemOffset(a[i]), change: whole('removed', a[i]!) });
  for (const j of added) changes.push({ at: itemOffset(b[j]), change: whole('added', b[j]!) });
  for (const [i, j] of pairs) {
    const fields: FieldChange[] = [];
    diffValue([], a[i], b[j], fields, new Set(['id']));
    const before = itemKey(a[i]);
    const after = itemKey(b[j]);
    if (!fields.length && before === after) continue;
    if (!fields.length) fields.push({ path: 'id', op: 'changed', before, after, message: `id changed from ${show(before)} to ${show(after)}` });
    const change: ItemChange = { kind, id: before, label: itemLabel(kind, a[i]), op: 'changed', fields };
    const newId = stringField(b[j], 'id');
    if (newId !== null && newId !== stringField(a[i], 'id')) {
      change.newId = newId;
      change.label += ` (now ${newId})`;
    }
    changes.push({ at: itemOffset(a[i]), change });
  }
  changes.sort((p, q) => p.at - q.at || OP_RANK[p.change.op] - OP_RANK[q.change.op] || compareText(p.change.label, q.change.label));
  for (const { change } of changes) {
    diff.items.push(change);
    diff.counts[kind][change.op]++;
  }
}

/** A step of a path: a field, or an element of a list field (named by its key and described by its label). */
interface Step {
  name: string;
  key?: string;
  label?: string;
}

function machinePath(path: Step[]): string {
  return path.map((s) => (s.key === undefined ? s.name : `${s.name}[${s.key}]`)).join('.');
}

/** `speaker.entityId`, `mention 74-80 "Turkey": kind`; `span` for an item's own offsets. */
function wordsPath(path: Step[]): string {
  if (path.length === 0) return 'span';
  return path
    .map((step, k) => {
      const word = step.label ?? step.name;
      if (k === 0) return word;
      return (step.label ?? path[k - 1]!.label) === undefined ? `.${word}` : `: ${word}`;
    })
    .join('');
}

function diffValue(path: Step[], a: Json | undefined, b: Json | undefined, out: FieldChange[], skip?: Set<string>): void {
  if (sameValue(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b) && !isTuple(a) && !isTuple(b)) return diffList(path, a, b, out);
  if (isObject(a) && isObject(b)) return diffObject(path, a, b, out, skip);
  const where = wordsPath(path);
  if (a === undefined) out.push({ path: machinePath(path), op: 'added', after: b!, message: `${where} added: ${show(b)}` });
  else if (b === undefined) out.push({ path: machinePath(path), op: 'removed', before: a, message: `${where} removed (was ${show(a)})` });
  else out.push({ path: machinePath(path), op: 'changed', before: a, after: b, message: `${where} changed from ${show(a)} to ${show(b)}` });
}

const SPAN_KEYS = ['start', 'end', 'text'];

function diffObject(path: Step[], a: JsonObject, b: JsonObject, out: FieldChange[], skip = new Set<string>()): void {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.has(k));
  // A span that moved or reads differently is one change, said with its offsets and text.
  if (isSpanLike(a) && isSpanLike(b) && SPAN_KEYS.some((k) => !sameValue(a[k], b[k]))) {
    const before = pick(a, SPAN_KEYS);
    const after = pick(b, SPAN_KEYS);
    const message = path[path.length - 1]?.label
      ? `${wordsPath(path)} changed to ${showSpan(b)}`
      : `${wordsPath(path)} changed from ${showSpan(a)} to ${showSpan(b)}`;
    out.push({ path: machinePath(path) || 'span', op: 'changed', before, after, message });
    for (const k of keys) if (!SPAN_KEYS.includes(k)) diffValue([...path, { name: k }], a[k], b[k], out);
    return;
  }
  for (const k of keys) diffValue([...path, { name: k }], a[k], b[k], out);
}

function pick(o: JsonObject, keys: string[]): JsonObject {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]!]));
}

/** Lists of plain numbers (a range [low, high]) are one value; other lists are sets of elements. */
function isTuple(list: Json[]): boolean {
  return list.length > 0 && list.every((v) => v === null || typeof v === 'number');
}

function diffList(path: Step[], a: Json[], b: Json[], out: FieldChange[]): void {
  const field = path[path.length - 1]?.name ?? 'items';
  const prefix = path.slice(0, -1);
  const element = (v: Json): Step => ({ name: field, key: elementKey(v), label: `${singular(field)} ${elementLabel(v)}` });
  const { pairs, removed, added } = pairUp(a, b, elementKey);
  const changes: Array<{ at: number; change: FieldChange[] }> = [];
  for (const i of removed) {
    const where = [...prefix, element(a[i]!)];
    changes.push({ at: offsetOf(a[i]), change: [{ path: machinePath(where), op: 'removed', before: a[i]!, message: `${wordsPath(where)} removed` }] });
  }
  for (const j of added) {
    const where = [...prefix, element(b[j]!)];
    changes.push({ at: offsetOf(b[j]), change: [{ path: machinePath(where), op: 'added', after: b[j]!, message: `${wordsPath(where)} added` }] });
  }
  for (const [i, j] of pairs) {
    const inner: FieldChange[] = [];
    diffValue([...prefix, element(a[i]!)], a[i], b[j], inner);
    if (inner.length) changes.push({ at: offsetOf(a[i]), change: inner });
  }
  changes.sort((p, q) => p.at - q.at || compareText(p.change[0]!.path, q.change[0]!.path));
  for (const c of changes) out.push(...c.change);
}

function offsetOf(v: Json | undefined): number {
  return isSpanLike(v) ? v.start : -1;
}

/** Pairs list elements: by id, else by offsets, else by name, else by value. */
function elementKey(v: unknown): string {
  const id = stringField(v, 'id');
  if (id !== null) return id;
  if (isSpanLike(v)) return `${v.start}-${v.end}`;
  const name = stringField(v, 'name');
  if (name !== null) return name;
  return typeof v === 'string' ? v : canonical(v);
}

function elementLabel(v: Json): string {
  const id = stringField(v, 'id');
  if (id !== null) return id;
  return show(v);
}

import { EXIT, type ExitCode } from '../errors.js';
import type { Json } from './values.js';

/** The lists of an extraction whose items are matched one to one and counted in reports. */
export const ITEM_LISTS = {
  entities: 'entity',
  quotes: 'quote',
  numbers: 'number',
  locations: 'location',
  diagnostics: 'diagnostic',
} as const;

export type ItemList = keyof typeof ITEM_LISTS;
export type ItemKind = (typeof ITEM_LISTS)[ItemList];
export const ITEM_KINDS = Object.values(ITEM_LISTS) as ItemKind[];

export type ChangeOp = 'added' | 'removed' | 'changed';

/** One field (or one element of a list field) that differs, said in words in `message`. */
export interface FieldChange {
  /** where, e.g. "speaker.entityId" or "mentions[74-80].kind" */
  path: string;
  op: ChangeOp;
  before?: Json;
  after?: Json;
  message: string;
}

/** An item (entity, quote, ...) added, removed, or changed field by field. */
export interface ItemChange {
  kind: ItemKind;
  /** the item's id (the expected one when it changed) */
  id: string | null;
  /** the item's id now, when the item was paired by overlapping text and its id moved */
  newId?: string;
  /** how the report names the item, e.g. `number n:30-37 (700,000)` */
  label: string;
  op: ChangeOp;
  /** the item in a few words (added and removed items) */
  summary?: string;
  /** the whole item (added and removed items) */
  item?: Json;
  /** what changed (changed items) */
  fields: FieldChange[];
}

type KindCounts = Record<ChangeOp, number>;
export type Counts = Record<ItemKind, KindCounts>;

/** The differences between two extractions of one document. */
export interface DocumentDiff {
  /** document-level fields: headline, dateline, schemaVersion, input, ... */
  fields: FieldChange[];
  items: ItemChange[];
  counts: Counts;
}

/**
 * same: no differences; differ: differences; new: an input without an expectation (check); updated: the
 * expectation was rewritten (check --update); only-in-a / only-in-b: a document in one run only (diff);
 * error: the case could not be checked.
 */
const STATUSES = ['same', 'differ', 'new', 'updated', 'only-in-a', 'only-in-b', 'error'] as const;
export type Status = (typeof STATUSES)[number];

export interface DocumentReport extends DocumentDiff {
  /** the fixture case (its path under the fixture folder, without extension) or the document id */
  name: string;
  status: Status;
  /** the fixture's input and expectation files, relative to the fixture folder (check) */
  input?: string;
  expected?: string;
  /** the one-line problem (status error) */
  error?: string;
}

export interface Report {
  command: 'check' | 'diff';
  /** check: the fixture folder */
  dir?: string;
  /** diff: the two files compared */
  a?: string;
  b?: string;
  summary: { documents: number } & Record<Status, number>;
  /** changes per kind over all documents */
  counts: Counts;
  /** check: every case; diff: the documents that are not the same */
  documents: DocumentReport[];
}

function emptyCounts(): Counts {
  return Object.fromEntries(ITEM_KINDS.map((k) => [k, { added: 0, removed: 0, changed: 0 }])) as Counts;
}

function addCounts(into: Counts, from: Counts): void {
  for (const kind of ITEM_KINDS) for (const op of ['added', 'removed', 'changed'] as const) into[kind][op] += from[kind][op];
}

export function emptyDiff(): DocumentDiff {
  return { fields: [], items: [], counts: emptyCounts() };
}

export function isSame(d: DocumentDiff): boolean {
  return d.fields.length === 0 && d.items.length === 0;
}

/** Collects document reports into a report: summary and totals kept as documents arrive. */
export function createReport(head: Pick<Report, 'command' | 'dir' | 'a' | 'b'>): Report {
  const summary = Object.fromEntries([['documents', 0], ...STATUSES.map((s) => [s, 0])]) as Report['summary'];
  return { ...head, summary, counts: emptyCounts(), documents: [] };
}

export function addDocument(report: Report, doc: DocumentReport, keep = true): void {
  report.summary.documents++;
  report.summary[doc.status]++;
  addCounts(report.counts, doc.counts);
  if (keep) report.documents.push(doc);
}

/** 2 when anything could not be checked, 1 when anything differs, else 0. */
export function exitCodeFor(report: Report): ExitCode {
  const s = report.summary;
  if (s.error) return EXIT.usage;
  if (s.differ || s.new || s['only-in-a'] || s['only-in-b']) return EXIT.differences;
  return EXIT.ok;
}

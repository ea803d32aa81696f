import { ITEM_KINDS, type ChangeOp, type Counts, type DocumentReport, type ItemKind, type Report, type Status } from './report.js';

const PLURAL: Record<ItemKind, string> = {
  entity: 'entities',
  quote: 'quotes',
  number: 'numbers',
  location: 'locations',
  diagnostic: 'diagnostics',
};

const OPS: readonly ChangeOp[] = ['added', 'removed', 'changed'];

export function hasCounts(counts: Counts): boolean {
  return ITEM_KINDS.some((k) => OPS.some((op) => counts[k][op] > 0));
}

/** Rows of the per-kind table: kind (plural), added, removed, changed. */
export function countRows(counts: Counts): Array<[string, number, number, number]> {
  return ITEM_KINDS.map((k) => [PLURAL[k], counts[k].added, counts[k].removed, counts[k].changed]);
}

/** "1 entity added, 2 quotes changed, 1 field changed" */
export function changePhrase(doc: DocumentReport): string {
  const parts: string[] = [];
  for (const kind of ITEM_KINDS) {
    for (const op of OPS) {
      const n = doc.counts[kind][op];
      if (n) parts.push(`${n} ${n === 1 ? kind : PLURAL[kind]} ${op}`);
    }
  }
  if (doc.fields.length) parts.push(`${doc.fields.length} field${doc.fields.length === 1 ? '' : 's'} changed`);
  return parts.join(', ');
}

/** What happened to a document, in words: "differs", "only in a.jsonl", ... */
export function statusWords(report: Report, status: Status): string {
  switch (status) {
    case 'same':
      return report.command === 'check' ? 'matches' : 'same';
    case 'differ':
      return 'differs';
    case 'new':
      return 'has no expectation yet';
    case 'updated':
      return 'expectation rewritten';
    case 'only-in-a':
      return `only in ${report.a ?? 'A'}`;
    case 'only-in-b':
      return `only in ${report.b ?? 'B'}`;
    case 'error':
      return 'error';
  }
}

/** "3 fixtures: 2 match, 1 differs" / "120 documents: 118 same, 2 differ". */
export function summaryLine(report: Report): string {
  const s = report.summary;
  const noun = report.command === 'check' ? 'fixture' : 'document';
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => n && parts.push(`${n} ${n === 1 ? one : many}`);
  add(s.same, report.command === 'check' ? 'matches' : 'same', report.command === 'check' ? 'match' : 'same');
  add(s.differ, 'differs', 'differ');
  add(s.new, 'has no expectation', 'have no expectation');
  add(s.updated, 'rewritten', 'rewritten');
  add(s['only-in-a'], statusWords(report, 'only-in-a'), statusWords(report, 'only-in-a'));
  add(s['only-in-b'], statusWords(report, 'only-in-b'), statusWords(report, 'only-in-b'));
  add(s.error, 'error', 'errors');
  return `${s.documents} ${noun}${s.documents === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** The next step to suggest, if any: words and the command. */
export function hint(report: Report): { say: string; command: string } | null {
  if (report.command !== 'check' || !(report.summary.differ || report.summary.new)) return null;
  return { say: 'If the changes are intended, accept them with', command: `lede check ${report.dir ?? 'fixtures'} --update` };
}

/** Every change of a document as one line in words, in report order. */
export function changeLines(doc: DocumentReport): Array<{ op: ChangeOp; text: string }> {
  const lines = doc.fields.map((f) => ({ op: f.op, text: f.message }));
  for (const item of doc.items) {
    if (item.op === 'changed') lines.push(...item.fields.map((f) => ({ op: f.op, text: `${item.label}: ${f.message}` })));
    else lines.push({ op: item.op, text: `${item.label} ${item.op}: ${item.summary ?? ''}` });
  }
  return lines;
}

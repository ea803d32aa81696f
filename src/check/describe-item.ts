import type { ItemKind } from './report.js';
import { isObject, quoted, rangesOf, show, stringField, truncate } from './values.js';

/** The key that pairs an item with itself in another extraction: its id; a diagnostic's code and place. */
export function itemKey(item: unknown): string | null {
  const id = stringField(item, 'id');
  if (id !== null) return id;
  const code = stringField(item, 'code');
  if (code !== null && isObject(item)) return `${code}@${String(item.start)}-${String(item.end)}`;
  return null;
}

/** Where an item first touches the text, to list changes in reading order. */
export function itemOffset(item: unknown): number {
  const ranges = rangesOf(item);
  return ranges.length ? Math.min(...ranges.map((r) => r.start)) : -1;
}

/** How a report names an item: `quote q:120-188`, `number n:30-37 (700,000)`, `diagnostic quotes/unclosed at 12-40`. */
export function itemLabel(kind: ItemKind, item: unknown): string {
  const id = stringField(item, 'id');
  const text = stringField(item, 'text');
  const [range] = rangesOf(item);
  const where = range ? `${range.start}-${range.end}` : '?';
  if (kind === 'diagnostic') return `diagnostic ${stringField(item, 'code') ?? '?'}${range ? ` at ${where}` : ''}`;
  return `${kind} ${id ?? where}${kind === 'number' && text !== null ? ` (${truncate(text, 40)})` : ''}`;
}

/** An added or removed item in a few words. */
export function itemSummary(kind: ItemKind, item: unknown): string {
  if (!isObject(item)) return show(item);
  const name = stringField(item, 'name');
  const mentions = Array.isArray(item.mentions) ? item.mentions.length : null;
  const count = mentions === null ? '' : `${mentions} mention${mentions === 1 ? '' : 's'}`;
  switch (kind) {
    case 'entity':
      return `${quoted(name ?? '?')} (${[stringField(item, 'type'), count].filter(Boolean).join(', ')})`;
    case 'location':
      return `${quoted(name ?? '?')}${count ? ` (${count})` : ''}`;
    case 'quote': {
      const speaker = isObject(item.speaker) ? `speaker ${show(item.speaker)}` : 'no speaker';
      return `${quoted(stringField(item, 'text') ?? '')} (${speaker})`;
    }
    case 'number': {
      const unit = stringField(item, 'unit');
      const counts = isObject(item.counts) ? `, counting ${quoted(stringField(item.counts, 'text') ?? '')}` : '';
      return `value ${show(item.value)}${unit ? ` ${unit}` : ''}${counts}`;
    }
    case 'diagnostic':
      return `${stringField(item, 'severity') ?? 'diagnostic'}: ${truncate(stringField(item, 'message') ?? '')}`;
  }
}

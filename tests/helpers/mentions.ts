import type { NameMention } from '../../src/entities/merge.js';

/** A mention as the tagger gives it: `name` where the text first writes it from `from`, typed `type`. */
export function taggerMention(text: string, name: string, type: NameMention['type'] = 'ORG', from = 0, typedBy: NameMention['typedBy'] = null): NameMention {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type, caps: false, dateline: false, rule: 'entities/tagger', title: null, typedBy };
}

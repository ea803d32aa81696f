import type { Rule } from '../schema.js';
import type { TaggedName } from './tagger/index.js';

/**
 * A name as the tagger read it, and what the rules after it changed: when it was split off an organisation's name,
 * the token of the title it was split at; the rule that made or retyped it, when one did; the token whose words fix
 * its type (a byline's "By").
 */
export type Named = TaggedName & { title?: number; rule?: Rule; typedBy?: number };

/**
 * The name with every field of Named, in this order (as the rules that make names write them): the rules then read
 * and spread objects of one shape, where the optional fields, added in different orders, had made many (and every
 * property read slow).
 */
export function named(n: Named): Named {
  return { start: n.start, end: n.end, type: n.type, first: n.first, last: n.last, caps: n.caps, title: n.title, rule: n.rule, typedBy: n.typedBy };
}

import type { Rule } from '../schema.js';
import type { TaggedName } from './tagger/index.js';
import type { CoarseType } from './tagger/tags.js';

/**
 * A name as the tagger read it, and what the rules after it changed: when it was split off an organisation's name,
 * the token of the title it was split at; the rule that made or retyped it, when one did; the token whose words fix
 * its type (a byline's "By").
 */
export type Named = TaggedName & { title?: number; rule?: Rule; typedBy?: number };

/**
 * The name with every field of Named, in this order (as the rules that make names write them, through this and the
 * two below): the rules then read objects of one shape, where the optional fields, added in different orders, and
 * spreads (`{ ...n, end }`) had made many (and every property read slow).
 */
export function named(n: Named): Named {
  return { start: n.start, end: n.end, type: n.type, first: n.first, last: n.last, caps: n.caps, title: n.title, rule: n.rule, typedBy: n.typedBy };
}

/** The name over tokens [first, last) and characters [start, end), typed anew where a rule says. */
export function resized(n: Named, first: number, last: number, start: number, end: number, type = n.type, rule = n.rule): Named {
  return { start, end, type, first, last, caps: n.caps, title: n.title, rule, typedBy: n.typedBy };
}

/** The name typed anew by a rule. */
export function retyped(n: Named, type: CoarseType, rule: Rule): Named {
  return resized(n, n.first, n.last, n.start, n.end, type, rule);
}

import type { Rule } from '../schema.js';
import type { TaggedName } from './tagger/index.js';

/**
 * A name as the tagger read it, and what the rules after it changed: when it was split off an organisation's name,
 * the token of the title it was split at; the rule that made or retyped it, when one did; the token whose words fix
 * its type (a byline's "By").
 */
export type Named = TaggedName & { title?: number; rule?: Rule; typedBy?: number };

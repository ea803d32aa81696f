import type { Doc } from '../doc/document.js';
import { is } from './tokens.js';

/**
 * Finite forms of the verbs of aspect and appearance that take a cue as their infinitive and lend it their subject:
 * "Ruiz went on to explain that ...", "the union continues to insist that ...", "the minister appeared to suggest that ...".
 * Their -ing forms stay out: "..., going on to say ..." is a participle after the main clause, read as one.
 */
const CATENATIVES = new Set([
  'continue', 'continues', 'continued', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started',
  'proceed', 'proceeds', 'proceeded', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed',
]);
/** "go on": the particle "on" after a form of "go" */
const GO = new Set(['go', 'goes', 'went', 'gone']);

/** Where the verb of aspect or appearance that governs the "to" at `to` starts ("went on to", "continued to"), or -1. */
export function catenativeBefore(doc: Doc, to: number, floor: number): number {
  const tokens = doc.tokens;
  if (!is(tokens[to], 'to') || to - 1 < floor) return -1;
  const verb = tokens[to - 1]!;
  if (CATENATIVES.has(verb.lower) && verb.pos !== 'NOUN') return to - 1;
  return is(verb, 'on') && to - 2 >= floor && GO.has(tokens[to - 2]!.lower) ? to - 2 : -1;
}

import type { Doc } from '../doc/document.js';
import { resized, type Named } from './named.js';
import { isFirstName, spacedRun } from './words.js';

/** Lower-case particles that stand inside a person's name: "Erik ten Hag", "Juan Carlos de la Vega", "Mohammed bin Salman". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'das', 'di', 'del', 'della', 'dei', 'degli', 'dos', 'do', 'du', 'des', 'ten',
  'ter', 'bin', 'ibn', 'bint', 'al', 'el', 'le', 'la', 'af', 'zu', 'vom', 'zum', 'zur',
]);
/** Particles that are also English words ("ten", "a van", "a bin"): taken only between two names, or for a surname the document writes with them. */
const ENGLISH = new Set(['ten', 'van', 'bin', 'den', 'do']);
/** Particles no place's name holds ("Rio de Janeiro" does, "Ursula von Bergen" is a person's whatever the tagger read). */
const PERSON_ONLY = new Set(['van', 'von', 'ten', 'ter', 'bin', 'ibn', 'bint', 'zu', 'vom', 'zum', 'zur', 'der']);
/** "van der", "de la": at most this many particles in a row. */
const MAX_PARTICLES = 2;

/**
 * Person names with particles, which the tagger often reads as two names (or a name and a number word):
 * - between two names, one of them a person's, or the first a first name, or the particle one no place's name
 *   holds: "Erik ten Hag", "Vincent di Maio", "Mohammed bin Salman", "Ursula von Bergen" become one PERSON;
 * - before a person's name, after a first name the tagger left out ("said Vincent di Maio");
 * - before a name, where the document writes that surname with its particles in a full name ("Ten Hag said",
 *   after "Erik ten Hag"), or a particle that is no English word stands before a person's name ("said de Boer").
 * `names` are in text order and do not overlap; the result neither.
 */
export function joinParticles(doc: Doc, names: readonly Named[]): Named[] {
  const joined: Named[] = [];
  for (const n of names) {
    const last = joined[joined.length - 1];
    if (last && particlesBetween(doc, last.last, n.first) && (last.type === 'PERSON' || n.type === 'PERSON' || PERSON_ONLY.has(doc.tokens[last.last]!.norm) || (isFirstName(doc.tokens[last.first]!) && n.type !== 'LOC'))) {
      joined[joined.length - 1] = resized(last, last.first, n.last, last.start, n.end, 'PERSON', 'entities/particle');
    } else joined.push(n.type === 'PERSON' ? withFirstName(doc, n, last?.last ?? 0) : n);
  }
  const surnames = particleSurnames(doc, joined);
  // pushed, not map()ped: map() handed joinConnectors arrays of three kinds (packed, holey, empty), and its optimised
  // code, built on the kinds of the warm-up, was thrown away at the first of another (measured)
  const out: Named[] = [];
  for (let k = 0; k < joined.length; k++) out.push(withParticles(doc, joined[k]!, surnames, k > 0 ? joined[k - 1]!.last : 0));
  return out;
}

/** Whether the tokens [from, to) are one or two lower-case particles in one sentence, set off by single spaces. */
function particlesBetween(doc: Doc, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_PARTICLES) return false;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (!PARTICLES.has(t.norm) || !spacedRun(doc, i - 1, i) || t.sentence !== doc.tokens[from - 1]!.sentence) return false;
  }
  return spacedRun(doc, to - 1, to) && doc.tokens[to]!.sentence === doc.tokens[from - 1]!.sentence;
}

/** "said Vincent di Maio": a person's name after particles, after first names no name holds (from `floor` on). */
function withFirstName(doc: Doc, n: Named, floor: number): Named {
  let i = n.first;
  let particles = 0;
  while (particles < MAX_PARTICLES && i - 1 > floor && PARTICLES.has(doc.tokens[i - 1]!.norm) && spacedRun(doc, i - 1, i)) {
    i--;
    particles++;
  }
  if (particles === 0) return n;
  let first = i;
  while (first - 1 >= floor && first > i - 2 && isFirstName(doc.tokens[first - 1]!) && spacedRun(doc, first - 1, first)) first--;
  if (first === i || doc.tokens[first]!.sentence !== doc.tokens[n.first]!.sentence) return n;
  return resized(n, first, n.last, doc.tokens[first]!.start, n.end, n.type, 'entities/particle');
}

/** The surnames the document writes with particles, lower case: "ten hag" of "Erik ten Hag". */
function particleSurnames(doc: Doc, names: readonly Named[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    for (let i = n.first + 1; i < n.last - 1; i++) {
      if (!PARTICLES.has(doc.tokens[i]!.norm)) continue;
      out.add(lowerWords(doc, i, n.last));
      break;
    }
  }
  return out;
}

/** A name with the particles before it, where they are part of a surname (see joinParticles); tokens before `floor` belong to another name. */
function withParticles(doc: Doc, n: Named, surnames: ReadonlySet<string>, floor: number): Named {
  let first = n.first;
  while (first - 1 >= floor && n.first - first < MAX_PARTICLES && PARTICLES.has(doc.tokens[first - 1]!.lower) && spacedRun(doc, first - 1, first)) first--;
  if (first === n.first || doc.tokens[first]!.sentence !== doc.tokens[n.first]!.sentence) return n;
  for (let f = first; f < n.first; f++) {
    const particle = doc.tokens[f]!;
    const known = surnames.has(lowerWords(doc, f, n.last));
    if (known || (n.type === 'PERSON' && hasForeignParticle(doc, f, n.first))) return resized(n, f, n.last, particle.start, n.end, 'PERSON', 'entities/particle');
  }
  return n;
}

/** Some particle of [from, to) is no English word. */
function hasForeignParticle(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!ENGLISH.has(doc.tokens[i]!.lower)) return true;
  return false;
}

function lowerWords(doc: Doc, from: number, to: number): string {
  let out = doc.tokens[from]!.lower;
  for (let i = from + 1; i < to; i++) out += ` ${doc.tokens[i]!.lower}`;
  return out;
}

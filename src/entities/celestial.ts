import type { Doc, Token } from '../doc/document.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { tokensOf } from './doc-words.js';
import { retypedMention, type NameMention } from './merge.js';

/**
 * Bodies of the solar system that news names alone: the planets, the dwarf planets and the larger moons. Each name is
 * also a company's, a person's or a town's (Mars, Venus Williams, Jupiter, Fla.), so it names the body only in a text
 * about space (see SPACE_WORDS).
 */
const BODIES = new Set([
  'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'ceres', 'eris', 'europa', 'ganymede',
  'callisto', 'io', 'titan', 'enceladus', 'triton', 'phobos', 'deimos', 'charon',
]);
/** The longest body's name: a longer name is sliced out of the text and lower-cased for no test. */
const LONGEST_BODY = Math.max(...[...BODIES].map((b) => b.length));
const isBody = (text: string, m: NameMention): boolean => m.end - m.start <= LONGEST_BODY && BODIES.has(text.slice(m.start, m.end).toLowerCase());

/** Nouns for a kind of celestial body, written in lower case before its name: "the planet Mars", "Saturn's moon Titan". */
const KIND_NOUNS = new Set(['planet', 'moon', 'comet', 'asteroid']);
/** Words that open or close a comet's or an asteroid's name: "Comet Hale-Bopp", "Halley's Comet". */
const NAME_HEADS = new Set(['comet', 'asteroid']);
/** Words of a text about space, in lower case (not "Land Rover", "a probe into"). */
const SPACE_WORDS = new Set([
  ...KIND_NOUNS, 'planets', 'planetary', 'moons', 'comets', 'asteroids', 'orbiting', 'orbiter', 'rover', 'lander',
  'spacecraft', 'telescope', 'astronomer', 'astronomers', 'astronaut', 'astronauts',
]);

/**
 * A celestial body is no person, organisation or place on the map, whatever the tagger read: a name right after a
 * kind's noun ("the planet Mars", "Saturn's moon Titan", "the comet Halley") or opening or closing with one ("Comet
 * Hale-Bopp", "Halley's Comet"; not "Moon Jae-in"), and in a text with a word of space in it a solar-system body's one-word name. Each
 * becomes MISC, typed by the kind's noun or the first word of space (a name typed by a title or a corporate suffix
 * keeps its type: "Mars Inc."). MISC, not LOC: the places stage sends LOC names to the gazetteer, which holds towns
 * of these names (Mars, Pa.; Jupiter, Fla.), and MISC keeps them off the map with no rule of its own there.
 */
export class CelestialBodies {
  /** whether the text writes a kind's noun at all (any case), before any name is looked at */
  private readonly kinds: boolean;
  /** the text's first word of space, looked for when a body's name first asks */
  private space: Token | null | undefined;

  constructor(private readonly doc: Doc) {
    // by the document's words, not a scan of its text (measured: the scan took most of this rule's time)
    this.kinds = tokensOf(doc, KIND_NOUNS).length > 0;
  }

  /** The mention (no evidence of its type, not MISC: the caller asks) as a celestial body's, else null. */
  of(m: NameMention): NameMention | null {
    const doc = this.doc;
    if (!this.kinds && !isBody(doc.text, m)) return null;
    const first = tokenAtOrAfter(doc, m.start);
    const before = doc.tokens[first - 1];
    const last = tokenAtOrAfter(doc, m.end) - 1;
    const apposed = before && KIND_NOUNS.has(before.norm) && before.sentence === doc.tokens[first]!.sentence ? before : undefined;
    const kind = apposed ?? (first < last ? headOf(doc.tokens[first]!, doc.tokens[last]!) : undefined);
    // measured: the space word read (once a document) before the body's name is known to be one; read only for a
    // body's, the first one-word body after the warm-up threw away the optimised walk that calls this
    const space = kind === undefined && first === last ? this.spaceWord() : null;
    const body = kind ?? (first === last && BODIES.has(doc.tokens[first]!.lower) ? space : null);
    return body ? retypedMention(m, 'MISC', 'entities/type-evidence', { start: body.start, end: body.end }) : null;
  }

  private spaceWord(): Token | null {
    if (this.space === undefined) this.space = this.doc.tokens.find((t) => SPACE_WORDS.has(t.norm)) ?? null;
    return this.space;
  }
}

/** The name's first or last word where it is a comet's or an asteroid's head. */
const headOf = (first: Token, last: Token): Token | undefined => (NAME_HEADS.has(first.lower) ? first : NAME_HEADS.has(last.lower) ? last : undefined);

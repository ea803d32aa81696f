import type { Doc, Region, Token } from '../doc/document.js';
import type { Dateline } from '../doc/layout.js';
import { insideAny } from '../doc/span.js';
import { isSpaceAt } from '../doc/clean.js';
import { isDash, isPossessiveS } from '../lexicon/marks.js';
import { furnitureLines } from './furniture.js';
import type { NameMention } from './merge.js';
import { tagNames, wordClassesOf, type TaggedName } from './tagger/index.js';
import { WORD_CLASS } from './tagger/word-classes.js';
import { COARSE_TYPES, type CoarseType } from './tagger/tags.js';
import type { EntityType } from '../schema.js';
import { shippedModel } from './tagger/model.js';
import { trimName } from './trim.js';
import { keepsCoarseType, refineType } from './types.js';
import { named, resized, retyped, type Named } from './named.js';
import { joinParticles } from './particles.js';
import { joinConnectors } from './connectors.js';
import { withAmpersandFirms } from './ampersand-firms.js';
import { joinHyphens } from './hyphens.js';
import { withHyphenedParticiples } from './hyphened-participles.js';
import { splitPlaceComplements } from './place-complements.js';
import { withBylines } from './bylines.js';
import { corporateSuffix, typeEvidence, withCompaniesAfterKinds, isPlaceName, withOrganisationTitle, withoutTitle, withPersonTitle } from './evidence.js';
import { acronymMentions } from './acronyms.js';
import { withOrganisationsInPlaces } from './organisations-in-places.js';
import { withoutMonth } from './months.js';
import { isTownClub } from './town-clubs.js';
import { withLeftOutHeads } from './left-out-heads.js';
import { withListEndsSplit } from './list-ends.js';
import { withoutTermAbbreviations } from './term-abbreviations.js';
import { withCorporateSuffixes } from './corporate-suffixes.js';
import { withLongerForms } from './longer-forms.js';
import { nationalBodyMentions } from './bodies.js';
import { datelineNames } from './dateline-names.js';
import { withResultSides } from './result-lines.js';
import { withEntrantTeams } from './entrant-teams.js';
import { withDigestTitles } from './press-digest.js';
import { withPossessiveNames, writtenWithout } from './possessive-names.js';
import { withRelativesNamed } from './relatives.js';
import { withNicknames } from './nicknames.js';
import { withoutRank } from './ranks.js';
import { withOrganisationHead } from './person-heads.js';
import { isNoStorm, withThingWords } from './things.js';
import { typeListsOfPlaces } from './lists.js';
import { withSettlementCues } from './settlements.js';
import { withoutHeadlineWords } from './headline-words.js';
import { typeCompaniesByShares } from './shares.js';
import { withHeadShortForms } from './head-short-forms.js';
import { typeListsOfOrganisations } from './organisation-lists.js';
import { withHeadlineRunsSplit } from './headline-runs.js';
import { withCelestialAndCommonNames, withCompanyAndDepartmentCues, withCompanyNameEndsAndPlaceLeds, withShipsAndCountries } from './mention-walks.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import { CHURCH_TITLES, TITLE_MODIFIERS } from '../lexicon/roles.js';
import { INSTITUTION_HEADS } from '../lexicon/organisations.js';
import { isOrdinaryWord, spacedRun } from './words.js';

/**
 * The names in the document, typed, in text order; they may overlap (the entities' overlap stage settles that):
 * the tagger's, split at breaks and officers' titles, joined over hyphens, particles and connectors, bylines'
 * authors, a title cut off a person's name, then typed by the evidence beside them where there is some.
 */
export function findNames(doc: Doc, datelines: readonly Dateline[]): NameMention[] {
  const inFurniture = insideAny(furnitureLines(doc));
  const split: Named[] = [];
  let floor = 0;
  for (const tagged of tagNames(doc)) {
    const unranked = withoutRank(doc, tagged);
    if (unranked) splitAtBreaks(doc, withPlaceBeforeTitle(doc, withOrganisationHead(doc, named(unranked)), floor), split);
    floor = tagged.last;
  }
  const names = withBylines(doc, withThingWords(doc, withAmpersandFirms(doc, joinConnectors(doc, joinParticles(doc, withHyphenedParticiples(doc, joinHyphens(doc, withCompaniesAfterKinds(doc, splitPlaceComplements(doc, split)))))))));
  const mentions: NameMention[] = [];
  const refine = refinedTypes();
  for (const n of names) {
    const m = mentionOf(doc, datelines, n, names, inFurniture, refine);
    if (m) mentions.push(m);
  }
  return withNicknames(doc, withShipsAndCountries(doc, withHeadlineRunsSplit(doc, datelines, withRelativesNamed(doc, withPossessiveNames(doc, withDigestTitles(doc.text, withResultSides(doc.text, withEntrantTeams(doc.text, datelineNames(doc, datelines, withCelestialAndCommonNames(doc, acronymMentions(doc, withOrganisationsInPlaces(doc, nationalBodyMentions(doc, typeListsOfOrganisations(doc, withSettlementCues(doc, typeListsOfPlaces(doc.text, withHeadShortForms(doc, withCompanyAndDepartmentCues(doc, typeCompaniesByShares(doc, withoutHeadlineWords(doc, withLongerForms(doc, withCorporateSuffixes(doc, withoutTermAbbreviations(doc, withCompanyNameEndsAndPlaceLeds(doc, withLeftOutHeads(doc, withListEndsSplit(doc, mentions)))))))))), isPlaceName))))))))))))))));
}

/**
 * The name as a mention, trimmed, cut of its title and typed, or null where nothing of a name is left or it stands
 * in page furniture. (A function of its own, not findNames' loop: code dropped for a rare name then was this alone.)
 */
function mentionOf(
  doc: Doc,
  datelines: readonly Dateline[],
  named: Named,
  names: readonly Named[],
  inFurniture: (m: Region) => boolean,
  refine: (name: string, type: CoarseType, storm: boolean) => EntityType,
): NameMention | null {
  const plain = withoutMonth(doc, withoutWeekday(doc, withoutClosingWords(doc, named)));
  const tagged = withOrganisationTitle(doc, plain.type === 'PERSON' ? withoutTitle(doc, plain) : withPersonTitle(doc, plain));
  // measured: asked only of names of two tokens or more, isPossessiveName is called too seldom for V8 to inline it
  // here; inlined, the first possessive name of a run threw this function's optimised code away for some 60 documents
  const m = tagged.last - tagged.first > 1 && isPossessiveName(doc, tagged) ? tagged : withPlus(doc.text, trimName(doc.text, endOfSentence(doc, tagged), trimmed));
  if (!m || inFurniture(m)) return null;
  const name = doc.text.slice(m.start, m.end);
  if (!hasUpper(name)) return null;
  const title = m.title === undefined ? null : { start: doc.tokens[m.title]!.start, end: doc.tokens[m.title]!.end };
  const evidence = typeEvidence(doc, m);
  const dateline = inDateline(doc.text, datelines, m);
  const club = !evidence && !dateline && m.type === 'LOC' && m.rule === undefined && isTownClub(name);
  const type = evidence?.type ?? (dateline ? 'LOC' : club ? 'ORG' : m.type);
  const rule = m.rule ?? (title ? 'entities/title-split' : type !== m.type ? 'entities/type-evidence' : 'entities/tagger');
  const typedBy = evidence ? { start: doc.tokens[evidence.token]!.start, end: doc.tokens[evidence.token]!.end } : club ? { start: doc.tokens[m.last - 1]!.start, end: m.end } : null;
  // written out in nameMention's shape, not passed through it: a literal of its fields less `expands` was a shape of
  // its own, allocated and copied for every name
  return { start: m.start, end: m.end, type: refine(name, type, !isNoStorm(doc, m, names)), caps: m.caps, dateline, rule, title, typedBy, expands: undefined };
}

/**
 * refineType, once per name, type and storm reading: it reads the name's words alone, so what it gave is kept across
 * documents (most names are written more than once, and the same places and bodies recur from one story to the next),
 * all of it let go past REFINED_LIMIT names.
 */
function refinedTypes(): (name: string, type: CoarseType, storm: boolean) => EntityType {
  if (refinedCount >= REFINED_LIMIT) {
    refined.length = 0;
    refinedCount = 0;
  }
  return refinedOf;
}

const REFINED_LIMIT = 1 << 14;
/** at 2 × the coarse type's index (+1 where the name names no storm), the refined type by name */
const refined: Array<Map<string, EntityType>> = [];
let refinedCount = 0;

function refinedOf(name: string, type: CoarseType, storm: boolean): EntityType {
  // refineType's own first answer, read before the table: a lookup cost more than it
  if (keepsCoarseType(name, type)) return type;
  const byName = (refined[COARSE_TYPES.indexOf(type) * 2 + (storm ? 0 : 1)] ??= new Map());
  let known = byName.get(name);
  if (known === undefined) {
    byName.set(name, (known = refineType(name, type, storm)));
    refinedCount++;
  }
  return known;
}

const HAS_UPPER = /\p{Lu}/u;

/** HAS_UPPER.test(name), its pattern run only for a name with no ASCII capital and some other character. */
function hasUpper(name: string): boolean {
  let ascii = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) ascii = false;
  }
  return !ascii && HAS_UPPER.test(name);
}

/** "OPEC+", "Disney+": a plus sign right after a name, the word ending there, is the name's. */
function withPlus(text: string, m: Named | null): Named | null {
  return m && text[m.end] === '+' && !/[\p{L}\p{N}+]/u.test(text[m.end + 1] ?? '') ? trimmed(m, m.start, m.end + 1) : m;
}

/** The name over characters [start, end) of its tokens. */
function trimmed(n: Named, start: number, end: number): Named {
  return resized(n, n.first, n.last, start, end);
}

/**
 * A possessive the tagger took in as a token of its own after a name's words belongs to the name ("Lord's",
 * "McDonald's"), unless the document writes the name without it too ("Air Kestrel's head office" beside "Air
 * Kestrel"). The caller asks it of names of two tokens or more.
 */
function isPossessiveName(doc: Doc, n: TaggedName): boolean {
  const norm = doc.tokens[n.last - 1]!.norm;
  return isPossessiveS(norm) && !writtenWithout(doc.text, doc.text.slice(n.start, doc.tokens[n.last - 2]!.end));
}

/**
 * A name never runs across a dash set off by spaces ("Croatia - Luka Brnjac"), a colon, a semicolon or a
 * bracket, nor past a corporate suffix with its full stop ("Castlegate Holdings Ltd. Castlegate said", where the
 * sentence did not break): it becomes the names either side (each then split at a title), added to `out`.
 */
function splitAtBreaks(doc: Doc, n: Named, out: Named[]): void {
  let first = n.first;
  for (let i = n.first; i < n.last; i++) {
    if (i > first && i + 1 < n.last && endsCompany(doc, i)) {
      splitAtTitle(doc, piece(doc, n, first, i + 1), out);
      first = i + 1;
    }
    if (!isBreak(doc.text, doc.tokens[i]!)) continue;
    if (i > first) splitAtTitle(doc, piece(doc, n, first, i), out);
    first = i + 1;
  }
  if (first === n.first) splitAtTitle(doc, n, out);
  else if (first < n.last) splitAtTitle(doc, piece(doc, n, first, n.last), out);
}

/**
 * Token i is a corporate suffix with a full stop, and the next a capitalised word that is no suffix (the caller
 * asks only after a name's first word: "J.R. Hollis & Sons" opens with initials, not a suffix).
 */
function endsCompany(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1]!;
  return t.norm.endsWith('.') && corporateSuffix(t.norm) !== null && /^\p{Lu}/u.test(next.norm) && corporateSuffix(next.norm) === null;
}

const BREAKS = new Set([':', ';', '(', ')', '[', ']']);
function isBreak(text: string, t: Token): boolean {
  return BREAKS.has(t.norm) || (isDash(t, text) && isSpaceAt(text, t.start - 1) && isSpaceAt(text, t.end));
}

function piece(doc: Doc, n: Named, first: number, last: number): Named {
  return resized(n, first, last, doc.tokens[first]!.start, doc.tokens[last - 1]!.end);
}

/** Titles of civic and church office, which a place's name may stand before: "Texas Governor", "Chicago Cardinal". */
const CIVIC_OFFICERS = new Set(['governor', 'mayor', 'sheriff', 'senator', 'judge', 'prosecutor', 'superintendent', 'commissioner']);
const PLACE_OFFICERS = new Set([...CIVIC_OFFICERS, ...CHURCH_TITLES]);
/** Words ending a local government's name, whose every officer is a civic one: "Fairview City Manager". */
const MUNICIPAL = new Set(['city', 'county', 'town', 'township', 'village']);
/** Role words that, inside an organisation's name, start the name of its officer instead. */
const OFFICERS = new Set([
  ...PLACE_OFFICERS, 'president', 'chairman', 'chairwoman', 'director', 'minister', 'secretary', 'spokesman', 'spokeswoman',
  'coach', 'manager', 'ceo', 'ambassador', 'leader', 'captain', 'chief', 'inspector', 'detective', 'sergeant',
  'lieutenant', 'colonel', 'mp', 'mpp', 'mla', 'mep',
]);
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * "Chilean Rowing Federation President Tomas Ibarra": the organisation, then the person after the title;
 * a place the gazetteer knows before a civic or church title is the place ("Chicago Cardinal Blase Cupich", "Texas
 * Governor ...", "Boulder City Manager ..."; not "Nokia CEO Pekka Lundmark"). A person's or a place's name read
 * over a title inside it ("Millbrook Mayor J. Dana Ortiz", "Avon County Council Chairman Ed Pike") is split so
 * too: what stands before the title is the place or the organisation the officer serves, never a person, or
 * ordinary words of the title ("County Commissioner").
 */
function splitAtTitle(doc: Doc, n: Named, out: Named[]): void {
  for (let i = n.first + 1; i < n.last - 1; i++) {
    const t = doc.tokens[i]!;
    if (!OFFICERS.has(t.lower) || !STARTS_UPPER.test(t.norm) || !STARTS_UPPER.test(doc.tokens[i + 1]!.norm)) continue;
    const before = resized(n, n.first, i, n.start, doc.tokens[i - 1]!.end);
    const municipal = MUNICIPAL.has(doc.tokens[i - 1]!.lower);
    const place = (PLACE_OFFICERS.has(t.lower) || municipal) && isPlaceName(doc.text.slice(before.start, before.end));
    const unknownPlace = !place && (CIVIC_OFFICERS.has(t.lower) || municipal) ? unknownPlaceEnd(doc, n.first, i) : 0;
    if (place) out.push(retyped(before, 'LOC', 'entities/title-split'));
    else if (unknownPlace) out.push(retyped(piece(doc, n, n.first, unknownPlace), 'LOC', 'entities/title-split'));
    else if (n.type === 'ORG' || n.type === 'MISC') out.push(before);
    else if (!isPartOfTitle(doc, n.first, i)) out.push(retyped(before, 'ORG', 'entities/title-split'));
    out.push({ start: doc.tokens[i + 1]!.start, end: n.end, type: 'PERSON', first: i + 1, last: n.last, caps: n.caps, title: i, rule: n.rule, typedBy: n.typedBy });
    return;
  }
  out.push(n);
}

/**
 * A person's name after a civic title the tagger left out, with capitalised words before the title that the lexicon
 * lacks (after token `floor`, the previous name's end), takes them in, for splitAtTitle to read them as the place:
 * "Kilbrittain Mayor Ann Lee said" at a sentence's start.
 */
function withPlaceBeforeTitle(doc: Doc, n: Named, floor: number): Named {
  const title = doc.tokens[n.first - 1];
  if (n.type !== 'PERSON' || !title || !CIVIC_OFFICERS.has(title.lower) || !STARTS_UPPER.test(title.norm) || !spacedRun(doc, n.first - 1, n.first)) return n;
  let first = n.first - 1;
  while (first - 1 >= floor && spacedRun(doc, first - 1, first) && isUnknownCapitalised(doc.tokens[first - 1]!)) first--;
  return first === n.first - 1 ? n : piece(doc, n, first, n.last);
}

const isUnknownCapitalised = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.norm) && wordClassesOf(t.norm) === 0 && !TITLE_MODIFIERS.has(t.lower);

/**
 * Known ordinary words before a title, the last no institution's head, are the title's: "County Commissioner",
 * "Circuit Judge". A word the lexicon lacks is a name's ("Kilbrittain Mayor").
 */
function isPartOfTitle(doc: Doc, first: number, title: number): boolean {
  for (let i = first; i < title; i++) if (!isKnownOrdinaryWord(doc.tokens[i]!)) return false;
  return !INSTITUTION_HEADS.has(doc.tokens[title - 1]!.lower);
}

const isKnownOrdinaryWord = (t: Token): boolean => isOrdinaryWord(t) && (wordClassesOf(t.norm) !== 0 || TITLE_MODIFIERS.has(t.lower));

const PLACE_WORDS = WORD_CLASS.place | (WORD_CLASS.place << WORD_CLASS.partShift);

/**
 * Where a place the gazetteer lacks ends before a civic title (0 where none is): capitalised words, one at least
 * no word the lexicon knows and the others a place's words, before the title's own words ("Kilbrittain Mayor",
 * "Pender Circuit Judge"; not "County Commissioner", "Republican Senator", "Millbrook Independent School District
 * Superintendent", "DCPS Superintendent").
 */
function unknownPlaceEnd(doc: Doc, first: number, title: number): number {
  let last = title;
  while (last > first && TITLE_MODIFIERS.has(doc.tokens[last - 1]!.lower)) last--;
  let unknown = false;
  for (let i = first; i < last; i++) {
    const t = doc.tokens[i]!;
    const classes = wordClassesOf(t.norm);
    if (!/^\p{Lu}\p{Ll}/u.test(t.norm) || (classes !== 0 && (classes & PLACE_WORDS) === 0) || (classes & NO_PLACE_WORDS) !== 0) return 0;
    unknown ||= classes === 0;
  }
  return unknown ? last : 0;
}

/** Name classes no place's name is read as: a person's, an organisation's, a people's or a title's word. */
const NO_PLACE_WORDS = WORD_CLASS.firstName | WORD_CLASS.lastName | WORD_CLASS.org | WORD_CLASS.demonym | WORD_CLASS.role;

const WEEKDAY_NAMES = new Set(WEEKDAYS);
/** Words before a name that make a weekday ending it the name of a day: "on Good Friday", "since Easter Monday". */
const BEFORE_DAYS = new Set(['on', 'since', 'until', 'till', 'by', 'before', 'after', 'over', 'this', 'last', 'next', 'every', 'of']);

/**
 * A weekday after a name says when, and is no part of it: "told CNBC Friday", "met Jose Insulza Monday", "in
 * Nevada Tuesday". A day's own name keeps it: after "on", "since" and the like ("on Fox News Sunday"), or two
 * words of which the first is no name ("Good Friday", "Easter Monday"). A span with lower-case words in it is
 * no name to mend ("bakery in Hartwell Tuesday").
 */
function withoutWeekday(doc: Doc, n: Named): Named {
  const day = doc.tokens[n.last - 1]!;
  if (n.last - n.first < 2 || !WEEKDAY_NAMES.has(day.lower) || !spacedRun(doc, n.last - 2, n.last - 1)) return n;
  const before = doc.tokens[n.first - 1];
  if (before && BEFORE_DAYS.has(before.lower)) return n;
  const first = doc.tokens[n.first]!;
  if (n.last - n.first === 2 && /^\p{Lu}\p{Ll}+$/u.test(first.norm) && isOrdinaryWord(first)) return n;
  for (let i = n.first; i < n.last; i++) if (/^\p{Ll}/u.test(doc.tokens[i]!.norm)) return n;
  return resized(n, n.first, n.last - 1, n.start, doc.tokens[n.last - 2]!.end);
}

/** Parts of speech a name never ends in when written in lower case: "the Board for Fisheries has called". */
const NOT_NAME_ENDS = new Set(['AUX', 'VERB', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

function withoutClosingWords(doc: Doc, n: Named): Named {
  let last = n.last;
  while (last - n.first > 1 && NOT_NAME_ENDS.has(doc.tokens[last - 1]!.pos) && /^\p{Ll}/u.test(doc.tokens[last - 1]!.norm) && spacedRun(doc, last - 2, last - 1)) last--;
  return last === n.last ? n : resized(n, n.first, last, n.start, doc.tokens[last - 1]!.end);
}

const INITIAL_END = /(?:^|[\s.])\p{Lu}\.$/u;

/**
 * A full stop that ends the sentence is the sentence's, not the name's: "... and Tarvin Corp." gives "Tarvin Corp"
 * (initials such as "U.S." keep theirs).
 */
function endOfSentence(doc: Doc, n: Named): Named {
  const last = doc.tokens[n.last - 1]!;
  const next = doc.tokens[n.last];
  const ends = !next || next.sentence !== last.sentence;
  if (!ends || n.end - n.start <= 2 || doc.text[n.end - 1] !== '.' || INITIAL_END.test(doc.text.slice(n.start, n.end))) return n;
  return trimmed(n, n.start, n.end - 1);
}

/**
 * Whether the name is a dateline's place ("EL DORADO" of "EL DORADO, Ark. (AP) —") or the state or country after
 * it ("Ohio" of "DAYTON, Ohio 2026-03-14"): a place, whatever the tagger or the rest of the document read (a
 * team named after it, say).
 */
function inDateline(text: string, datelines: readonly Dateline[], m: Region): boolean {
  // a loop, not datelines.some: a closure over the name would be allocated for every name
  for (const d of datelines) {
    if ((d.place.start <= m.start && m.end <= d.place.end) || (d.container?.start === m.start && /^\.?$/.test(text.slice(m.end, d.container.end)))) return true;
  }
  return false;
}

/** First 12 hex digits of the sha256 of the shipped tagger model (meta.model of every extraction). */
export function taggerModelHash(): string {
  return shippedModel().hash;
}

import type { Doc, Region, Token } from '../doc/document.js';
import type { Dateline } from '../doc/layout.js';
import { span, spanId } from '../doc/span.js';
import type { StageContext } from '../doc/stage-context.js';
import { evidence } from '../doc/why.js';
import type { Entity, EntityType, Evidence, Quote, Rule, Speaker } from '../schema.js';
import type { Attribution } from './attribution.js';
import { findAttributions } from './attributions.js';
import { characterisations } from './characterised.js';
import type { CueClass } from './cues.js';
import { findLabels, headlineLabel, transcriptLabels } from './labels.js';
import { echoes, headlineOf, wordsIn } from './headline.js';
import { findSignedParagraphs, findSignOffs, SIGN_OFF } from './sign-offs.js';
import { entityTypes, speakerTest } from './may-speak.js';
import { namesSpeaker } from './speaker-nouns.js';
import { findQuotePairs, type QuotePair } from './marks.js';
import { People } from './people.js';
import { findReported, NAMING_CUES } from './reported.js';
import { opensAfterStop, readingSentences } from './sentences.js';
import { SpeakerResolver } from './speaker.js';
import { charSpan, is, isQuoteMark, isWord, type TokenRange } from './tokens.js';
import { phraseEndingAt } from './phrases.js';
import { partitionPoint } from '../binary-search.js';
import { isSpaceAt } from '../doc/clean.js';
import { tokenAtOrAfter } from '../doc/lookup.js';

/** A quote found, before its speaker is resolved. */
interface Candidate {
  parts: Array<{ start: number; end: number }>;
  kind: Quote['kind'];
  partial: boolean;
  attribution: Attribution | null;
  /** the quote this one continues (the previous paragraph of a multi-paragraph quote): it shares its speaker */
  follows: Candidate | null;
  /** may take the speaker of the quote before it (a quote standing alone in its paragraph) */
  mayContinue: boolean;
  paragraph: number;
  speaker: Speaker | null;
  /** how the quote was found (its `why`) */
  rule: Rule;
  /** a quote in the headline kept only if the body says its words: on its own it would be a scare quote or a title */
  echoOnly?: boolean;
}

/** How many paragraphs back a quote with no attribution of its own may find the speaker it continues. */
const CONTINUATION_PARAGRAPHS = 1;
const MIN_WORDS = 3;
/** how many cues back in its sentence a partial quote looks for the one that reports it */
const MAX_CUES_BACK = 8;
/**
 * a link to another story ("READ MORE: ...", "WATCH: ..."): its words are a headline, not the article's speech. A
 * paragraph of several sentences after such a label ("ECB WATCH: The bank said ...") is a section of the article.
 */
const TEASER = /^[A-Z][A-Z’' ]{2,15}:/;
/** cue classes that report speech without quote marks */
const REPORTING: ReadonlySet<CueClass> = new Set(['speech']);

/**
 * Who said what: direct quotes (with multi-paragraph and split quotes), reported speech ("X said (that) ...",
 * "according to X, ..."), and mixed quotes (reported speech embedding quoted words), each with its cue and its
 * speaker resolved to an entity where the text allows.
 */
export function extractQuotes(doc: Doc, entities: Entity[], datelines: readonly Dateline[], ctx: StageContext): Quote[] {
  const tokens = doc.tokens;
  const pairs = findQuotePairs(doc, ctx.report);
  const ranges = pairs.map((p) => ({ first: tokenAtOrAfter(doc, p.open), last: tokenAtOrAfter(doc, p.close) }));
  const inside = new Uint8Array(tokens.length);
  const pairOf = new Int32Array(tokens.length).fill(-1);
  ranges.forEach((r, k) => {
    inside.fill(1, r.first, r.last);
    pairOf.fill(k, r.first, r.last);
  });
  const sentences = readingSentences(doc);
  const teasers = doc.paragraphs.filter((p) => TEASER.test(doc.text.slice(p.start, p.start + 24)) && oneSentence(doc, sentences, p));
  for (const p of teasers) inside.fill(1, tokenAtOrAfter(doc, p.start), tokenAtOrAfter(doc, p.end));
  const signOffs = findSignOffs(doc, inside);
  const named = speakerNamed(entities);
  const attributions = withLabels(findAttributions(doc, inside, sentences, speakerTest(doc, entities), characterisations(doc, ranges)), [...findLabels(doc, inside, named, surnames(entities)), ...signOffs]);
  const signed = new Set(signOffs.map((a) => a.next - 1));
  const reported = findReported(doc, attributions, (i) => (pairOf[i]! >= 0 ? ranges[pairOf[i]!]! : null), REPORTING, datelines.map((d) => d.dateline));
  const paragraphOf = paragraphIndex(doc);
  const inTeaser = new Set(teasers.map((p) => paragraphOf(p.start)));

  const candidates: Candidate[] = [];
  const absorbed = new Uint8Array(pairs.length);
  // a signed paragraph is all its signer's words: what it reports inside is part of them
  const signedParagraphs = findSignedParagraphs(doc, speakerNamed(entities, PERSON_TYPE));
  for (const { attribution, said } of signedParagraphs) {
    const parts = [charSpan(doc, said)];
    candidates.push({ parts, kind: 'indirect', partial: false, attribution, follows: null, mayContinue: false, paragraph: paragraphOf(parts[0]!.start), speaker: null, rule: 'quotes/sign-off' });
  }
  for (const r of reported) {
    if (signedParagraphs.some(({ said }) => said.first <= r.parts[0]!.first && r.parts[0]!.last <= said.last)) continue;
    const parts = r.parts.map((p) => charSpan(doc, p));
    let kind: Quote['kind'] = 'indirect';
    ranges.forEach((q, k) => {
      if (r.parts.some((p) => p.first <= q.first && q.last <= p.last)) {
        absorbed[k] = 1;
        kind = 'mixed';
      }
    });
    const rule = reportedRule(r.attribution);
    candidates.push({ parts, kind, partial: false, attribution: r.attribution, follows: null, mayContinue: false, paragraph: paragraphOf(parts[0]!.start), speaker: null, rule });
  }

  const headline = headlineOf(doc);
  const headlineLine = headline && { first: tokenAtOrAfter(doc, headline.start), last: tokenAtOrAfter(doc, headline.end) };
  const byFirst = new Map(attributions.map((a) => [a.first, a]));
  const byNext = new Map(attributions.map((a) => [a.next, a]));
  const labelled = transcriptLabels(doc, ranges, named);
  const ofPair: Array<Candidate | undefined> = [];
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k]!;
    const r = ranges[k]!;
    if (absorbed[k] || ofPair[k] || inTeaser.has(paragraphOf(pair.open))) continue;
    const words = countWords(doc, r);
    const initial = signed.has(r.first - 1) || startsClause(doc, r.first, pair.open, paragraphOf) || opensAfterStop(doc, r, r.first);
    const after = initial ? attributionAfter(doc, pair, r, byFirst) : null;
    const before = byNext.get(r.first) ?? (/^[:,]$/.test(tokens[r.first - 1]?.norm ?? '') ? byNext.get(r.first - 1) ?? introducedBy(doc, attributions, r.first - 1) : undefined);
    let attribution = after ?? before ?? null;
    const partial = !initial || !endsClause(doc, r.last, attribution === after && after !== null);
    let rule: Rule = after ? (after.lemma === SIGN_OFF ? 'quotes/sign-off' : 'quotes/cue-after') : !before ? 'quotes/unattributed' : before.lemma === ':' ? 'quotes/label' : 'quotes/cue-before';
    // "“RUIZ: Well, ...”": a transcript line names its speaker inside the marks
    const label = attribution ? null : labelled.get(k);
    if (label) {
      attribution = label;
      rule = 'quotes/label';
    }
    if (!attribution && partial) {
      attribution = cueEarlierInSentence(attributions, r.first);
      if (attribution) rule = 'quotes/cue-in-sentence';
    }
    // quoted words with no one to say them inside a sentence are scare quotes or titles, not quotes, unless a noun
    // of utterance names them ("cries of “Shame on you!”")
    const headed = headlineLine !== null && headlineLine.first <= r.first && r.last <= headlineLine.last;
    if (!attribution && headed) {
      attribution = headlineLabel(doc, r, headlineLine, named);
      if (attribution) rule = 'quotes/label';
    }
    const dropped = (!attribution && ((partial && !uttered(doc, r.first)) || isTitle(doc, r) || isSubheading(doc, pair))) || (words < MIN_WORDS && !(attribution && !partial));
    if ((dropped && !headed) || words < 1) continue;
    const parts = [{ start: pair.open, end: pair.close }];
    // “...,” Akar said, “...”: one quote in two parts
    const nextPair = pairs[k + 1];
    if (after && nextPair && tokens[after.next]?.norm === ',' && ranges[k + 1]!.first === after.next + 1 && !absorbed[k + 1]) {
      parts.push({ start: nextPair.open, end: nextPair.close });
      ofPair[k + 1] = ofPair[k];
    }
    const c: Candidate = {
      parts,
      kind: 'direct',
      partial,
      attribution,
      follows: pair.prev >= 0 ? (ofPair[pair.prev] ?? null) : null,
      mayContinue: !partial,
      paragraph: paragraphOf(pair.open),
      speaker: null,
      rule,
    };
    if (headed) c.echoOnly = dropped;
    ofPair[k] = c;
    if (parts.length > 1) ofPair[k + 1] = c;
    candidates.push(c);
  }

  resolveSpeakers(doc, entities, candidates, attributions, ctx.explain);
  const inHeadline = headline !== null && candidates.some((c) => c.parts[0]!.start < headline.end);
  return toQuotes(doc, inHeadline ? echoHeadline(doc, headline.end, candidates, ctx.explain) : candidates, ctx.explain);
}

function reportedRule({ lemma, listener, characterised }: Attribution): Rule {
  if (listener) return lemma === 'hear' ? 'quotes/heard' : 'quotes/passive';
  if (lemma === 'according to') return 'quotes/according-to';
  if (lemma === ':') return 'quotes/label';
  return NAMING_CUES.has(lemma) || characterised ? 'quotes/naming' : 'quotes/reported';
}

/** Whether [start, end) is a name mention of one of `types`. Few paragraphs ask: the index is built on the first. */
function speakerNamed(entities: Entity[], types: ReadonlySet<EntityType> = SPEAKER_TYPES): (start: number, end: number) => boolean {
  let startOf: Map<number, number> | null = null;
  return (start, end) => {
    startOf ??= nameStartsByEnd(entities, types);
    const first = startOf.get(end);
    return first !== undefined && first >= start;
  };
}

/** Whether a lower-cased word is the surname of a person's name of several words in the text. Built when first asked. */
function surnames(entities: Entity[]): (lower: string) => boolean {
  let last: Set<string> | null = null;
  return (lower) => {
    if (!last) {
      last = new Set();
      for (const e of entities) {
        if (e.type !== 'PERSON') continue;
        for (const m of e.mentions) if (m.kind === 'name' && m.text.includes(' ')) last.add(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase());
      }
    }
    return last.has(lower);
  };
}

const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG']);
const PERSON_TYPE: ReadonlySet<EntityType> = new Set(['PERSON']);

/** The start of the name mention of an entity of `types` ending at each offset (the last one listed). */
function nameStartsByEnd(entities: Entity[], types: ReadonlySet<EntityType>): Map<number, number> {
  const startOf = new Map<number, number>();
  for (const e of entities) {
    if (!types.has(e.type)) continue;
    for (const m of e.mentions) if (m.kind === 'name') startOf.set(m.end, m.start);
  }
  return startOf;
}

/** The attributions in text order, labels among them. */
function withLabels(attributions: Attribution[], labels: Attribution[]): Attribution[] {
  return labels.length ? [...attributions, ...labels].sort((a, b) => a.cue.first - b.cue.first) : attributions;
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'NORP']);

/** Whether a token is in the name of a place or a nationality ("the US space agency"), marked when first asked. */
function placeWords(doc: Doc, entities: Entity[]): (token: number) => boolean {
  let typeAt: Array<EntityType | undefined> | undefined;
  return (token) => (typeAt ??= entityTypes(doc, entities, PLACE_TYPES))[token] !== undefined;
}

function resolveSpeakers(doc: Doc, entities: Entity[], candidates: Candidate[], attributions: Attribution[], explain: boolean): void {
  // most articles quote no one by name: the people are gathered for the first quote that has a subject
  let resolver: SpeakerResolver | null = null;
  candidates.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start || b.parts[b.parts.length - 1]!.end - a.parts[a.parts.length - 1]!.end);
  const quoted = new Set(candidates.map((c) => c.attribution));
  for (const c of candidates) {
    const subject = c.attribution?.subject;
    if (!subject) continue;
    resolver ??= new SpeakerResolver(doc, new People(doc, entities), explain, placeWords(doc, entities));
    // "Drivers complained about the rota. They said ...": the group whose cue reports nothing is still who "they" is
    if (subject.last - subject.first === 1 && doc.tokens[subject.first]!.lower === 'they') {
      for (const a of groupsBefore(doc, attributions, subject.first)) if (!quoted.has(a)) resolver.resolve(a.subject!);
      // "parents objected to what they said was ...": so is the group of any verb whose preposition "what they" follows
      const group = groupGoverning(doc, subject.first);
      if (group && !attributions.some((a) => a.subject?.last === group.last)) resolver.resolve(group);
    }
    c.speaker = resolver.resolve(subject)?.speaker ?? null;
  }
  const continuing = (from: Candidate) => continuation(doc, from, explain);
  // a multi-paragraph quote takes its speaker from whichever paragraph names one
  for (const c of candidates) {
    if (!c.speaker && c.follows?.speaker) c.speaker = continuing(c.follows);
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.follows && !c.follows.speaker && c.speaker) c.follows.speaker = continuing(c);
  }
  let last: Candidate | null = null;
  for (const c of candidates) {
    if (!c.speaker && !c.attribution && c.mayContinue && last && c.paragraph - last.paragraph <= CONTINUATION_PARAGRAPHS) {
      c.speaker = continuing(last);
    }
    if (c.speaker) last = c;
  }
}

/** The attributions earlier in the sentence of token `at`, or in the one before, whose subject is a plural word for people: "members complained". */
function groupsBefore(doc: Doc, attributions: Attribution[], at: number): Attribution[] {
  const sentence = doc.tokens[at]!.sentence;
  const after = partitionPoint(0, attributions.length, (k) => attributions[k]!.cue.first < at);
  const out: Attribution[] = [];
  for (let k = after - 1; k >= 0 && after - k <= MAX_CUES_BACK; k--) {
    const a = attributions[k]!;
    if (doc.tokens[a.cue.first]!.sentence < sentence - 1) break;
    const head = a.subject && !a.shared && a.subject.last <= at ? doc.tokens[a.subject.last - 1]! : null;
    if (head && pluralPeople(head)) out.push(a);
  }
  return out.reverse();
}

/** A plural word for people: "members", "Tenants". */
const pluralPeople = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^s]s$/.test(t.lower) && namesSpeaker(t.lower);

/**
 * "tenants objected to what they said was ...", "parents have long complained about what they ...": the subject of
 * the verb whose preposition the "what" before "they" (token `at`) follows, when it is a plural word for people; else null.
 */
function groupGoverning(doc: Doc, at: number): TokenRange | null {
  const tokens = doc.tokens;
  if (!is(tokens[at - 1], 'what') || tokens[at - 2]?.pos !== 'ADP') return null;
  const first = doc.sentences[tokens[at]!.sentence]!.first;
  let verb = at - 3;
  while (verb > first && tokens[verb]!.pos === 'ADV') verb--;
  if (verb <= first || tokens[verb]!.pos !== 'VERB') return null;
  let head = verb - 1;
  while (head > first && (tokens[head]!.pos === 'AUX' || tokens[head]!.pos === 'ADV')) head--;
  const group = phraseEndingAt(doc, head, first, true);
  return group && pluralPeople(tokens[group.last - 1]!) ? group : null;
}

/** The speaker of the quote `from`, for a quote that continues it. */
function continuation(doc: Doc, from: Candidate, explain: boolean): Speaker {
  const speaker: Speaker = { ...from.speaker!, resolvedBy: 'continuation' };
  if (explain) speaker.why = { rule: 'speakers/continuation', evidence: [evidence(doc.text, 'continues', from.parts[0]!.start, from.parts[from.parts.length - 1]!.end)] };
  return speaker;
}

/**
 * A headline's quote ("Outbreak only ‘tip of iceberg’") is said by whoever the body quotes saying its words ("just
 * the tip of the iceberg," said Dr Ortiz), whatever it was given; a headline quote that would be no quote on its own
 * (a scare quote, a title) is kept only then. The candidates are in text order.
 */
function echoHeadline(doc: Doc, headlineEnd: number, candidates: Candidate[], explain: boolean): Candidate[] {
  const body = candidates.filter((c) => c.parts[0]!.start >= headlineEnd && c.speaker);
  const said = body.map((c) => wordsIn(doc, c.parts[0]!.start, c.parts[c.parts.length - 1]!.end));
  return candidates.filter((c) => {
    if (c.parts[0]!.start >= headlineEnd) return true;
    const words = wordsIn(doc, c.parts[0]!.start, c.parts[c.parts.length - 1]!.end);
    const k = said.findIndex((s) => echoes(s, words));
    if (k >= 0) c.speaker = continuation(doc, body[k]!, explain);
    return k >= 0 || !c.echoOnly;
  });
}

/** The quotes, by offset (quotes with one span in the order they were found; the pipeline's dropDuplicates keeps one). */
function toQuotes(doc: Doc, candidates: Candidate[], explain: boolean): Quote[] {
  const out: Quote[] = [];
  for (const c of candidates) {
    const start = c.parts[0]!.start;
    const end = c.parts[c.parts.length - 1]!.end;
    const a = c.attribution;
    out.push({
      id: spanId('q', start, end),
      start,
      end,
      text: doc.text.slice(start, end),
      kind: c.kind,
      partial: c.partial,
      parts: c.parts.map((p) => span(doc.text, p.start, p.end)),
      speaker: c.speaker,
      cue: a ? cueSpan(doc, a) : null,
    });
    if (explain) out[out.length - 1]!.why = { rule: c.rule, evidence: a ? attributionEvidence(doc, a) : [] };
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The cue's span with its lemma. */
function cueSpan(doc: Doc, a: Attribution): Quote['cue'] {
  return { ...span(doc.text, doc.tokens[a.cue.first]!.start, doc.tokens[a.cue.last - 1]!.end), lemma: a.lemma };
}

/** The cue, and the words beside it that name the speaker. */
function attributionEvidence(doc: Doc, a: Attribution): Evidence[] {
  const tokens = doc.tokens;
  const out = [evidence(doc.text, 'cue', tokens[a.cue.first]!.start, tokens[a.cue.last - 1]!.end)];
  if (a.subject) out.push(evidence(doc.text, 'subject', tokens[a.subject.first]!.start, tokens[a.subject.last - 1]!.end));
  return out;
}

function oneSentence(doc: Doc, sentences: TokenRange[], p: Region): boolean {
  const first = doc.tokens[tokenAtOrAfter(doc, p.start)];
  const last = doc.tokens[tokenAtOrAfter(doc, p.end) - 1];
  return first === undefined || last === undefined || sentences[first.sentence] === sentences[last.sentence];
}

/** nouns for words said aloud, which a quote after "of" is what was said: "cries of", "chants of", "shouts of" */
const UTTERANCES = new Set(['cry', 'cries', 'chant', 'chants', 'shout', 'shouts', 'scream', 'screams', 'yell', 'yells', 'cheer', 'cheers', 'chorus', 'choruses']);

/** Whether the quote opening at token `first` follows "of" after a noun of utterance: "the crowd's chants of “…”". */
function uttered(doc: Doc, first: number): boolean {
  return doc.tokens[first - 1]?.lower === 'of' && UTTERANCES.has(doc.tokens[first - 2]?.lower ?? '');
}

function countWords(doc: Doc, r: TokenRange): number {
  let n = 0;
  for (let i = r.first; i < r.last; i++) if (isWord(doc.tokens[i])) n++;
  return n;
}

/** A quoted title or name ("The Lord of the Rings"): every word capitalised. */
function isTitle(doc: Doc, r: TokenRange): boolean {
  let words = 0;
  for (let i = r.first; i < r.last; i++) {
    const t = doc.tokens[i]!;
    if (!isWord(t)) continue;
    words++;
    if (/^\p{Ll}/u.test(t.norm) && !/^(?:of|the|and|a|an|in|on|for|to|at|by|with|or)$/.test(t.lower)) return false;
  }
  return words >= 2 && words <= 8;
}

/** A paragraph that is nothing but a short quote in single marks: a subheading ("‘Washed away’"). */
function isSubheading(doc: Doc, pair: QuotePair): boolean {
  if (!pair.single) return false;
  return blankToLineEdge(doc.text, pair.open - 1, -1) && blankToLineEdge(doc.text, pair.close, 1);
}

/** Whether nothing but spaces lies from `i` to the line's edge in direction `step`: it stops at the first other character. */
function blankToLineEdge(text: string, i: number, step: 1 | -1): boolean {
  for (let k = i; k >= 0 && k < text.length; k += step) {
    if (text.charCodeAt(k) === 10) return true;
    if (!isSpaceAt(text, k)) return false;
  }
  return true;
}

/** Whether the quote opens its clause: at a paragraph or sentence start, or after a colon, a dash or another quote. */
function startsClause(doc: Doc, first: number, open: number, paragraphOf: (offset: number) => number): boolean {
  const prev = doc.tokens[first - 1];
  if (!prev || paragraphOf(prev.start) !== paragraphOf(open)) return true;
  if (/^[.!?:;—–-]$/.test(prev.norm) || isQuoteMark(prev)) return true;
  return prev.norm === ',' && isQuoteMark(doc.tokens[first - 2]) === false && doc.tokens[first]!.sentence !== prev.sentence;
}

/** Whether the quote closes its clause: nothing but punctuation or its attribution follows it in the sentence. */
function endsClause(doc: Doc, after: number, attributed: boolean): boolean {
  if (attributed) return true;
  const next = doc.tokens[after];
  const last = doc.tokens[after - 2];
  if (!next || next.sentence !== doc.tokens[after - 1]!.sentence) return true;
  if (last && /^[.!?]$/.test(last.norm)) return true;
  return /^[.!?:;—–)]$/.test(next.norm) || isQuoteMark(next);
}

/** “...,” Akar said / “...,” said the minister / “...,” according to police. */
function attributionAfter(doc: Doc, pair: QuotePair, r: TokenRange, byFirst: Map<number, Attribution>): Attribution | null {
  const tokens = doc.tokens;
  let n = r.last;
  if (tokens[n]?.norm === ',') n++;
  const a = byFirst.get(n);
  // "“It was a success,” adding that ...": a cue that borrows its clause's subject goes on that clause, which holds the quote
  if (!a || a.shared || doc.text.slice(pair.close, tokens[n]!.start).includes('\n')) return null;
  // “It is over.” Akar said the ...: a full stop inside the marks ends the sentence, unless the cue follows in lower case;
  // so does it before a cue with no speaker (“… was good.” The loaf can be found in ...)
  const lastInside = doc.text[pair.close - 2] ?? '';
  if (lastInside === '.' && /^\p{Lu}/u.test(tokens[n]!.norm) && tokens[a.first]!.pos !== 'PRON' && (a.subject === null || a.subject.first === n)) {
    return a.next >= a.sentence.last || /^[.,]$/.test(tokens[a.next]?.norm ?? '') ? a : null;
  }
  return a;
}

/** the most tokens between an introducing cue and its colon: "described the delay this way:" */
const MAX_INTRODUCTION = 10;

/**
 * "Council staff described the delay this way: “…”", "Kovacs described the scene to the jury: “…”", "…, dismissing the
 * idea: “…”": the cue of the clause the colon at `colon` ends, a few words before it with a subject, introduces the
 * quote after it.
 */
function introducedBy(doc: Doc, attributions: Attribution[], colon: number): Attribution | undefined {
  if (doc.tokens[colon]?.norm !== ':') return undefined;
  const k = partitionPoint(0, attributions.length, (i) => attributions[i]!.cue.last <= colon) - 1;
  const a = attributions[k];
  if (!a || !a.subject || a.cls !== 'speech' || a.sentence.last <= colon || colon - a.cue.last > MAX_INTRODUCTION) return undefined;
  for (let i = a.cue.last; i < colon; i++) if (isQuoteMark(doc.tokens[i]) || /^[.!?;:]$/.test(doc.tokens[i]!.norm)) return undefined;
  return a;
}

/** A partial quote inside reported speech that found no content clause: "He called the plan “a disaster”". */
function cueEarlierInSentence(attributions: Attribution[], first: number): Attribution | null {
  // the attributions are in text order: search back from the last one whose cue comes before the quote
  const after = partitionPoint(0, attributions.length, (k) => attributions[k]!.cue.first < first);
  for (let k = after - 1; k >= 0 && after - k <= MAX_CUES_BACK; k--) {
    const a = attributions[k]!;
    if (a.sentence.last <= first) break;
    if (a.sentence.first <= first && a.subject && a.cls !== 'cognition') return a;
  }
  return null;
}

function paragraphIndex(doc: Doc): (offset: number) => number {
  const ps = doc.paragraphs;
  return (offset) => partitionPoint(0, ps.length, (k) => ps[k]!.end <= offset);
}

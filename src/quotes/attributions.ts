import type { Doc } from '../doc/document.js';
import { TIME_NOUNS } from '../lexicon/calendar.js';
import { isDash } from '../lexicon/marks.js';
import { looksLikeParticiple } from '../lexicon/participle.js';
import type { Attribution } from './attribution.js';
import type { CueVerb } from './cues.js';
import { catenativeBefore } from './catenatives.js';
import { listenerAttribution } from './listeners.js';
import { statementAt } from './statement-nouns.js';
import { headOf, type MaySpeak } from './may-speak.js';
import { hasClause, isPronoun, phraseEndingAt, phraseStartingAt, skipAdverbials } from './phrases.js';
import { isRoleNoun } from './person-words.js';
import { namesSpeaker, RECORD_NOUNS } from './speaker-nouns.js';
import { cueVerbOf, GERUND_PREPOSITIONS, is, isAcronym, isCapitalised, isNicknameMark, isPossessiveMark, isPunct, isQuoteMark, isVerbal, markStart, type TokenRange } from './tokens.js';

const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
/** "fewer than county records say", "what she said about the tender": the cue is inside a comparison or a free relative */
const NOT_ATTRIBUTING = new Set(['than', 'what']);
/** words before a time head that make it an adverbial: "on Wednesday", "last week" */
const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'early']);
const PASSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'them', 'us']);
/** pronouns for whom a participle cue addresses: "urging it to", "asking them to" */
const RECIPIENT_PRONOUNS = new Set([...OBJECT_PRONOUNS, 'it', 'her']);
/**
 * quantifiers that float after the subject they count: "the senators all said", "the leaders both warned" (not "each",
 * which in a sports line counts what was scored: "Kane and Ruiz each added a goal")
 */
const FLOATING = new Set(['all', 'both']);
const NOMINAL_BEFORE = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);

/**
 * Every attribution outside quote marks, in text order. `inside[i]` is 1 when token i lies within quote marks;
 * `sentences` are the reading sentences (readingSentences).
 */
export function findAttributions(doc: Doc, inside: Uint8Array, sentences: TokenRange[], maySpeak: MaySpeak, characterised: ReadonlyMap<number, TokenRange>): Attribution[] {
  const tokens = doc.tokens;
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inside[i]) continue;
    const t = tokens[i]!;
    const s = sentences[t.sentence]!;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const source = sourceAfterAccordingTo(doc, i + 2, s.last);
      if (!source) continue;
      // "according to the latest figures": reported, but by no one who speaks
      const subject = maySpeak(phraseStartingAt(doc, source.first, source.last) ?? source) ? source : null;
      out.push({ cue: { first: i, last: i + 2 }, lemma: 'according to', cls: 'speech', subject, shared: false, infinitive: false, recipient: false, object: false, listener: false, first: i, next: pastParenthesis(doc, source.last, s.last), sentence: { first: s.first, last: s.last } });
      continue;
    }
    const statement = statementAt(doc, i, s, maySpeak);
    if (statement) {
      out.push(statement);
      continue;
    }
    const cue = cueVerbOf(doc, i);
    // "hailed the merger as “the deal of the decade”": any verb that characterises its object in quoted words
    const characterises = cue && !cue.object ? undefined : characterised.get(i);
    const verb = cue ?? (characterises ? characterisingVerb(t.lower) : null);
    if (!verb) continue;
    const heard = characterises && !cue ? null : listenerAttribution(doc, i, verb, s, maySpeak);
    if (heard) {
      out.push(heard);
      continue;
    }
    const cueLast = i + verb.width;
    const found = subjectOf(doc, i, cueLast, s.first, s.last, out, verb);
    if (!found) continue;
    // "The envoy who was expelled by the junta announced": the phrase before the cue ends a relative clause
    // "the executive who sold a device she claimed ...": a subject pronoun is the cue's subject, no relative's antecedent
    const pronoun = found.subject !== null && found.subject.last - found.subject.first === 1 && isPronoun(tokens[found.subject.first]) && !is(tokens[found.subject.first], 'who');
    if (found.subject && !found.shared && found.subject.first < i && !pronoun) {
      const outer = relativeAntecedent(doc, found.subject.first, s.first);
      if (outer && maySpeak(outer)) found.subject = outer;
    }
    // "Sources close to the mayor said", "those loyal to Ruiz say": the phrase before the cue is the complement of an
    // adjective, and the group it qualifies speaks
    if (found.subject && !found.shared && found.subject.first < i && tokens[found.subject.first - 1]?.pos === 'ADP' && tokens[found.subject.first - 2]?.pos === 'ADJ') {
      const group = widerPhrase(doc, found.subject, s.first);
      if (group && maySpeak(group)) found.subject = group;
    }
    // "A statement e-mailed to reporters by Ana Ruiz said": the phrase before the cue is where a message was sent, and
    // who sent it, the agent after "by", speaks
    if (found.subject && !found.shared && found.subject.first < i) {
      const agent = agentOfSending(doc, found.subject);
      if (agent && maySpeak(agent)) found.subject = agent;
    }
    // "An engineer quoted in the audit said", "a doctor interviewed on the broadcast said": the phrase before the cue is
    // the object of a past participle's preposition; the noun phrase the participle qualifies is the subject, and
    // speaks only if it may ("a sign painted on the wall said"), but a record's agent speaks for it ("a statement
    // released by the ministry said")
    if (found.subject && !found.shared && found.subject.first < i) {
      const host = pastParticipleHost(doc, found.subject, s.first);
      if (host && !(is(tokens[found.subject.first - 1], 'by') && RECORD_NOUNS.has(tokens[headOf(doc, host)]!.lower))) found.subject = host;
    }
    const first = found.subject && !found.shared && found.subject.first < i ? found.subject.first : i;
    // "Specialists on Baltic shipping and port policy said": the phrase before the cue may end a longer one that can speak
    let speaks = !found.subject || found.shared || maySpeak(found.subject);
    if (!speaks) {
      const wider = widerPhrase(doc, found.subject!, s.first) ?? relativeAntecedent(doc, found.subject!.first, s.first) ?? (/ing$/.test(t.lower) ? null : participleAntecedent(doc, found.subject!.first, s.first));
      speaks = wider !== null && maySpeak(wider);
      if (speaks) found.subject = wider;
    }
    const next = skipAdverbials(doc, found.after, s.last, verb.recipient);
    out.push({
      cue: { first: i, last: cueLast },
      lemma: verb.lemma,
      // "“Gate closed,” the screen said": no one speaks; the words in marks stay a quote, with no speaker, and
      // no speech is reported ("16 confirmed cases", "the war claimed 100,000 lives")
      cls: speaks ? verb.cls : 'manner',
      subject: speaks ? found.subject : null,
      shared: found.shared,
      infinitive: verb.infinitive,
      recipient: verb.recipient,
      object: verb.object,
      listener: false,
      first: speaks && found.subject && !found.shared ? Math.min(first, found.subject.first) : first,
      next,
      ...(characterises && { characterised: characterises }),
      sentence: { first: s.first, last: s.last },
    });
  }
  return out;
}

/** A verb that is no cue, taken as one for the object it characterises: its lemma is its form. */
function characterisingVerb(form: string): CueVerb {
  return { lemma: form, cls: 'speech', recipient: false, infinitive: false, object: true, width: 1 };
}

interface Subject {
  subject: TokenRange | null;
  shared: boolean;
  /** the token after the cue (and after an inverted subject) */
  after: number;
}

/** Finds who speaks for the cue at `i`: before it ("Akar said"), after it ("said Akar"), or the clause's subject. */
function subjectOf(doc: Doc, i: number, cueLast: number, floor: number, limit: number, earlier: Attribution[], verb: { recipient?: boolean; object?: boolean }): Subject | null {
  const tokens = doc.tokens;
  const recipient = verb.recipient === true;
  // "he was quoted as saying": the subject of the passive that quotes
  const quotedAs = is(tokens[i - 1], 'as') && is(tokens[i - 2], 'quoted') && i - 2 > floor;
  let j = quotedAs ? i - 3 : i - 1;
  let skipped = 0;
  while (j >= floor && skipped < 4) {
    const t = tokens[j]!;
    let aside = -1;
    if (t.norm === ',' && tokens[j - 1]?.pos === 'ADV' && tokens[j - 2]?.norm === ',') {
      j -= 3; // "Okoye, however, said"
    } else if (t.norm === ',' && (aside = interruptingAside(doc, j, floor)) >= 0) {
      j = aside - 1; // "Kim, according to court papers, said", "Kim, speaking to reporters, said"
    } else if (TIME_NOUNS.has(t.lower) && TIME_LEADS.has(tokens[j - 1]?.lower ?? '')) {
      j -= 2; // "Raman on Wednesday defended"
    } else if (TIME_NOUNS.has(t.lower) && j > floor && tokens[j - 1]!.pos !== 'DET' && !POSSESSIVE.has(tokens[j - 1]!.lower)) {
      j--; // "the company today announced", "Brandt Saturday called"
    } else if (FLOATING.has(t.lower) && j > floor && (NOMINAL_BEFORE.has(tokens[j - 1]!.pos) || tokens[j - 1]!.norm === ')')) {
      j--; // "The three senators all said", "the leaders both warned"
    } else if (t.norm === ')') {
      // "Sen. Mara Ellison (R-Mont.) said"
      let k = j - 1;
      while (k > floor && j - k < 8 && tokens[k]!.norm !== '(') k--;
      if (tokens[k]!.norm !== '(') break;
      j = k - 1;
    } else if ((aside = catenativeBefore(doc, j, floor)) >= 0) {
      j = aside - 1; // "Ruiz went on to explain", "the union continues to insist"
    } else if ((t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') && !isPronoun(t)) {
      // "did not say", "to confirm", and the passive "is said to"
      if (NEGATIONS.has(t.lower) || t.lower === 'to' || (PASSIVE.has(t.lower) && /(?:ed|id|ld|wn|cast|ound|ead)$/.test(tokens[i]!.lower))) return null;
      j--;
    } else {
      break;
    }
    skipped++;
  }
  const before = tokens[j];
  // "one of the club's lawyers, Ana Ruiz, said the ledgers show ...": a name in apposition before the cue is its
  // speaker, not the phrase after it
  const apposed = before?.norm === ',' && j > floor ? speakerBeforeAppositives(doc, j, floor) : null;
  if (apposed && apposed.last === j && isName(doc, apposed.first, apposed.last)) return { subject: apposed, shared: false, after: cueLast };
  // inverted: “...,” said Akar / ..., says Parks and Recreation director Lena Hartog, who ...
  // "Rania Aziz, principal engineer at Norfield Transit, said the picture ...": a name and its appositives before the
  // cue are its subject, so the phrase after the cue is no inverted speaker
  const named = apposed !== null && isName(doc, apposed.first, apposed.last) && appositiveBefore(doc, apposed.last, j);
  const inverted = !named && (!before || j < floor || isQuoteMark(before) || before.norm === ',' || before.norm === '—');
  if (inverted && skipped === 0 && !/ing$/.test(tokens[i]!.lower)) {
    const np = phraseStartingAt(doc, cueLast, limit);
    const after = np ? tokens[np.last] : undefined;
    // the phrase ends the clause: "said Akar.", "said Akar, the minister", "says Kim while visiting", "said Akar in";
    // after a verb that takes a recipient it is the recipient unless the sentence ends: "urged the government “to ...”"
    // "said one aide in the room", "said two officials at the talks": a number stands where an article would before a
    // noun for people ("denies four counts of ..." counts no one)
    const counted = np !== null && tokens[np.first]!.pos === 'NUM' && np.last - np.first > 1 && namesSpeaker(tokens[np.last - 1]!.lower);
    const named = np !== null && (isCapitalised(tokens[np.first]) || tokens[np.first]!.pos === 'DET' || counted);
    // "..., described the talks as ...": the phrase is the object the cue describes, not an inverted speaker
    const described = verb.object === true && is(after, 'as');
    const ends = !after || after.sentence !== tokens[i]!.sentence || (isPunct(after) && !isQuoteMark(after)) ||
      (!recipient && named && (after.pos === 'ADP' || after.pos === 'SCONJ' || is(after, 'who', 'which') || (after.pos === 'VERB' && /ing$/.test(after.lower))));
    const sentenceEnds = !after || after.sentence !== tokens[i]!.sentence || /^[.!?]$/.test(after.norm);
    // "..., Mrs. Oduya, 79, told me": an object pronoun after the cue is its recipient, never its speaker
    const object = np !== null && np.last - np.first === 1 && OBJECT_PRONOUNS.has(tokens[np.first]!.lower);
    if (np && ends && !described && !object && (!recipient || sentenceEnds) && !TIME_NOUNS.has(tokens[np.last - 1]!.lower)) return { subject: np, shared: false, after: np.last };
  }
  if (before && j >= floor && !isPunct(before)) {
    // "began by saying he ...", "responded by telling reporters that ...": a gerund after a preposition has its clause's
    // subject, when a clause or a recipient follows it ("by emphasizing fairness", "by adding seats" are deeds), or
    // when "saying" has a bare clause ("by saying the strike was ...")
    const reports = is(tokens[cueLast], 'that') || isPronoun(tokens[cueLast]) || (recipient && !verb.object) || (is(tokens[i], 'saying') && hasClause(doc, cueLast, limit, false));
    if (GERUND_PREPOSITIONS.has(before.lower) && skipped === 0 && /ing$/.test(tokens[i]!.lower) && reports) {
      const main = mainSubject(doc, floor, i, earlier);
      return main ? { subject: main, shared: true, after: cueLast } : null;
    }
    if (is(before, 'who') && !isAcronym(doc, j)) {
      // "a surveyor who said", "Smith, who said": the phrase the relative pronoun stands for, with it
      const np = phraseEndingAt(doc, tokens[j - 1]?.norm === ',' ? j - 2 : j - 1, floor);
      return np ? { subject: { first: np.first, last: j + 1 }, shared: false, after: cueLast } : null;
    }
    if (is(before, 'and', 'but') && (skipped === 0 || tokens[j + 1]!.pos === 'AUX' || tokens[j + 1]!.pos === 'ADV')) {
      // "Northgate Housing has a plan and suggests ...": the cue shares the clause's subject
      const main = mainSubject(doc, floor, j, earlier);
      return main ? { subject: main, shared: true, after: cueLast } : null;
    }
    // "the growers I visited said", "officials we spoke to say": a relative clause with no relative pronoun
    const contacted = before.pos === 'VERB' || is(before, 'with') ? contactClauseHead(doc, j, floor) : null;
    if (contacted) return { subject: contacted, shared: false, after: cueLast };
    // "A nurse who asked not to be named said": the cue's subject is what the relative pronoun stands for
    const np = phraseEndingAt(doc, j, floor, true) ?? relativeAntecedent(doc, j + 1, floor);
    // "what the senators said was a mistake": a free relative whose clause goes on after the cue reports it
    const freeRelative = np !== null && is(tokens[np.first - 1], 'what') && isVerbal(tokens[cueLast]) && !is(tokens[cueLast], 'to');
    if (!np || (NOT_ATTRIBUTING.has(tokens[np.first - 1]?.lower ?? '') && !freeRelative)) return null;
    // "sent a letter to the board urging it to ...", "wrote to the council asking it to ...": the one written to is who
    // is urged, so a participle with its object has the clause's subject
    if (/ing$/.test(tokens[i]!.lower) && is(tokens[np.first - 1], 'to') && RECIPIENT_PRONOUNS.has(tokens[cueLast]?.lower ?? '')) {
      const main = mainSubject(doc, floor, np.first - 1, earlier);
      if (main) return { subject: main, shared: true, after: cueLast };
    }
    return { subject: np, shared: false, after: cueLast };
  }
  if (before && isDash(before, doc.text) && j > floor) {
    // "Kall -- co-editor of a book on debates -- said"
    for (let k = j - 1; k > floor && j - k < 30; k--) {
      if (!isDash(tokens[k]!, doc.text)) continue;
      const np = phraseEndingAt(doc, k - 1, floor);
      const leftEdge = np ? tokens[np.first - 1] : undefined;
      if (np && (np.first === floor || isPunct(leftEdge) || leftEdge?.pos === 'CCONJ')) return { subject: np, shared: false, after: cueLast };
      break;
    }
  }
  // "“The plant was a success,” adding that ...": a participle after a quote that ends with its comma goes on the clause
  // that quote stands in
  if (isQuoteMark(before) && tokens[markStart(doc, j) - 1]?.norm === ',' && /ing$/.test(tokens[i]!.lower) && j > floor) {
    const main = mainSubject(doc, floor, i, earlier);
    return main ? { subject: main, shared: true, after: cueLast } : null;
  }
  if (before?.norm === ',' && j > floor) {
    // a participle after the main clause: "X argued that ..., noting that ...", "the minister defended the plan, insisting"
    if (/ing$/.test(tokens[i]!.lower)) {
      const main = mainSubject(doc, floor, i, earlier);
      if (main) return { subject: main, shared: true, after: cueLast };
    }
    if (apposed) return { subject: apposed, shared: false, after: cueLast };
  }
  return null;
}

/** the writer's and others' pronouns that open a relative clause with no relative pronoun: "the growers I visited" */
const CONTACT_PRONOUNS = new Set(['i', 'we', 'they', 'he', 'she', 'you']);

/**
 * The noun phrase a relative clause with no relative pronoun ends at `j` qualifies, when it is no object: "the experts
 * I interviewed", "officials we spoke to", "the aides she consulted"; else null.
 */
function contactClauseHead(doc: Doc, j: number, floor: number): TokenRange | null {
  const tokens = doc.tokens;
  const verb = is(tokens[j], 'with') ? j - 1 : j;
  const pronoun = tokens[verb - 1];
  if (tokens[verb]?.pos !== 'VERB' || !/(?:ed|ke|et|ew)$/.test(tokens[verb]!.lower) || !pronoun || pronoun.pos !== 'PRON' || !CONTACT_PRONOUNS.has(pronoun.lower)) return null;
  const np = verb - 2 >= floor ? phraseEndingAt(doc, verb - 2, floor) : null;
  // the phrase is no verb's or preposition's object: "told the aides we consulted" has no such subject
  const edge = np ? tokens[np.first - 1] : undefined;
  const object = edge !== undefined && edge.sentence === tokens[j]!.sentence && OBJECT_EDGES.has(edge.pos);
  return np && (tokens[np.last - 1]!.pos === 'NOUN' || tokens[np.last - 1]!.pos === 'PROPN') && !object ? np : null;
}
const OBJECT_EDGES = new Set(['VERB', 'AUX', 'ADP']);

/** the most tokens an interrupting phrase holds, its commas included */
const MAX_ASIDE = 14;

/**
 * The comma before an interrupting phrase that ends with the comma at `comma`, or -1: "Kim, according to court papers,
 * said ...", "The mayor, speaking to reporters, said ...", "Ruiz, asked about the delay, said ...", "The minister, in an
 * interview with the BBC, said ...". A phrase that opens with "according to", a participle or a preposition and holds
 * no punctuation tells where, when or on whose word; the subject before it is who spoke.
 */
function interruptingAside(doc: Doc, comma: number, floor: number): number {
  const tokens = doc.tokens;
  // "X, who ..., voted against it, saying ...": a participle cue has the main clause's subject, and no aside before it
  const participleCue = /ing$/.test(tokens[comma + 1]?.lower ?? '');
  for (let k = comma - 2; k > floor && comma - k < MAX_ASIDE; k--) {
    const t = tokens[k]!;
    if (isPunct(t)) return -1;
    if (t.lower === 'according' && is(tokens[k + 1], 'to')) return tokens[k - 1]?.norm === ',' && k - 1 > floor ? k - 1 : -1;
    if (tokens[k - 1]!.norm !== ',' || k - 1 <= floor || participleCue) continue;
    const opensAside = (t.pos === 'VERB' && /(?:ing|ed|en)$/.test(t.lower)) || (t.pos === 'ADP' && !is(t, 'of'));
    // what stands before the aside is the clause's subject, a noun phrase that opens it ("Buckley, who attended a school
    // across the street, played ..., said": "the street" opens nothing)
    const np = opensAside ? phraseEndingAt(doc, k - 2, floor) : null;
    return np && opensClause(doc, np, floor) ? k - 1 : -1;
  }
  return -1;
}

/** Whether the phrase opens its clause: at the sentence's start, or after punctuation or a conjunction. */
function opensClause(doc: Doc, np: TokenRange, floor: number): boolean {
  const edge = doc.tokens[np.first - 1];
  return np.first === floor || edge === undefined || isPunct(edge) || edge.pos === 'CCONJ' || edge.pos === 'SCONJ';
}

/** words that open a subordinate clause, which the tagger may read as prepositions */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'because', 'while', 'when', 'although', 'though', 'if', 'once']);

/** words that open an appositive: "Kim, the manager,", "Walker, of Springfield,", "Brown, 50,", "Smith, who ..." */
const APPOSITIVE_POS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ']);
const APPOSITIVE_WORDS = new Set(['who', 'which', 'that', 'of', 'from', 'with', 'at']);

/**
 * The speaker before one or more appositives ending at `comma`, the comma before the cue: "Kim, the manager, said",
 * "the mayor, Rahm Emanuel, said", "Walker, of Millbrook, Ind., said", "Hadad, the co-founder of X, a company
 * in Y, says". The phrase farthest left that opens its clause wins.
 */
function speakerBeforeAppositives(doc: Doc, comma: number, floor: number): TokenRange | null {
  const tokens = doc.tokens;
  let found: TokenRange | null = null;
  for (let k = comma - 1; k > floor && comma - k < 45; k--) {
    const t = tokens[k]!;
    // an abbreviation's full stop ("Ruiz, D-Calif., the chairwoman,") stays inside its sentence
    if ((isQuoteMark(t) && !isPossessiveMark(doc, k) && !isNicknameMark(doc, k)) || /^[;:!?]$/.test(t.norm) || (t.norm === '.' && t.sentence !== tokens[comma]!.sentence)) break;
    if (t.norm !== ',') continue;
    // "Rep. Jim Ortiz (R-Ohio), a panel member, said": the phrase before a parenthesis
    const paren = tokens[k - 1]!.norm === ')' ? openingParen(doc, k - 1, floor) : -1;
    const head = tokens[paren > 0 ? paren - 1 : k - 1]!;
    const inner = phraseEndingAt(doc, paren > 0 ? paren - 1 : k - 1, floor);
    // "Members of the council, the largest party, said": the phrase may end a longer one that opens the clause
    const np = inner && tokens[inner.first - 1]?.pos === 'ADP' ? (widerPhrase(doc, inner, floor) ?? inner) : inner;
    const opener = tokens[k + 1]!;
    const appositive = APPOSITIVE_POS.has(opener.pos) || APPOSITIVE_WORDS.has(opener.lower);
    const leftEdge = np ? tokens[np.first - 1] : undefined;
    // "erupted after Mark Ellory, Canada's ambassador, told ...": a subordinator opens a clause, whatever its tag, unless
    // a phrase nearer the cue opens one ("since her release in March, Dyer, 23, told": the preposition's object)
    const clauseStart: boolean = !leftEdge || np!.first === floor || isPunct(leftEdge) || leftEdge.pos === 'CCONJ' || leftEdge.pos === 'ADV' || ((leftEdge.pos === 'SCONJ' || SUBORDINATORS.has(leftEdge.lower)) && found === null);
    // "After the vote, the union's leaders rejected ...": a fronted prepositional phrase is no speaker
    const fronted = np !== null && (tokens[np.first]!.pos === 'ADP' || tokens[np.first]!.pos === 'SCONJ');
    // "A statement sent to reporters by Ana Ruiz, who chairs the board, said": the sender
    const sender: TokenRange | null = np && appositive && !clauseStart ? agentOfSending(doc, np) : null;
    if (sender) found = sender;
    if (!np || !appositive || !clauseStart || fronted || TIME_NOUNS.has(head.lower)) continue;
    // "the mayor, Rahm Emanuel, said" names the one in the apposition; "Kim, the manager, said" names Kim
    // "Tom Berg, Leeds MP, said": capitals ending in a role's abbreviation are a role, and the name before them speaks
    if (found === null && isName(doc, k + 1, comma) && !roleAbbreviation(tokens[comma - 1]!.norm)) found = { first: k + 1, last: comma };
    // "Kim, the manager, said"; "the court, which upheld the ban, agreed"
    // "their allies, members of the party (DUP), have said": a common noun opens an appositive of a common noun too
    else if (/^\p{Lu}/u.test(head.norm) || RELATIVE_PRONOUNS.has(opener.lower) || (head.pos === 'NOUN' && (opener.pos === 'DET' || opener.pos === 'NOUN'))) found = np;
  }
  return found;
}

/** A role noun written as an abbreviation in capitals: "MP", "CEO", "MLA". */
const roleAbbreviation = (word: string): boolean => /^[A-Z]{2,4}$/.test(word) && isRoleNoun(word);

/**
 * Whether the stretch of [from, comma) after its last comma is an appositive ("Aziz, principal engineer at X,"), not
 * a predicate ("The Tamsin Trust, a charity, had to pause the work,").
 */
function appositiveBefore(doc: Doc, from: number, comma: number): boolean {
  let k = comma - 1;
  while (k > from && doc.tokens[k]!.norm !== ',') k--;
  const opener = doc.tokens[k + 1]!;
  return APPOSITIVE_POS.has(opener.pos) || APPOSITIVE_WORDS.has(opener.lower);
}

/** The token after a short parenthesis opening at `k` ("according to the Office for National Statistics (ONS),"); else `k`. */
function pastParenthesis(doc: Doc, k: number, limit: number): number {
  if (doc.tokens[k]?.norm !== '(') return k;
  for (let m = k + 1; m < limit && m - k < 8; m++) if (doc.tokens[m]!.norm === ')') return m + 1;
  return k;
}

/** The "(" that the ")" at `close` closes, within a few tokens; or -1. */
function openingParen(doc: Doc, close: number, floor: number): number {
  for (let k = close - 1; k > floor && close - k < 8; k--) if (doc.tokens[k]!.norm === '(') return k;
  return -1;
}

/**
 * The agent in a phrase "N by X" that completes a participle and its preposition ("sent to reporters by Ana Ruiz",
 * "read out to the court by her lawyer"): X, else null.
 */
function agentOfSending(doc: Doc, np: TokenRange): TokenRange | null {
  const tokens = doc.tokens;
  const participle = tokens[np.first - 2];
  if (tokens[np.first - 1]?.pos !== 'ADP' || !participle || !isVerbal(participle) || !/(?:ed|en|wn|nt|ut)$/.test(participle.lower)) return null;
  for (let k = np.first + 1; k < np.last - 1; k++) if (is(tokens[k], 'by')) return { first: k + 1, last: np.last };
  return null;
}

/** Whether tokens [first, last) are a name: one to four capitalised words. */
function isName(doc: Doc, first: number, last: number): boolean {
  if (last - first < 1 || last - first > 4) return false;
  for (let i = first; i < last; i++) if (!/^\p{Lu}/u.test(doc.tokens[i]!.norm) || doc.tokens[i]!.type !== 'word') return false;
  return true;
}

/** words a noun phrase may hold between its head and the cue: "specialists on Baltic shipping and port policy" */
const PHRASE_JOINS = new Set(['and', 'of', 'on', 'for', 'in', 'with', 'at', 'from', 'by', 'about', 'over', 'to', 'during']);
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/** The noun phrase ending with `np` that opens its clause, when it is longer than `np`; else null. */
function widerPhrase(doc: Doc, np: TokenRange, floor: number): TokenRange | null {
  const tokens = doc.tokens;
  let k = np.first;
  while (k > floor && np.last - k < 16) {
    const t = tokens[k - 1]!;
    if (!(PHRASE_POS.has(t.pos) || PHRASE_JOINS.has(t.lower) || is(t, 'those') || /^['’]s$/.test(t.norm) || (isCapitalised(t) && t.type === 'word'))) break;
    // ", and sources familiar with the talks said", "And sources ...": a conjunction after a comma or opening the
    // sentence joins clauses, not the phrase's nouns
    const joinsClauses = tokens[k - 2]?.norm === ',' || tokens[k - 2]?.sentence !== t.sentence;
    if (t.pos === 'CCONJ' && (joinsClauses || !PHRASE_JOINS.has(t.lower))) break;
    k--;
  }
  const edge = tokens[k - 1];
  const opens = k === floor || isPunct(edge) || edge?.pos === 'CCONJ' || edge?.pos === 'SCONJ';
  return opens && k < np.first && !PHRASE_JOINS.has(tokens[k]!.lower) ? { first: k, last: np.last } : null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * "A camp official who asked for anonymity said", "A nurse who asked not to be named said", "people who live near the
 * plant say": the words before `before` are a relative clause with its own verb; the cue's subject is the phrase the
 * relative pronoun stands for, when it opens its clause.
 */
function relativeAntecedent(doc: Doc, before: number, floor: number): TokenRange | null {
  const tokens = doc.tokens;
  let verb = false;
  for (let k = before - 1; k > floor && before - k < 16; k--) {
    const t = tokens[k]!;
    if (/^[.,;:!?“”"]$/.test(t.norm)) return null;
    verb ||= (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && !is(tokens[k - 1], 'to');
    if (!RELATIVE_PRONOUNS.has(t.lower) || !(t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) continue;
    // the relative clause has its own verb, so the cue is the main clause's: "people who live near the plant say"
    return verb ? clauseOpeningPhrase(doc, k - 1, floor) : null;
  }
  return null;
}

/** The noun phrase ending at `head` when it opens its clause: at `floor`, after punctuation or a conjunction. */
function clauseOpeningPhrase(doc: Doc, head: number, floor: number): TokenRange | null {
  const np = phraseEndingAt(doc, head, floor);
  const edge = np ? doc.tokens[np.first - 1] : undefined;
  return np && (np.first === floor || isPunct(edge) || edge?.pos === 'CCONJ') ? np : null;
}

/** the most tokens a participle phrase holds between the noun it qualifies and the cue */
const MAX_PARTICIPLE_PHRASE = 10;

/**
 * "Residents living near the plant said", "fans leaving the ground chanted": the words before `before` are a present
 * participle's phrase qualifying the noun phrase that opens the clause, which is the cue's subject.
 */
function participleAntecedent(doc: Doc, before: number, floor: number): TokenRange | null {
  const tokens = doc.tokens;
  for (let k = before - 1; k > floor && before - k < MAX_PARTICIPLE_PHRASE; k--) {
    const t = tokens[k]!;
    if (isPunct(t)) return null;
    if (!isVerbal(t)) continue;
    return /[a-z]{2}ing$/.test(t.lower) && NOMINAL_BEFORE.has(tokens[k - 1]!.pos) ? clauseOpeningPhrase(doc, k - 1, floor) : null;
  }
  return null;
}

/** a past participle's ending: "quoted", "shown", "written", "caught" */
const PAST_PARTICIPLE = /[a-z](?:ed|en|wn|ght)$/;

/**
 * "An engineer quoted in the audit", "two nurses named in the filing", "a woman seen on the screen": `np` is the
 * object of a preposition after a past participle qualifying the noun phrase that opens the clause; that phrase.
 */
function pastParticipleHost(doc: Doc, np: TokenRange, floor: number): TokenRange | null {
  const tokens = doc.tokens;
  const participle = tokens[np.first - 2];
  if (tokens[np.first - 1]?.pos !== 'ADP' || !participle || !PAST_PARTICIPLE.test(participle.lower) || !NOMINAL_BEFORE.has(tokens[np.first - 3]?.pos ?? '')) return null;
  if (participle.pos !== 'VERB' && !(participle.pos === 'ADJ' && /ed$/.test(participle.lower))) return null;
  return clauseOpeningPhrase(doc, np.first - 3, floor);
}

/** The subject of the sentence's main clause: an earlier attribution's, or the noun phrase opening the sentence. */
function mainSubject(doc: Doc, floor: number, limit: number, earlier: Attribution[]): TokenRange | null {
  // the sentence's first attribution: "May said the country would declare ... and suggested": May, not the country
  let main: Attribution | undefined;
  // ("not paying a builder who said ..., saying": an attribution in a relative clause on a verb's object is not the main clause's)
  for (let k = earlier.length - 1; k >= 0 && earlier[k]!.sentence.first === floor; k--) {
    const subject = earlier[k]!.subject;
    const onObject = subject !== null && is(doc.tokens[subject.last - 1], 'who') && isVerbal(doc.tokens[subject.first - 1]);
    // ("When the mayor announced the levy, the union rejected it and said ...": one in a fronted subordinate clause is not
    // either; "... came after Ruiz said ..., insisting ..." has no main clause after the subordinate one)
    const opener = subject !== null ? subject.first - 1 : -1;
    const subordinate = opener >= floor && SUBORDINATORS.has(doc.tokens[opener]!.lower) && (opener === floor || doc.tokens[opener - 1]!.norm === ',');
    if (subject && !onObject && !subordinate) main = earlier[k];
  }
  if (main) return main.subject;
  // "After the vote, the union's leaders rejected ...": past a fronted phrase and its comma
  const start = frontedPhraseEnd(doc, floor, limit);
  // "Regional leaders who had opposed the plan have backed it": the head before the relative pronoun
  let head = firstHead(doc, start, limit);
  if (head > start && RELATIVE_PRONOUNS.has(doc.tokens[head]!.lower)) head--;
  const np = phraseEndingAt(doc, head, start);
  // "The Ledger and the Harbour Times filed a motion, arguing ...", "a group of tenants with flats in the tower
  // sent ...": the whole subject, whose verb follows it and which no subordinator or preposition opens ("Outside the
  // court, ...", "As Ruiz spent the weekend ... and tweeted ..." hold no main clause's subject)
  const whole = np && np.first > start && !is(doc.tokens[np.last], ',') && !OPENS_NO_SUBJECT.has(doc.tokens[start]!.pos) ? widerPhrase(doc, np, start) : np;
  return whole && whole.first === start ? whole : null;
}

const OPENS_NO_SUBJECT = new Set(['ADP', 'SCONJ', 'ADV']);

/** the most tokens a fronted phrase holds before its comma */
const MAX_FRONTED = 12;
/** the most tokens a fronted subordinate clause holds before its comma */
const MAX_FRONTED_CLAUSE = 20;

/**
 * The token after the comma that closes a phrase opening the sentence with a preposition, an adverb or a participle
 * ("Stung by the reviews, Lopez rewrote ..."), and any such phrase set off by commas after it ("On Thursday, however,
 * Lopez ...", "Stung by the reviews, as well as the losses, Lopez ..."); else `floor`.
 */
function frontedPhraseEnd(doc: Doc, floor: number, limit: number): number {
  let start = floor;
  for (let next = frontedPhrase(doc, start, limit); next > start; next = frontedPhrase(doc, start, limit)) start = next;
  return start;
}

function frontedPhrase(doc: Doc, floor: number, limit: number): number {
  const tokens = doc.tokens;
  const first = tokens[floor];
  const participle = first !== undefined && first.pos === 'VERB' && looksLikeParticiple(first.lower);
  if (!first || !(first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || participle)) return floor;
  // "When the mayor announced the levy, ...": a subordinate clause holds verbs of its own
  const clause = SUBORDINATORS.has(first.lower);
  for (let k = floor + 1; k < limit && k - floor <= (clause ? MAX_FRONTED_CLAUSE : MAX_FRONTED); k++) {
    const t = tokens[k]!;
    if (t.norm === ',') return k + 1;
    if (isPunct(t) || (!clause && (t.pos === 'VERB' || t.pos === 'AUX'))) return floor;
  }
  return floor;
}

/** "according to the latest figures from the Office for National Statistics," — up to the next boundary, or a noun phrase. */
function sourceAfterAccordingTo(doc: Doc, from: number, limit: number): TokenRange | null {
  const tokens = doc.tokens;
  let k = from;
  while (k < limit && k - from < 16 && !/^[,.;:!?()—–]$/.test(tokens[k]!.norm) && !isQuoteMark(tokens[k])) k++;
  if (k > from && (k === limit || k - from < 16) && tokens[k - 1]!.type === 'word') return { first: from, last: k };
  return phraseStartingAt(doc, from, limit);
}

/** The head of the sentence's first noun phrase: the last nominal before the first verb. */
function firstHead(doc: Doc, floor: number, limit: number): number {
  const tokens = doc.tokens;
  let k = floor;
  while (k < limit && k - floor < 30 && !is(tokens[k], ',') && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'ADV') k++;
  return k - 1;
}

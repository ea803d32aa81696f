import type { Doc } from '../doc/document.js';
import { span } from '../doc/span.js';
import { evidence } from '../doc/why.js';
import type { Evidence, Rule, Speaker } from '../schema.js';
import type { Gender } from '../lexicon/roles.js';
import { isHonorific, isRoleNoun, NOUN_GENDERS } from './person-words.js';
import { NP_PREPOSITIONS, phraseEndingAt, PLACE_PREPOSITIONS } from './phrases.js';
import { namesPerson, namesSpeaker, ORG_NOUNS, RECORD_NOUNS } from './speaker-nouns.js';
import { newPerson, type People, type Person } from './people.js';
import { DescribedOrganisations, descriptionWords } from '../doc/described-organisation.js';
import { charSpan, is, isAcronym, isCapitalised, type TokenRange } from './tokens.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { ORGANISATION_NOUNS } from '../lexicon/organisations.js';
import { DAY_AND_MONTH_NAMES } from '../lexicon/calendar.js';

const PRONOUN_GENDER: Record<string, Gender> = { he: 'm', she: 'f', his: 'm', her: 'f' };
/** heads whose possessor is who speaks: "the premier’s office said", "Trump’s campaign said" */
const SPEAKS_FOR_POSSESSOR = new Set(['office', 'campaign', 'staff', 'team', 'administration', 'government', 'spokesperson', 'spokesman', 'spokeswoman', 'press', 'camp']);
/** heads of a possessive that name a body when its possessor is a role rather than a name */
const OFFICES = new Set(['office', 'administration', 'government']);
/** heads through which an organisation named beside them speaks: "the Northgate Housing study", "a statement from the ministry" */
const SPEAKS_FOR_NAMED = new Set(['study', 'report', 'survey', 'poll', 'statement', 'release', 'memo', 'website', 'letter', 'post', 'filing', 'blog', 'data', 'numbers', 'figures', 'analysis', 'research', 'spokesperson', 'spokesman', 'spokeswoman', 'office', 'officials', 'official', 'lawsuit', 'complaint', 'document', 'documents', 'notice', 'announcement', 'update']);
const MAX_PRONOUN_SENTENCES = 8;
/** how many sentences back the person an epithet stands for is named */
const EPITHET_SENTENCES = 1;

interface UnnamedSpeaker {
  speaker: Speaker;
  /** the first token of its phrase */
  first: number;
  plural: boolean;
  /** a body ("the council"), which may be "they" but never "he" or "she" */
  body: boolean;
  gender: Gender | null;
}
/** how many sentences after a description or a pronoun the person it stands for may first be named */
const NAMED_NEXT_SENTENCES = 2;
/** words before a role noun that make it any one of several: "a minister", "some officials" */
const INDEFINITE = new Set(['a', 'an', 'some', 'any', 'another', 'one', 'many', 'several', 'few', 'no', 'each', 'every', 'other']);
const BODY_PRONOUNS = new Set(['it', 'they', 'its', 'their']);
/** possessive pronouns before a message, and whom they refer to */
const POSSESSIVE_OWNERS: Record<string, { gender: Gender | null; type: Person['type'] } | undefined> = {
  his: { gender: 'm', type: 'PERSON' }, her: { gender: 'f', type: 'PERSON' }, its: { gender: null, type: 'ORG' }, their: { gender: null, type: 'ORG' },
};
/** verbs by which someone puts out a message of their own: "issued", "released", "put out", "posted", "sent" */
const ISSUING = /^(?:issue[sd]?|release[sd]?|publish(?:e[sd])?|post(?:s|ed)?|sen[dt]s?|put(?:s)?|deliver(?:s|ed)?|ma(?:de|kes?)|g[ai]ves?|tweet(?:s|ed)?|wr(?:ote|ites?))$/;
/** Turns the phrase beside a cue into a speaker: the entity it names, or the entity a pronoun or description refers to. */
export class SpeakerResolver {
  private lastSpeaker: Person | null = null;
  /** the latest pronoun resolved to each person, a token index: "she says ... she yells" keeps her in view as a name would */
  private readonly referredAt = new Map<Person, number>();
  /** the speakers no name was found for ("a neighbour", "two witnesses"), in the order resolved */
  private readonly unnamed: UnnamedSpeaker[] = [];
  /** the organisations bare descriptions stand for, over the people and mentions known when it was built */
  private organisations: DescribedOrganisations<Person> | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly people: People,
    /** give each speaker a `why` */
    private readonly explain = false,
    /** whether a token is in a place's or a nationality's name: no word a description of an organisation shares with its name */
    private readonly isPlace: (token: number) => boolean = () => false,
  ) {}

  /** `phraseEnd`: where the whole speaker phrase ends, when `subject` is its core before a preposition */
  resolve(subject: TokenRange, phraseEnd?: number): { speaker: Speaker; person: Person | null } | null {
    const doc = this.doc;
    const tokens = doc.tokens;
    const { start, end } = charSpan(doc, subject);
    // "the lawyer for Tom Marsh": the complement of a preposition in the phrase is not who the role names
    const complement = (p: Person) => this.complementOfPreposition(p, start, phraseEnd ?? end);
    const mention = span(doc.text, start, end);
    if (tokens[subject.last - 1]!.lower === 'who' && subject.last - subject.first > 1 && !isAcronym(doc, subject.last - 1)) {
      // "a surveyor who said": the phrase before the relative pronoun names the speaker
      const last = tokens[subject.last - 2]!.norm === ',' && subject.last - subject.first > 2 ? subject.last - 2 : subject.last - 1;
      const antecedent = this.resolve({ first: subject.first, last });
      return antecedent && { speaker: { ...antecedent.speaker, mention }, person: antecedent.person };
    }
    const head = tokens[subject.last - 1]!;
    const preposition = prepositionIn(doc, subject);
    // "Port of Rotterdam Authority chief executive Anton Jansen": a title right before a person's name at the end
    const titled = this.titledName(subject);
    if (!titled && preposition > subject.first && (!SPEAKS_FOR_NAMED.has(tokens[preposition - 1]!.lower) || this.locates(preposition, subject))) {
      // "Ravi Menon with the health authority", "the director of operations for EHS": the words before the preposition
      // "the chief of Hamas": a person by their role in a body, never the body; unnamed, the whole phrase
      // "the lawyer for Tom Marsh", "the daughter of the late senator": the role holder, not the complement
      const core = this.resolve({ first: subject.first, last: preposition }, phraseEnd ?? end);
      if (core) return { speaker: { ...core.speaker, ...(core.person ? {} : { name: mention.text.replace(/\s+/g, ' ') }), mention }, person: core.person };
    }
    /** the speaker `person`; `why` gives the rule and the evidence, asked for only when explaining */
    const found = (person: Person, resolvedBy: Speaker['resolvedBy'], why: () => [Rule, Evidence[]], at = mention) => {
      this.lastSpeaker = person;
      const speaker: Speaker = { name: person.name, entityId: person.entityId, mention: at, resolvedBy };
      if (this.explain) {
        const [rule, spans] = why();
        speaker.why = { rule, evidence: spans };
      }
      return { speaker, person };
    };
    const named = (role: 'name' | 'named' | 'antecedent', m: { start: number; end: number } | undefined): Evidence[] => (m ? [evidence(doc.text, role, m.start, m.end)] : []);
    if (titled) return found(this.remember(titled.person, start, end), 'explicit', () => ['speakers/name', named('name', titled.mention)]);

    if (subject.last - subject.first === 1 && head.pos === 'PRON' && !isAcronym(doc, subject.first)) {
      const gender = PRONOUN_GENDER[head.lower];
      // "A neighbour said ... She said ...", "Two witnesses said ... They said ...": the unnamed speaker before
      const described = this.unnamedBefore(head.lower, subject.first);
      // "tenants objected to what they said was ...": "they" is the group that spoke before it in its own sentence
      const group = head.lower === 'they' && described !== null && tokens[described.first]!.sentence === head.sentence;
      // "it said", "they said": the organisation that spoke or was named last
      const person = gender ? this.antecedent(gender, start, 'PERSON', described?.first ?? -1) : BODY_PRONOUNS.has(head.lower) && !group ? this.antecedent(null, start, 'ORG') : null;
      if (person) {
        if (gender) this.referredAt.set(person, subject.first);
        return found(person, 'pronoun', () => ['speakers/pronoun', named('antecedent', lastMentionBefore(person, start))]);
      }
      // "He warned ... Ilse Kranz, who ..., said": before anyone is named, a pronoun is the person the next sentences name
      const next = gender && !this.anyoneBefore(start) ? this.namedNext(start, (p) => (this.people.genderOf(p) ?? gender) === gender) : null;
      if (next) return found(this.remember(next, start, end), 'pronoun', () => ['speakers/named-next', named('named', next.mentions[0])]);
      // no one named: the unnamed speaker before
      if (!described) return null;
      const speaker: Speaker = { name: described.speaker.name, entityId: null, mention, resolvedBy: 'pronoun' };
      if (this.explain) speaker.why = { rule: 'speakers/pronoun', evidence: named('antecedent', described.speaker.mention ?? undefined) };
      return { speaker, person: null };
    }
    const headEntity = this.people.at(head.start, head.end);
    if (headEntity) {
      const name = mentionIn(headEntity, head.start, head.end);
      // "De Vries said": the name's mention reaches back over a particle the phrase left out at the sentence's start
      const at = name && name.start < start && name.end === end ? span(doc.text, name.start, end) : mention;
      return found(this.remember(headEntity, at.start, end), 'explicit', () => ['speakers/name', named('name', name)], at);
    }

    // "the premier’s office", "the Northgate Housing study", "a statement from the ministry"
    const possessive = findPossessive(doc, subject);
    const insideEnd = possessive >= 0 ? tokens[possessive]!.start : end;
    const inside = this.people.at(start, insideEnd);
    const speaksFor = (p: Person) => (): [Rule, Evidence[]] => ['speakers/speaks-for', named('named', mentionIn(p, start, insideEnd))];
    if (inside && (SPEAKS_FOR_NAMED.has(head.lower) || (possessive >= 0 && SPEAKS_FOR_POSSESSOR.has(head.lower)))) {
      return found(inside, 'description', speaksFor(inside));
    }
    if (possessive >= 0 && SPEAKS_FOR_POSSESSOR.has(head.lower)) {
      const owner = this.resolve({ first: subject.first, last: possessive });
      // "the sheriff's office", "the governor's office": an office a role holds is a body, whoever holds the role
      const body = OFFICES.has(head.lower) && owner?.speaker.resolvedBy !== 'explicit';
      if (owner?.person && !body) return found(owner.person, 'description', speaksFor(owner.person));
    }

    if (isCapitalised(head) && !isRoleNoun(head.norm) && head.pos !== 'NOUN' || (head.pos === 'PROPN' || isAcronym(doc, subject.last - 1)) && !isRoleNoun(head.norm)) {
      const run = DAY_AND_MONTH_NAMES.has(head.lower) ? null : nameRun(doc, subject);
      if (run && !commonNounAtStart(doc, run)) {
        const name = doc.text.slice(tokens[run.first]!.start, tokens[run.last - 1]!.end).replace(/\s+/g, ' ');
        const known = this.people.byName(name, start);
        const person = known && (name.includes(' ') ? known.name.endsWith(name) || known.name === name : true) ? known : null;
        // the surname resolves to the person named in full: where they were first named is the evidence
        if (person) return found(this.remember(person, start, end), 'explicit', () => ['speakers/name', named('named', person.mentions[0])]);
        // "the WHO", "the city Council", "the operator, Fjordline,": an acronym, a word for a body, or a name in
        // apposition to one names an organisation
        const apposed = tokens[subject.first - 1]?.norm === ',' ? tokens[subject.first - 2] : undefined;
        const body = ORG_NOUNS.has(head.lower) || isAcronym(doc, subject.last - 1) || (apposed !== undefined && ORG_NOUNS.has(apposed.lower));
        const added = this.people.add(newPerson(name, null, body ? 'ORG' : 'PERSON', [{ start, end }]));
        if (body) this.organisations = undefined;
        return found(added, 'explicit', () => ['speakers/new-name', []]);
      }
    }

    // "the minister", "her father", "Spain's finance minister", and in a headline "UN envoy": one person, not "a
    // minister" nor "ministers"
    const plural = /[^s]s$/.test(head.lower);
    const definite = !plural && !INDEFINITE.has(tokens[subject.first]!.lower) && head.pos !== 'PRON';
    if (definite && isRoleNoun(head.norm)) {
      const person = this.byRole(head.lower, start, complement);
      if (person) return found(this.remember(person, start, end), 'description', () => ['speakers/role', this.roleEvidence(person, head.lower, start)]);
      // "Spain's finance minister said ... Finance Minister Ana Lopez said": the person the next sentences name in that role
      const next = plural ? null : this.namedNext(start, (p) => { const roles = this.people.rolesOf(p); return roles.size === 0 || roles.has(head.lower); }, complement);
      if (next) return found(this.remember(next, start, end), 'description', () => ['speakers/named-next', named('named', next.mentions[0])]);
      const focus = this.epithetOf(subject, start, complement);
      if (focus) return found(this.remember(focus, start, end), 'description', () => ['speakers/role', named('named', lastMentionBefore(focus, start))]);
    } else if (definite && namesPerson(head.lower)) {
      // "the 26-year-old winger", "the veteran keeper": no office, but an epithet all the same
      const focus = this.epithetOf(subject, start, complement);
      if (focus) return found(this.remember(focus, start, end), 'description', () => ['speakers/role', named('named', lastMentionBefore(focus, start))]);
    }
    if (definite && ORG_NOUNS.has(head.lower)) {
      const words = /^th(?:e|is)$/.test(tokens[subject.first]!.lower) ? descriptionWords(doc, subject.first + 1, subject.last - 1, this.isPlace) : [];
      // "the space agency" is no Energy Agency named before it: a modified description of a known kind is the description rule's
      const modified = words.length > 1 && ORGANISATION_NOUNS.has(head.lower);
      const org = (words.length ? this.describedOrganisation(words, start) : null) ?? (modified ? null : this.orgNamed(head.lower, start));
      if (org) return found(org, 'description', () => ['speakers/organisation-noun', named('named', lastMentionBefore(org, start))]);
    }
    if (inside && inside.type === 'ORG' && !isRoleNoun(head.norm)) return found(inside, 'description', speaksFor(inside));
    if (!inside && RECORD_NOUNS.has(head.lower)) {
      const issuer = this.issuer(subject);
      if (issuer) return issuer;
      // "its statement said", "his letter said": the message speaks for the one its possessive refers to
      const owner = POSSESSIVE_OWNERS[tokens[subject.first]!.lower];
      const person = owner && this.antecedent(owner.gender, start, owner.type);
      if (person) return found(person, 'pronoun', () => ['speakers/pronoun', named('antecedent', lastMentionBefore(person, start))]);
    }
    const unnamed: Speaker = { name: mention.text.replace(/\s+/g, ' '), entityId: null, mention, resolvedBy: 'description' };
    if (this.explain) unnamed.why = { rule: 'speakers/unnamed', evidence: [] };
    // only people and bodies may be "he", "she" or "they" ("a neighbour", "two witnesses"; not "a transcript")
    if (namesSpeaker(head.lower)) this.unnamed.push({ speaker: unnamed, first: subject.first, plural, body: ORG_NOUNS.has(head.lower), gender: NOUN_GENDERS.get(head.lower) ?? null });
    return { speaker: unnamed, person: null };
  }

  /**
   * The unnamed speaker a pronoun at token `at` refers to: the last one before it, a few sentences back at most, when
   * it agrees in number ("they": "two witnesses") and in gender where its noun has one ("she": not "her husband").
   */
  private unnamedBefore(pronoun: string, at: number): UnnamedSpeaker | null {
    const tokens = this.doc.tokens;
    const gender = PRONOUN_GENDER[pronoun] ?? null;
    if (!gender && pronoun !== 'they') return null;
    let best: UnnamedSpeaker | null = null;
    for (const u of this.unnamed) if (u.first < at && (!best || u.first > best.first)) best = u;
    if (!best || tokens[at]!.sentence - tokens[best.first]!.sentence > MAX_PRONOUN_SENTENCES) return null;
    const agrees = gender ? !best.plural && !best.body && (best.gender === null || best.gender === gender) : best.plural || best.body;
    return agrees ? best : null;
  }

  /**
   * "officials in Moscow": a preposition of place before anything but an organisation says where a group is, not whom
   * it speaks for ("officials in the ministry").
   */
  private locates(preposition: number, subject: TokenRange): boolean {
    const tokens = this.doc.tokens;
    return PLACE_PREPOSITIONS.has(tokens[preposition]!.lower) && this.people.at(tokens[preposition + 1]!.start, tokens[subject.last - 1]!.end) === null;
  }

  /**
   * "The union released a statement saying ...", "Ruiz issued a statement calling ...": a record or a message that is
   * the object of a verb speaks for the verb's subject, a name or a word for people or a body.
   */
  private issuer(subject: TokenRange): { speaker: Speaker; person: Person | null } | null {
    const tokens = this.doc.tokens;
    const sentence = tokens[subject.first]!.sentence;
    const inSentence = (k: number) => k >= 0 && tokens[k]!.sentence === sentence;
    let k = subject.first - 1;
    if (tokens[k]?.pos === 'ADP' && tokens[k - 1]?.pos === 'VERB') k--; // "put out", "sent out"
    if (!inSentence(k) || tokens[k]!.pos !== 'VERB' || !ISSUING.test(tokens[k]!.lower)) return null;
    let head = k - 1;
    while (inSentence(head) && (tokens[head]!.pos === 'ADV' || tokens[head]!.pos === 'AUX')) head--;
    if (!inSentence(head)) return null;
    let floor = head;
    while (inSentence(floor - 1)) floor--;
    const np = phraseEndingAt(this.doc, head, floor, true);
    if (!np) return null;
    const by = this.resolve(np);
    return by && (by.person !== null || namesSpeaker(tokens[np.last - 1]!.lower)) ? by : null;
  }

  /** A person's name that ends the phrase with a title right before it: the title and what precedes it describe them. */
  private titledName(subject: TokenRange): { person: Person; mention: { start: number; end: number } } | null {
    const tokens = this.doc.tokens;
    const last = tokens[subject.last - 1]!;
    const person = this.people.at(last.start, last.end);
    const mention = person?.type === 'PERSON' ? mentionIn(person, last.start, last.end) : undefined;
    if (!person || !mention || mention.end !== last.end) return null;
    const first = tokenAtOrAfter(this.doc, mention.start);
    const title = tokens[first - 1];
    return first > subject.first && title !== undefined && isRoleNoun(title.norm) ? { person, mention } : null;
  }

  private roleEvidence(p: Person, role: string, offset: number): Evidence[] {
    const text = this.doc.text;
    const before = p.mentions.filter((m) => m.end <= offset).sort((a, b) => b.start - a.start);
    for (const m of before) {
      const title = this.people.roleWordNear(m, role);
      if (title) return [evidence(text, 'named', m.start, m.end), evidence(text, 'title', title.start, title.end)];
    }
    return before.length ? [evidence(text, 'named', before[0]!.start, before[0]!.end)] : [];
  }

  private remember(p: Person, start: number, end: number): Person {
    if (!p.mentions.some((m) => m.start < end && start < m.end)) {
      this.people.addMention(p, start, end);
      if (p.type === 'ORG') this.organisations = undefined;
    }
    return p;
  }

  /**
   * The person a "he" or "she" (or the organisation an "it" or "they") at `offset` most likely refers to: named
   * recently, of that gender when known, and best the one who spoke last; within a sentence, the first named. A "he"
   * or "she" referring to someone keeps them in view, until an unnamed speaker described at token `rival` comes after.
   */
  private antecedent(gender: Gender | null, offset: number, type: Person['type'], rival = -1): Person | null {
    const tokens = this.doc.tokens;
    const here = tokens[tokenAtOrAfter(this.doc, offset)]?.sentence ?? 0;
    let best: Person | null = null;
    let bestScore = -Infinity;
    for (const p of this.people.all) {
      if (p.type !== type) continue;
      const g = gender && this.people.genderOf(p);
      if (g && g !== gender) continue;
      // the latest sentence that names the person before the offset, and the start of the first mention listed in it
      let latestSentence = -1;
      let latestStart = 0;
      for (const m of p.mentions) {
        if (m.end > offset) continue;
        const sentence = tokens[tokenAtOrAfter(this.doc, m.start)]?.sentence ?? 0;
        if (sentence > latestSentence) {
          latestSentence = sentence;
          latestStart = m.start;
        }
      }
      // a person named long ago stays in view while pronouns go on referring to them, though the latest name ranks
      const referred = this.referredAt.get(p);
      const inView = Math.max(latestSentence, referred !== undefined && referred > rival && tokens[referred]!.start < offset ? tokens[referred]!.sentence : -1);
      if (latestSentence < 0 || here - inView > MAX_PRONOUN_SENTENCES) continue;
      const score = -(here - latestSentence) + (g === gender ? 2 : 0) + (p === this.lastSpeaker ? 1.5 : 0) - latestStart / 1e7;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * "Brandvold knows the odds. “…,” the quiet, bearded chemist said": a "the" description whose role no one
   * named holds, with a describing word before its noun and no possessor, is an epithet for the person in view: the
   * last speaker when named or referred to within the sentence before, else the person named last there, not after a
   * preposition nor in a coordination; never a one-word name, and of the noun's gender where it has one.
   */
  private epithetOf(subject: TokenRange, offset: number, skip: (p: Person) => boolean): Person | null {
    const doc = this.doc;
    const tokens = doc.tokens;
    const head = tokens[subject.last - 1]!;
    if (!is(tokens[subject.first], 'the') || findPossessive(doc, subject) >= 0) return null;
    let described = false;
    for (let k = subject.first + 1; k < subject.last - 1; k++) described ||= describes(doc, k);
    if (!described) return null;
    const here = tokens[subject.first]!.sentence;
    const gender = NOUN_GENDERS.get(head.lower);
    const inView = (p: Person | null): p is Person => {
      if (!p || p.type !== 'PERSON' || !p.name.includes(' ') || skip(p)) return false;
      const m = lastMentionBefore(p, offset);
      const referred = this.referredAt.get(p);
      const latest = Math.max(m ? tokens[tokenAtOrAfter(doc, m.start)]!.sentence : -1, referred !== undefined && tokens[referred]!.start < offset ? tokens[referred]!.sentence : -1);
      const g = gender && this.people.genderOf(p);
      return latest >= 0 && here - latest <= EPITHET_SENTENCES && (!g || g === gender);
    };
    if (inView(this.lastSpeaker)) return this.lastSpeaker;
    // "a book by Odile Marchetti", "lawyers for Peter and Anne Keogh": the complement of a preposition, or one of
    // two people named together, is not who the story is about; the person named before them may be
    const named = this.people.all.flatMap((p) => {
      const m = p.type === 'PERSON' ? lastMentionBefore(p, offset) : undefined;
      return m ? [{ p, m }] : [];
    });
    named.sort((a, b) => b.m.start - a.m.start);
    for (const { p, m } of named) {
      // "to Mr. Brannigan": the honorific stands between the preposition and the name
      let before = tokenAtOrAfter(doc, m.start) - 1;
      while (before > 0 && (tokens[before]!.norm === '.' || isHonorific(tokens[before]!.lower))) before--;
      const edges = [tokens[before]?.pos, tokens[tokenAtOrAfter(doc, m.end)]?.pos];
      if (!edges.includes('ADP') && !edges.includes('CCONJ')) return inView(p) ? p : null;
    }
    return null;
  }

  /** Whether a person is named before `offset`. */
  private anyoneBefore(offset: number): boolean {
    return this.people.all.some((p) => p.type === 'PERSON' && p.mentions.some((m) => m.end <= offset));
  }

  /**
   * The person first named after `offset`, within the next NAMED_NEXT_SENTENCES sentences (one more after the
   * headline), when they `fit`: a description or a pronoun at the start of a story names no one yet, and the next
   * sentences do. Whom `skip` says are left out.
   */
  private namedNext(offset: number, fits: (p: Person) => boolean, skip: (p: Person) => boolean = () => false): Person | null {
    let first: Person | null = null;
    let firstAt = Infinity;
    for (const p of this.people.all) {
      const at = p.mentions[0]?.start ?? Infinity;
      if (p.type === 'PERSON' && at > offset && at < firstAt && !p.mentions.some((m) => m.start < offset) && !skip(p)) {
        first = p;
        firstAt = at;
      }
    }
    if (!first) return null;
    const tokens = this.doc.tokens;
    const here = tokens[tokenAtOrAfter(this.doc, offset)]?.sentence ?? 0;
    const there = tokens[tokenAtOrAfter(this.doc, firstAt)]?.sentence ?? 0;
    // a headline's description is named in the lede or the paragraph after it
    const window = here === 0 ? NAMED_NEXT_SENTENCES + 1 : NAMED_NEXT_SENTENCES;
    return there - here <= window && fits(first) ? first : null;
  }

  /**
   * Whether the person is named in [start, end) right after a preposition: "the lawyer for Tom Marsh", "the attorney
   * for the family of Ana Ruiz" (not "Transportation Secretary Ruth Okafor", whose name the title runs into).
   */
  private complementOfPreposition(p: Person, start: number, end: number): boolean {
    const tokens = this.doc.tokens;
    return p.mentions.some((m) => {
      if (m.start < start || m.start >= end) return false;
      let k = tokenAtOrAfter(this.doc, m.start) - 1;
      while (k >= 0 && (tokens[k]!.pos === 'DET' || /^['’]s$/.test(tokens[k]!.norm))) k--;
      return k >= 0 && NP_PREPOSITIONS.has(tokens[k]!.lower);
    });
  }

  /** "the mayor" → the latest person written with that role before `offset`, but for whom `skip` leaves out. */
  private byRole(role: string, offset: number, skip: (p: Person) => boolean): Person | null {
    return this.latestBefore(offset, (p) => p.type === 'PERSON' && this.people.rolesOf(p).has(role) && !skip(p));
  }

  /** "the commission" → the latest organisation before `offset` whose name holds the word. */
  private orgNamed(noun: string, offset: number): Person | null {
    return this.latestBefore(offset, (p) => p.type === 'ORG' && p.name.toLowerCase().split(/\s+/).includes(noun));
  }

  /**
   * "Halden Motors cut its forecast. The company warned ...", "NASA ... the space agency said": the organisation a
   * description (its words, the noun last) stands for.
   */
  private describedOrganisation(words: readonly string[], offset: number): Person | null {
    if (!this.organisations) {
      const mentions = this.people.all.filter((p) => p.type === 'ORG').flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
      this.organisations = new DescribedOrganisations(this.doc, mentions.sort((a, b) => a.start - b.start), (p) => p.name);
    }
    return this.organisations.of(offset, words)?.entity ?? null;
  }

  /** Of the people and organisations that `fit`, the one mentioned last before `offset`. */
  private latestBefore(offset: number, fits: (p: Person) => boolean): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.people.all) {
      if (!fits(p)) continue;
      for (const m of p.mentions) {
        if (m.start < offset && m.start > bestAt) {
          best = p;
          bestAt = m.start;
        }
      }
    }
    return best;
  }
}

/** A word that describes a person before the noun of an epithet: an adjective, or an age ("the 41-year-old father"), not a role. */
function describes(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.pos === 'NUM') return t.norm.includes('-') || doc.tokens[k + 1]?.norm === '-';
  return t.pos === 'ADJ' && !isRoleNoun(t.norm);
}

/** The person's mention that ends last by `offset` (the latest start). */
function lastMentionBefore(p: Person, offset: number): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const m of p.mentions) if (m.end <= offset && (!best || m.start > best.start)) best = m;
  return best;
}

/** The person's first mention overlapping [start, end). */
function mentionIn(p: Person, start: number, end: number): { start: number; end: number } | undefined {
  return p.mentions.find((m) => m.start < end && start < m.end);
}

function prepositionIn(doc: Doc, r: TokenRange): number {
  for (let i = r.first + 1; i < r.last - 1; i++) if (NP_PREPOSITIONS.has(doc.tokens[i]!.lower)) return i;
  return -1;
}

function findPossessive(doc: Doc, r: TokenRange): number {
  for (let i = r.last - 2; i > r.first; i--) if (/^['’]s?$/.test(doc.tokens[i]!.norm)) return i;
  return -1;
}

/** "Residents said", "Members of the board said": a word for people, capitalised only because it opens the sentence. */
function commonNounAtStart(doc: Doc, run: TokenRange): boolean {
  const t = doc.tokens[run.first]!;
  const opens = run.first === 0 || doc.tokens[run.first - 1]!.sentence !== t.sentence;
  return run.last - run.first === 1 && opens && namesSpeaker(t.lower);
}

/** The capitalised words ending at the phrase's head, without titles: "Harbourline CEO Dana Whitlock" → "Dana Whitlock". */
function nameRun(doc: Doc, r: TokenRange): TokenRange | null {
  const tokens = doc.tokens;
  let first = r.last;
  while (first > r.first) {
    const t = tokens[first - 1]!;
    const joins = t.norm === '-' || /^(?:de|van|von|der|al|bin|da|di|le|la|du)$/.test(t.lower);
    if (!(isCapitalised(t) || joins) || isRoleNoun(t.norm) || isHonorific(t.norm) || t.pos === 'DET') break;
    first--;
  }
  while (first < r.last && !isCapitalised(tokens[first])) first++;
  return first < r.last ? { first, last: r.last } : null;
}


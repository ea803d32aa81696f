import { span } from '../doc/span.js';
import { evidence } from '../doc/why.js';
import type { Doc, Region } from '../doc/document.js';
import type { Claimant, Entity, Evidence, Quote } from '../schema.js';
import { partitionPoint } from '../binary-search.js';
import { lastEndingBy, sentenceAt, tokenAtOrAfter } from '../doc/lookup.js';
import { DAY_AND_MONTH_NAMES, TIME_NOUNS } from '../lexicon/calendar.js';
import { FINDING_NOUNS } from '../lexicon/records.js';
import { isPossessiveS } from '../lexicon/marks.js';
import { findAttributions } from './attributions.js';
import { DescribedOrganisations, descriptionWords, type MentionOf } from '../doc/described-organisation.js';
import { POSSESSIVES, type Attribution, type Phrase } from './phrase.js';

/**
 * Who a figure is attributed to. An expectation source written beside the figure comes first ("the $1.6bn
 * expected by analysts", "analysts had expected ..."); then the quote the figure sits in (direct or reported),
 * whose speaker claims it, but for a count after a possessive outside a direct quote ("Sudan's two military
 * leaders": the writer's description of whom it is about); then the attribution of its sentence whose clause holds it ("according to X",
 * "X said ...", "..., X said"): see attributions.ts.
 */

const SOURCE_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** The pronouns taken for the person named last; "we", "they", "it" may stand for a group or a body. */
const PERSONAL = new Set(['he', 'she']);
const EXPECTATIONS = new Set(['claimants/expectation', 'claimants/expected-by', 'claimants/estimate-of']);

type EntityMention = MentionOf<Entity>;

export class Claimants {
  private attributions = new Map<number, Attribution[]>();
  /** the quotes with a speaker, by start */
  private readonly spoken: Quote[];
  /** reach[k]: the furthest end among spoken[0..k] */
  private readonly reach: number[] = [];
  /** the quotes with a speaker by their cue's start: an attribution with the same cue takes the quote's speaker */
  private readonly byCue = new Map<number, Quote>();
  /** per token, the index of the first source entity with a mention over it, else -1 (built on first use) */
  private entityAtToken: Int32Array | undefined;
  /** person and organisation mentions by start, then in entity order (built on first use) */
  private readonly mentionsByType = new Map<'PERSON' | 'ORG', EntityMention[]>();
  /** the organisations definite descriptions stand for (built on first use) */
  private described: DescribedOrganisations<Entity> | undefined;

  constructor(
    private readonly doc: Doc,
    quotes: readonly Quote[],
    private readonly entities: readonly Entity[],
    /** give each claimant a `why` */
    private readonly explain = false,
  ) {
    this.spoken = quotes.filter((q) => q.speaker).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const q of this.spoken) {
      this.reach.push(Math.max(this.reach[this.reach.length - 1] ?? -1, q.end));
      if (q.cue && !this.byCue.has(q.cue.start)) this.byCue.set(q.cue.start, q);
    }
  }

  /** The first quote with a speaker, by start, that holds the offset. */
  private quoteAt(offset: number): Quote | undefined {
    const q = this.spoken[partitionPoint(0, this.spoken.length, (k) => this.reach[k]! <= offset)];
    return q && q.start <= offset ? q : undefined;
  }

  /** `count`: the figure counts things, with no unit ("two team doctors"). */
  of(start: number, count = false): Claimant | null {
    const sentence = sentenceAt(this.doc, start);
    const governing = this.attributionsOf(sentence).filter((a) => governs(a, start));
    const narrowest = (list: Attribution[]) => list.reduce<Attribution | undefined>((best, a) => (!best || width(a, start) < width(best, start) ? a : best), undefined);
    const expectation = narrowest(governing.filter((a) => EXPECTATIONS.has(a.rule)));
    const expected = expectation && this.claimantOf(expectation, start);
    if (expected) return expected;
    const quote = this.quoteAt(start);
    // "the club's two team doctors" in reported speech or an attributed clause says whom it is about: the writer's
    if (count && quote?.kind !== 'direct' && this.isPossessed(start)) return null;
    // reported speech reaches as far as the clause its cue governs ("…, but 12 were rescued" is the reporter's)
    const cued = quote?.kind === 'indirect' && quote.cue ? this.attributionsOf(sentence).find((a) => a.cue.start === quote.cue!.start) : undefined;
    if (quote?.speaker && (!cued || governs(cued, start))) {
      // a description the quotes stage left unnamed may stand for an organisation named before ("The company said ...")
      if (quote.speaker.entityId === null && cued && this.organisationDescribed(cued.subject)) return this.claimantOf(cued, start);
      const claimant: Claimant = { name: quote.speaker.name, entityId: quote.speaker.entityId, mention: quote.speaker.mention };
      if (this.explain) claimant.why = { rule: 'claimants/quote-speaker', evidence: quoteEvidence(this.doc.text, quote) };
      return claimant;
    }
    const attribution = narrowest(governing);
    return attribution ? this.claimantOf(attribution, start) : null;
  }

  /** The figure right after a possessive: "Chad's two", "its three". */
  private isPossessed(start: number): boolean {
    const before = this.doc.tokens[tokenAtOrAfter(this.doc, start) - 1];
    return before !== undefined && (isPossessiveS(before.norm) || POSSESSIVES.has(before.lower));
  }

  private attributionsOf(sentence: number): Attribution[] {
    let found = this.attributions.get(sentence);
    if (!found) {
      const s = this.doc.sentences[sentence];
      found = s ? findAttributions(this.doc, s) : [];
      this.attributions.set(sentence, found);
    }
    return found;
  }

  /**
   * The source an attribution names: the entity its words hold; else the entity the quotes stage resolved them to
   * (a description, a pronoun) as the speaker of the quote with the same cue, or for a pronoun of the quote
   * around ("Blair said he expects ..."); else a person for "he"/"she", or its words.
   */
  private claimantOf(a: Attribution, start: number): Claimant | null {
    const entity = this.entities[this.entityIndexAt(a.subject.head)];
    const pronoun = PRONOUNS.has(this.doc.text.slice(a.subject.start, a.subject.end).toLowerCase());
    const quote = entity ? undefined : (this.byCue.get(a.cue.start) ?? (pronoun ? this.quoteAt(start) : undefined));
    const claimant = quote?.speaker?.entityId
      ? { name: quote.speaker.name, entityId: quote.speaker.entityId, mention: quote.speaker.mention }
      : this.resolve(a.subject);
    if (claimant && this.explain) claimant.why = { rule: a.rule, evidence: this.evidenceOf(a, start) };
    return claimant;
  }

  /** The cue, the words naming the source, for a pronoun the person it was taken for, and the clause that holds the figure. */
  private evidenceOf(a: Attribution, start: number): Evidence[] {
    const text = this.doc.text;
    const found = [evidence(text, 'cue', a.cue.start, a.cue.end), evidence(text, 'subject', a.subject.start, a.subject.end)];
    const antecedent = PERSONAL.has(text.slice(a.subject.start, a.subject.end).toLowerCase())
      ? this.lastMentionBefore('PERSON', a.subject.start)
      : this.organisationDescribed(a.subject);
    if (antecedent) found.push(evidence(text, 'antecedent', antecedent.start, antecedent.end));
    const scope = a.scopes.find((r) => r.start <= start && start < r.end);
    if (scope) found.push(evidence(text, 'clause', scope.start, scope.end));
    return found;
  }

  /** Links the subject to an entity, a pronoun to the last person before, or keeps the words themselves. */
  private resolve(subject: Phrase): Claimant | null {
    const mention = span(this.doc.text, subject.start, subject.end);
    // The entity must hold the phrase's head: "the Turkish defence ministry" is not the NORP "Turkish".
    const entity = this.entities[this.entityIndexAt(subject.head)] ?? this.makerOfRecord(subject);
    if (entity) return { name: entity.name, entityId: entity.id, mention };
    const lower = mention.text.toLowerCase();
    // "a survey published in early May showed that ...": a time or a figure is no source
    const head = this.doc.tokens[subject.head]!;
    const joined = this.doc.tokens[subject.head - 1];
    const figure = /\d/.test(head.norm) || (joined !== undefined && joined.end === head.start && /\d$/.test(joined.norm));
    if (figure || TIME_NOUNS.has(head.lower) || DAY_AND_MONTH_NAMES.has(head.lower)) return null;
    if (PRONOUNS.has(lower)) {
      const person = PERSONAL.has(lower) ? this.lastMentionBefore('PERSON', subject.start)?.entity : undefined;
      return person ? { name: person.name, entityId: person.id, mention } : null;
    }
    const organisation = this.organisationDescribed(subject)?.entity;
    if (organisation) return { name: organisation.name, entityId: organisation.id, mention };
    if (!this.isNamelike(subject)) return null;
    // a record that names no maker is its own words up to its noun: "A study (published in late June)"
    const words = FINDING_NOUNS.has(head.lower) ? span(this.doc.text, subject.start, head.end) : mention;
    return { name: words.text, entityId: null, mention: words };
  }

  /** A record of findings speaks for the body named in it: "a Reuters poll", "the ministry's data", "figures from the ONS". */
  private makerOfRecord(subject: Phrase): Entity | undefined {
    if (!FINDING_NOUNS.has(this.doc.tokens[subject.head]!.lower)) return undefined;
    const tokens = this.doc.tokens;
    for (let k = tokenAtOrAfter(this.doc, subject.start); k < tokens.length && tokens[k]!.start < subject.end; k++) {
      const index = this.entityIndexAt(k);
      if (index >= 0) return this.entities[index];
    }
    return undefined;
  }

  private entityIndexAt(token: number): number {
    if (!this.entityAtToken) {
      const tokens = this.doc.tokens;
      const at = (this.entityAtToken = new Int32Array(tokens.length).fill(-1));
      this.entities.forEach((e, index) => {
        if (!SOURCE_TYPES.has(e.type)) return;
        for (const m of e.mentions) {
          let k = tokenAtOrAfter(this.doc, m.start);
          if (k > 0 && tokens[k - 1]!.end > m.start) k--;
          for (; k < tokens.length && tokens[k]!.start < m.end; k++) if (at[k] === -1) at[k] = index;
        }
      });
    }
    return this.entityAtToken[token]!;
  }

  /** The person (or organisation) named last before the offset: the mention ending by it with the latest start. */
  private lastMentionBefore(type: 'PERSON' | 'ORG', offset: number, fits: (m: EntityMention) => boolean = () => true): EntityMention | null {
    return lastEndingBy(this.mentionsOf(type), offset, fits);
  }

  private mentionsOf(type: 'PERSON' | 'ORG'): EntityMention[] {
    let mentions = this.mentionsByType.get(type);
    if (!mentions) {
      mentions = this.entities
        .filter((e) => e.type === type)
        .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
        .sort((a, b) => a.start - b.start);
      this.mentionsByType.set(type, mentions);
    }
    return mentions;
  }

  /** The organisation a definite description ("the bank", "this ministry", "the health ministry") stands for. */
  private organisationDescribed(subject: Phrase): EntityMention | null {
    const tokens = this.doc.tokens;
    const first = tokenAtOrAfter(this.doc, subject.start);
    if (!/^th(?:e|is)$/.test(tokens[first]!.lower) || this.entityIndexAt(subject.head) >= 0) return null;
    this.described ??= new DescribedOrganisations(this.doc, this.mentionsOf('ORG'), (e) => e.name);
    const isPlace = (k: number) => /^(?:GPE|NORP)$/.test(this.entities[this.entityIndexAt(k)]?.type ?? '');
    return this.described.of(subject.start, descriptionWords(this.doc, first + 1, subject.head, isPlace));
  }

  /** A source phrase has a noun in it ("officials", "the ministry"), not only pronouns or adjectives. */
  private isNamelike(subject: Phrase): boolean {
    const tokens = this.doc.tokens;
    for (let k = tokenAtOrAfter(this.doc, subject.start); k < tokens.length && tokens[k]!.start < subject.end; k++) {
      const t = tokens[k]!;
      if (t.end <= subject.end && (t.pos === 'NOUN' || t.pos === 'PROPN')) return true;
    }
    return false;
  }
}

/** Does the attribution govern a figure starting at `start`? Not when the figure is part of the source's own name. */
function governs(a: Attribution, start: number): boolean {
  if (a.subject.start <= start && start < a.subject.end) return false;
  return a.scopes.some((r) => r.start <= start && start < r.end);
}

/** The width of the scope holding `start`: the narrowest governing attribution is the innermost. */
function width(a: Attribution, start: number): number {
  const r: Region | undefined = a.scopes.find((s) => s.start <= start && start < s.end);
  return r ? r.end - r.start : Infinity;
}

/** The quote a figure sits in, and the cue that reports it. */
function quoteEvidence(text: string, q: Quote): Evidence[] {
  const out = [evidence(text, 'quote', q.start, q.end)];
  if (q.cue) out.push(evidence(text, 'cue', q.cue.start, q.cue.end));
  return out;
}

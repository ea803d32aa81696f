import type { Doc, Token } from '../doc/document.js';
import { span } from '../doc/span.js';
import { evidence } from '../doc/why.js';
import type { Claimant, Entity, Evidence, Quote } from '../schema.js';
import { partitionPoint } from '../binary-search.js';
import { firstStartingAt, sentenceAt, tokenAtOrAfter } from '../doc/lookup.js';

/**
 * Who a figure is attributed to. The quotes layer is the main route: a figure inside a quote (direct or
 * reported) is claimed by its speaker. For sentences no quote covers, a light fallback reads
 * "according to X" and "X said" / "said X" in the same sentence.
 */

const CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'estimated', 'estimates', 'estimate', 'reported', 'reports', 'report',
  'announced', 'announces', 'claimed', 'claims', 'claim', 'stated', 'states', 'added', 'adds', 'noted', 'notes',
  'warned', 'warns', 'predicted', 'predicts', 'forecast', 'forecasts', 'projected', 'projects', 'calculated',
  'calculates', 'counted', 'counts', 'confirmed', 'confirms', 'insisted', 'insists', 'acknowledged', 'revealed',
]);
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'PART']);
const SOURCE_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const MAX_SUBJECT = 10;
/** Prepositions inside a source's noun phrase: "the Institute for Fiscal Studies", "officials in Moscow". */
const INSIDE = new Set(['of', 'for', 'in', 'near', 'at', 'from', 'with', 'on']);
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'because', 'although', 'though', 'but', 'whereas', 'amid', 'despite']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
/** A cue after the figure covers it when it closes the clause: "..., Akar said on Tuesday." or "..., officials said, as ...". */
const MAX_TAIL = 4;

interface Phrase {
  start: number;
  end: number;
  /** token index of the phrase's head noun */
  head: number;
}

interface Source {
  subject: Phrase;
  /** the cue's token index; figures after it, or before it when it closes the sentence, are covered */
  cue: number;
  closes: boolean;
}

export class Claimants {
  private sources = new Map<number, Source | null>();
  /** the quotes with a speaker, by start */
  private readonly spoken: Quote[];
  /** reach[k]: the furthest end among spoken[0..k] */
  private readonly reach: number[] = [];
  /** per token, the index of the first source entity with a mention over it, else -1 (built on first use) */
  private entityAtToken: Int32Array | undefined;
  /** person mentions by start, then in entity order (built on first use) */
  private personMentions: Array<{ start: number; end: number; entity: Entity }> | undefined;

  constructor(
    private readonly doc: Doc,
    quotes: readonly Quote[],
    private readonly entities: readonly Entity[],
    /** give each claimant a `why` */
    private readonly explain = false,
  ) {
    this.spoken = quotes.filter((q) => q.speaker).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const q of this.spoken) this.reach.push(Math.max(this.reach[this.reach.length - 1] ?? -1, q.end));
  }

  /** The first quote with a speaker, by start, that holds the offset. */
  private quoteAt(offset: number): Quote | undefined {
    const q = this.spoken[partitionPoint(0, this.spoken.length, (k) => this.reach[k]! <= offset)];
    return q && q.start <= offset ? q : undefined;
  }

  of(start: number): Claimant | null {
    const quote = this.quoteAt(start);
    if (quote?.speaker) {
      const claimant: Claimant = { name: quote.speaker.name, entityId: quote.speaker.entityId, mention: quote.speaker.mention };
      if (this.explain) claimant.why = { rule: 'claimants/quote-speaker', evidence: quoteEvidence(this.doc.text, quote) };
      return claimant;
    }
    const sentence = sentenceAt(this.doc, start);
    const source = this.sourceOf(sentence);
    if (!source) return null;
    const cueStart = this.doc.tokens[source.cue]!.start;
    if (start < cueStart && !source.closes && start < source.subject.start) return null;
    if (start > cueStart && this.newClauseBetween(source.cue, start)) return null;
    const claimant = this.resolve(source.subject, sentence);
    if (claimant && this.explain) this.explainSource(claimant, source, sentence);
    return claimant;
  }

  /** The cue and the words naming the source, and for a pronoun the person it was taken for, last named before the sentence. */
  private explainSource(claimant: Claimant, source: Source, sentence: number): void {
    const tokens = this.doc.tokens;
    const text = this.doc.text;
    const according = tokens[source.cue]!.lower === 'according';
    const cue = tokens[according ? source.cue + 1 : source.cue]!;
    const found = [evidence(text, 'cue', tokens[source.cue]!.start, cue.end), evidence(text, 'subject', source.subject.start, source.subject.end)];
    if (PRONOUNS.has(text.slice(source.subject.start, source.subject.end).toLowerCase())) {
      const m = this.lastPersonMentionBefore(this.doc.sentences[sentence]!.start);
      if (m) found.push(evidence(text, 'antecedent', m.start, m.end));
    }
    claimant.why = { rule: according ? 'claimants/according-to' : 'claimants/cue', evidence: found };
  }

  /** "Akar said on Tuesday, after shelling killed 12 soldiers": the figure sits in the reporter's own clause. */
  private newClauseBetween(cue: number, start: number): boolean {
    const tokens = this.doc.tokens;
    for (let i = cue + 1; i + 1 < tokens.length && tokens[i + 1]!.start < start; i++) {
      if (tokens[i]!.norm === ',' && CLAUSE_OPENERS.has(tokens[i + 1]!.lower)) return true;
    }
    return false;
  }

  private sourceOf(sentence: number): Source | null {
    let source = this.sources.get(sentence);
    if (source === undefined) {
      source = this.findSource(sentence);
      this.sources.set(sentence, source);
    }
    return source;
  }

  private findSource(sentence: number): Source | null {
    const s = this.doc.sentences[sentence];
    if (!s) return null;
    const tokens = this.doc.tokens;
    for (let i = s.first; i < s.last - 1; i++) {
      if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to') {
        const subject = this.phrase(i + 2, s.last, 1);
        if (subject) return { subject, cue: i, closes: true };
      }
    }
    for (let i = s.first; i < s.last; i++) {
      // wink tags "estimates" in "The UN estimates that ..." as a noun; "that" after it settles it.
      if (!CUES.has(tokens[i]!.lower) || (tokens[i]!.pos !== 'VERB' && tokens[i + 1]?.lower !== 'that')) continue;
      // "X said ..." or, inverted after a comma or a quote, "..., said X".
      const inverted = i > s.first && /^[,"'“”‘’]$/.test(tokens[i - 1]!.norm);
      const subject = inverted ? this.phrase(i + 1, s.last, 1) : this.phrase(i - 1, s.first - 1, -1);
      if (subject) return { subject, cue: i, closes: closesClause(tokens, i + 1, s.last) };
    }
    return null;
  }

  /**
   * The noun phrase walking from token `from` towards `stop` (exclusive) in direction `step`, with its head:
   * "The Institute for Fiscal Studies", "Farmers near Petersburg" (head "Farmers"), "the agency (IEMA)".
   */
  private phrase(from: number, stop: number, step: 1 | -1): Phrase | null {
    const tokens = this.doc.tokens;
    let first = -1;
    let last = -1;
    for (let i = from; i !== stop && Math.abs(i - from) < MAX_SUBJECT; i += step) {
      const t = tokens[i]!;
      if (step === -1 && t.norm === ')') {
        let open = i - 1;
        while (open > stop && open > i - 6 && tokens[open]!.norm !== '(') open--;
        if (tokens[open]?.norm !== '(') break;
        if (first < 0) first = i;
        last = i = open;
        continue;
      }
      const inside = INSIDE.has(t.lower) && first >= 0;
      if (RELATIVES.has(t.lower) || (!SUBJECT_POS.has(t.pos) && !inside)) break;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return null;
    let a = step === 1 ? first : last;
    let b = step === 1 ? last : first;
    while (a <= b && (INSIDE.has(tokens[a]!.lower) || tokens[a]!.pos === 'ADP')) a++;
    while (b >= a && !HEADS.has(tokens[b]!.pos)) b--;
    if (b < a) return null;
    let head = b;
    for (let i = a + 1; i <= b; i++) {
      if (INSIDE.has(tokens[i]!.lower) || tokens[i]!.norm === '(') {
        head = i - 1;
        break;
      }
    }
    return { start: tokens[a]!.start, end: tokens[b]!.end, head };
  }

  /** Links the subject to an entity, a pronoun to the last person before, or keeps the words themselves. */
  private resolve(subject: Phrase, sentence: number): Claimant | null {
    const mention = span(this.doc.text, subject.start, subject.end);
    // The entity must hold the phrase's head: "the Turkish defence ministry" is not the NORP "Turkish".
    const entity = this.entities[this.entityIndexAt(subject.head)];
    if (entity) return { name: entity.name, entityId: entity.id, mention };
    const lower = mention.text.toLowerCase();
    if (PRONOUNS.has(lower)) {
      const before = this.doc.sentences[sentence]!.start;
      const person = this.lastPersonMentionBefore(before)?.entity;
      return person && lower !== 'it' ? { name: person.name, entityId: person.id, mention } : null;
    }
    return isNamelike(this.doc, subject) ? { name: mention.text, entityId: null, mention } : null;
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

  /** The person named last before the offset: the mention ending by it with the latest start. */
  private lastPersonMentionBefore(offset: number): { start: number; end: number; entity: Entity } | null {
    const mentions = (this.personMentions ??= this.entities
      .filter((e) => e.type === 'PERSON')
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start));
    let k = firstStartingAt(mentions, offset) - 1;
    while (k >= 0 && mentions[k]!.end > offset) k--;
    if (k < 0) return null;
    let best = k;
    for (let j = k - 1; j >= 0 && mentions[j]!.start === mentions[k]!.start; j--) if (mentions[j]!.end <= offset) best = j;
    return mentions[best]!;
  }
}

/** The quote a figure sits in, and the cue that reports it. */
function quoteEvidence(text: string, q: Quote): Evidence[] {
  const out = [evidence(text, 'quote', q.start, q.end)];
  if (q.cue) out.push(evidence(text, 'cue', q.cue.start, q.cue.end));
  return out;
}

function closesClause(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end && i <= from + MAX_TAIL; i++) if (tokens[i]!.type === 'punctuation') return true;
  return end - from <= MAX_TAIL;
}

/** A source phrase has a noun in it ("officials", "the ministry"), not only pronouns or adjectives. */
function isNamelike(doc: Doc, subject: Phrase): boolean {
  const tokens = doc.tokens;
  for (let k = tokenAtOrAfter(doc, subject.start); k < tokens.length && tokens[k]!.start < subject.end; k++) {
    const t = tokens[k]!;
    if (t.end <= subject.end && (t.pos === 'NOUN' || t.pos === 'PROPN')) return true;
  }
  return false;
}

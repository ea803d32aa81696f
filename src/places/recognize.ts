import type { Doc, Region, Token } from '../doc/document.js';
import { contains, overlaps } from '../doc/span.js';
import type { Entity } from '../schema.js';
import { foldName } from './fold.js';
import type { Gazetteer, NameMatch } from './gazetteer.js';
import { LOCATIVES, NAME_CONNECTORS, OPENERS, PERSON_TITLES, PLACE_PREFIXES, TITLE_WORDS } from './words.js';

/**
 * strong: a place whatever resolution finds; weak: kept only if it resolves to a place the rest of the
 * document supports (a small town near the places named with it).
 */
export type Strength = 'strong' | 'weak';

export interface PlaceMention {
  start: number;
  end: number;
  /** the folded surface: mentions with one key are one place in a document */
  key: string;
  /** the gazetteer entries the surface may name (empty: a place the gazetteer lacks) */
  matches: NameMatch[];
  role: 'mention' | 'dateline' | 'demonym';
  strength: Strength;
  entityId: string | null;
  /** the place named right after it, after a comma, that should contain it ("Springfield, Illinois") */
  container: PlaceMention | null;
  /** preceded by a locative word ("in", "near") */
  locative: boolean;
  /** the word after it says what kind of place: "Idlib province" (region), "Guatemala City" aside, "the city of" */
  kindHint: 'region' | 'city' | null;
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const BLOCKING_TYPES = new Set(['PERSON', 'ORG', 'EVENT', 'MISC']);
const MAX_NAME_TOKENS = 7;
const MAJOR_CITY = 100_000;
const CONTAINER_KINDS = new Set(['country', 'admin1', 'admin2']);
const STRONG_KINDS = new Set(['continent', 'country', 'admin1', 'region', 'water', 'landform']);
/** Lower-case nouns that make "X of <place>" still about the place ("the city of Aleppo", "Governor of Texas"). */
const OF_HEADS = new Set(['city', 'town', 'village', 'province', 'state', 'county', 'region', 'district', 'capital', 'people', 'republic', 'kingdom', 'island', 'islands', 'port', 'outskirts', 'centre', 'center', 'north', 'south', 'east', 'west', 'heart', 'government', 'mayor', 'governor', 'president', 'king', 'queen', 'prince', 'emir', 'people']);

const REGION_WORDS = new Set(['province', 'provinces', 'state', 'region', 'governorate', 'oblast', 'county', 'district', 'prefecture', 'department', 'territory', 'parish']);

const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.norm);
const hasUpper = (t: Token): boolean => /\p{Lu}/u.test(t.norm);
const isAllCaps = (t: Token): boolean => /\p{Lu}.*\p{Lu}/u.test(t.norm) && !/\p{Ll}/u.test(t.norm);
const bare = (t: Token): string => t.lower.replace(/\./g, '');

/** Finds the place mentions of a document: the tagger's places, gazetteer names it missed, the dateline. */
export function recognizePlaces(doc: Doc, entities: Entity[], datelinePlace: Region | null, gaz: Gazetteer): PlaceMention[] {
  const scan = new Scanner(doc, entities, gaz);
  const found = scan.gazetteerNames();
  const mentions = scan.withEntityPlaces(found);
  if (datelinePlace) scan.markDateline(mentions, datelinePlace);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = dropOverlaps(mentions);
  scan.linkContainers(kept);
  return kept.sort((a, b) => a.start - b.start);
}

class Scanner {
  private readonly text: string;
  private readonly tokens: Token[];
  private readonly blockers: Array<{ start: number; end: number; type: string }>;
  private readonly personWords = new Set<string>();
  /** 1 for a token that opens its sentence or sits in a Title Case or ALL CAPS line */
  private readonly ambiguousCase: Uint8Array;

  constructor(
    private readonly doc: Doc,
    private readonly entities: Entity[],
    private readonly gaz: Gazetteer,
  ) {
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.blockers = entities
      .filter((e) => BLOCKING_TYPES.has(e.type))
      .flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end, type: e.type })));
    for (const e of entities) {
      if (e.type !== 'PERSON') continue;
      for (const m of e.mentions) for (const w of foldName(m.text).split(' ')) if (w.length > 2) this.personWords.add(w);
    }
    this.ambiguousCase = this.findAmbiguousCase();
  }

  /** Longest gazetteer names over runs of capitalised words, each judged in its context. */
  gazetteerNames(): PlaceMention[] {
    const out: PlaceMention[] = [];
    const toks = this.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isCap(t) && !(/^(?:al|el|ad|an|as|ar)$/.test(t.lower) && toks[i + 1]?.norm === '-' && this.joined(i, i + 1))) continue;
      const ends: number[] = [];
      for (let j = i; j < toks.length && j - i < MAX_NAME_TOKENS; j++) {
        const u = toks[j]!;
        if (j > i && (u.sentence !== t.sentence || !this.adjacent(j - 1, j))) break;
        if (hasUpper(u) && /\p{L}/u.test(u.norm)) ends.push(j);
        else if (!(NAME_CONNECTORS.has(u.lower) || (u.norm === '-' && this.joined(j - 1, j) && this.joined(j, j + 1)) || /^['’]$/.test(u.norm))) break;
      }
      for (let e = ends.length - 1; e >= 0; e--) {
        const j = ends[e]!;
        const matches = this.gaz.lookup(this.text.slice(t.start, toks[j]!.end));
        if (matches.length === 0) continue;
        const m = this.judge(i, j, matches);
        if (m) out.push(m);
        i = j;
        break;
      }
    }
    return out;
  }

  /** A gazetteer name at tokens i..j: a mention, or null when its context says it is no place here. */
  private judge(i: number, j: number, matches: NameMatch[]): PlaceMention | null {
    const toks = this.tokens;
    const start = toks[i]!.start;
    const end = toks[j]!.end;
    if (this.blockers.some((b) => contains(b, { start, end }) && !(b.start === start && b.end === end))) return null;
    const ambiguous = this.ambiguousCase[i] === 1;
    const acronym = i === j && isAllCaps(toks[i]!) && !ambiguous;
    const mention = (role: PlaceMention['role'], ms: NameMatch[], strength: Strength): PlaceMention => ({
      start,
      end,
      key: foldName(this.text.slice(start, end)),
      matches: ms,
      role,
      strength,
      entityId: null,
      container: null,
      locative: i > 0 && LOCATIVES.has(toks[i - 1]!.lower) && this.adjacent(i - 1, i),
      kindHint: this.kindHint(j),
    });

    const demonyms = matches.filter((m) => m.demonym);
    if (demonyms.length > 0) {
      if (acronym && this.text.slice(start, end).length < 4) return null;
      return this.contextAllows(i, j, true) ? mention('demonym', demonyms, 'strong') : null;
    }

    let major = false;
    let minor = false;
    const eligible = matches.filter((m) => {
      if (m.abbreviation && !m.primary) return false;
      const p = this.gaz.place(m.index);
      const big = STRONG_KINDS.has(p.featureKind) || (p.featureKind === 'city' && p.population >= MAJOR_CITY) || (p.featureKind === 'admin2' && m.primary);
      if (acronym && !(STRONG_KINDS.has(p.featureKind) || p.population >= 1_000_000)) return false;
      if (big) major = true;
      else if (m.primary || p.featureKind === 'admin2') minor = true;
      return big || m.primary || p.featureKind === 'admin2';
    });
    if (eligible.length === 0 || !this.contextAllows(i, j, major)) return null;

    const single = i === j;
    const common = single && eligible.some((m) => m.commonWord);
    const personal = single && (eligible.some((m) => m.personName) || this.personWords.has(toks[i]!.lower));
    const afterTitle = i > 0 && PERSON_TITLES.has(bare(toks[i - 1]!)) && this.adjacent(i - 1, i);
    if (afterTitle) return null;
    if (major) {
      const doubtful = (common && ambiguous) || (personal && (ambiguous || this.personWords.has(toks[i]!.lower)));
      return mention('mention', eligible, doubtful ? 'weak' : 'strong');
    }
    if (!minor || common || personal) return null;
    return mention('mention', eligible, 'weak');
  }

  /**
   * Whether the capitalised words around tokens i..j leave them a place name of their own: "Texas Governor"
   * and "Northern Syria" do, "Paris Hilton" and "Bank of America" do not.
   */
  private contextAllows(i: number, j: number, strongName: boolean): boolean {
    const toks = this.tokens;
    const left = i - 1;
    if (left >= 0 && this.adjacent(left, i) && toks[left]!.sentence === toks[i]!.sentence) {
      const l = toks[left]!;
      if (isCap(l) && !(OPENERS.has(l.lower) && this.opensSentence(left)) && !PLACE_PREFIXES.has(l.lower)) return false;
      if (/^(?:of|de|du|des|del|for)$/.test(l.lower) && left > 0 && isCap(toks[left - 1]!) && this.adjacent(left - 1, left)) {
        const head = bare(toks[left - 1]!);
        if (!(OF_HEADS.has(head) || TITLE_WORDS.has(head))) return false;
      }
    }
    const right = j + 1;
    if (right < toks.length && this.adjacent(j, right) && toks[right]!.sentence === toks[j]!.sentence) {
      const r = toks[right]!;
      if (isCap(r) && !TITLE_WORDS.has(bare(r)) && !OF_HEADS.has(bare(r)) && !strongName && !this.ambiguousCase[right]) return false;
    }
    return true;
  }

  /** Adds the tagger's place entities: confirming gazetteer names, or as places the gazetteer lacks. */
  withEntityPlaces(found: PlaceMention[]): PlaceMention[] {
    const out = [...found];
    for (const e of this.entities) {
      const demonymType = e.type === 'NORP';
      if (!PLACE_TYPES.has(e.type) && !demonymType) continue;
      for (const m of e.mentions) {
        if (m.kind !== 'name') continue;
        for (const part of this.splitAtCommas(m.start, m.end)) {
          const inside = out.filter((x) => contains(part, x));
          const same = inside.find((x) => x.start === part.start && x.end === part.end);
          if (same) {
            same.entityId ??= e.id;
            if (!demonymType) same.strength = 'strong';
            continue;
          }
          if (inside.length > 0) {
            for (const x of inside) x.entityId ??= e.id;
            continue;
          }
          if (out.some((x) => overlaps(x, part))) continue;
          const surface = this.text.slice(part.start, part.end);
          if (!/\p{Lu}/u.test(surface)) continue;
          const matches = this.gaz.lookup(surface);
          const demonyms = matches.filter((x) => x.demonym);
          if (demonymType && demonyms.length === 0) continue;
          out.push({
            start: part.start,
            end: part.end,
            key: foldName(surface),
            matches: demonyms.length > 0 ? demonyms : matches.filter((x) => !x.abbreviation || x.primary),
            role: demonyms.length > 0 ? 'demonym' : 'mention',
            strength: 'strong',
            entityId: e.id,
            container: null,
            locative: false,
            kindHint: null,
          });
        }
      }
    }
    return out;
  }

  /** The dateline's place is a strong mention with the dateline role. */
  markDateline(mentions: PlaceMention[], place: Region): void {
    const hit = mentions.find((m) => overlaps(m, place));
    if (hit) {
      hit.role = 'dateline';
      hit.strength = 'strong';
      return;
    }
    const surface = this.text.slice(place.start, place.end);
    mentions.push({
      ...place,
      key: foldName(surface),
      matches: this.gaz.lookup(surface).filter((m) => !m.demonym && (!m.abbreviation || m.primary)),
      role: 'dateline',
      strength: 'strong',
      entityId: null,
      container: null,
      locative: false,
      kindHint: null,
    });
  }

  /**
   * "Springfield, Illinois", "Gary, Ind.", "Paris, Texas": the place after the comma contains the one before.
   * Short forms ("Ind.", "TX") count only here, so they are looked up here.
   */
  linkContainers(mentions: PlaceMention[]): void {
    const byStart = new Map(mentions.map((m) => [m.start, m]));
    const added: PlaceMention[] = [];
    for (const a of mentions) {
      if (a.role === 'demonym') continue;
      const gap = /^,\s*/.exec(this.text.slice(a.end, a.end + 4));
      if (!gap) continue;
      const at = a.end + gap[0].length;
      let b = byStart.get(at);
      if (!b) {
        b = this.abbreviationAt(at, a.strength) ?? undefined;
        if (b) added.push(b);
      }
      if (!b || b.role === 'demonym') continue;
      const containers = b.matches.filter((m) => CONTAINER_KINDS.has(this.gaz.place(m.index).featureKind));
      if (containers.length === 0) continue;
      a.container = b;
      if (a.strength === 'strong') b.strength = 'strong';
    }
    mentions.push(...added);
    mentions.sort((x, y) => x.start - y.start);
  }

  private abbreviationAt(at: number, strength: Strength): PlaceMention | null {
    const first = this.tokens.findIndex((t) => t.start === at);
    if (first < 0 || !hasUpper(this.tokens[first]!)) return null;
    for (let last = Math.min(first + 1, this.tokens.length - 1); last >= first; last--) {
      if (last > first && !this.adjacent(first, last)) continue;
      const end = this.tokens[last]!.end;
      const surface = this.text.slice(at, end);
      const matches = this.gaz.lookup(surface).filter((m) => m.abbreviation && this.gaz.place(m.index).featureKind === 'admin1');
      if (matches.length === 0) continue;
      // a bare postal code must be upper case ("TX"); the AP forms carry a period ("Tex.")
      if (!/\./.test(surface) && surface !== surface.toUpperCase()) continue;
      return { start: at, end, key: foldName(surface), matches, role: 'mention', strength, entityId: null, container: null, locative: false, kindHint: null };
    }
    return null;
  }

  private kindHint(j: number): PlaceMention['kindHint'] {
    const next = this.tokens[j + 1];
    if (!next || !this.adjacent(j, j + 1)) return null;
    if (REGION_WORDS.has(next.lower)) return 'region';
    return next.lower === 'city' || next.lower === 'town' ? 'city' : null;
  }

  private splitAtCommas(start: number, end: number): Region[] {
    const out: Region[] = [];
    const re = /[^,]+/g;
    const s = this.text.slice(start, end);
    for (let m = re.exec(s); m; m = re.exec(s)) {
      let a = start + m.index;
      let b = a + m[0].length;
      while (a < b && /\s/.test(this.text[a]!)) a++;
      while (b > a && /\s/.test(this.text[b - 1]!)) b--;
      if (/^the\s/i.test(this.text.slice(a, b))) a += 4;
      if (b > a) out.push({ start: a, end: b });
    }
    return out;
  }

  private adjacent(a: number, b: number): boolean {
    const gap = this.text.slice(this.tokens[a]!.end, this.tokens[b]!.start);
    return gap === '' || gap === ' ' || gap === '\u00a0';
  }

  private joined(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    return !!ta && !!tb && ta.end === tb.start;
  }

  private opensSentence(i: number): boolean {
    const t = this.tokens[i]!;
    const s = this.doc.sentences[t.sentence]!;
    for (let k = s.first; k < i; k++) if (/[\p{L}\p{N}]/u.test(this.tokens[k]!.norm)) return false;
    return true;
  }

  /** Tokens whose capital says nothing about names: sentence openers, quote openers, Title Case and CAPS lines. */
  private findAmbiguousCase(): Uint8Array {
    const toks = this.tokens;
    const out = new Uint8Array(toks.length);
    let i = 0;
    for (const para of this.doc.paragraphs) {
      while (i < toks.length && toks[i]!.start < para.start) i++;
      const from = i;
      while (i < toks.length && toks[i]!.start < para.end) i++;
      if (this.capitalisedLine(from, i)) out.fill(1, from, i);
    }
    for (const s of this.doc.sentences) {
      let k = s.first;
      while (k < s.last && !/[\p{L}\p{N}]/u.test(toks[k]!.norm)) k++;
      if (k < s.last) out[k] = 1;
    }
    for (let k = 1; k < toks.length; k++) if (/^[“"‘(:]$/.test(toks[k - 1]!.norm)) out[k] = 1;
    return out;
  }

  /** A headline in Title Case or a line in capitals: its capitals say nothing about names. */
  private capitalisedLine(from: number, to: number): boolean {
    let words = 0;
    let caps = 0;
    let upper = 0;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (!/^\p{L}{4,}/u.test(t.norm)) continue;
      words++;
      if (isCap(t)) caps++;
      if (isAllCaps(t)) upper++;
    }
    return words >= 3 && (caps >= words * 0.75 || upper >= words * 0.75);
  }
}

function dropOverlaps(mentions: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.role === 'dateline' && m.end - m.start >= last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}


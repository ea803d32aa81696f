import { firstStartingAt } from '../doc/lookup.js';

/** Whose mentions are indexed: a person's or an organisation's, as People keeps them. */
interface Mentioned {
  readonly mentions: ReadonlyArray<{ start: number; end: number }>;
}

/** A mention of one of the people, with where a scan of the people in order, each mention in order, reads it. */
interface Placed {
  start: number;
  end: number;
  person: number;
  mention: number;
}

/**
 * The people's mentions by position, for finding those that overlap a span without reading them all: a long text
 * asks once per quote, and its speakers and their mentions grow with it. New people are taken in when the next
 * question is asked; a mention added to a known person's list must be told (`grew`).
 */
export class MentionIndex {
  /** by start */
  private placed: Placed[] = [];
  /** taken in since `placed` was last sorted */
  private unplaced: Placed[] = [];
  /** per person taken in, how many of its mentions are */
  private readonly taken: number[] = [];
  private readonly numbers = new Map<Mentioned, number>();
  /** the people taken in whose lists grew since */
  private grown: number[] = [];
  private longest = 0;

  constructor(private readonly people: readonly Mentioned[]) {}

  /** A mention was pushed onto `person`'s list. */
  grew(person: Mentioned): void {
    const i = this.numbers.get(person);
    if (i !== undefined) this.grown.push(i);
  }

  /** The mentions that overlap [start, end), in the order of the people and of each one's mentions. */
  overlapping(start: number, end: number): Placed[] {
    this.takeIn();
    const out: Placed[] = [];
    const placed = this.placed;
    // a mention that ends after `start` starts after start - longest
    for (let k = firstStartingAt(placed, start - this.longest + 1); k < placed.length && placed[k]!.start < end; k++) {
      if (placed[k]!.end > start) out.push(placed[k]!);
    }
    for (const m of this.unplaced) if (m.start < end && m.end > start) out.push(m);
    return out.length > 1 ? out.sort((a, b) => a.person - b.person || a.mention - b.mention) : out;
  }

  private takeIn(): void {
    for (let i = this.taken.length; i < this.people.length; i++) {
      this.numbers.set(this.people[i]!, i);
      this.taken.push(0);
      this.grown.push(i);
    }
    for (const i of this.grown) {
      const mentions = this.people[i]!.mentions;
      for (let j = this.taken[i]!; j < mentions.length; j++) {
        const { start, end } = mentions[j]!;
        this.unplaced.push({ start, end, person: i, mention: j });
        if (end - start > this.longest) this.longest = end - start;
      }
      this.taken[i] = mentions.length;
    }
    this.grown = [];
    // sorted again once the unsorted part outgrows the square root of the sorted
    if (this.unplaced.length > 16 + Math.sqrt(this.placed.length)) {
      this.placed = this.placed.concat(this.unplaced).sort((a, b) => a.start - b.start);
      this.unplaced = [];
    }
  }
}

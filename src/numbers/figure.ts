import type { NumericClaim, Qualifier } from '../schema.js';

export type Kind = NumericClaim['kind'];

/** One numeric expression as the scanner reads it, before ranges, hedges and context are settled. */
export interface Figure {
  start: number;
  end: number;
  kind: Kind;
  value: number | null;
  range: [number | null, number | null] | null;
  unit: string | null;
  qualifier: Qualifier;
  /** where the hedge before the figure starts, when it has one */
  hedgeStart?: number;
  /** where the hedge after the figure starts, when it has one ("or more"): the figure's span takes it in */
  hedgeAfter?: number;
  /** the number before any scale word: 3.2 in "$3.2bn" */
  base: number;
  /** the scale word's factor (1e9 in "$3.2bn"), 1 when none */
  scale: number;
  /** spelled out ("seven hundred") rather than digits */
  spelled: boolean;
  /** plain digits with no separator, decimal, scale or unit: "2019", "500" */
  bare: boolean;
}

/** An amount as first read, before scales, currencies and units. */
export interface Amount {
  start: number;
  end: number;
  value: number;
  spelled: boolean;
  ordinal: boolean;
  /** the scale word's factor for spelled numbers ("five million" → 1e6) */
  scale: number;
  vague: [number, number] | null;
  integerDigits: string | null;
}

/** Runs a sticky regex at `at`. */
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}


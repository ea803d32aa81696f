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
  /** the number before any scale word: 3.2 in "$3.2bn" */
  base: number;
  /** the scale word's factor (1e9 in "$3.2bn"), 1 when none */
  scale: number;
  /** a currency written before the amount ("$", "EUR") */
  prefixed: boolean;
  /** spelled out ("seven hundred") rather than digits */
  spelled: boolean;
  /** plain digits with no separator, decimal, scale or unit: "2019", "500" */
  bare: boolean;
}

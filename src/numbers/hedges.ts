import type { Qualifier } from '../schema.js';

/** Hedge phrases before a number, longest first so "no more than" wins over "more than". */
const HEDGES: Array<[string, Qualifier]> = (
  [
    ['as many as', 'at_most'], ['up to', 'at_most'], ['no more than', 'at_most'], ['a maximum of', 'at_most'],
    ['more than', 'more_than'], ['over', 'more_than'], ['in excess of', 'more_than'], ['upwards of', 'more_than'],
    ['at least', 'at_least'], ['a minimum of', 'at_least'],
    ['fewer than', 'less_than'], ['less than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
    ['some', 'approximate'], ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'],
    ['nearly', 'approximate'], ['almost', 'approximate'], ['an estimated', 'approximate'],
    ['approximately', 'approximate'], ['close to', 'approximate'], ['around about', 'approximate'],
  ] as Array<[string, Qualifier]>
).sort((a, b) => b[0].length - a[0].length);

export const HEDGE_PATTERN = new RegExp(`\\b(?:${HEDGES.map(([h]) => h.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'i');

export function qualifierOf(hedge: string): Qualifier {
  const key = hedge.toLowerCase().replace(/\s+/g, ' ').trim();
  return HEDGES.find(([h]) => h === key)?.[1] ?? 'exact';
}

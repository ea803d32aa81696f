/**
 * Scaling by a power of ten in decimal, not in binary: 2.05 × 1e9 in floating point is 2049999999.9999998, but
 * the text says 2050000000. The decimal the number prints as (its shortest round-trip form) moves its exponent,
 * and parsing that string gives the double nearest the decimal the text stated.
 */
export function timesPowerOfTen(value: number, factor: number): number {
  const exponent = Math.round(Math.log10(factor));
  if (!Number.isFinite(value) || !Number.isFinite(factor) || factor <= 0 || 10 ** exponent !== factor) return value * factor;
  const [mantissa, own] = String(value).split('e');
  return Number(`${mantissa}e${Number(own ?? 0) + exponent}`);
}

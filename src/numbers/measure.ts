import { type Amount, type Kind, sticky } from './figure.js';
import { SYMBOL_UNIT, WORD_UNIT, unitOf } from './units.js';

/** Reading the measurement unit after an amount, with compounds: feet and inches, squares and cubes, "per". */

const FEET_INCHES = /[ \u00a0](\d{1,2}) ?(?:inches|inch|in)(?![\p{L}])/uy;
const INCH = /[ \u00a0]in(?=[ \u00a0](?:thick|long|wide|tall|high|deep|across|diameter)\b)/uy;
const POWER = /(?:\^([23])|([²³])|[ \u00a0](squared|cubed))(?![\p{L}\d])/uy;
const PER = /(?:[ \u00a0]?\/[ \u00a0]?|[ \u00a0]per[ \u00a0])/uy;
const LENGTH_NAMES: Record<string, string> = { km: 'kilometre', m: 'metre', cm: 'centimetre', mm: 'millimetre', mi: 'mile', ft: 'foot', in: 'inch', yd: 'yard' };
const LENGTHS = new Set(Object.keys(LENGTH_NAMES));
const AGE_OLD = /[ \u00a0-]old(?![\p{L}])/iuy;
const AGE_SPANS = new Set(['year', 'month', 'week', 'day']);

interface Measured {
  unit: string;
  kind: Kind;
  value: number;
  end: number;
}

/** A measurement unit after the amount: "70kg", "6.7-inch", "6 feet 1 inch", "60 years old", "100m", "12 kV/cm". */
export function readUnit(text: string, at: number, value: number, amount: Amount): Measured | null {
  const glued = !amount.spelled && /^[mt](?![\p{L}\d])/u.test(text.slice(at, at + 2)) ? text[at] : null;
  if (glued) return { unit: glued, kind: 'quantity', value, end: at + 1 };
  const symbol = !amount.spelled ? sticky(SYMBOL_UNIT, text, at) : null;
  const word = sticky(WORD_UNIT, text, at);
  const useSymbol = symbol !== null && (word === null || symbol[0].length >= word[0].length);
  const hit = useSymbol ? symbol : word;
  if (!hit) {
    const inch = !amount.spelled ? sticky(INCH, text, at) : null;
    return inch ? { unit: 'in', kind: 'quantity', value, end: INCH.lastIndex } : null;
  }
  const def = unitOf(hit[0], useSymbol);
  if (!def) return null;
  let end = at + hit[0].length;
  let v = value;
  let unit = def.unit;
  let kind: Kind = def.kind;
  const power = sticky(POWER, text, end);
  if (power && LENGTHS.has(unit)) {
    const cubic = power[0].includes('3') || power[0].includes('³') || /cubed/.test(power[0]);
    unit = cubic ? `cubic ${LENGTH_NAMES[unit]}` : `${unit}²`;
    end = POWER.lastIndex;
  }
  if (unit === 'ft') {
    const inches = sticky(FEET_INCHES, text, end);
    if (inches) {
      v += Number(inches[1]) / 12;
      end = FEET_INCHES.lastIndex;
    }
  }
  // "a 34-year-old", "60 years old", "a six-month-old": an age
  if (AGE_SPANS.has(unit) && sticky(AGE_OLD, text, end)) {
    end = AGE_OLD.lastIndex;
    kind = 'age';
    unit = `${unit}s`;
  }
  if (sticky(PER, text, end) && !unit.includes('/')) {
    const after = PER.lastIndex;
    const symbolic = sticky(SYMBOL_UNIT, text, after);
    const denominator = symbolic ?? sticky(WORD_UNIT, text, after);
    const d = denominator ? unitOf(denominator[0], symbolic !== null) : null;
    if (denominator && d) {
      unit = `${unit}/${d.unit}`;
      end = after + denominator[0].length;
    }
  }
  return { unit, kind, value: v, end };
}

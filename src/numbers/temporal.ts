import { MONTHS, MONTH_SHORT_FORMS } from '../lexicon/calendar.js';

/** Calendar dates and clock times: found before amounts so their digits are not read as counts. */

export interface Temporal {
  start: number;
  end: number;
  /** date: a calendar date; year: a span of years ("2018-19"); time: a clock time, swallowed (not a figure) */
  kind: 'date' | 'year' | 'time';
  range?: [number, number];
}

/** A month or its short form, the longer first ("september" before "sept" before "sep"). */
const MONTH = `(?:${[...MONTHS, ...MONTH_SHORT_FORMS].sort((a, b) => b.length - a.length).join('|')})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
const DOT = String.raw`(?:\.| \.)?`;

const DATES = new RegExp(
  [
    // July 4, 2016 · Sept. 20-24 · Jan. 24 · dec . 12 , 1994 · October 1 2019
    String.raw`\b(?<m1>${MONTH})${DOT}\s+${DAY}(?:\s?[-–]\s?${DAY})?(?:(?:,| ,)?\s+${YEAR})?(?![\d:])`,
    // 1 September 2019 · 4th of July
    String.raw`\b${DAY}\s+(?:of\s+)?(?<m2>${MONTH})\b${DOT}(?:,?\s+${YEAR})?`,
    // April 2018 · June of 2018
    String.raw`\b(?<m3>${MONTH})${DOT},?\s+(?:of\s+)?${YEAR}\b`,
    // 2019-09-01, 2019-09-01T10:38:07.190Z
    String.raw`\b${YEAR}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?\d\d)?)?`,
    // 5/17/2018
    String.raw`\b(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])/(?:\d{4}|\d{2})\b`,
  ].join('|'),
  'gi',
);

const TIMES = new RegExp(
  [
    // 8:25 PM · 17:22 · 1:36.6 · 10:38:07
    String.raw`\b\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?(?:\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b))?`,
    // 11 a.m. · 22pm · 5 PM
    String.raw`\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[ap]\.m\b)`,
  ].join('|'),
  'g',
);

/** "2018-19", "2019/20": a season or financial year, when the second year follows the first. */
const SEASON = /\b(1[6-9]\d\d|20\d\d)[-–/](\d\d)(?![\d/-])/g;

/** Lower-case "may", "mar", "jan" are words, not months, unless abbreviated with a dot. */
function isMonth(text: string, at: number, word: string): boolean {
  if (/^[A-Z]/.test(word)) return true;
  const lower = word.toLowerCase();
  if (['may', 'march'].includes(lower)) return false;
  return lower.length > 4 || /^ ?\./.test(text.slice(at + word.length, at + word.length + 2));
}

export function findTemporals(text: string): Temporal[] {
  const out: Temporal[] = [];
  DATES.lastIndex = 0;
  for (let m = DATES.exec(text); m; m = DATES.exec(text)) {
    const month = m.groups?.m1 ?? m.groups?.m2 ?? m.groups?.m3;
    if (month !== undefined && !isMonth(text, m.index + m[0].indexOf(month), month)) {
      DATES.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'date' });
  }
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    const first = Number(m[1]);
    const second = Math.floor(first / 100) * 100 + Number(m[2]);
    const start = m.index;
    const end = start + m[0].length;
    if (second === first + 1 && !out.some((d) => d.start < end && start < d.end)) out.push({ start, end, kind: 'year', range: [first, second] });
  }
  TIMES.lastIndex = 0;
  for (let m = TIMES.exec(text); m; m = TIMES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!out.some((d) => d.start < end && start < d.end)) out.push({ start, end, kind: 'time' });
  }
  return out.sort((a, b) => a.start - b.start);
}

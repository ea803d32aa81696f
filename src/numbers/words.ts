export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, tr: 1e12,
};

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₺': 'TRY', '₹': 'INR', c$: 'CAD', a$: 'AUD',
  hk$: 'HKD', nz$: 'NZD', '₽': 'RUB', '₩': 'KRW',
};

export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', lira: 'TRY',
  liras: 'TRY', yen: 'JPY', yuan: 'CNY', rupee: 'INR', rupees: 'INR', roubles: 'RUB', rubles: 'RUB',
  francs: 'CHF', usd: 'USD', eur: 'EUR', gbp: 'GBP',
};

/** Parses "twenty-five", "seven hundred", "one million" and digits with separators; null when it cannot. */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and' && w !== 'a');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const digits = /^\d[\d,]*(?:\.\d+)?$/.test(w) ? Number(w.replace(/,/g, '')) : null;
    if (digits !== null) {
      current += digits;
      seen = true;
    } else if (w in UNITS) {
      current += UNITS[w]!;
      seen = true;
    } else if (w in SCALES) {
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

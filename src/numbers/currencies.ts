/** Currencies: symbols and codes written before an amount, names written after it; all map to ISO 4217. */

/** Symbols and prefixes before the digits, longest first in the pattern. "$" alone is USD. */
export const CURRENCY_PREFIXES: Record<string, string> = {
  $: 'USD', 'us$': 'USD', '$us': 'USD', 'u.s.$': 'USD', 'a$': 'AUD', '$a': 'AUD', 'au$': 'AUD', 'c$': 'CAD',
  'ca$': 'CAD', '$c': 'CAD', 'can$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD', '$nz': 'NZD', 's$': 'SGD', 'r$': 'BRL',
  'nt$': 'TWD', 'mx$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₺': 'TRY', '₽': 'RUB', '₩': 'KRW',
  '₪': 'ILS', '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₴': 'UAH', '₿': 'BTC', rs: 'INR', 'rs.': 'INR',
  rm: 'MYR',
};

/** ISO codes written next to an amount: "USD 5", "EUR50m", "75 USD", "30 MUSD". */
export const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'AUD', 'CAD', 'CHF', 'INR', 'HKD', 'NZD', 'SGD', 'TRY', 'RUB', 'ZAR',
  'MYR', 'ILS', 'NIS', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN', 'KRW', 'IDR', 'THB', 'PHP', 'PKR', 'NGN', 'EGP', 'SAR',
  'AED', 'QAR', 'KWD', 'PLN', 'HUF', 'CZK', 'RON', 'UAH', 'ARS', 'CLP', 'COP', 'PEN', 'VND', 'TWD', 'KES', 'GHS',
  'BDT', 'LKR', 'IRR', 'IQD', 'BTC',
];
const ISO_ALIASES: Record<string, string> = { RMB: 'CNY', NIS: 'ILS' };

export function isoOf(code: string): string {
  const upper = code.toUpperCase();
  return ISO_ALIASES[upper] ?? upper;
}

/** Adjectives that pin a currency name to its country: "Australian dollars", "Turkish lira". */
const NATIONAL: Record<string, Record<string, string>> = {
  dollar: {
    us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD',
    'new zealand': 'NZD', singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD', 'new taiwan': 'TWD', zimbabwe: 'ZWL',
    zimbabwean: 'ZWL', jamaican: 'JMD', namibian: 'NAD',
  },
  pound: { british: 'GBP', egyptian: 'EGP', lebanese: 'LBP', sudanese: 'SDG', syrian: 'SYP' },
  franc: { swiss: 'CHF', french: 'FRF', cfa: 'XOF', belgian: 'BEF', congolese: 'CDF' },
  peso: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', philippine: 'PHP', cuban: 'CUP' },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR' },
  krone: { danish: 'DKK', norwegian: 'NOK' },
  krona: { swedish: 'SEK', icelandic: 'ISK' },
  crown: { danish: 'DKK', norwegian: 'NOK', swedish: 'SEK', czech: 'CZK' },
  dinar: { iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', bahraini: 'BHD', libyan: 'LYD', algerian: 'DZD', tunisian: 'TND', serbian: 'RSD' },
  riyal: { saudi: 'SAR', qatari: 'QAR', omani: 'OMR', yemeni: 'YER', iranian: 'IRR' },
  lira: { turkish: 'TRY' },
  shilling: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS' },
  yuan: { chinese: 'CNY' },
  guilder: { dutch: 'NLG' },
  mark: { german: 'DEM', deutsche: 'DEM', finnish: 'FIM' },
  yen: { japanese: 'JPY' },
  won: { 'south korean': 'KRW', korean: 'KRW', 'north korean': 'KPW' },
  rand: { 'south african': 'ZAR' },
  ringgit: { malaysian: 'MYR' },
  real: { brazilian: 'BRL' },
  rouble: { russian: 'RUB', belarusian: 'BYN' },
};

/** Currency names after an amount, singular, with the code a bare name means. */
const NAMES: Record<string, string | null> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', lira: 'TRY', franc: 'CHF', peso: 'MXN', krone: null, krona: 'SEK', crown: null, dinar: null,
  riyal: 'SAR', dirham: 'AED', shekel: 'ILS', rand: 'ZAR', ringgit: 'MYR', won: 'KRW', rouble: 'RUB',
  naira: 'NGN', baht: 'THB', rupiah: 'IDR', hryvnia: 'UAH', zloty: 'PLN', forint: 'HUF', koruna: 'CZK',
  leu: 'RON', kuna: 'HRK', lari: 'GEL', kip: 'LAK', colon: 'CRC', real: 'BRL', shilling: 'KES', taka: 'BDT',
  cedi: 'GHS', dong: 'VND', rial: 'IRR', guilder: 'NLG', mark: 'DEM', 'deutsche mark': 'DEM', bitcoin: 'BTC',
};

/** Minor units keep the amount as written: "50 cents" is 50 cent. */
export const MINOR_UNITS: Record<string, string> = { cent: 'cent', cents: 'cent', pence: 'pence', penny: 'pence', sen: 'sen', p: 'pence' };

const PLURALS: Record<string, string> = {
  dollars: 'dollar', euros: 'euro', pounds: 'pound', rupees: 'rupee', liras: 'lira', lire: 'lira', francs: 'franc',
  pesos: 'peso', kroner: 'krone', kronor: 'krona', kronur: 'krona', crowns: 'crown', dinars: 'dinar', riyals: 'riyal',
  dirhams: 'dirham', shekels: 'shekel', roubles: 'rouble', rubles: 'rouble', ruble: 'rouble', nairas: 'naira',
  zlotys: 'zloty', zlotych: 'zloty', forints: 'forint', lei: 'leu', kunas: 'kuna', laris: 'lari', colones: 'colon',
  reais: 'real', reals: 'real', shillings: 'shilling', cedis: 'cedi', rials: 'rial', guilders: 'guilder',
  marks: 'mark', 'deutsche marks': 'deutsche mark', bitcoins: 'bitcoin', hryvnias: 'hryvnia', bucks: 'dollar',
};

export const CURRENCY_NAME_PATTERN = [...Object.keys(NAMES), ...Object.keys(PLURALS)]
  .sort((a, b) => b.length - a.length).join('|');
export const NATIONAL_PATTERN = [...new Set(Object.values(NATIONAL).flatMap((m) => Object.keys(m)))]
  .sort((a, b) => b.length - a.length).map((a) => a.replace(/\./g, '\\.')).join('|');

/** The ISO code for a currency name and the adjective before it (if any); null when it cannot tell. */
export function currencyOfName(name: string, national?: string): string | null {
  const lower = name.toLowerCase();
  const singular = PLURALS[lower] ?? lower;
  const nat = national?.toLowerCase();
  if (nat) {
    const pinned = NATIONAL[singular]?.[nat];
    if (pinned) return pinned;
  }
  return NAMES[singular] ?? null;
}

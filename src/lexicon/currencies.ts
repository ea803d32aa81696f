/** Currencies as news writes them (signs, letters, names), each with its ISO 4217 code. */

/** Signs written before an amount. "$" alone is the US dollar. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₺': 'TRY', '₽': 'RUB', '₩': 'KRW', '₪': 'ILS', '₦': 'NGN',
  '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₴': 'UAH', '₾': 'GEL', '₿': 'BTC',
};

/** Letters before "$" that say whose dollar it is: "US$5", "A$5", "HK $5", "U.S.$5". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', 'U.S.': 'USD', AU: 'AUD', A: 'AUD', CA: 'CAD', CAN: 'CAD', C: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD',
  R: 'BRL', NT: 'TWD', MX: 'MXN',
};

/** Letters after "$" that say whose dollar it is: "$US5", "$A5". */
export const DOLLAR_SUFFIXES: Readonly<Record<string, string>> = { US: 'USD', A: 'AUD', C: 'CAD', NZ: 'NZD' };

/** Letters written before the digits, with or without a full stop: "Rs 500", "Rs. 500", "RM20". */
export const LETTER_PREFIXES: Readonly<Record<string, string>> = { Rs: 'INR', RM: 'MYR' };

/** ISO codes written next to an amount: "USD 5", "EUR50m", "75 USD", "45 MUSD". */
export const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'AUD', 'CAD', 'CHF', 'INR', 'HKD', 'NZD', 'SGD', 'TRY', 'RUB', 'ZAR',
  'MYR', 'ILS', 'NIS', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN', 'KRW', 'IDR', 'THB', 'PHP', 'PKR', 'NGN', 'EGP', 'SAR',
  'AED', 'QAR', 'KWD', 'PLN', 'HUF', 'CZK', 'RON', 'UAH', 'ARS', 'CLP', 'COP', 'PEN', 'VND', 'TWD', 'KES', 'GHS',
  'BDT', 'LKR', 'IRR', 'IQD', 'BTC',
];
/** Codes in use that ISO spells otherwise. */
export const ISO_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY', NIS: 'ILS' };

/** Currency names, singular, with the code the bare name means (null when it means none in particular). */
export const CURRENCY_NAMES: Readonly<Record<string, string | null>> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', lira: 'TRY', franc: 'CHF', peso: 'MXN', krone: null, krona: 'SEK', crown: null, dinar: null,
  riyal: 'SAR', dirham: 'AED', shekel: 'ILS', rand: 'ZAR', ringgit: 'MYR', won: 'KRW', rouble: 'RUB',
  naira: 'NGN', baht: 'THB', rupiah: 'IDR', hryvnia: 'UAH', zloty: 'PLN', forint: 'HUF', koruna: 'CZK',
  leu: 'RON', kuna: 'HRK', lari: 'GEL', kip: 'LAK', colon: 'CRC', real: 'BRL', shilling: 'KES', taka: 'BDT',
  cedi: 'GHS', dong: 'VND', rial: 'IRR', guilder: 'NLG', mark: 'DEM', 'deutsche mark': 'DEM', bitcoin: 'BTC',
};

/** Plurals and other spellings of the names, to the name. */
export const CURRENCY_NAME_FORMS: Readonly<Record<string, string>> = {
  dollars: 'dollar', euros: 'euro', pounds: 'pound', rupees: 'rupee', liras: 'lira', lire: 'lira', francs: 'franc',
  pesos: 'peso', kroner: 'krone', kronor: 'krona', kronur: 'krona', crowns: 'crown', dinars: 'dinar', riyals: 'riyal',
  dirhams: 'dirham', shekels: 'shekel', roubles: 'rouble', rubles: 'rouble', ruble: 'rouble', nairas: 'naira',
  zlotys: 'zloty', zlotych: 'zloty', forints: 'forint', lei: 'leu', kunas: 'kuna', laris: 'lari', colones: 'colon',
  reais: 'real', reals: 'real', shillings: 'shilling', cedis: 'cedi', rials: 'rial', guilders: 'guilder',
  marks: 'mark', 'deutsche marks': 'deutsche mark', bitcoins: 'bitcoin', hryvnias: 'hryvnia', bucks: 'dollar',
};

/** Currency names that are also everyday words ("won", "real", "mark", "crown"). */
export const EVERYDAY_CURRENCY_NAMES: ReadonlySet<string> = new Set(['won', 'real', 'mark', 'marks', 'kip', 'colon', 'dong', 'leu', 'lei', 'crown', 'crowns']);

/** Currency names and their forms that are no everyday word: "dollar", "euros", "lira". */
export const PLAIN_CURRENCY_NAMES: ReadonlySet<string> = new Set(
  [...Object.keys(CURRENCY_NAMES), ...Object.keys(CURRENCY_NAME_FORMS)].filter((w) => !EVERYDAY_CURRENCY_NAMES.has(w)),
);

/** Adjectives that pin a currency name to its country: "Australian dollars", "Turkish lira". */
export const NATIONAL_CURRENCIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
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

/** Minor units, each with the unit an amount of it is given in ("50 cents" is 50 cent). */
export const MINOR_UNITS: Readonly<Record<string, string>> = { cent: 'cent', cents: 'cent', pence: 'pence', penny: 'pence', sen: 'sen', p: 'pence' };

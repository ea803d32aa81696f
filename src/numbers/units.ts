/** Measurement units after an amount: the surface forms, and the one unit string lede writes for each. */

type UnitKind = 'quantity' | 'duration';

interface UnitDef {
  /** the unit lede writes: a common symbol (km, kg, °C, mph) or a singular name (barrel, acre, year) */
  unit: string;
  kind: UnitKind;
}

/** Spelled-out units, matched case-insensitively; "(?:e?s)?" style plurals are written into each form. */
const WORD_UNITS: Array<[string, string, UnitKind?]> = [
  ['square kilomet(?:re|er)s?|sq\\.? ?(?:km|kilomet(?:re|er)s?)', 'km²'],
  ['square met(?:re|er)s?|sq\\.? ?m', 'm²'],
  ['square miles?|sq\\.? ?mi(?:les?)?', 'sq mi'],
  ['square f(?:ee|oo)t|sq\\.? ?ft', 'sq ft'],
  ['cubic kilomet(?:re|er)s?', 'cubic kilometre'],
  ['cubic met(?:re|er)s?', 'cubic metre'],
  ['cubic f(?:ee|oo)t', 'cubic foot'],
  ['miles? (?:per|an|a) hour', 'mph'],
  ['kilomet(?:re|er)s? (?:per|an|a) hour', 'km/h'],
  ['radians?', 'rad'],
  ['met(?:re|er)s? (?:per|a) second', 'm/s'],
  ['nautical miles?', 'nautical mile'],
  ['light[- ]years?', 'light year'],
  ['kilomet(?:re|er)s?', 'km'],
  ['centimet(?:re|er)s?', 'cm'],
  ['millimet(?:re|er)s?', 'mm'],
  ['decimet(?:re|er)s?', 'dm'],
  ['micromet(?:re|er)s?|microns?', 'µm'],
  ['nanomet(?:re|er)s?', 'nm'],
  ['picomet(?:re|er)s?', 'picometre'],
  ['met(?:re|er)s?', 'm'],
  ['miles?', 'mi'],
  ['feet|foot', 'ft'],
  ['inch(?:es)?', 'in'],
  ['yards?', 'yd'],
  ['kilo(?:gram(?:me)?)?s?', 'kg'],
  ['milligram(?:me)?s?', 'mg'],
  ['microgram(?:me)?s?', 'µg'],
  ['gram(?:me)?s?', 'g'],
  ['gigatonnes?|gigatons?', 'Gt'],
  ['megatonnes?|megatons?', 'Mt'],
  ['metric tons?|tonnes?', 't'],
  ['tons?', 'ton'],
  ['ounces?', 'oz'],
  ['pound[- ]f(?:ee|oo)t', 'pound-foot'],
  ['pounds?|lbs?', 'lb'],
  ['carats?', 'carat'],
  ['millilit(?:re|er)s?', 'mL'],
  ['lit(?:re|er)s?', 'L'],
  ['gallons?', 'gal'],
  ['barrels?', 'barrel'],
  ['pints?', 'pint'],
  ['quarts?', 'quart'],
  ['tablespoons?', 'tablespoon'],
  ['teaspoons?', 'teaspoon'],
  ['cups?', 'cup'],
  ['acres?', 'acre'],
  ['hectares?', 'hectare'],
  ['knots?', 'knot'],
  ['brake horsepower', 'bhp'],
  ['horsepower', 'hp'],
  ['kilowatt[- ]hours?', 'kWh'],
  ['megawatt[- ]hours?', 'MWh'],
  ['gigawatt[- ]hours?', 'GWh'],
  ['terawatt[- ]hours?', 'TWh'],
  ['kilowatts?', 'kW'],
  ['megawatts?', 'MW'],
  ['gigawatts?', 'GW'],
  ['terawatts?', 'terawatt'],
  ['watts?', 'W'],
  ['kilovolts?', 'kV'],
  ['volts?', 'V'],
  ['gigahertz', 'GHz'],
  ['megahertz', 'MHz'],
  ['kilohertz', 'kHz'],
  ['hertz', 'Hz'],
  ['terabytes?', 'TB'],
  ['gigabytes?', 'GB'],
  ['megabytes?', 'MB'],
  ['kilobytes?', 'KB'],
  ['petabytes?', 'petabyte'],
  ['exabytes?', 'exabyte'],
  ['bits?', 'bit'],
  ['teraelectron ?volts?', 'teraelectronvolt'],
  ['electron ?volts?', 'electronvolt'],
  ['kilocalories|calories?', 'calorie'],
  ['kilojoules?', 'kJ'],
  ['joules?', 'J'],
  ['decibels?', 'dB'],
  ['deg(?:rees?|\\.)? ?(?:celsius|centigrade|c\\b)|celsius|centigrade', '°C'],
  ['deg(?:rees?|\\.)? ?(?:fahrenheit|farenheit|f\\b)|fahrenheit|farenheit', '°F'],
  ['kelvins?', 'K'],
  ['degrees?', '°'],
  ['parts? per million', 'ppm'],
  ['parts? per billion', 'ppb'],
  ['percentage points?', 'percentage point'],
  ['basis points?', 'bp'],
  ['points?|pts', 'point'],
  ['years?|yrs?', 'year', 'duration'],
  ['months?', 'month', 'duration'],
  ['weeks?', 'week', 'duration'],
  ['days?', 'day', 'duration'],
  ['nights?', 'night', 'duration'],
  ['hours?|hrs?', 'hour', 'duration'],
  ['minutes?|mins?', 'minute', 'duration'],
  ['milliseconds?', 'millisecond', 'duration'],
  ['seconds?|secs?', 'second', 'duration'],
  ['decades?', 'decade', 'duration'],
  ['centuries|century', 'century', 'duration'],
];

/** Symbols, matched case-sensitively, also written straight after the digits ("70kg", "155mph", "120Hz"). */
const SYMBOL_UNITS: Array<[string, string, UnitKind?]> = [
  ['km²|km2|sq km', 'km²'], ['m²|m2', 'm²'], ['km/h|kph|kmph|kmh|km/hr', 'km/h'], ['m/s', 'm/s'], ['mph', 'mph'],
  ['mpg', 'mpg'], ['rpm', 'rpm'], ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['TWh', 'TWh'], ['kW', 'kW'],
  ['MW', 'MW'], ['GW', 'GW'], ['kV', 'kV'], ['GHz|Ghz|ghz', 'GHz'], ['MHz|Mhz|mhz', 'MHz'], ['kHz|khz|KHz', 'kHz'], ['Hz|hz', 'Hz'],
  ['TB', 'TB'], ['GB', 'GB'], ['MB', 'MB'], ['KB|kB', 'KB'], ['Gbps', 'Gbps'], ['Mbps', 'Mbps'], ['km|kms', 'km'],
  ['cm³|cm3', 'cubic centimetre'], ['m³|m3', 'cubic metre'], ['km³|km3', 'cubic kilometre'], ['cm', 'cm'], ['mm', 'mm'], ['dm', 'dm'], ['µm|μm', 'µm'], ['nm', 'nm'], ['mi', 'mi'], ['ft', 'ft'], ['yd|yds', 'yd'],
  ['kg|kgs', 'kg'], ['mg', 'mg'], ['µg|μg|mcg', 'µg'], ['g', 'g'], ['lbs?', 'lb'], ['oz', 'oz'], ['mL|ml', 'mL'],
  ['L', 'L'], ['bbl', 'barrel'], ['bpd', 'barrel/day'], ['hp|HP', 'hp'], ['bhp', 'bhp'], ['W', 'W'], ['V', 'V'], ['eV', 'electronvolt'],
  ['TeV', 'teraelectronvolt'], ['kcal', 'calorie'], ['dB', 'dB'], ['ppm', 'ppm'], ['ppb', 'ppb'], ['bps|bp', 'bp'],
  ['ha', 'hectare'], ['rad', 'rad'], ['kbps', 'kbps'], ['ppg', 'point/game'], ['tsp', 'teaspoon'], ['tbsp', 'tablespoon'],
  ['°C|ºC|° C|degC|deg C|deg\\. C', '°C'], ['°F|ºF|° F|degF|deg F|deg\\. F', '°F'], ['°|º|deg', '°'],
  ['hrs?|h', 'hour', 'duration'], ['mins?', 'minute', 'duration'], ['ms', 'millisecond', 'duration'],
  ['secs?', 'second', 'duration'],
];

function table(defs: Array<[string, string, UnitKind?]>, flags: string): { pattern: string; lookup: Array<[RegExp, UnitDef]> } {
  return {
    pattern: defs.map(([p]) => p).join('|'),
    lookup: defs.map(([p, unit, kind]) => [new RegExp(`^(?:${p})$`, flags), { unit, kind: kind ?? 'quantity' }]),
  };
}

const WORDS = table(WORD_UNITS, 'iu');
const SYMBOLS = table(SYMBOL_UNITS, 'u');

/** A spelled-out unit after a space or hyphen: " miles", "-inch", " square kilometres". */
export const WORD_UNIT = new RegExp(`[ \\u00a0-]?(?:${WORDS.pattern})(?![\\p{L}\\d])`, 'iuy');
/** A unit symbol, straight after the digits or after one space: "70kg", " km", "°C". */
export const SYMBOL_UNIT = new RegExp(`[ \\u00a0-]?(?:${SYMBOLS.pattern})(?![\\p{L}\\d²³])`, 'uy');

/** Units by surface, for each table: a surface names the same unit in every document. */
const SYMBOL_SURFACES = new Map<string, UnitDef | null>();
const WORD_SURFACES = new Map<string, UnitDef | null>();
/** Surfaces differ mostly in case and spacing; past this many the tables are searched again. */
const MAX_SURFACES = 4096;

/** The unit a matched surface names (the surface as WORD_UNIT or SYMBOL_UNIT matched it). */
export function unitOf(surface: string, symbol: boolean): UnitDef | null {
  const known = symbol ? SYMBOL_SURFACES : WORD_SURFACES;
  let def = known.get(surface);
  if (def === undefined) {
    def = findUnit(surface, symbol);
    if (known.size < MAX_SURFACES) known.set(surface, def);
  }
  return def;
}

function findUnit(surface: string, symbol: boolean): UnitDef | null {
  const s = surface.replace(/^[ \u00a0-]/, '').replace(/\s+/g, ' ');
  return (symbol ? SYMBOLS : WORDS).lookup.find(([re]) => re.test(s))?.[1] ?? null;
}

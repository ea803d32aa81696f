import { SCHEMA_VERSION, type Extraction, type Span } from '../../src/schema.js';

/**
 * A hand-built extraction that fills every field the schema has (geo, candidates, pronoun speakers, split and
 * reported quotes, claimants named and unnamed, diagnostics), so renderers are tested on the full contract
 * whatever the extractors find today.
 */
export const SAMPLE_TEXT = [
  'Council approves harbour bridge after 10-year fight',
  '',
  'BRISTOL — The city council approved a £120 million bridge across the harbour on Monday, Mayor Ruth Okafor said.',
  '',
  '"This is the day we stop talking and start building," Okafor told reporters. "It will carry 9,000 cyclists a day," she added, "and it will last a century."',
  '',
  'Critics called the plan "a vanity project". Officials said about 40 homes would be demolished. British engineers will build it.',
  '',
  'A source close to the council said the cost could rise to £150 million by 2027.',
  '',
].join('\r\n');

function at(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) is not in the sample text`);
  }
  return { start, end: start + needle.length, text: needle };
}

export function sampleExtraction(text = SAMPLE_TEXT): Extraction {
  const s = (needle: string, nth = 0) => at(text, needle, nth);
  const okafor = { name: 'Ruth Okafor', entityId: 'person:ruth-okafor' };
  const bristol = { geonameId: 2654675, name: 'Bristol', lat: 51.45523, lon: -2.59665, countryCode: 'GB', featureKind: 'city' as const, population: 467099 };
  const quote = (needle: string, nth = 0) => {
    const span = s(needle, nth);
    return { ...span, parts: [{ start: span.start + 1, end: span.end - 1, text: span.text.slice(1, -1) }] };
  };
  const split1 = s('"It will carry 9,000 cyclists a day,"');
  const split2 = s('"and it will last a century."');
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { lede: '0.0.0-test', model: 'test', gazetteer: 'test', options: { include: ['text'] } },
    input: { format: 'text', length: text.length },
    text,
    headline: s('Council approves harbour bridge after 10-year fight'),
    dateline: s('BRISTOL —'),
    entities: [
      { id: 'org:city-council', type: 'ORG', name: 'city council', aliases: [], roles: [], mentions: [{ ...s('city council'), kind: 'name' }, { ...s('the council'), kind: 'description' }] },
      { id: 'gpe:bristol', type: 'GPE', name: 'Bristol', aliases: [], roles: [], mentions: [{ ...s('BRISTOL'), kind: 'name' }] },
      {
        id: 'person:ruth-okafor',
        type: 'PERSON',
        name: 'Ruth Okafor',
        aliases: [],
        roles: ['mayor'],
        mentions: [
          { ...s('Ruth Okafor'), kind: 'name' },
          { ...s('Okafor', 1), kind: 'name' },
          { ...s('she'), kind: 'pronoun' },
        ],
      },
      { id: 'norp:british', type: 'NORP', name: 'British', aliases: [], roles: [], mentions: [{ ...s('British'), kind: 'name' }] },
    ],
    quotes: [
      {
        id: 'q:1',
        ...quote('"This is the day we stop talking and start building,"'),
        kind: 'direct',
        partial: false,
        speaker: { ...okafor, mention: s('Okafor', 1), resolvedBy: 'explicit' },
        cue: { ...s('told'), lemma: 'tell' },
      },
      {
        id: 'q:2',
        start: split1.start,
        end: split2.end,
        text: text.slice(split1.start, split2.end),
        kind: 'direct',
        partial: false,
        parts: [
          { start: split1.start + 1, end: split1.end - 1, text: split1.text.slice(1, -1) },
          { start: split2.start + 1, end: split2.end - 1, text: split2.text.slice(1, -1) },
        ],
        speaker: { ...okafor, mention: s('she'), resolvedBy: 'pronoun' },
        cue: { ...s('added'), lemma: 'add' },
      },
      {
        id: 'q:3',
        ...quote('"a vanity project"'),
        kind: 'direct',
        partial: true,
        speaker: { name: 'Critics', entityId: null, mention: s('Critics'), resolvedBy: 'explicit' },
        cue: { ...s('called'), lemma: 'call' },
      },
      {
        id: 'q:4',
        ...s('about 40 homes would be demolished'),
        kind: 'indirect',
        partial: false,
        parts: [s('about 40 homes would be demolished')],
        speaker: { name: 'Officials', entityId: null, mention: s('Officials'), resolvedBy: 'explicit' },
        cue: { ...s('said', 1), lemma: 'say' },
      },
    ],
    numbers: [
      { id: 'n:1', ...s('10-year'), kind: 'duration', value: 10, range: null, unit: 'year', qualifier: 'exact', counts: null, claimedBy: null },
      {
        id: 'n:2',
        ...s('£120 million'),
        kind: 'money',
        value: 120e6,
        range: null,
        unit: 'GBP',
        qualifier: 'exact',
        counts: s('bridge'),
        claimedBy: { ...okafor, mention: s('Ruth Okafor') },
      },
      {
        id: 'n:3',
        ...s('9,000'),
        kind: 'count',
        value: 9000,
        range: null,
        unit: null,
        qualifier: 'exact',
        counts: s('cyclists'),
        claimedBy: { ...okafor, mention: s('she') },
      },
      {
        id: 'n:4',
        ...s('about 40'),
        kind: 'count',
        value: 40,
        range: null,
        unit: null,
        qualifier: 'approximate',
        counts: s('homes'),
        claimedBy: { name: 'Officials', entityId: null, mention: s('Officials') },
      },
      {
        id: 'n:5',
        ...s('£150 million'),
        kind: 'money',
        value: 150e6,
        range: null,
        unit: 'GBP',
        qualifier: 'at_most',
        counts: s('the cost'),
        claimedBy: { name: 'A source close to the council', entityId: null, mention: s('A source close to the council') },
      },
      { id: 'n:6', ...s('2027'), kind: 'year', value: 2027, range: null, unit: null, qualifier: 'exact', counts: null, claimedBy: null },
    ],
    locations: [
      {
        id: 'place:bristol',
        name: 'Bristol',
        entityId: 'gpe:bristol',
        mentions: [{ ...s('BRISTOL'), role: 'dateline' }],
        geo: bristol,
        candidates: [{ ...bristol, geonameId: 4830198, lat: 41.67176, lon: -72.94927, countryCode: 'US', population: 60833 }],
      },
      { id: 'place:harbour', name: 'the harbour', entityId: null, mentions: [{ ...s('the harbour'), role: 'mention' }], geo: null, candidates: [] },
    ],
    diagnostics: [{ severity: 'warning', code: 'quotes/unclosed', message: 'a quote mark is never closed', start: 10, end: 11 }],
  };
}

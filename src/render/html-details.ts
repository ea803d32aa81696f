import type { Entity, Extraction, Location, NumericClaim, Quote, Why } from '../schema.js';
import { figureRow, howFound, quoteText } from './digest.js';
import { coordinates, display, geoLabel, osmUrl, plural, whyText } from './format.js';

/** What the page shows about one highlighted item when it is pointed at or clicked. */
export interface Detail {
  kind: string;
  title: string;
  facts: Array<[string, string]>;
  links: Array<[string, string]>;
}

export function detailsOf(x: Extraction): Record<string, Detail> {
  const out: Record<string, Detail> = {};
  const located = new Map(x.locations.filter((l) => l.entityId).map((l) => [l.entityId!, l]));
  const quotesBy = new Map<string, number>();
  for (const q of x.quotes) if (q.speaker?.entityId) quotesBy.set(q.speaker.entityId, (quotesBy.get(q.speaker.entityId) ?? 0) + 1);
  for (const e of x.entities) {
    const l = located.get(e.id);
    if (l) out[l.id] = placeDetail(l, e);
    else out[e.id] = entityDetail(e, quotesBy.get(e.id) ?? 0);
  }
  for (const l of x.locations) out[l.id] ??= placeDetail(l, null);
  for (const q of x.quotes) out[q.id] = quoteDetail(q);
  for (const n of x.numbers) out[n.id] = numberDetail(n);
  return out;
}

const TYPE_LABEL: Record<Entity['type'], string> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'place',
  LOC: 'place',
  FAC: 'facility',
  NORP: 'nationality or group',
  EVENT: 'event',
  MISC: 'name',
};

/** "Anton Jansen ×2, he, the chief executive" */
function mentionList(mentions: Array<{ text: string }>): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(display(m.text), (counts.get(display(m.text)) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
}

function entityDetail(e: Entity, quotes: number): Detail {
  const facts: Array<[string, string]> = [];
  if (e.roles.length) facts.push(['roles', e.roles.map(display).join('; ')]);
  facts.push(['mentions', `${e.mentions.length}: ${mentionList(e.mentions)}`]);
  if (quotes) facts.push(['quoted', plural(quotes, 'time')]);
  pushWhy(facts, 'why', e.why);
  return { kind: TYPE_LABEL[e.type], title: display(e.name), facts, links: [] };
}

function placeDetail(l: Location, e: Entity | null): Detail {
  const facts: Array<[string, string]> = [];
  if (l.geo) facts.push(['where', `${display(l.geo.name)}: ${geoLabel(l.geo)}`], ['coordinates', coordinates(l.geo)]);
  else facts.push(['where', 'not placed on the map']);
  if (l.mentions.some((m) => m.role === 'dateline')) facts.push(['dateline', 'yes']);
  facts.push(['mentions', `${l.mentions.length}: ${mentionList(l.mentions)}`]);
  if (l.candidates.length) facts.push(['could also be', l.candidates.map((c) => `${display(c.name)}${c.countryCode ? ` (${c.countryCode})` : ''}`).join(', ')]);
  pushWhy(facts, 'why', l.why);
  const links: Array<[string, string]> = l.geo ? [['OpenStreetMap', osmUrl(l.geo)]] : [];
  return { kind: e ? TYPE_LABEL[e.type] : 'place', title: display(l.name), facts, links };
}

const QUOTE_KIND: Record<Quote['kind'], string> = { direct: 'direct quote', indirect: 'reported speech', mixed: 'partly quoted, partly reported' };

function quoteDetail(q: Quote): Detail {
  const s = q.speaker;
  const facts: Array<[string, string]> = [['speaker', s ? display(s.name) : 'none found']];
  const how = s ? howFound(s) : null;
  if (how) facts.push(['found', how]);
  else if (s?.mention) facts.push(['named as', display(s.mention.text)]);
  if (q.cue) facts.push(['cue', `${display(q.cue.text)} (${q.cue.lemma})`]);
  facts.push(['kind', QUOTE_KIND[q.kind] + (q.partial ? ', partial' : '')]);
  if (q.parts.length > 1) facts.push(['pieces', String(q.parts.length)]);
  pushWhy(facts, 'why', q.why);
  pushWhy(facts, 'why this speaker', s?.why);
  return { kind: 'quote', title: quoteText(q), facts, links: [] };
}

function numberDetail(n: NumericClaim): Detail {
  const f = figureRow(n);
  const facts: Array<[string, string]> = [['value', f.value]];
  if (f.hedge) facts.push(['hedge', f.hedge]);
  if (f.counts) facts.push(['counts', f.counts]);
  facts.push(['claimed by', f.claimedBy ?? 'no source in the text'], ['kind', n.kind]);
  pushWhy(facts, 'why', n.why);
  pushWhy(facts, 'why this source', n.claimedBy?.why);
  return { kind: 'figure', title: f.text, facts, links: [] };
}

/** With --explain: the rule and its evidence, one line. */
function pushWhy(facts: Array<[string, string]>, label: string, why: Why | undefined): void {
  if (why) facts.push([label, whyText(why)]);
}

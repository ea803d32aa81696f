import { describe, expect, it } from 'vitest';
import { diffExtractions } from '../src/check/diff.js';
import type { DocumentDiff } from '../src/check/report.js';
import type { Json, JsonObject } from '../src/check/values.js';

const TEXT = 'Mayor Ana Ortiz said "the river is still rising" on Tuesday, as 700,000 residents left Valdora.';

function span(s: string, from = 0): JsonObject {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in the text: ${s}`);
  return { start, end: start + s.length, text: s };
}

function extraction(parts: JsonObject = {}): JsonObject {
  return {
    schemaVersion: '1.0.0',
    meta: { lede: '1.2.3', model: 'aaaa', gazetteer: 'bbbb', options: { include: [] } },
    input: { format: 'text', length: TEXT.length },
    headline: null,
    dateline: null,
    entities: [entity('PERSON', 'Ana Ortiz', ['Ana Ortiz'], ['mayor']), entity('GPE', 'Valdora', ['Valdora'])],
    quotes: [quote()],
    numbers: [number('700,000', 700000)],
    locations: [],
    diagnostics: [],
    ...parts,
  };
}

function entity(type: string, name: string, mentions: string[], roles: string[] = []): JsonObject {
  const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/\W+/g, '-')}`;
  return { id, type, name, roles, mentions: mentions.map((m) => ({ ...span(m), kind: 'name' })) };
}

function quote(speaker: Json = { name: 'Ana Ortiz', entityId: 'person:ana-ortiz', mention: span('Ana Ortiz'), resolvedBy: 'explicit' }): JsonObject {
  const s = span('"the river is still rising"');
  return { id: `q:${s.start}-${s.end}`, ...s, kind: 'direct', partial: false, parts: [span('the river is still rising')], speaker, cue: { ...span('said'), lemma: 'say' } };
}

function number(text: string, value: number, range: Json = null): JsonObject {
  const s = span(text);
  return { id: `n:${s.start}-${s.end}`, ...s, kind: 'count', value, range, unit: null, qualifier: 'exact', counts: span('residents'), claimedBy: null };
}

function lines(d: DocumentDiff): string[] {
  return [
    ...d.fields.map((f) => f.message),
    ...d.items.flatMap((i) => (i.op === 'changed' ? i.fields.map((f) => `${i.label}: ${f.message}`) : [`${i.label} ${i.op}: ${i.summary}`])),
  ];
}

function changed(edit: (x: JsonObject) => void, options = {}): string[] {
  const after = extraction();
  edit(after);
  return lines(diffExtractions(extraction(), after, options));
}

const Q = quote().id as string;
const N = number('700,000', 0).id as string;

describe('diffExtractions', () => {
  it('finds nothing between equal extractions, whatever the order of items and keys', () => {
    const a = extraction();
    const b = extraction({ entities: [...(a.entities as Json[])].reverse() });
    const reordered = Object.fromEntries(Object.entries(b).reverse());
    const d = diffExtractions(a, reordered);
    expect(d.fields).toEqual([]);
    expect(d.items).toEqual([]);
  });

  it('says in words that a speaker was lost', () => {
    expect(changed((x) => ((x.quotes as JsonObject[])[0]!.speaker = null))).toEqual([`quote ${Q}: speaker changed from "Ana Ortiz" to null`]);
  });

  it('names the changed field of a number, with its text', () => {
    expect(changed((x) => ((x.numbers as JsonObject[])[0]!.value = 700))).toEqual([`number ${N} (700,000): value changed from 700000 to 700`]);
  });

  it('pairs an item whose span moved by the text it shares, and says what its id became', () => {
    const d = diffExtractions(extraction(), extraction({ numbers: [number('700', 700)] }));
    expect(d.counts.number).toEqual({ added: 0, removed: 0, changed: 1 });
    const short = number('700', 700);
    expect(lines(d)).toEqual([
      `number ${N} (700,000) (now ${short.id}): span changed from ${N.slice(2)} "700,000" to ${(short.id as string).slice(2)} "700"`,
      `number ${N} (700,000) (now ${short.id}): value changed from 700000 to 700`,
    ]);
  });

  it('compares the mentions and roles of an entity as sets', () => {
    const out = changed((x) => {
      const [person] = x.entities as JsonObject[];
      person!.roles = ['mayor', 'engineer'];
      person!.mentions = [{ ...span('Ana Ortiz'), kind: 'name' }, { ...span('Mayor Ana Ortiz'), kind: 'name' }].reverse();
    });
    const m = span('Mayor Ana Ortiz');
    expect(out).toEqual(['entity person:ana-ortiz: role "engineer" added', `entity person:ana-ortiz: mention ${m.start}-${m.end} "Mayor Ana Ortiz" added`]);
  });

  it('pairs an entity whose type and id changed by its mentions', () => {
    const out = changed((x) => ((x.entities as JsonObject[])[1] = entity('ORG', 'Valdora', ['Valdora'])));
    expect(out).toEqual(['entity gpe:valdora (now org:valdora): type changed from "GPE" to "ORG"']);
  });

  it('lists added and removed items with a summary, and counts them per kind', () => {
    const d = diffExtractions(extraction(), extraction({ quotes: [], locations: [{ id: 'place:valdora', name: 'Valdora', entityId: 'gpe:valdora', mentions: [{ ...span('Valdora'), role: 'mention' }], geo: null, candidates: [] }] }));
    expect(lines(d)).toEqual([
      `quote ${Q} removed: ""the river is still rising"" (speaker "Ana Ortiz")`,
      'location place:valdora added: "Valdora" (1 mention)',
    ]);
    expect(d.counts.quote.removed).toBe(1);
    expect(d.counts.location.added).toBe(1);
    expect(d.counts.entity).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('pairs diagnostics by code and place', () => {
    const diag = (code: string, message: string) => ({ severity: 'warning', code, message, start: 21, end: 48 });
    const a = extraction({ diagnostics: [diag('quotes/unclosed', 'no closing mark')] });
    expect(lines(diffExtractions(a, extraction({ diagnostics: [diag('quotes/unclosed', 'no closing quote mark')] })))).toEqual([
      'diagnostic quotes/unclosed at 21-48: message changed from "no closing mark" to "no closing quote mark"',
    ]);
    expect(lines(diffExtractions(a, extraction({ diagnostics: [diag('quotes/nested', 'no closing mark')] })))).toEqual([
      'diagnostic quotes/unclosed at 21-48 removed: warning: no closing mark',
      'diagnostic quotes/nested at 21-48 added: warning: no closing mark',
    ]);
  });

  it('treats a numeric range as one value', () => {
    const out = changed((x) => ((x.numbers as JsonObject[])[0]!.range = [600000, null]));
    expect(out).toEqual([`number ${N} (700,000): range changed from null to [600000, null]`]);
  });

  it('reports a field added by a newer schema, and document fields such as the headline', () => {
    const out = changed((x) => {
      (x.quotes as JsonObject[])[0]!.confidence = 0.5;
      x.headline = span('Mayor Ana Ortiz');
    });
    expect(out).toEqual([`headline changed from null to 0-15 "Mayor Ana Ortiz"`, `quote ${Q}: confidence added: 0.5`]);
  });

  it('ignores meta unless asked', () => {
    const edit = (x: JsonObject) => ((x.meta as JsonObject).model = 'cccc');
    expect(changed(edit)).toEqual([]);
    expect(changed(edit, { includeMeta: true })).toEqual(['meta.model changed from "aaaa" to "cccc"']);
  });

  it('says when a document fails in one run only', () => {
    const failed = { schemaVersion: '1.0.0', id: 'd1', error: { code: 'E_DOCUMENT', message: 'the document is empty' } };
    expect(lines(diffExtractions(extraction(), failed))).toEqual(['the document now fails: the document is empty']);
    expect(lines(diffExtractions(failed, extraction()))).toEqual(['the document no longer fails (it failed with: the document is empty)']);
  });

  it('keeps before and after values for machines', () => {
    const d = diffExtractions(extraction(), extraction({ quotes: [quote(null)] }));
    expect(d.items[0]).toMatchObject({ kind: 'quote', id: Q, op: 'changed', fields: [{ path: 'speaker', op: 'changed', after: null }] });
    expect(d.items[0]!.fields[0]!.before).toMatchObject({ name: 'Ana Ortiz' });
  });
});

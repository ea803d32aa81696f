import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import type { EntityType } from '../src/schema.js';
import type { NameMention } from '../src/entities/merge.js';
import { withRelativesNamed } from '../src/entities/relatives.js';

/** The document's mentions of `names`, typed as given, as the tagger might have read them. */
function mentionsOf(text: string, names: Array<[string, EntityType]>): NameMention[] {
  return names.flatMap(([name, type]) => {
    const out: NameMention[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.push({ start: at, end: at + name.length, type, caps: false, dateline: false, rule: 'entities/tagger', title: null, typedBy: null });
    }
    return out;
  }).sort((a, b) => a.start - b.start);
}

function typesAfter(text: string, names: Array<[string, EntityType]>): Record<string, string> {
  const doc = createDoc(text);
  return Object.fromEntries(withRelativesNamed(doc, mentionsOf(text, names)).map((m) => [text.slice(m.start, m.end), m.type]));
}

describe('a two-word name read as an organisation that shares the surname of a person named in full is a relative', () => {
  it.each([
    ['Daniel Vance was shot on Tuesday. Rosa Vance said her husband was unarmed.', 'Daniel Vance', 'Rosa Vance'],
    ['Donald Okafor spoke first. Later Adaeze Okafor told reporters her father was tired.', 'Donald Okafor', 'Adaeze Okafor'],
    ['Coach Peter Lindqvist has two sons in the squad; Emil Lindqvist scored twice.', 'Peter Lindqvist', 'Emil Lindqvist'],
  ])('"%s": %s makes %s a person, its surname the cue', (text, person, relative) => {
    const doc = createDoc(text);
    const out = withRelativesNamed(doc, mentionsOf(text, [[person, 'PERSON'], [relative, 'ORG']]));
    const m = out.find((x) => text.slice(x.start, x.end) === relative)!;
    expect(m.type).toBe('PERSON');
    expect(m.rule).toBe('entities/type-evidence');
    expect(text.slice(m.typedBy!.start, m.typedBy!.end)).toBe(person.split(' ')[1]);
  });

  it('keeps a first word of place or common use, and a last word of common use, an organisation', () => {
    const text = 'Daniel Vance spoke. North Vance voted, Harbour Vance closed, and Paul Energy, a misread trader, praised Dana Energy.';
    expect(typesAfter(text, [['Daniel Vance', 'PERSON'], ['North Vance', 'ORG'], ['Harbour Vance', 'ORG'], ['Paul Energy', 'PERSON'], ['Dana Energy', 'ORG']]))
      .toMatchObject({ 'North Vance': 'ORG', 'Harbour Vance': 'ORG', 'Dana Energy': 'ORG' });
  });

  it('needs the person named in full from a given name, not a surname alone or another organisation', () => {
    const text = 'Vance said on Monday that Rosa Vance would attend. Hollis Vance Partners declined to comment.';
    expect(typesAfter(text, [['Vance', 'PERSON'], ['Rosa Vance', 'ORG']])).toMatchObject({ 'Rosa Vance': 'ORG' });
    expect(typesAfter(text, [['Hollis Vance Partners', 'ORG'], ['Rosa Vance', 'ORG']])).toMatchObject({ 'Rosa Vance': 'ORG' });
  });
});

describe('a bare surname after a relative named by it is still the person named first', () => {
  it('gives "Vance" after "Rosa Vance" to Daniel Vance, and Rosa Vance her own entity', async () => {
    const { mergeMentions } = await import('../src/entities/merge.js');
    const text = 'Daniel Vance was shot on Tuesday. Vance, 43, was unarmed. Rosa Vance said her husband had no gun. Vance was a bus driver.';
    const doc = createDoc(text);
    const entities = mergeMentions(doc, withRelativesNamed(doc, mentionsOf(text, [['Daniel Vance', 'PERSON'], ['Rosa Vance', 'ORG']]).concat(
      [text.indexOf('Vance,'), text.lastIndexOf('Vance was')].map((at) => ({ start: at, end: at + 5, type: 'PERSON' as const, caps: false, dateline: false, rule: 'entities/tagger' as const, title: null, typedBy: null })),
    ).sort((a, b) => a.start - b.start)));
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Daniel Vance', 'PERSON', 3], ['Rosa Vance', 'PERSON', 1]]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const names = (text: string) => extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => [m.text, e.type]));

describe('an organisation, "of" and a place is two names where the first is a name on its own', () => {
  it.each([
    ['Genk were drawn against Lyon of France in the last 16, and Lyon will host the first leg.', 'Lyon', 'France'],
    ['The holders face Sparta of Prague next month; Sparta beat them twice last season.', 'Sparta', 'Prague'],
    ['Midfielder Ana Ruiz has signed for Deportivo of La Coruna. Deportivo paid 4 million euros.', 'Deportivo', 'La Coruna'],
    ['The Ford Motor Co of Canada said it would add a shift at its Oakville plant.', 'Ford Motor Co', 'Canada'],
    ['Shares in Harlan Foods Inc of the United States rose 4 percent.', 'Harlan Foods Inc', 'United States'],
    ['Holders approved the takeover by Westmark Trust Ltd. of Toronto on Friday.', 'Westmark Trust Ltd.', 'Toronto'],
  ])('"%s": %s, then %s', (text, owner, place) => {
    const read = names(text);
    expect(read).toContainEqual([owner, 'ORG']);
    expect(read.find(([t]) => t === place)?.[1]).toMatch(/^(GPE|LOC)$/);
    expect(read.some(([t]) => t!.includes(' of '))).toBe(false);
  });

  it.each([
    ['Traders said the Bank of England held rates on Thursday.', 'Bank of England'],
    ['She studied at the University of Michigan before joining the firm.', 'University of Michigan'],
    ['The Church of Scotland said it would sell the hall.', 'Church of Scotland'],
    ['A grant from the United Way of America paid for the vans, a United Way spokesman said.', 'United Way of America'],
  ])('"%s" keeps %s whole: its first word names nothing alone', (text, name) => {
    expect(names(text).map(([t]) => t)).toContain(name);
  });

  it.each([
    ['The Federal Republic of Yugoslavia was not invited to the talks.', 'Federal Republic of Yugoslavia'],
    ['Envoys from the Kingdom of Bhutan arrived in Delhi on Monday.', 'Kingdom of Bhutan'],
    ['The Democratic Republic of Congo closed the border.', 'Democratic Republic of Congo'],
  ])('"%s": a kind of state of a place is the state, a place', (text, name) => {
    expect(names(text).find(([t]) => t === name)?.[1]).toMatch(/^(GPE|LOC)$/);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { refineType } from '../src/entities/types.js';

const typeOf = (text: string, name: string): string | undefined => extract(text).entities.find((e) => e.name === name)?.type;

describe('a name ending in a natural feature\'s word is a place, whatever the tagger read', () => {
  it.each([
    ['Ferries across the Sunda Strait were halted on Monday.', 'Sunda Strait'],
    ['Fishermen on Elbow Lake reported the ice was thin.', 'Elbow Lake'],
    ['Warships patrolled the South China Sea, officials said.', 'South China Sea'],
  ])('"%s": %s is LOC', (text, name) => {
    expect(typeOf(text, name)).toBe('LOC');
  });

  it.each(["Sullivan's Island", 'Kestrel River', 'Sable Peninsula', 'Tamar Valley', 'Coral Coast'])('%s read as an organisation is LOC', (name) => {
    expect(refineType(name, 'ORG')).toBe('LOC');
  });

  it('keeps an institution named after one, and a one-word name, as the tagger read them', () => {
    expect(typeOf('Students at the University of the Upper Valley protested.', 'University of the Upper Valley')).toBe('ORG');
    expect(refineType('Fraser Valley Regional District', 'ORG')).toBe('ORG');
    expect(refineType('Island', 'ORG')).toBe('ORG');
  });
});

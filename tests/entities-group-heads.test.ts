import { describe, expect, it } from 'vitest';
import { refineType } from '../src/entities/types.js';
import { extract } from '../src/index.js';

describe('"Group" ends an organisation\'s name, never a place\'s', () => {
  it.each([['Harwick Financial Group'], ['North Fork Regional Water Planning Group'], ['Lindale Media Group']])('%s read as a place is an ORG', (name) => {
    expect(refineType(name, 'LOC')).toBe('ORG');
  });

  it('in a sentence', () => {
    const text = 'Scott Randall of Harwick Financial Group said the company would have to cut costs.';
    expect(extract(text).entities.find((e) => e.name === 'Harwick Financial Group')?.type).toBe('ORG');
  });
});

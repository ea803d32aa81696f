import { describe, expect, it } from 'vitest';
import { refineType } from '../src/entities/types.js';
import { extract } from '../src/index.js';

describe('"Group" ends an organisation\'s name, never a place\'s', () => {
  it.each([['Harwick Financial Group'], ['Upper Cedar Basin Flood Planning Group'], ['Lindale Media Group']])('%s read as a place is an ORG', (name) => {
    expect(refineType(name, 'LOC')).toBe('ORG');
  });

  it('in a sentence', () => {
    const text = 'Dana Pryor of Harwick Financial Group expects the company to sell its chip unit.';
    expect(extract(text).entities.find((e) => e.name === 'Harwick Financial Group')?.type).toBe('ORG');
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const grid = (lines: string[]) =>
  extract(['MOTOR RACING - SAO PAULO GRAND PRIX QUALIFYING', 'SAO PAULO, Nov 2 (Reuters) - Leading qualifiers for Sunday\'s race:', ...lines].join('\n'), { explain: true });
const typeOf = (x: ReturnType<typeof extract>, text: string) => x.entities.find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('the team after a ranked entrant and a bracketed nationality is an organisation', () => {
  it.each([
    ['1. Lena Ortiz (Spain), Alpine Renault, 1:10.118', 'Lena Ortiz', 'Alpine Renault'],
    ['2. Marco Bellini (Italy), Ferrari, 1:10.274', 'Marco Bellini', 'Ferrari'],
    ['3. Tom van Rijn (Netherlands), Red Bull Honda, 1:10.301', 'Tom van Rijn', 'Red Bull Honda'],
    ['4. Casey Ward (U.S.) Haas Ferrari 1:10.455', 'Casey Ward', 'Haas Ferrari'],
  ])('"%s": %s drives for %s', (line, driver, team) => {
    const x = grid([line, '9. Oskar Lind (Sweden), Sauber Cosworth, 1:11.002']);
    expect(typeOf(x, team)).toBe('ORG');
    expect(typeOf(x, driver)).toBe('PERSON');
    expect(typeOf(x, 'Sauber Cosworth')).toBe('ORG');
  });

  it('reads a cycling stage\'s teams, the riders beside them kept people', () => {
    const x = extract('Leading results of the fourth stage:\n1. Remco Aerts (Belgium) Soudal Quick-Step 4:12:09\n2. Jonas Vinter (Denmark) Visma Lease 4:12:11\n3. Ivan Sola (Spain) Movistar same time');
    expect(typeOf(x, 'Soudal Quick-Step')).toBe('ORG');
    expect(typeOf(x, 'Visma Lease')).toBe('ORG');
    expect(typeOf(x, 'Jonas Vinter')).toBe('PERSON');
  });

  it('leaves a single line alone: one such line may be a sentence\'s list item', () => {
    const x = extract('The shortlist:\n1. Maria Holt (Canada), Ottawa Civic Trust, chair.');
    expect(x.entities.find((e) => e.name === 'Ottawa Civic Trust')?.why?.rule ?? null).not.toBe('entities/type-evidence');
  });
});

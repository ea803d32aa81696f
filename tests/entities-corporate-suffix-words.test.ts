import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

describe('Nordic and Malaysian corporate suffixes end a company\'s name', () => {
  it.each([
    ['Fertiliser maker Kestila Oy said on Thursday it expects a profit.', 'Kestila Oy'],
    ['Helsinki-based Kesko Oyj said sales grew.', 'Kesko Oyj'],
    ['Oslo-listed Nordvik ASA cut its forecast.', 'Nordvik ASA'],
    ['Shares in Varga Bhd rose 3 percent in Kuala Lumpur.', 'Varga Bhd'],
  ])('"%s"', (text, company) => {
    expect(extract(text).entities.filter((e) => e.type === 'ORG').map((e) => e.name)).toContain(company);
  });
});

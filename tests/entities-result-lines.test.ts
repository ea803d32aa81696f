import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const results = (lines: string[]) => extract(['SOCCER - SCOTTISH LEAGUE ROUND-UP', 'GLASGOW, Dec 6 (Reuters) - Results of matches played on Saturday:', ...lines].join('\n'), { explain: true });
const entityOf = (x: ReturnType<typeof extract>, text: string) => x.entities.find((e) => e.mentions.some((m) => m.text === text));

describe('the sides of a results table are clubs', () => {
  it.each([
    ['Kilmarnock 2 Livingston 1', ['Kilmarnock', 'Livingston']],
    ['Ross County 2 St Johnstone 2', ['Ross County', 'St Johnstone']],
    ['Currie 17 Heriot\'s F.P. 24', ['Currie', "Heriot's F.P."]],
    ['Radnicki (N) 1 Mladost (L) 1', ['Radnicki (N)', 'Mladost (L)']],
    ['Queen of the South 1 Hamilton 3', ['Queen of the South', 'Hamilton']],
  ])('reads "%s" as two organisations, each side whole', (line, sides) => {
    const x = results([line, 'Hearts 1 Dundee 0']);
    for (const side of sides) {
      const e = entityOf(x, side);
      expect(e?.type, side).toBe('ORG');
      expect(e?.why?.rule, side).toBe('entities/type-evidence');
    }
  });

  it('reads a standings row\'s name whole in a document with results, the name its club across the story', () => {
    const x = results(['Airdrie 1 Falkirk 2', 'Morton 0 Raith Rovers 0', 'Standings:', 'Falkirk 12 8 2 2 25 11 26', 'Partick Thistle 12 7 3 2 20 12 24', 'Falkirk stay top after the win.']);
    expect(entityOf(x, 'Partick Thistle')?.type).toBe('ORG');
    const falkirk = entityOf(x, 'Falkirk');
    expect(falkirk?.type).toBe('ORG');
    expect(falkirk?.mentions).toHaveLength(3);
  });

  it('keeps a national side the place it is named after', () => {
    const x = results(['Scotland 2 Norway 1', 'Wales 0 Hibernian 0']);
    expect(entityOf(x, 'Scotland')?.type).not.toBe('ORG');
    expect(entityOf(x, 'Norway')?.type).not.toBe('ORG');
    expect(entityOf(x, 'Hibernian')?.type).toBe('ORG');
  });

  it('leaves lines that are no single result as read', () => {
    const x = extract('LONDON, Dec 6 (Reuters) - Maria Lopez 71 68 70 69 shot a 66.\nPrice 12 Volume 300\nThe FTSE 100 closed at 7,500.', { explain: true });
    expect(entityOf(x, 'Maria Lopez')?.type).toBe('PERSON');
    expect(x.entities.some((e) => e.type === 'ORG' && e.name.startsWith('Price'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const DIGEST = [
  'PRESS DIGEST - Portugal - Dec 6',
  'LISBON, Dec 6 (Reuters) - These are the leading stories in the Portuguese press on Friday.',
  'PUBLICO',
  '- Government drops plan to sell stake in national airline.',
  'CORREIO DA MANHA',
  '- Lisbon metro strike called off after late pay deal.',
  'JORNAL DE NEGOCIOS',
  '-- Banks brace for windfall tax in next year\'s budget.',
].join('\n');

describe('the titles of a press digest are newspapers', () => {
  it.each(['PUBLICO', 'CORREIO DA MANHA', 'JORNAL DE NEGOCIOS'])('reads %s whole as an organisation', (title) => {
    const e = extract(DIGEST, { explain: true }).entities.find((x) => x.mentions.some((m) => m.text === title));
    expect(e?.type).toBe('ORG');
    expect(e?.why?.rule).toBe('entities/type-evidence');
  });

  it('leaves a factbox\'s headings in a text that reviews no press alone', () => {
    const box = 'FACTBOX - What the storm did\nKEY FACTS\n- Winds reached 120 km/h on Friday.\nBACKGROUND\n- The last storm of this size came in 1987.';
    const x = extract(box, { explain: true });
    expect(x.entities.some((e) => e.why?.rule === 'entities/type-evidence' || e.name === 'KEY FACTS')).toBe(false);
  });
});

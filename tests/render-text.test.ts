import { describe, expect, it } from 'vitest';
import { renderText } from '../src/render/text.js';
import { sampleExtraction } from './helpers/sample-extraction.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('renderText', () => {
  const x = sampleExtraction();

  it('without colour, writes highlights as [words]{kind} and names who a pronoun or quote belongs to', () => {
    const out = renderText(x, { color: false });
    expect(out).not.toMatch(ANSI);
    expect(out.split('\n')[0]).toBe(
      'highlights: […]{person} people, […]{org} organisations, […]{place} places, […]{group} nationalities and groups, […]{quote} quotes, […]{figure} figures',
    );
    for (const piece of [
      '[BRISTOL]{place: Bristol} —',
      'Mayor [Ruth Okafor]{person} said',
      '["This is the day we stop talking and start building,"]{quote}',
      '"[It will carry [9,000]{figure} cyclists a day,]{quote: Ruth Okafor}" [she]{person: Ruth Okafor} added',
      'Officials said [[about 40]{figure} homes would be demolished]{quote}.',
      '[the council]{org: city council}',
    ]) {
      expect(out).toContain(piece);
    }
  });

  it('keeps the article text when the markup is taken out', () => {
    const plain = renderText(x, { color: false })
      .split('\n\n')
      .slice(1)
      .join('\n\n')
      .replace(/\]\{[^}]*\}/g, '')
      .replace(/\[/g, '');
    expect(plain).toBe(`${x.text!.replace(/\s+$/, '')}\n`);
  });

  it('with colour, colours each kind and keeps the text once the colour codes are taken out', () => {
    const out = renderText(x, { color: true });
    expect(out).toMatch(ANSI);
    expect(out).toContain('\u001b[36mRuth Okafor\u001b[39m');
    const body = out.replace(ANSI, '').split('\n\n').slice(1).join('\n\n');
    expect(body).toContain('she added');
    expect(body).toContain('"This is the day we stop talking and start building," Okafor told');
    expect(body).toContain('"It will carry 9,000 cyclists a day," she added, "and it will last a century." ‹Ruth Okafor›');
    for (const line of out.split('\n')) {
      const opened = line.match(/\u001b\[(?:3[0-7]|9[0-7])m/g)?.length ?? 0;
      expect(line.match(/\u001b\[39m/g)?.length ?? 0, line).toBe(opened);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

const quotes = (text: string) => extract(text, { only: ['quotes'] }).quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null }));

describe('a quote opening with a capital after a full stop the splitter read as an abbreviation’s opens a sentence', () => {
  it.each([
    ['The bakery opened in 1952 on Main Street in Springfield, Ill. “We never thought it would last this long,” said owner Ana Ruiz.', '“We never thought it would last this long,”'],
    ['She moved the shop to Halifax, N.S. “It was the best decision I ever made,” said Ana Ruiz.', '“It was the best decision I ever made,”'],
    ['Ana Ruiz argued the rail yard should be let in. “By keeping it open, the town avoided a crisis,” she said.', '“By keeping it open, the town avoided a crisis,”'],
  ])('%s', (text, quote) => {
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct).toEqual([{ text: quote, kind: 'direct', speaker: 'Ana Ruiz' }]);
  });

  it('ends the reported speech before it', () => {
    const x = quotes('Ana Ruiz said the station would move to Washington, D.C. “It is a good day for the team,” she said.');
    expect(x).toEqual([
      { text: 'the station would move to Washington, D.C.', kind: 'indirect', speaker: 'Ana Ruiz' },
      { text: '“It is a good day for the team,”', kind: 'direct', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('an open quote that another opens a sentence after ends at the end of its first sentence', () => {
  it('keeps both quotes when the closing mark was left out', () => {
    const x = quotes('“I ran that kitchen for ten years,” said Ana Ruiz.\n\n“When the boss would just say, ‘Hey you, fetch the coffee’ — it meant nobody cared who you were. “You had no name. You were just the help.”');
    expect(x.map((q) => q.text)).toEqual([
      '“I ran that kitchen for ten years,”',
      '“When the boss would just say, ‘Hey you, fetch the coffee’ — it meant nobody cared who you were.',
      '“You had no name. You were just the help.”',
    ]);
    expect(x.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });

  it('leaves the reporter’s sentence after the first one out', () => {
    const x = quotes('Tom Berg found the kitten on New Year’s Eve. “We heard a scratching at the door and went to look. Berg said he joked about keeping it. “But I would never give him away,” he said.');
    expect(x.map((q) => q.text)).toContain('“We heard a scratching at the door and went to look.');
    expect(x.map((q) => q.text).some((t) => t.includes('Berg said he joked'))).toBe(false);
  });

  it('still drops a straight mark left open', () => {
    const x = extract('He said "this never closes. "This one does close properly," said Tom Berg.');
    expect(x.diagnostics.map((d) => d.code)).toContain('quotes/unclosed');
  });
});

describe('a quote left open at a paragraph’s end runs on into a next paragraph that opens in lower case', () => {
  it.each([
    ['"The agency’s rules leave the decision to the officer\n\nassigned to the case, and to no one else," said Ana Ruiz.', ['"The agency’s rules leave the decision to the officer', 'assigned to the case, and to no one else,"']],
    ['“We will keep the clinic open for as long as\n\nthe town needs it,” said Ana Ruiz.', ['“We will keep the clinic open for as long as', 'the town needs it,”']],
    ['"After one week it is too early to judge a new signing...\n\nbut she already looks at home in the squad," said Ana Ruiz.', ['"After one week it is too early to judge a new signing...', 'but she already looks at home in the squad,"']],
  ])('%s', (text, pieces) => {
    const x = quotes(text);
    expect(x.map((q) => q.text)).toEqual(pieces);
    expect(x.map((q) => q.speaker)).toEqual(pieces.map(() => 'Ana Ruiz'));
  });

  it('not when the lower-case paragraph holds no mark', () => {
    const x = extract('“We will keep the clinic open\n\nand the council agreed on Monday.');
    expect(x.quotes).toEqual([]);
  });
});

describe('a running quote the text ends inside runs to the end of the text', () => {
  it.each([
    [
      'Ana Ruiz said the mill would close in June.\n\n"We kept it going for as long as we could," she told workers.\n\n"I want to thank every one of you for your years here.\n\n"It is a sad day for the town, and we know that.',
      ['"I want to thank every one of you for your years here.', '"It is a sad day for the town, and we know that.'],
    ],
    [
      'The coach, Tom Berg, said: “The season is over for us.\n\n“We lost too many players to injury in the spring',
      ['“The season is over for us.', '“We lost too many players to injury in the spring'],
    ],
  ])('%s', (text, pieces) => {
    const x = quotes(text).filter((q) => q.kind === 'direct');
    expect(x.slice(-pieces.length).map((q) => q.text)).toEqual(pieces);
    expect(new Set(x.map((q) => q.speaker)).size).toBe(1);
  });

  it('not when the quote before the last paragraph was closed', () => {
    const x = extract('"We kept it going for as long as we could," said Ana Ruiz.\n\n"It is a sad day for the town, and we know that.');
    expect(x.quotes.map((q) => q.text)).toEqual(['"We kept it going for as long as we could,"']);
    expect(x.diagnostics.map((d) => d.code)).toContain('quotes/unclosed');
  });
});

describe('an aside between dashes in the subject of reported speech', () => {
  it.each([
    ['But Ana Ruiz said farms that sell to a single dairy — mostly the ones up north — will be hit hardest.', 'farms that sell to a single dairy — mostly the ones up north — will be hit hardest'],
    ['The sheriff said the two hikers — named as Tom Berg, 48, and Dan Reyes, 52 — were found a mile apart.', 'the two hikers — named as Tom Berg, 48, and Dan Reyes, 52 — were found a mile apart'],
    ['Police said the driver -- a man in his 40s -- was taken to hospital.', 'the driver -- a man in his 40s -- was taken to hospital'],
  ])('%s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});

describe('a quote closed by a full stop is not attributed to a cue with no speaker in the next sentence', () => {
  it.each([
    ['“I burned the first batch and nearly quit,” says Lena Moreau. “It was a rye loaf with walnuts and honey.” The loaf can be found in her first book.'],
    ["“We will appeal,” said Ana Ruiz. “The ruling ignores the evidence.” Copies of the ruling were found in the archive."],
    ['“The audit is clear,” said Tom Berg. “The money was spent twice.” More details were found in a later report.'],
  ])('%s', (text) => {
    const x = extract(text).quotes;
    expect(x).toHaveLength(2);
    expect(x[1]!.speaker?.resolvedBy).toBe('continuation');
    expect(x[1]!.speaker?.name).toBe(x[0]!.speaker?.name);
  });
});

describe('a name and its appositives before the cue are its subject, not the phrase after it', () => {
  it.each([
    ['Rania Aziz, principal engineer at Norfield Transit, said the picture in Halifax is emerging.', 'Rania Aziz', 'the picture in Halifax is emerging'],
    ['Ana Ruiz, the mayor, said the plan in Ottawa is failing.', 'Ana Ruiz', 'the plan in Ottawa is failing'],
    ['Tom Berg, one of the club’s longest-serving coaches, said the squad in Leeds is ready for the final.', 'Tom Berg', 'the squad in Leeds is ready for the final'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.name).toBe(speaker);
    expect(q.text).toBe(content);
  });

  it.each([
    ['The budget, which passed in May, will not last, said the minister.', 'the minister'],
    ['The Harbour Trust, a charity, had to abandon the clearance work in the area, reported Ana Ruiz, a manager at the trust.', 'Ana Ruiz'],
  ])('while a predicate before the comma leaves the phrase after the cue the speaker: %s', (text, speaker) => {
    expect(only(text).speaker?.name).toBe(speaker);
  });
});

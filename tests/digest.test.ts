import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { buildDigest } from '../src/render/digest.js';
import { formatNumber, formatValue, osmUrl } from '../src/render/format.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ExtractionSchema } from '../src/schema.js';
import { sampleExtraction, SAMPLE_TEXT } from './helpers/sample-extraction.js';
import { expectSpansSliceText } from './helpers/spans.js';

describe('the hand-built sample extraction', () => {
  it('is a valid extraction whose spans slice its text', () => {
    const x = sampleExtraction();
    expect(ExtractionSchema.safeParse(x).success).toBe(true);
    expectSpansSliceText(x, SAMPLE_TEXT);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleExtraction());
  const section = (title: string) => {
    const start = md.indexOf(`## ${title}\n`);
    expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
    const next = md.indexOf('\n## ', start + 1);
    return md.slice(start, next < 0 ? undefined : next);
  };

  it('opens with the headline, the dateline and a count of what is inside', () => {
    const [title, , summary] = md.split('\n');
    expect(title).toBe('# Council approves harbour bridge after 10-year fight');
    expect(summary).toBe('**BRISTOL —** · 1 person · 1 organisation · 4 quotes · 5 figures · 2 places · [6 to check](#check-these)');
  });

  it('groups quotes by speaker in article order', () => {
    const quotes = section('Quotes');
    expect(quotes.indexOf('### Ruth Okafor')).toBeLessThan(quotes.indexOf('### Critics'));
    expect(quotes.indexOf('### Critics')).toBeLessThan(quotes.indexOf('### Officials'));
  });

  it.each([
    ['People', 'people with roles, mention counts and quotes', '- **Ruth Okafor** — mayor · 3 mentions (1 by pronoun or description) · 2 quotes'],
    ['Organisations', 'organisations', '- **city council** — 2 mentions (1 by pronoun or description)'],
    ['Nationalities, groups and other names', 'other names', '- **British** — norp · 1 mention'],
    ['Quotes', "a speaker's roles", '*mayor*'],
    ['Quotes', 'an explicit quote', '- "This is the day we stop talking and start building,"\n'],
    ['Quotes', 'a split quote found through a pronoun', '- “It will carry 9,000 cyclists a day, … and it will last a century.” — *speaker found through the pronoun “she”*'],
    ['Quotes', 'an unnamed source', '### Critics *(unnamed source)*'],
    ['Quotes', 'a partial quote', '- "a vanity project" — *partial quote*'],
    ['Quotes', 'reported speech', '- about 40 homes would be demolished — *reported speech*'],
    ['Figures', 'the table head', '| figure | counts | value | hedge | claimed by |'],
    ['Figures', 'money with its claimant', '| £120 million | bridge | GBP 120 million |  | Ruth Okafor |'],
    ['Figures', 'a hedge', '| about 40 | homes | 40 | about | Officials |'],
    ['Figures', 'an upper bound from an unnamed source', '| £150 million | the cost | GBP 150 million | at most | A source close to the council |'],
    ['Figures', 'an unsourced duration', '| 10-year |  | 10 year |  | — |'],
    ['Figures', 'dates apart', 'Dates and other numbers: 2027 (year)'],
    ['Check these', 'unsourced figures', '**Figures with no source in the text** (1)\n\n- “10-year”'],
    ['Check these', 'unnamed sources of quotes and figures', '**Unnamed sources** (4)\n\n- Critics: "a vanity project"\n- Officials: about 40 homes'],
    ['Check these', 'an unnamed source of a figure', '- A source close to the council: £150 million'],
    ['Check these', 'pronoun-only speakers', '**Speakers known only by a pronoun** (1)\n\n- “she” taken to be Ruth Okafor: “It will carry'],
    [
      'Places',
      'coordinates, kind, an OpenStreetMap link and the dateline',
      '- **Bristol** (dateline) — 51.4552, -2.5966 · city in GB, population 467,099 · [map](https://www.openstreetmap.org/?mlat=51.45523&mlon=-2.59665#map=12/51.45523/-2.59665) · 1 mention',
    ],
    ['Places', 'runner-up candidates', '  - could also be: Bristol (US) [map]('],
    ['Places', 'a place not on the map', '- **the harbour** — not placed on the map · 1 mention'],
  ])('%s: shows %s', (title, _what, line) => {
    expect(section(title)).toContain(line);
  });

  it('ends with the notes', () => {
    expect(section('Notes')).toContain('- warning: a quote mark is never closed (`quotes/unclosed`)');
  });

  it('escapes Markdown in names and quotes, and pipes in table cells', () => {
    const x = sampleExtraction();
    x.entities[2]!.name = 'Ruth *the* [Mayor] Okafor';
    x.numbers[1]!.counts = { ...x.numbers[1]!.counts!, text: 'a|b' };
    const out = renderMarkdown(x);
    expect(out).toContain('**Ruth \\*the\\* \\[Mayor\\] Okafor**');
    expect(out).toContain('a\\|b');
  });

  it('says when the text came from an HTML page', () => {
    const x = sampleExtraction();
    x.input.format = 'html';
    expect(renderMarkdown(x)).toContain('*Article text taken from an HTML page (');
  });

  it('says what a web page says about the article: its own headline where it differs, authors, date, site, address', () => {
    const x = sampleExtraction();
    x.input.format = 'html';
    x.page = { headline: 'Harbour bridge approved', byline: ['Ana Costa', 'Rui Lopes', 'Joana Reis'], published: '2025-03-03T09:15:00+00:00', url: 'https://wire.example/bridge', site: 'The Wire' };
    const lines = renderMarkdown(x).split('\n');
    expect(lines).toContain('**Page:** “Harbour bridge approved” · by Ana Costa, Rui Lopes and Joana Reis · published 2025-03-03T09:15:00+00:00 · The Wire · <https://wire.example/bridge>');
    x.page = { headline: 'Council approves harbour bridge after 10-year fight', byline: [], published: null, url: null, site: 'The Wire' };
    expect(renderMarkdown(x).split('\n')).toContain('**Page:** The Wire');
    x.page = { headline: null, byline: [], published: null, url: null, site: null };
    expect(renderMarkdown(x)).not.toContain('**Page:**');
  });

  it('renders a text with nothing found without empty sections', () => {
    const out = renderMarkdown(extract('Nothing much happened here today.'));
    expect(out).toBe('# Digest\n\n0 people · 0 organisations · 0 quotes · 0 figures · 0 places\n');
  });
});

describe('the digest model', () => {
  it('keeps quotes with no speaker last and counts what to check', () => {
    const x = sampleExtraction();
    x.quotes[0]!.speaker = null;
    const d = buildDigest(x);
    expect(d.speakers.at(-1)!.name).toBeNull();
    expect(d.checks.unattributedQuotes.map((q) => q.id)).toEqual(['q:1']);
  });

  it('flags a speaker that is only a pronoun, resolved to nobody', () => {
    const x = sampleExtraction();
    x.quotes[1]!.speaker = { name: 'she', entityId: null, mention: x.quotes[1]!.speaker!.mention, resolvedBy: 'pronoun' };
    expect(buildDigest(x).checks.pronounSpeakers).toEqual([expect.objectContaining({ pronoun: 'she', speaker: null })]);
    expect(renderMarkdown(x)).toContain('- “she”, not resolved to anyone:');
  });

  it("with explain, gives each quote's and figure's why as a footnote", () => {
    const text = 'Coach Tom Reyes watched the final.\n\n"We lost 3 games in a row," he said.';
    const md = renderMarkdown(extract(text, { explain: true }));
    expect(md).toContain('- "We lost 3 games in a row," — *speaker found through the pronoun “he”*[^1]');
    expect(md).toContain('| 3[^2] |');
    expect(md).toContain('[^1]: quotes/cue-after: cue “said”, subject “he”; speakers/pronoun: antecedent “Tom Reyes”');
    expect(md).toMatch(/\n\[\^2\]: numbers\/count; claimants\/quote-speaker: quote “"We lost 3 games in a row,"”, cue “said”\n$/);
    expect(renderMarkdown(extract(text))).not.toContain('[^');
  });
});

describe('formatting', () => {
  it.each([
    [1234567, '1.235 million'],
    [3.2e9, '3.2 billion'],
    [700000, '700,000'],
    [0.5, '0.5'],
    [-1200, '-1,200'],
  ])('formatNumber(%d) = %s', (v, s) => expect(formatNumber(v)).toBe(s));

  it('formats ranges, open ends, percentages and currencies', () => {
    const n = sampleExtraction().numbers[1]!;
    expect(formatValue({ ...n, range: [2e6, 3e6] })).toBe('GBP 2 million–GBP 3 million');
    expect(formatValue({ ...n, range: [null, 40], unit: null })).toBe('up to 40');
    expect(formatValue({ ...n, range: [40, null], unit: '%' })).toBe('40% or more');
    expect(formatValue({ ...n, value: null })).toBe('—');
  });

  it('links OpenStreetMap zoomed to the kind of place', () => {
    const g = sampleExtraction().locations[0]!.geo!;
    expect(osmUrl({ ...g, featureKind: 'country' })).toContain('#map=5/');
  });
});

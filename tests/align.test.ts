import { describe, expect, it } from 'vitest';
import { alignTokens } from '../src/doc/align.js';
import { clean } from '../src/doc/clean.js';
import { createDoc } from '../src/doc/document.js';
import type { Diagnostic } from '../src/schema.js';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

const SAMPLES = [
  'Plain text. Two sentences.',
  'He can\'t go; she won’t stay. “Fine,” he said.',
  'Windows\r\nline ends\r\n\r\nand a paragraph.',
  'Soft\u00ADhyphen and zero\u200Bwidth and NBSP\u00A0space.',
  'Emoji 😀 and astral 𝒳 characters, then e-mail a@b.com #tag :) 1990s.',
  'Right-to-left: مرحبا بالعالم and combining e\u0301 marks.',
  '$3.2bn, 15%, 12–15 km and U.S. officials.',
  '   leading spaces and trailing   ',
];

describe('token alignment', () => {
  it.each(SAMPLES)('every token slices back to what the tokenizer saw: %j', (text) => {
    const doc = createDoc(text);
    expect(doc.tokens.length).toBeGreaterThan(0);
    for (const t of doc.tokens) {
      expect(text.slice(t.start, t.end).replace(INVISIBLE, '')).toBe(t.norm);
    }
    for (let i = 1; i < doc.tokens.length; i++) expect(doc.tokens[i]!.start).toBeGreaterThanOrEqual(doc.tokens[i - 1]!.end);
  });

  it('maps offsets back over removed invisible characters', () => {
    const raw = 'in\u00ADter\u200Bnational news';
    const cleaned = clean(raw);
    expect(cleaned.text).toBe('international news');
    const diagnostics: Diagnostic[] = [];
    const { starts, ends } = alignTokens(cleaned, ['international', 'news'], diagnostics);
    expect([starts[0], ends[0]]).toEqual([0, 15]);
    expect(raw.slice(starts[1], ends[1])).toBe('news');
    expect(diagnostics).toEqual([]);
  });

  it('leaves out a token it cannot find, with a diagnostic, instead of guessing', () => {
    const diagnostics: Diagnostic[] = [];
    const { starts, ends } = alignTokens(clean('alpha beta'), ['alpha', 'gamma', 'beta'], diagnostics);
    expect([...starts]).toEqual([0, -1, 6]);
    expect([...ends]).toEqual([5, -1, 10]);
    expect(diagnostics.map((d) => d.code)).toEqual(['doc/unaligned-token']);
  });

  it('never lets a sentence cross a line break', () => {
    const text = 'A headline without a stop\nThe body starts here. It goes on.';
    const doc = createDoc(text);
    const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['A headline without a stop', 'The body starts here.', 'It goes on.']);
    for (const s of doc.sentences) expect(doc.tokens.slice(s.first, s.last).every((t) => t.start >= s.start && t.end <= s.end)).toBe(true);
  });

  it("gives a document the same tokens whatever was read before it (wink's word cache is reset)", () => {
    const probe = "Kelly was Trump's favourite.";
    const alone = createDoc(probe).tokens.map((t) => [t.norm, t.pos, t.type]);
    createDoc("He read Trump's, then left.");
    expect(createDoc(probe).tokens.map((t) => [t.norm, t.pos, t.type])).toEqual(alone);
    expect(alone.map(([norm]) => norm)).toEqual(['Kelly', 'was', 'Trump', "'s", 'favourite', '.']);
  });

  it('finds paragraphs as non-blank lines, trimmed', () => {
    const text = '  First para.  \n\n\nSecond para.\n';
    expect(createDoc(text).paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First para.', 'Second para.']);
  });
});

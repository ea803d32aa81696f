import fc from 'fast-check';

/** Pieces of news-like and hostile text; documents are random sequences of them. */
const PIECES = [
  'The minister said', ' he said.', ' "We will not leave," ', '“Curly quotes,” said Jane Doe. ', '‘single’ ',
  '«guillemets» ', '„low-high“ ', '"', '“', '”', "'", '’', ' according to officials, ', 'ANKARA (Reuters) — ',
  'Some 700,000 people', ' as many as 12', ' $3.2bn', ' 15%', ' 12–15 km', ' between 10 and 20', ' two-thirds',
  ' in 2018', ' 1,2,3,4,5', '99999999999999999999999', '0.000000001', '1e308', ' U.S. ', ' Mr. ', ' Dr.',
  'Defence Minister Hulusi Akar', ' NATO ', ' Bank of America ', 'Springfield, Illinois', '\n', '\n\n', '\r\n',
  '\t', ' ', '\u00a0', '\u00ad', '\u200b', '\u200d', '\ufeff', '\u2028', '😀', '👩‍👩‍👧', '𝒳', '\ud800', '\udc00',
  'مرحبا بالعالم', 'שלום', 'e\u0301\u0301\u0301', '\u0000', '\u0007', '<p>', '</div>', '<script>x()</script>',
  '&nbsp;', '((((', '))))', '[[[', ']]]', '{"id":1}', '...', '—', '–', '-', 'AAAAAAAAAA', 'x'.repeat(300),
  'SHOUTING HEADLINE LINE', ':', ';', ',', '.', '?', '!', '\u200f', '\u202e', '\u202c', '\ufffd', '\u0085', '\u0301',
];

/** Brackets and quote marks of every kind nested deep, closed or not. */
const nested = fc
  .tuple(fc.constantFrom('(', '[', '{', '«', '“', '‘', '"', '<'), fc.integer({ min: 1, max: 3000 }), fc.boolean())
  .map(([open, depth, closed]) => {
    const close = { '(': ')', '[': ']', '{': '}', '«': '»', '“': '”', '‘': '’', '"': '"', '<': '>' }[open]!;
    return `${open.repeat(depth)}Akar said 12${closed ? close.repeat(depth) : ''}`;
  });

/** Bytes that are no text: decoded as UTF-8 (invalid sequences become U+FFFD) or one byte per character. */
const binary = fc
  .tuple(fc.uint8Array({ maxLength: 200 }), fc.boolean())
  .map(([bytes, utf8]) => (utf8 ? new TextDecoder().decode(bytes) : Buffer.from(bytes).toString('latin1')));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('"', '“', '”', '0', '1', 'A').chain((c) => fc.integer({ min: 1, max: 400 }).map((n) => c.repeat(n))) },
  { weight: 1, arbitrary: binary },
  { weight: 1, arbitrary: nested },
);

const TAGS = ['html', 'head', 'body', 'p', 'div', 'span', 'article', 'script', 'style', 'a', 'br', 'h1', 'table', 'td', 'li', 'figure', 'noscript', 'svg'];

/** Markup as pasted pages have it: tags opened and never closed, attributes, comments, entities, text between. */
const tag = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.tuple(fc.constantFrom(...TAGS), fc.string({ maxLength: 20 })).map(([t, v]) => `<${t} class="${v}" data-x='${v}'>`),
  fc.constantFrom('<!-- c -->', '<!--', '-->', '<!doctype html>', '<![CDATA[x]]>', '&amp;', '&#x1F600;', '&#0;', '&bogus;', '<', '>', '</'),
);

export const htmlSoup = fc.array(fc.oneof({ weight: 3, arbitrary: tag }, { weight: 2, arbitrary: piece }), { maxLength: 60 }).map((parts) => parts.join(''));

export const adversarialDocument = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

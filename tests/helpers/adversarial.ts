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
  'SHOUTING HEADLINE LINE', ':', ';', ',', '.', '?', '!',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('"', '“', '”', '0', '1', 'A').chain((c) => fc.integer({ min: 1, max: 400 }).map((n) => c.repeat(n))) },
);

export const adversarialDocument = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

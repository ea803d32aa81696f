import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';
import { describe, expect, it } from 'vitest';
import { withoutUnreadMarkup } from '../src/input/unread-markup.js';

/**
 * The tree parse5 builds, written out, with what lede never reads left out: the text of scripts (JSON-LD aside)
 * and style sheets, and everything inside an <svg> or a <math>.
 */
function readTree(html: string): string {
  const out: string[] = [];
  const write = (node: P.Node): void => {
    if (node.nodeName === '#text') {
      const parent = (node as P.TextNode).parentNode as P.Element | null;
      const unread = parent?.tagName === 'style' || (parent?.tagName === 'script' && !parent.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json'));
      if (!unread) out.push(`"${(node as P.TextNode).value}"`);
    } else if (node.nodeName === '#comment') out.push(`<!--${(node as P.CommentNode).data}-->`);
    else if ('tagName' in node) {
      out.push(`<${node.namespaceURI === 'http://www.w3.org/1999/xhtml' ? '' : 'foreign:'}${node.tagName}${node.attrs.map((a) => ` ${a.name}=${a.value}`).join('')}>`);
      if (node.tagName !== 'svg' && node.tagName !== 'math') node.childNodes.forEach(write);
      if (node.tagName === 'template') write((node as P.Template).content);
      out.push(`</${node.tagName}>`);
    } else if ('childNodes' in node) (node as P.ParentNode).childNodes.forEach(write);
  };
  write(parse(html));
  return out.join('');
}

/** `FUZZ_RUNS=300000 npx vitest run tests/html-unread-markup.test.ts` runs a long pass; npm test a short one. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

function sameTree(html: string): void {
  expect(readTree(withoutUnreadMarkup(html))).toBe(readTree(html));
}

describe('the markup taken out before parsing', () => {
  it('is the content of scripts, style sheets and drawings, and nothing else', () => {
    const html = '<p>One</p><script>var a = "<p>";</script><style>p { color: red }</style><svg viewBox="0 0 9 9"><g><path d="M0 0"/></g></svg><p>Two</p>';
    expect(withoutUnreadMarkup(html)).toBe('<p>One</p><script></script><style></style><svg viewBox="0 0 9 9"></svg><p>Two</p>');
  });

  it('keeps JSON-LD, which the page metadata is read from', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script TYPE = \'text/javascript\'>go()</script>';
    expect(withoutUnreadMarkup(html)).toBe('<script type="application/ld+json">{"@type":"NewsArticle"}</script><script TYPE = \'text/javascript\'></script>');
  });

  it.each([
    ['"<script" in a comment', '<!-- <script> --><p>Kept</p><script>x</script><p>After</p>'],
    ['an abrupt comment', '<!--><script>x</script><!---><p>Kept</p>'],
    ['"<script" in an attribute value', '<div title="<script>">Kept</div><script>var a = "</div>";</script><p>After</p>'],
    ['a quote inside an unquoted value', '<div title=a"b <script>x</script>">Kept</div>'],
    ['"<script" in a textarea and a title', '<title><script></title><textarea><style></textarea><p>Kept</p>'],
    ['an end tag with white space or a slash', '<SCRIPT>a<b</SCRIPT ><style>x</style/><p>Kept</p>'],
    ['a script whose escaped content opens another', '<script><!-- document.write("<script>x</script>") --></script><p>Kept</p><script>y</script>'],
    ['a script that never ends', '<p>Kept</p><script>x'],
    ['a tag that never ends', '<p>Kept</p><div title="x'],
    ['CDATA and a processing instruction', '<![CDATA[ <script> ]]><? <style> ?><p>Kept</p><script>x</script>'],
    ['plaintext', '<plaintext><script>x</script>'],
    ['noscript', '<noscript><script>a</script></noscript><p>Kept</p>'],
    ['a drawing the parser leaves at a paragraph', '<svg><g><p>Lifted out</p></g></svg><p>Kept</p>'],
    ['a drawing closed by its parent', '<div><svg><g></div><p>Kept</p>'],
    ['a drawing holding a raw-text element', '<svg><foreignObject><textarea></svg><p>Text</p></textarea></foreignObject></svg>'],
    ['drawings in drawings, and a self-closing one', '<svg><svg><g/></svg></svg><svg/><p>Kept</p><svg><circle r="1"></circle></svg>'],
    ['a style sheet inside a drawing', '<svg><style><![CDATA[ a > b {} ]]></style></svg><p>Kept</p>'],
    ['a drawing left to the parser, then a style sheet holding markup', '<svg><b>Out</b><style><br></style></svg><p>Kept</p>'],
    ['a formula', '<math><mi>x</mi><mo>=</mo><mn>2</mn></math><p>Kept</p><math><mi><b>Out</b></mi></math>'],
    ['a style sheet in a select, which the parser ignores', '<select><style></select><p>Kept</p></style><script>x</script>'],
    ['a select a textarea ends', '<select><textarea></select><script></textarea><p>Kept</p>'],
    ['a raw-text element that cannot close itself in a drawing', '<svg><foreignObject><style/></foreignObject></svg><p>Text</p></style>'],
  ])('parses to the same tree with %s', (_what, html) => sameTree(html));

  const piece = fc.constantFrom(
    '<script>', '</script>', '<script type="application/ld+json">', '<style>', '</style>', '<svg>', '</svg>', '<svg/>',
    '<g>', '</g>', '<path d="M0"/>', '<p>', '</p>', '<b>', '<div title="', '<div title=\'', '"', "'", '>', '/>', '<!--', '-->',
    '--!>', '<!', '<![CDATA[', ']]>', '<?', '<textarea>', '</textarea>', '<title>', '</title>', '<foreignObject>', '<br>',
    '<math>', '</math>', '<mi>', '</mi>', '<style/>', '<select>', '</select>', '<option>', '<input>', '<table>', '<td>',
    '</table>', '<template>', '</template>', '<frameset>', '<noscript>', '</noscript>', '<xmp>', '<iframe>', '<head>',
    '<body>', '<font color=red>', '<plaintext>', '<', '</', '=', ' ', 'word', 'x<y', '\n',
  );

  it('parses to the same tree for any mix of these pieces (fast-check)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => sameTree(pieces.join(''))), { numRuns: RUNS });
  });
});

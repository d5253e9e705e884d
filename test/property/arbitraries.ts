// Generators of hostile and agreement-like text for the property tests.
import fc from 'fast-check';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const oddSpace = fc.constantFrom('\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '\u3000', '\t', '\f', '\v', '\x7f', '\x85');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n');

/** Any UTF-16 text: every code point, lone surrogates, NUL and other controls, odd spaces, all line endings. */
export const anyText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 3, arbitrary: fc.constantFrom(...'abc XYZ 1.2 (a) ".:;§'.split('')) },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: control },
    { weight: 1, arbitrary: oddSpace },
    { weight: 2, arbitrary: lineEnd },
  ),
  maxLength: 400,
});

/** Any bytes, biased towards byte-order marks and UTF-8 edge sequences. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]), fc.uint8Array({ maxLength: 200 }))
    .map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest])),
);

const word = fc.constantFrom(
  'Licensee', 'Licensor', 'Party', 'Parties', 'shall', 'may', 'not', 'grant', 'hereby', 'grants', 'license', 'licence', 'patents',
  'royalty', 'of', 'the', 'any', 'within', 'days', 'terminate', 'Agreement', 'exclusive', 'non-exclusive', 'territory', 'field',
  'confidential', 'information', 'Section', 'Article', 'provided', 'that', 'subject', 'to', 'unless', 'means', 'including', 'and', 'or',
  'WHEREAS', 'NOW,', 'THEREFORE', 'ARTICLE', 'Schedule', 'Exhibit', 'percent', 'US$', '$1,000,000', '5%', 'ninety (90)', 'sublicense',
  'assign', 'change', 'control', 'audit', 'records', 'improvements', 'grant-back', 'covenant', 'sue', 'governed', 'laws', 'arbitration',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => `${ws.join(' ')}.`);
const partyName = fc.constantFrom('Northwind Semiconductor Corp.', 'Kestrel GmbH', 'Acme, Inc.', 'ÆON Technologies S.à r.l.', '株式会社テスト', 'O\'Brien & Sons LLP', 'X');
const roman = fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL');
const numberLabel = fc.oneof(
  fc.nat(40).map((n) => `${n}.`),
  fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.nat(40).map((n) => `Section ${n}.`),
  roman.map((r) => `ARTICLE ${r}`),
  fc.nat(30).map((n) => `Article ${n}`),
  fc.constantFrom('(a)', '(b)', '(i)', '(ii)', '(iv)', '(A)', '(1)', 'a)', 'i.', '(aa)'),
  fc.constantFrom('SCHEDULE A', 'Exhibit B', 'Annex 1', 'Appendix C'),
);
const heading = fc.oneof(fc.constantFrom('Definitions', 'GRANT OF LICENSES', 'Term and Termination', 'Royalties', 'Confidentiality', 'Governing Law', ''), fc.array(word, { maxLength: 5 }).map((w) => w.join(' ')));

/** Agreement-like text: title, parties, recitals, numbered headings and sentences, signature lines. */
export const agreementText = fc.record({
  title: fc.constantFrom('PATENT CROSS-LICENSE AGREEMENT', 'License Agreement', '# Technology Cross License', ''),
  parties: fc.array(partyName, { minLength: 0, maxLength: 3 }),
  blocks: fc.array(
    fc.oneof(
      fc.tuple(numberLabel, heading, fc.array(sentence, { maxLength: 4 })).map(([n, h, ss]) => `${n} ${h}${h ? '. ' : ''}${ss.join(' ')}`),
      fc.tuple(fc.constantFrom('', '    ', '\t', '  '), numberLabel, sentence).map(([indent, n, s]) => `${indent}${n} ${s}`),
      sentence.map((s) => `WHEREAS, ${s}`),
      fc.tuple(word, sentence).map(([t, s]) => `"${t}" means ${s}`),
      fc.constantFrom('By: ____________________', 'Name:', 'Title: Chief Executive Officer', 'Page 3 of 12', '\f', '* * *', 'IN WITNESS WHEREOF, the Parties have executed this Agreement.'),
      sentence,
    ),
    { maxLength: 40 },
  ),
  eol: fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r'),
}).map(({ title, parties, blocks, eol }) => {
  const preamble = parties.length ? `This Agreement is made between ${parties.join(' and ')} (each a "Party").` : '';
  return [title, preamble, ...blocks].filter((b) => b !== '').join(eol);
});

const mdInline = fc.oneof(word, fc.constantFrom('*emph*', '**strong**', '`code`', '[link](http://x)', '![img](a.png)', '<b>html</b>', '\\*', '_', '~~x~~', '&amp;', '[^1]'));
const mdLine = fc.array(mdInline, { maxLength: 8 }).map((w) => w.join(' '));
/** Random Markdown: headings of every level, lists, fences (closed or not), quotes, tables, HTML, rules. */
export const markdownText = fc.array(
  fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 7 }), mdLine).map(([n, l]) => `${'#'.repeat(n)} ${l}`),
    fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '  - ', '    - ', '      1. '), mdLine).map(([m, l]) => `${m}${l}`),
    fc.tuple(fc.constantFrom('```', '~~~', '```js'), mdLine, fc.boolean()).map(([f, l, closed]) => `${f}\n${l}${closed ? `\n${f.slice(0, 3)}` : ''}`),
    mdLine.map((l) => `> ${l}`),
    fc.constantFrom('| a | b |\n|---|---|\n| 1 | 2 |', '---', '***', '===', '<!-- comment -->', '<div>\n\n</div>', '    indented code', '[ref]: http://example.com'),
    mdLine,
  ),
  { maxLength: 40 },
).map((lines) => lines.join('\n'));

/** Numbering nested `depth` deep in one of three styles. */
export function nestedNumbering(depth: number, style: 'dotted' | 'lettered' | 'markdown'): string {
  const lines: string[] = [];
  const letters = ['(a)', '(i)', '(A)', '(1)'];
  for (let d = 1; d <= depth; d++) {
    const label = style === 'dotted' ? Array.from({ length: d }, () => '1').join('.') : style === 'lettered' ? (letters[(d - 1) % 4] as string) : `${'  '.repeat(d - 1)}- `;
    lines.push(`${style === 'lettered' ? '  '.repeat(d - 1) : ''}${label} Level ${d} obligations of the Licensee shall apply.`);
  }
  return lines.join('\n');
}

/** The text generators the pipeline properties run over, by name. */
export const corpora = [
  ['any text', anyText],
  ['random Markdown', markdownText],
  ['agreement-like text', agreementText],
] as const;

/** Markdown and plain text take different parsers. */
export const ext = fc.constantFrom('md', 'txt');

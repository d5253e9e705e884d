// A hard wrap that puts a reference at a line's start ('... or as permitted under' / 'Section 5.04.') goes on with the
// sentence. The line was read as a new section 'Section 5.04' (held-out zf, an EDGAR settlement wrapped at 72
// columns): the reference vanished, so precision/dangling-reference could not report the missing Section 5.04, and the
// section after it (5.03) was swallowed by the false one.
import { describe, expect, it } from 'vitest';
import { outline, tree } from './helpers.js';

const agreement = (wrapped: string) => [
  'ARTICLE V',
  'CONFIDENTIALITY',
  '',
  'Section 5.01 Confidentiality. The terms of this Agreement are confidential',
  'and neither Party shall disclose them to any third party.',
  '',
  'Section 5.02 Public Statements. Neither Party shall make any public',
  wrapped,
  '',
  'Section 5.04 No Admission. Nothing in this Agreement is an admission of',
  'liability by either Party.',
  '',
].join('\n');

describe('a reference wrapped to the start of a line', () => {
  it('goes on with the sentence after a word no sentence ends on', () => {
    const t = tree(agreement('statement about the settlement except as permitted under\nSection 5.03.'));
    expect(outline(t).filter((l) => / section /.test(l))).toEqual([
      '2 section Section 5.01 {Confidentiality}',
      '2 section Section 5.02 {Public Statements}',
      '2 section Section 5.04 {No Admission}',
    ]);
  });

  it('near miss: after a sentence end, a section named at the line start opens a section', () => {
    const t = tree(agreement('statement about the settlement.\nSection 5.03 Press. The Parties shall issue a joint release.'));
    expect(outline(t).filter((l) => / section /.test(l))).toEqual([
      '2 section Section 5.01 {Confidentiality}',
      '2 section Section 5.02 {Public Statements}',
      '2 section Section 5.03 {Press}',
      '2 section Section 5.04 {No Admission}',
    ]);
  });
});

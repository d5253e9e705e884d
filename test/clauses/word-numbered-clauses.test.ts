// Clauses numbered in words past twenty, as translations of Brazilian and Portuguese contracts head them ("CLAUSE
// TWENTY-ONE - GENERAL PROVISIONS", "CLÁUSULA VIGÉSIMA PRIMEIRA"). Before, only single words were numbers ("CLAUSE
// TWENTY"), so "CLAUSE TWENTY-ONE" was no heading and its paragraphs 21.1, 21.2 stood at the top level, after the
// last clause's, with its heading's words in the clause before.
import { describe, expect, it } from 'vitest';
import { outline, tree } from './helpers.js';

const WORDS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE', 'TEN', 'ELEVEN', 'TWELVE', 'THIRTEEN', 'FOURTEEN', 'FIFTEEN', 'SIXTEEN', 'SEVENTEEN', 'EIGHTEEN', 'NINETEEN', 'TWENTY', 'TWENTY-ONE', 'TWENTY-SECOND'];
const TEXT = [
  'CROSS-LICENSE AGREEMENT',
  ...WORDS.flatMap((w, i) => [`CLAUSE ${w} - ${i === 20 ? 'GENERAL PROVISIONS' : i === 21 ? 'SIGNATURE' : 'OBLIGATIONS'}`, `${i + 1}.1. Each Party shall perform the obligations of this Clause.`]),
].join('\n\n');

describe('clauses numbered in words past twenty', () => {
  it("reads 'CLAUSE TWENTY-ONE' and 'CLAUSE TWENTY-SECOND' as clauses 21 and 22 that hold their paragraphs", () => {
    const lines = outline(tree(TEXT));
    expect(lines).toContain('1 article CLAUSE TWENTY-ONE {GENERAL PROVISIONS}');
    expect(lines).toContain('2 section 21.1');
    expect(lines).toContain('1 article CLAUSE TWENTY-SECOND {SIGNATURE}');
    expect(lines).toContain('2 section 22.1');
  });

  it('near miss: a hyphenated word after CLAUSE that is no number starts no clause', () => {
    const lines = outline(tree('AGREEMENT\n\nCLAUSE ONE - GRANT\n\n1.1. Alpha grants Beta a licence.\n\nCLAUSE NON-COMPETE shall not apply to Beta.\n\n1.2. Beta shall pay a fee.'));
    expect(lines.filter((l) => l.startsWith('1 article'))).toEqual(['1 article CLAUSE ONE {GRANT}']);
  });
});

// A stamp at the top of an agreement ("CONFIDENTIAL", "EXECUTION VERSION") is furniture, not a clause.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { tree } from './helpers.js';

const body = `PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made on 1 March 2024 between Halvard Photonics Inc. ("Halvard") and Osric Semiconductor Ltd. ("Osric"). The parties agree as follows:

1. Licences

1.1 Each party grants to the other a non-exclusive licence under its Licensed Patents.

2. Term

2.1 This Agreement continues until the last Licensed Patent expires.
`;

const typesOf = (text: string, name: string) => {
  const a = analyze(sourceFromText(text, name));
  return a.tree.clauses.map((c) => ({ text: text.slice(c.start, c.end), types: (a.tags.get(c.id) ?? []).map((t) => t.type) }));
};

describe('a stamp at the top of the document', () => {
  it.each([
    ['CONFIDENTIAL\n\n', 'a.txt'],
    ['                    STRICTLY CONFIDENTIAL\n                    EXECUTION VERSION\n\n', 'a.txt'],
    ['**DRAFT — SUBJECT TO CONTRACT**\n\n', 'a.md'],
    ['[Execution Copy]\n\n', 'a.md'],
  ])('is in no clause and tags nothing: %j (%s)', (stamp, name) => {
    const text = stamp + body;
    const t = tree(text, name.endsWith('.md') ? 'markdown' : 'text');
    expect(t.children[0]!.kind).toBe('preamble');
    expect(text.slice(t.children[0]!.start)).toMatch(/^PATENT CROSS-LICENSE AGREEMENT/);
    const clauses = typesOf(text, name);
    expect(clauses.filter((c) => /CONFIDENTIAL|EXECUTION|DRAFT|Execution/.test(c.text))).toEqual([]);
    expect(clauses.flatMap((c) => c.types).filter((t) => t === 'confidentiality' || t === 'signature')).toEqual([]);
  });

  it("near miss: a short undertaking headed 'CONFIDENTIAL', or opening with its 'Confidential Information' clause, keeps it", () => {
    const letter = 'CONFIDENTIAL\n\nEach party shall keep the terms of this letter confidential and shall not disclose them to any third party.\n\nSigned for Halvard Photonics Inc.\n';
    expect(typesOf(letter, 'a.txt').some((c) => c.text.startsWith('CONFIDENTIAL') && c.types.includes('confidentiality'))).toBe(true);
    const nda = 'Confidential Information\n\nThe Recipient shall hold the Discloser\'s Confidential Information in confidence and use it only to evaluate the proposed licence.\n\nTerm\n\nThese obligations last five years.\n';
    const clauses = typesOf(nda, 'a.txt');
    expect(clauses.some((c) => c.text.startsWith('Confidential Information') && c.types.includes('confidentiality'))).toBe(true);
    // a stamp alone over a single paragraph is the text's heading, not a stamp
    expect(tree('DRAFT\n\nThe parties will negotiate a patent cross-licence in good faith.\n').clauses.some((c) => c.start === 0)).toBe(true);
  });
});

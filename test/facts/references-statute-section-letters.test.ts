// precision/dangling-reference: a statute's section numbered with two or three capitals after its digits ('section
// 50AA of the Corporations Act 2001 (Cth)', Australian and UK drafting) was read as 'Section 50A' and the rest, 'A of
// the ...', hid the Act it belongs to: held-out zb was told it refers to a Section 50A it does not contain.
import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../src/ingest/index.js';
import { analyze } from '../../src/analysis.js';

const refsOf = (text: string) => [...analyze(sourceFromText(text, 'licence.md')).facts.attributes.values()]
  .flatMap((a) => a.crossReferences).map((r) => [r.text, r.targetId !== null]);

const agreement = (definition: string) => [
  '# Technology Licence Agreement',
  'This agreement is made between Tessaract Water Technologies Pty Ltd ("Licensor") and Brindle Process Engineering Limited ("Licensee").',
  '## 1. Definitions',
  definition,
  '## 12. Termination',
  '12.1 The Licensor may terminate this agreement on a Change of Control of the Licensee.',
].join('\n\n');

describe("a statute's section with capitals after its number", () => {
  it('is read whole, and of the Act after it, even in Markdown italics', () => {
    const refs = refsOf(agreement('**Change of Control** means a person acquiring control of the Licensee, where control has the meaning given in section 50AA of the *Corporations Act 2001* (Cth).'));
    expect(refs.filter(([, resolved]) => !resolved)).toEqual([]);
  });

  it('near miss: such a section with no instrument after it is read whole as the agreement\'s own, and dangles', () => {
    const refs = refsOf(agreement('**Change of Control** has the meaning given in section 50AA.'));
    expect(refs.filter(([, resolved]) => !resolved).map(([text]) => (text as string).toLowerCase())).toEqual(['section 50aa']);
  });
});

// A clause query's `excludeRecitals` leaves out the recitals however they are headed: a WHEREAS paragraph, the
// paragraphs under 'Recitals:', 'RECITALS' or '## Background' (which carry no tag of their own), a section typed as
// recitals; not the lead-in that opens the terms, nor the terms themselves.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { DocumentContext } from '../../src/rules/context.js';
import type { ClauseQuery } from '../../src/rules/query.js';

const PAYS: ClauseQuery = { text: '\\bpays\\b', excludeRecitals: true };

function selected(text: string, q: ClauseQuery = PAYS): string[] {
  const a = analyze(sourceFromText(text, 'recitals.txt'));
  const ctx = new DocumentContext(a);
  const t = a.source.text;
  return ctx.query(q).map((m) => t.slice(m.matchStart, (t.indexOf('\n', m.matchStart) + 1 || t.length + 1) - 1));
}

const PARTIES = 'This Patent Licence Agreement is made on 2 June 2025 between Orrin Photonics Ltd ("Licensor") and Valdis Optics SIA ("Licensee").\n\n';
const TERMS = '1. Consideration\n\n1.1 In return, Licensee pays Licensor a fee of EUR 40,000.\n';

describe('excludeRecitals', () => {
  for (const heading of ['Recitals:', 'RECITALS', 'Background:']) {
    it(`leaves out the items under '${heading}' and keeps the terms`, () => {
      const text = `PATENT LICENCE AGREEMENT\n\n${PARTIES}${heading}\n\n(A) Licensee pays Licensor a royalty under the 2019 Agreement.\n\n(B) The parties wish to replace the 2019 Agreement.\n\nNOW, THEREFORE, the parties agree as follows:\n\n${TERMS}`;
      expect(selected(text)).toEqual(['pays Licensor a fee of EUR 40,000.']);
      // Without the option, the recital is read too.
      expect(selected(text, { text: '\\bpays\\b' })).toHaveLength(2);
    });
  }

  it('leaves out a WHEREAS paragraph and the Markdown "## Background" items', () => {
    const text = `# PATENT LICENCE AGREEMENT\n\n${PARTIES}## Background\n\nA. Licensee pays Licensor a royalty under the 2019 Agreement.\n\nWHEREAS Licensor pays the renewal fees of the Licensed Patents.\n\n## ${TERMS}`;
    expect(selected(text)).toEqual(['pays Licensor a fee of EUR 40,000.']);
  });

  it('keeps the lead-in paragraph, whose words after "agree as follows" are terms', () => {
    const text = `PATENT LICENCE AGREEMENT\n\n${PARTIES}Recitals:\n\n(A) Licensor owns the Licensed Patents.\n\nNOW, THEREFORE, the parties agree as follows: Licensee pays Licensor a fee of EUR 40,000 on signature.\n`;
    expect(selected(text)).toEqual(['pays Licensor a fee of EUR 40,000 on signature.']);
  });

  it('keeps an unheaded paragraph of terms after the parties when there are no recitals', () => {
    const text = `PATENT LICENCE AGREEMENT\n\n${PARTIES}Licensee pays Licensor a fee of EUR 40,000 on signature.\n`;
    expect(selected(text)).toEqual(['pays Licensor a fee of EUR 40,000 on signature.']);
  });
});

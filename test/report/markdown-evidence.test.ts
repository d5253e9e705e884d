// Markdown's evidence line: the document's words quoted, what was looked for outside the quotes, nothing twice.
import { describe, expect, it } from 'vitest';
import { evidenceLine } from '../../src/report/markdown.js';

describe('Markdown evidence line', () => {
  it('does not quote what was looked for as if the document said it', () => {
    expect(evidenceLine({ message: 'Control of post-grant proceedings is not assigned.', evidence: 'looked for: control of reissues, re-examinations or other post-grant proceedings' })).toBe(
      '  - Looked for and not found: control of reissues, re-examinations or other post-grant proceedings',
    );
    expect(evidenceLine({ message: 'A royalty is due but its terms are incomplete (looked for: a royalty base).', evidence: 'Beta shall pay Alpha a royalty. — looked for: a royalty base' })).toBe(
      '  - Evidence: “Beta shall pay Alpha a royalty.” — looked for: a royalty base',
    );
  });

  it('leaves out evidence the message already quotes, and quotes the rest', () => {
    expect(evidenceLine({ message: 'Section 4.1 limits output: "Beta shall not make more than 40,000 units."', evidence: 'Beta shall not make more than 40,000 units.' })).toBeNull();
    expect(evidenceLine({ message: 'Defined in Section 1.5 but used nowhere in the agreement: "Know-How Package".', evidence: '"Know-How Package" means the drawings.' })).toBe('  - Evidence: “"Know-How Package" means the drawings.”');
  });

  it('says nothing of what was looked for when the message already names all of it', () => {
    expect(evidenceLine({ message: 'No transition assistance or bridging licence is offered.', evidence: 'looked for: transition assistance or a bridging licence' })).toBeNull();
    expect(evidenceLine({ message: 'It is not stated which licences and obligations survive termination or expiry.', evidence: 'looked for: a survival clause' })).toBeNull();
  });
});

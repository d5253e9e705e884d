// A variant describes another situation than its rule's: it may carry the advice that situation needs.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks } from '../../src/rules/index.js';
import { Rule } from '../../src/rules/schema.js';

const antitrust = loadBuiltinPacks().find((p) => p.id === 'antitrust')!;
const noChallenge = (text: string) =>
  evaluate(analyze(sourceFromText(text, 'doc.txt')), [antitrust], {}).then((fs) => fs.filter((f) => f.ruleId === 'antitrust/no-challenge'));

const agreement = (clause: string) => `PATENT CROSS-LICENSE AGREEMENT

This Agreement is made between Alder Networks, Inc. ("Alder") and Brenna Robotics Corp. ("Brenna").

1. Licences

1.1 Alder grants Brenna a non-exclusive licence under the Alder Patents to make and sell routers.

1.2 Brenna grants Alder a non-exclusive licence under the Brenna Patents to make and sell robots.

2. Validity

2.1 ${clause}
`;

describe('a variant with its own rationale and recommendation', () => {
  it('a termination right on a challenge is not told to delete a bar it does not contain', async () => {
    const [f] = await noChallenge(agreement('If Brenna challenges the validity of any Alder Patent, Alder may terminate the licence granted to Brenna under Section 1.1 by written notice.'));
    expect(f?.severity).toBe('info');
    expect(f?.recommendation).not.toMatch(/delete the bar/i);
    expect(f?.recommendation).toMatch(/only the licence granted to the challenging party/);
    expect(f?.rationale).toMatch(/only in an exclusive licence/);
  });

  it('near miss: a bar keeps the rule\'s own advice', async () => {
    const [f] = await noChallenge(agreement('Brenna shall not challenge the validity of any Alder Patent.'));
    expect(f?.severity).toBe('warning');
    expect(f?.recommendation).toMatch(/^Delete the bar on challenges\./);
    expect(f?.rationale).toBe(antitrust.rules.find((r) => r.id === 'antitrust/no-challenge')?.rationale);
  });

  it('the pack schema takes a variant\'s rationale and recommendation, and no empty one', () => {
    const rule = (variant: Record<string, unknown>) => ({
      id: 'acme/royalty-ceiling', severity: 'warning', title: 'Royalty above target', scope: 'clause',
      conditions: { all: [{ fact: 'clauses', params: { text: '\\broyalt' }, operator: 'nonEmpty', value: true }] },
      message: '{{clause}} sets a royalty', rationale: 'Why.', recommendation: 'What.',
      variants: [{ require: '5%', severity: 'error', ...variant }],
    });
    expect(Rule.safeParse(rule({ rationale: 'Above the ceiling.', recommendation: 'Get finance approval.' })).success).toBe(true);
    expect(Rule.safeParse(rule({ recommendation: '' })).success).toBe(false);
    expect(Rule.safeParse(rule({ advice: 'x' })).success).toBe(false);
  });
});

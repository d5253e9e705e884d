// A hand-built run report with findings of every severity, for formatter tests that must not depend on the rule packs.
import type { Finding, RunReport } from '../../src/model/index.js';
import type { RuleInfo } from '../../src/report/types.js';

export const TEXT = [
  '# PATENT CROSS-LICENSE AGREEMENT', // 0..32
  '',
  '## 2. Grant of Licenses',
  '',
  '2.1 Licensor hereby grants to Licensee an exclusive license under the Licensed Patents.',
  '',
  '## 4. Royalties',
  '',
  '4.1 Licensee shall pay a royalty of [TBD] on Net Sales.',
  '',
].join('\n');

const at = (needle: string): number => {
  const i = TEXT.indexOf(needle);
  if (i < 0) throw new Error(`fixture text lacks ${needle}`);
  return i;
};

function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity' | 'message' | 'clauseId'>): Finding {
  return {
    pack: partial.ruleId.split('/')[0]!,
    clauseNumber: null, heading: null, start: 0, end: 0, line: 1, column: 1,
    evidence: '', rationale: 'Why this matters.', recommendation: 'What to do.', waived: false,
    ...partial,
  };
}

const grantStart = at('2.1 Licensor');
const royaltyStart = at('4.1 Licensee');

export const FINDINGS: Finding[] = [
  finding({
    ruleId: 'reciprocity/one-way-grant', severity: 'error', message: 'Only Licensor grants a licence; the other direction is missing',
    clauseId: 'c3', clauseNumber: '2.1', heading: 'Grant of Licenses', start: grantStart, end: grantStart + 87, line: 5, column: 1,
    evidence: 'Licensor hereby grants to Licensee an exclusive license', recommendation: 'Add the reciprocal grant from Licensee to Licensor.',
  }),
  finding({
    ruleId: 'precision/placeholder', severity: 'warning', message: 'Unfilled placeholder [TBD]',
    clauseId: 'c5', clauseNumber: '4.1', heading: 'Royalties', start: at('[TBD]'), end: at('[TBD]') + 5, line: 9, column: 37,
    evidence: '[TBD]', recommendation: 'Fill in the royalty rate.',
  }),
  finding({
    ruleId: 'monetization/audit-missing', severity: 'info', message: 'A royalty is due but there are no audit rights',
    clauseId: 'c5', clauseNumber: '4.1', heading: 'Royalties', start: royaltyStart, end: royaltyStart + 10, line: 9, column: 1,
    evidence: 'looked for: audit, inspect records', recommendation: 'Add an audit clause.', waived: true,
  }),
];

export const REPORT: RunReport = {
  schemaVersion: '1.0.0',
  tool: { name: 'clausecheck', version: '0.0.0-test' },
  documents: [
    {
      path: 'deals/acme.md', sha256: 'a'.repeat(64), format: 'markdown', kind: 'license',
      parties: [{ name: 'Acme Corp.', aliases: ['Licensor'] }],
      clauses: [
        { id: 'c1', number: null, heading: 'PATENT CROSS-LICENSE AGREEMENT', kind: 'preamble', depth: 1, parentId: null, start: 0, end: 32, line: 1, column: 1, types: [] },
        { id: 'c2', number: '2', heading: 'Grant of Licenses', kind: 'section', depth: 1, parentId: null, start: at('## 2.'), end: grantStart + 87, line: 3, column: 1, types: [{ type: 'license-grant', confidence: 0.9, cues: ['heading: Grant of Licenses'] }] },
        { id: 'c3', number: '2.1', heading: null, kind: 'clause', depth: 2, parentId: 'c2', start: grantStart, end: grantStart + 87, line: 5, column: 1, types: [{ type: 'license-grant', confidence: 0.95, cues: ['cue: hereby grants'] }] },
        { id: 'c4', number: '4', heading: 'Royalties', kind: 'section', depth: 1, parentId: null, start: at('## 4.'), end: TEXT.length - 1, line: 7, column: 1, types: [] },
        { id: 'c5', number: '4.1', heading: null, kind: 'clause', depth: 2, parentId: 'c4', start: royaltyStart, end: TEXT.length - 1, line: 9, column: 1, types: [{ type: 'royalty', confidence: 0.8, cues: ['cue: royalty'] }] },
      ],
      findings: FINDINGS,
    },
    { path: 'deals/clean.md', sha256: 'b'.repeat(64), format: 'markdown', kind: 'other', parties: [], clauses: [], findings: [] },
  ],
  summary: { documents: 2, findings: { error: 1, warning: 1, info: 0 }, waived: 1, needsReview: 0, gate: 'fail' },
};

export const RULES: RuleInfo[] = [
  { id: 'monetization/audit-missing', pack: 'monetization', severity: 'warning', title: 'Royalty without audit rights', rationale: 'Unverifiable royalties.', recommendation: 'Add audit rights.', references: [] },
  { id: 'precision/placeholder', pack: 'precision', severity: 'error', title: 'Unfilled placeholder', rationale: 'Blanks make terms uncertain.', recommendation: 'Fill every blank.', references: ['Guide: documentation'] },
  { id: 'reciprocity/one-way-grant', pack: 'reciprocity', severity: 'error', title: 'One-way grant in a cross-license', rationale: 'A cross-license must run both ways.', recommendation: 'Add the missing grant.', references: [] },
];

export const TEXTS = new Map([['deals/acme.md', TEXT], ['deals/clean.md', '']]);

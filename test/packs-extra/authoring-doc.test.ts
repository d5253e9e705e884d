// docs/authoring.md stays true to the code: it names every fact, operator, template placeholder and config key, and
// its JSON examples pass the same schemas the loaders use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigFile } from '../../src/config/index.js';
import { CasesFile, FACTS, OPERATORS, Rule, TEMPLATE_BUILTINS } from '../../src/rules/index.js';
import { DIRECTIVE } from '../../src/suppress/index.js';
import { BUILTIN_TYPES } from '../../src/tag/taxonomy.js';
import { CLAUSE_TYPES_PAGE, renderClauseTypes } from '../../scripts/gen-clause-types.mjs';

const doc = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
const section = (heading: string): string => {
  const start = doc.indexOf(`\n## ${heading}`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
};
const jsonBlocks = (text: string): unknown[] => [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string));

describe('docs/authoring.md', () => {
  it('lists every fact and operator of the catalogue', () => {
    const catalogue = section('3. Facts and operators');
    for (const name of [...Object.keys(FACTS), ...Object.keys(OPERATORS)]) expect(catalogue, name).toContain(`\`${name}\``);
  });
  it('names every template placeholder', () => {
    for (const name of TEMPLATE_BUILTINS) expect(section('4. Messages')).toContain(`{{${name}}}`);
  });
  it('documents every config key, and its config example is valid', () => {
    const config = section('8. Configuration');
    for (const key of Object.keys(ConfigFile.shape).filter((k) => k !== '$schema')) expect(config, key).toContain(`\`${key}\``);
    const [example] = jsonBlocks(config);
    expect(ConfigFile.safeParse(example).error?.issues).toBeUndefined();
  });
  it('shows a rule and a cases file that pass the pack schema', () => {
    const [rule] = jsonBlocks(section('2. A rule'));
    expect(Rule.safeParse(rule).error?.issues).toBeUndefined();
    const [cases] = jsonBlocks(section('6. Testing'));
    expect(CasesFile.safeParse(cases).error?.issues).toBeUndefined();
  });
  it('lists the built-in clause types a rule may name (docs/clause-types.md, generated)', () => {
    // A pack author had to read src/tag/taxonomy.ts to find the id of the audit type.
    const page = readFileSync(new URL(`../../${CLAUSE_TYPES_PAGE}`, import.meta.url), 'utf8');
    expect(page, 'stale: run `npm run build && node scripts/gen-clause-types.mjs`').toBe(renderClauseTypes(BUILTIN_TYPES));
    for (const t of BUILTIN_TYPES) expect(page).toContain(`| \`${t.id}\` |`);
    expect(section('3. Facts and operators')).toContain('](clause-types.md)');
    expect(section('5. Custom clause types')).toContain('](clause-types.md)');
  });
  it('shows the suppression directive as the code reads it', () => {
    expect(section('9. Suppressing')).toContain(`<!-- ${DIRECTIVE} antitrust/no-challenge -- `);
    expect(section('9. Suppressing')).toContain(`[${DIRECTIVE} `);
  });
});

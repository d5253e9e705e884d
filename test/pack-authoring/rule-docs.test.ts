// The rule reference pages (docs/rules/) are generated from the rule JSON; this fails when the
// committed pages are stale, missing or left over from a removed rule.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { existingRuleDocs, renderRuleDocs } from '../../scripts/gen-rule-docs.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIX = 'run `npm run docs:rules` and commit docs/rules/';

describe('rule reference pages (docs/rules/)', () => {
  const pages: Map<string, string> = renderRuleDocs();
  const committed: string[] = existingRuleDocs();

  it('has exactly one page per built-in rule plus the index, no missing and no extra pages', () => {
    const expected = [...pages.keys()];
    const missing = expected.filter((p) => !committed.includes(p));
    const extra = committed.filter((p) => !pages.has(p));
    expect(missing, `missing rule pages: ${FIX}`).toEqual([]);
    expect(extra, `pages of rules that no longer exist: ${FIX}`).toEqual([]);
  });

  it('has every committed page equal to what the rule metadata generates', () => {
    const stale = [...pages].filter(([path, text]) => committed.includes(path) && readFileSync(join(ROOT, path), 'utf8') !== text).map(([path]) => path);
    expect(stale, `stale rule pages: ${FIX}`).toEqual([]);
  });

  it('covers every rule file of every built-in pack, with its cases as examples', () => {
    const rulesDir = join(ROOT, 'rules');
    const ruleFiles = readdirSync(rulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(rulesDir, d.name)).filter((f) => f.endsWith('.json') && f !== 'pack.json' && !f.endsWith('.cases.json')).map((f) => `docs/rules/${d.name}/${f.replace(/\.json$/, '.md')}`));
    expect(ruleFiles.length).toBeGreaterThan(40);
    for (const page of ruleFiles) expect(pages.has(page), page).toBe(true);

    // One page read against its source: metadata and both kinds of example appear.
    const page = pages.get('docs/rules/antitrust/no-challenge.md') ?? '';
    expect(page).toContain('# No-challenge clause');
    expect(page).toContain('| Default severity | warning |');
    expect(page).toContain('`covenant-not-to-sue`, `defensive-termination`');
    expect(page).toContain('- Lear, Inc. v. Adkins, 395 U.S. 653 (1969)');
    const fires = page.indexOf('## Examples that fire');
    const quiet = page.indexOf('## Near misses (must not fire)');
    expect(fires).toBeGreaterThan(0);
    expect(quiet).toBeGreaterThan(fires);
    expect(page.slice(fires, quiet)).toContain('Beta shall not, directly or indirectly, challenge');
    expect(page.slice(quiet)).toContain('Nothing in this Agreement shall prevent either Party from challenging');

    const index = pages.get('docs/rules/README.md') ?? '';
    for (const page of ruleFiles) expect(index).toContain(`](${page.slice('docs/rules/'.length)})`);
  });

  it('renders byte-identical output on a second run', () => {
    expect([...renderRuleDocs()]).toEqual([...pages]);
  });
});

// `schema pack|rule|cases` validate real pack files; config parties reach the facts stage.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model/index.js';
import { ROOT, run } from './helpers.js';

async function schema(name: string): Promise<Record<string, unknown>> {
  const r = await run(['schema', name]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('clausecheck schema pack|rule|cases', () => {
  it('validates every built-in pack manifest, rule and cases file, and rejects a rule without severity', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = { pack: ajv.compile(await schema('pack')), rule: ajv.compile(await schema('rule')), cases: ajv.compile(await schema('cases')) };
    const dir = join(ROOT, 'rules', 'antitrust');
    let rules = 0;
    for (const f of readdirSync(dir).sort()) {
      const value: unknown = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const kind = f === 'pack.json' ? 'pack' : f.endsWith('.cases.json') ? 'cases' : 'rule';
      if (kind === 'rule') rules++;
      expect(validate[kind](value), `${f}: ${JSON.stringify(validate[kind].errors)}`).toBe(true);
    }
    expect(rules).toBe(11);
    const broken = JSON.parse(readFileSync(join(dir, 'price-fixing.json'), 'utf8')) as Record<string, unknown>;
    delete broken.severity;
    expect(validate.rule(broken)).toBe(false);
  });
});

describe('config parties', () => {
  it('names the parties when the preamble gives no aliases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-parties-'));
    writeFileSync(join(dir, 'clausecheck.config.json'), JSON.stringify({ parties: [{ name: 'Orrin Photonics Ltd.', aliases: ['Orrin'] }] }));
    const doc = join(dir, 'draft.md');
    writeFileSync(doc, '# Licence Agreement\n\nThis agreement is entered into by the undersigned.\n\n## 1. Grant\n\n1.1 Orrin grants to the Licensee a non-exclusive licence under the Orrin Patents.\n');
    const r = await run(['check', doc, '--format', 'json', '--fail-on', 'never']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as RunReport;
    expect(report.documents[0]!.parties.map((p) => p.name)).toContain('Orrin Photonics Ltd.');
    // The same draft where no config is found: the full name cannot come from the text.
    const bare = join(mkdtempSync(join(tmpdir(), 'cc-noconfig-')), 'draft.md');
    writeFileSync(bare, readFileSync(doc, 'utf8'));
    const plain = JSON.parse((await run(['check', bare, '--format', 'json', '--fail-on', 'never'])).stdout) as RunReport;
    expect(plain.documents[0]!.parties.map((p) => p.name)).not.toContain('Orrin Photonics Ltd.');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema, waiversJsonSchema } from '../../src/report/schema.js';
import type { RunReport } from '../../src/model/index.js';
import { FIXTURES, run } from '../cli/helpers.js';
import { compileSchema as compile } from '../helpers/json-schema.js';

describe('report JSON Schema', () => {
  it('accepts real JSON reports (single and batch, with waivers) and rejects broken ones', async () => {
    const printed = await run(['schema', 'report']);
    expect(printed.code).toBe(0);
    const schema = JSON.parse(printed.stdout) as object;
    expect(schema).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
    const validate = compile(schema);
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-schema-'));
    const waivers = join(dir, 'w.json');
    writeFileSync(waivers, JSON.stringify({ waivers: [{ rule: 'precision/placeholder', clause: '2.1', reason: 'filled at signing', approvedBy: 'GC', expires: '2099-01-01' }, { rule: 'x/y', clause: '9', reason: 'r', approvedBy: 'GC', expires: '2099-01-01' }] }));
    const r = await run(['check', `${FIXTURES}placeholder-license.md`, `${FIXTURES}sample-cross-license.md`, '--format', 'json', '--waivers', waivers]);
    const report = JSON.parse(r.stdout) as RunReport;
    expect(report.documents[0]!.findings.some((f) => f.waived)).toBe(true);
    expect(report.waivers).toHaveLength(1);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const broken = structuredClone(report) as unknown as { documents: { findings: { severity: string }[] }[]; summary: { gate: string } };
    broken.documents[0]!.findings[0]!.severity = 'fatal';
    expect(validate(broken)).toBe(false);
    const noGate = structuredClone(report) as unknown as { summary: Record<string, unknown> };
    delete noGate.summary['gate'];
    expect(validate(noGate)).toBe(false);
  });

  it('describes the waivers file, and a valid waivers file passes it', async () => {
    const printed = JSON.parse((await run(['schema', 'waivers'])).stdout) as object;
    expect(printed).toEqual(JSON.parse(JSON.stringify(waiversJsonSchema())));
    const validate = compile(printed);
    expect(validate({ waivers: [{ rule: 'a/b', clause: '2.1', reason: 'ok', approvedBy: 'me', expires: '2030-01-01' }] })).toBe(true);
    expect(validate({ waivers: [{ rule: 'a/b', clause: '2.1', reason: 'ok', expires: '2030-01-01' }] })).toBe(false);
  });

  it('exits 2 for an unknown schema name', async () => {
    const r = await run(['schema', 'config-of-doom']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'config-of-doom' is invalid");
  });
});

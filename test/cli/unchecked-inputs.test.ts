// A directory of agreements with one that cannot be read: the report holds the others and names it, in every format,
// so that a pipeline reading the SARIF or JUnit file (not stderr) sees the run incomplete; the exit code is 2.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model/index.js';
import { reportJsonSchema } from '../../src/report/schema.js';
import { compileSchema, sarifValidator } from '../helpers/json-schema.js';
import { FIXTURES, ROOT, run } from './helpers.js';

function folder(broken: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-unchecked-'));
  mkdirSync(join(dir, 'deals'));
  copyFileSync(join(FIXTURES, 'placeholder-license.md'), join(dir, 'deals', 'a-licence.md'));
  copyFileSync(join(ROOT, 'fixtures', 'sec-exhibit-cross-license.txt'), join(dir, 'deals', 'c-exhibit.txt'));
  if (broken) {
    // A Word file cut short in transfer (a zip's signature, then nothing a zip holds), and a scan saved as text with NULs.
    writeFileSync(join(dir, 'deals', 'b-draft.docx'), Buffer.from('PK\u0003\u0004 truncated upload'));
    writeFileSync(join(dir, 'deals', 'd-scan.txt'), Buffer.from('PATENT LICENSE\u0000\u0000\u0000 AGREEMENT'));
  }
  return dir;
}

const check = (dir: string, format: string) => run(['check', 'deals', '--format', format, '--fail-on', 'never'], { cwd: dir });

describe('inputs the run could not check', () => {
  it('are named in the JSON, SARIF, JUnit, Markdown and HTML reports, and the run exits 2', async () => {
    const dir = folder(true);
    const json = await check(dir, 'json');
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout) as RunReport;
    expect(report.documents.map((d) => d.path)).toEqual(['deals/a-licence.md', 'deals/c-exhibit.txt']);
    expect(report.unchecked).toEqual([
      { path: 'deals/b-draft.docx', code: 'input-unsupported', message: expect.stringMatching(/^not a readable Word document/) },
      { path: 'deals/d-scan.txt', code: 'input-unsupported', message: 'binary content (NUL bytes), not a text agreement' },
    ]);
    const validate = compileSchema(reportJsonSchema());
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);

    const sarif = JSON.parse((await check(dir, 'sarif')).stdout) as Sarif.Log;
    const validSarif = sarifValidator();
    expect(validSarif(sarif), JSON.stringify(validSarif.errors)).toBe(true);
    const invocation = sarif.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications?.map((n) => [n.level, n.descriptor?.id, n.locations?.[0]?.physicalLocation?.artifactLocation?.uri])).toEqual([
      ['error', 'input-unsupported', 'deals/b-draft.docx'], ['error', 'input-unsupported', 'deals/d-scan.txt'],
    ]);

    const junit = (await check(dir, 'junit')).stdout;
    expect(junit).toMatch(/<testsuites name="clausecheck" tests="\d+" failures="\d+" errors="2">/);
    expect(junit).toContain('<testsuite name="deals/d-scan.txt" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="deals/d-scan.txt" name="check">\n      <error message="binary content (NUL bytes), not a text agreement" type="input-unsupported">');

    expect((await check(dir, 'markdown')).stdout).toContain('> **Not checked** (the run is incomplete): deals/b-draft.docx: not a readable Word document');
    expect((await check(dir, 'html')).stdout).toContain('Not checked (the run is incomplete): deals/b-draft.docx: not a readable Word document');
  });

  it('leave no trace in a run that checked every input (near miss)', async () => {
    const dir = folder(false);
    const json = await check(dir, 'json');
    expect(json.code).toBe(0);
    expect(Object.keys(JSON.parse(json.stdout) as RunReport)).not.toContain('unchecked');
    const sarif = JSON.parse((await check(dir, 'sarif')).stdout) as Sarif.Log;
    expect(sarif.runs[0]!.invocations![0]).toMatchObject({ executionSuccessful: true });
    expect(sarif.runs[0]!.invocations![0]!.toolExecutionNotifications).toBeUndefined();
    expect((await check(dir, 'junit')).stdout).toMatch(/<testsuites name="clausecheck" tests="\d+" failures="\d+" errors="0">/);
    expect((await check(dir, 'markdown')).stdout).not.toContain('Not checked');
  });
});

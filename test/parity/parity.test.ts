// Issue 3: a Word (.docx) and an HTML rendering of each Markdown fixture give the same clause numbers,
// headings and findings as the Markdown. The renderings are built here, in a temp dir, from the fixtures.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import type { DocumentReport } from '../../src/model/index.js';
import { markdownToDocx, markdownToHtml } from './render.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const mdIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).sort().map((f) => join(ROOT, dir, f));
const FIXTURES = [...mdIn('fixtures'), ...mdIn('fixtures/synthetic'), ...mdIn('test/parity/fixtures')];

const TMP = mkdtempSync(join(tmpdir(), 'clausecheck-parity-'));

async function report(path: string): Promise<DocumentReport> {
  const source = await ingestFile(path, readFileSync(path));
  return (await check([source])).documents[0] as DocumentReport;
}

/** What parity means: the clause outline in document order, and each finding's rule, clause and severity. */
function outline(doc: DocumentReport): { clauses: string[]; findings: string[] } {
  return {
    clauses: doc.clauses.map((c) => `${c.number ?? '-'} | ${c.heading ?? '-'}`),
    findings: doc.findings.map((f) => `${f.ruleId} @ ${f.clauseNumber ?? '-'} [${f.severity}]`).sort(),
  };
}

it('covers the shipped Markdown fixtures', () => {
  expect(FIXTURES.map((f) => basename(f))).toEqual(expect.arrayContaining(['balanced-cross-license.md', 'flawed-cross-license.md', 'one-way-license.md']));
});

describe.each(FIXTURES.map((f) => [basename(f), f]))('%s', (name, mdPath) => {
  const markdown = readFileSync(mdPath, 'utf8');
  const stem = join(TMP, name.replace(/\.md$/, ''));
  let expected: { clauses: string[]; findings: string[] };

  it('Markdown has a clause outline to compare', async () => {
    expected = outline(await report(mdPath));
    expect(expected.clauses.filter((c) => !c.startsWith('- |')).length).toBeGreaterThan(3);
  });

  it.each([
    ['HTML', '.html', async (): Promise<string | Buffer> => markdownToHtml(markdown)],
    ['Word, typed numbers', '.typed.docx', async (): Promise<string | Buffer> => markdownToDocx(markdown, 'typed')],
    ['Word, automatic numbering', '.auto.docx', async (): Promise<string | Buffer> => markdownToDocx(markdown, 'automatic')],
  ])('%s gives the same clauses and findings', async (_label, ext, render) => {
    const path = `${stem}${ext}`;
    writeFileSync(path, await render());
    const actual = outline(await report(path));
    expect(actual.clauses).toEqual(expected.clauses);
    expect(actual.findings).toEqual(expected.findings);
  });
});

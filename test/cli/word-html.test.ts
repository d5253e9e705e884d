// Word and HTML inputs through the CLI: offsets refer to the extracted text, which `tag --format text` prints.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocumentReport, RunReport } from '../../src/model/index.js';
import { run } from './helpers.js';

const HTML = `<!doctype html><html><body>
<h1>PATENT CROSS-LICENSE AGREEMENT</h1>
<p>This Agreement is made between Alpha Devices Inc. ("Alpha") and Beta Systems GmbH ("Beta").</p>
<h2>1. Grant</h2>
<p>1.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to make and sell Licensed Products.</p>
<h2>2. Royalties</h2>
<p>2.1 Beta shall pay a royalty of [TBD] percent of Net Sales.</p>
</body></html>`;

async function docxBytes(): Promise<Buffer> {
  const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ text: 'PATENT CROSS-LICENSE AGREEMENT', heading: HeadingLevel.TITLE }),
        p('This Agreement is made between Alpha Devices Inc. ("Alpha") and Beta Systems GmbH ("Beta").'),
        new Paragraph({ text: '1. Grant', heading: HeadingLevel.HEADING_1 }),
        p('1.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents to make and sell Licensed Products.'),
        new Paragraph({ text: '2. Royalties', heading: HeadingLevel.HEADING_1 }),
        p('2.1 Beta shall pay a royalty of [TBD] percent of Net Sales.'),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

describe.each([
  ['agreement.html', async (): Promise<Buffer | string> => HTML],
  ['agreement.docx', docxBytes],
])('%s', (name, make) => {
  it('is checked, and tag --format text prints the extracted text its offsets refer to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausecheck-in-'));
    writeFileSync(join(dir, name), await make());
    const tagText = await run(['tag', name, '--format', 'text'], { cwd: dir });
    expect(tagText.code).toBe(0);
    const marker = '\n--- extracted text ---\n';
    expect(tagText.stdout).toContain(marker);
    const extracted = tagText.stdout.slice(tagText.stdout.indexOf(marker) + marker.length).replace(/\n$/, '');
    expect(extracted).toContain('2.1 Beta shall pay a royalty of [TBD] percent of Net Sales.');
    expect(extracted).not.toContain('<p>');

    const doc = JSON.parse((await run(['tag', name], { cwd: dir })).stdout) as DocumentReport;
    expect(doc.format).toBe(name.endsWith('.html') ? 'html' : 'docx');
    for (const c of doc.clauses) expect(extracted.slice(c.start, c.end).trim().length).toBeGreaterThan(0);
    expect(doc.clauses.some((c) => c.number === '2.1' && extracted.slice(c.start, c.end).startsWith('2.1 Beta shall pay'))).toBe(true);

    const r = await run(['check', name, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as RunReport;
    const placeholder = report.documents[0]!.findings.find((f) => f.ruleId === 'precision/placeholder')!;
    expect(extracted.slice(placeholder.start, placeholder.end)).toContain('[TBD]');
    expect(r.code).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const SAMPLE = [
  'PATENT CROSS-LICENSE AGREEMENT',
  '',
  '1. Grant. Each Party hereby grants the other a non-exclusive, royalty-free license under its Licensed Patents.',
  '',
  '2. Term. This Agreement ends when the last Licensed Patent expires.',
  '',
].join('\n');

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ClauseCheckError', 'FAIL_ON', 'FORMAT_NAMES', 'SCHEMA_VERSION', 'SEVERITIES',
      'check', 'defaultContext', 'ingest', 'ingestFile', 'loadBuiltinPacks', 'loadFormatter', 'loadPack', 'ruleInfos', 'sourceFromText', 'tag',
    ]);
  });

  it('checks text in memory and formats the report with a registry formatter', async () => {
    const source = api.sourceFromText(SAMPLE, 'deal.md');
    const report = await api.check([source], { failOn: 'never' });
    expect(report.schemaVersion).toBe(api.SCHEMA_VERSION);
    expect(report.summary.gate).toBe('pass');
    const json = await api.loadFormatter('json');
    expect(JSON.parse(json(report, api.defaultContext()))).toEqual(JSON.parse(JSON.stringify(report)));
    const stylish = await api.loadFormatter('stylish');
    expect(stylish(report, api.defaultContext())).toMatch(/1 document checked/);
    expect(api.FORMAT_NAMES).toContain('stylish');
  });

  it("reads plain text in memory as it reads the same text from a file (a PDF's or a scan's text mended alike)", async () => {
    // pdftotext's output: a page break, a word hyphenated at a line end, and the scan's 'l' and 'O' inside figures.
    const pdf = [
      'PATENT CROSS-LICENSE AGREEMENT', '',
      '1. Grant. Each Party hereby grants the other a non-exclusive, royalty-free license under its Licensed Pat-',
      'ents to make, use and sell Licensed Products.', '',
      '2. Payment. Orrin shall pay Talvec USD l5O,OOO within 3O days after the Effective Date.',
      '\f                                   Page 2 of 2',
      '3. Term. This Agreement ends when the last Licensed Patent expires.', '',
    ].join('\n');
    const fromText = api.sourceFromText(pdf, 'deal.txt');
    const fromFile = api.ingest('deal.txt', new TextEncoder().encode(pdf));
    expect(fromText).toEqual(fromFile);
    expect(fromText.text).toContain('USD 150,000 within 30 days');
    expect(fromText.text).not.toBe(pdf);
    const [a, b] = await Promise.all([api.check([fromText], { failOn: 'never' }), api.check([fromFile], { failOn: 'never' })]);
    expect(a.documents).toEqual(b.documents);
    // Near miss: Markdown is kept as written ('Pat-' / 'ents' is not mended there, nor 'l5O,OOO').
    expect(api.sourceFromText(pdf, 'deal.md').text).toBe(pdf);
  });

  it('reads Word and HTML through ingestFile, which the synchronous ingest names', async () => {
    const html = new TextEncoder().encode('<html><body><h1>PATENT LICENSE</h1><p>1. Grant. Orrin hereby grants Talvec a non-exclusive licence.</p></body></html>');
    expect(() => api.ingest('deal.html', html)).toThrow(/ingestFile/);
    const source = await api.ingestFile('deal.html', html);
    expect(source.format).toBe('html');
    expect(source.text).toContain('1. Grant. Orrin hereby grants Talvec');
  });

  it('tags a document without findings', () => {
    const doc = api.tag(api.sourceFromText(SAMPLE, 'deal.md'));
    expect(doc.findings).toEqual([]);
    expect(doc.clauses.length).toBeGreaterThan(0);
  });

  it('answers a caller without the types (text for a Source, one Source for the list) with a usage error naming what to pass', async () => {
    const source = api.sourceFromText(SAMPLE, 'deal.md');
    const usage = (message: RegExp) => expect.objectContaining({ name: 'ClauseCheckError', code: 'usage', message: expect.stringMatching(message) });
    expect(() => api.tag(SAMPLE as unknown as api.Source)).toThrow(usage(/^tag\(\): expected a Source: wrap text with sourceFromText\(text, path\), got a string \(\d+ chars\)$/));
    expect(() => api.tag({ path: 'deal.md' } as unknown as api.Source)).toThrow(usage(/^tag\(\): expected a Source \(from ingest\(\), ingestFile\(\) or sourceFromText\(\)\), got an object with path$/));
    await expect(api.check(source as unknown as api.Source[])).rejects.toEqual(usage(/^check\(\): expected an array of Sources: pass one as \[source\], got an object with /));
    await expect(api.check([source, SAMPLE] as unknown as api.Source[])).rejects.toEqual(usage(/^check\(\): sources\[1\]: expected a Source: wrap text/));
    // A Source from the library itself passes as before.
    expect((await api.check([source], { failOn: 'never' })).documents).toHaveLength(1);
  });

  it("answers misspelt or mistyped options and inputs with a usage error, never a gate that cannot fail or a TypeError", async () => {
    const source = api.sourceFromText(SAMPLE, 'deal.md');
    const usage = (message: RegExp) => expect.objectContaining({ name: 'ClauseCheckError', code: 'usage', message: expect.stringMatching(message) });
    type Options = Parameters<typeof api.check>[1];
    // 'warn' for 'warning' made a gate that never failed: the summary's gate was 'pass' whatever the findings.
    await expect(api.check([source], { failOn: 'warn' } as unknown as Options)).rejects.toEqual(usage(/^check\(\): failOn must be one of error, warning, info, never, got "warn"$/));
    await expect(api.check([source], { maxWarnings: -1 })).rejects.toEqual(usage(/maxWarnings must be a whole number/));
    await expect(api.check([source], { reviewThreshold: 5 })).rejects.toEqual(usage(/reviewThreshold must be a number from 0 to 1/));
    await expect(api.check([source], { packs: 'antitrust' } as unknown as Options)).rejects.toEqual(usage(/^check\(\): packs must be an array of packs/));
    await expect(api.check([source], { packs: [{ id: 'mine' }] } as unknown as Options)).rejects.toEqual(usage(/^check\(\): packs\[0\] must be a pack .* got an object with id$/));
    expect(() => api.tag(source, { packs: [null] } as unknown as Parameters<typeof api.tag>[1])).toThrow(usage(/^tag\(\): packs\[0\] must be a pack/));
    await expect(api.loadFormatter('pdf' as api.FormatName)).rejects.toEqual(usage(/^loadFormatter\(\): unknown format "pdf" \(known: stylish, json, sarif, markdown, html, junit\)$/));
    expect(() => api.ingest('deal.md', SAMPLE as unknown as Uint8Array)).toThrow(usage(/^ingest\(\): expected the file's bytes \(a Uint8Array or Buffer\): for text in memory use sourceFromText\(text, path\), got string$/));
    await expect(api.ingestFile('deal.md', undefined as unknown as Uint8Array)).rejects.toEqual(usage(/^ingestFile\(\): expected the file's bytes/));
    expect(() => api.sourceFromText(42 as unknown as string)).toThrow(usage(/^sourceFromText\(\): the text must be a string/));
    // A format the readers do not know made a Source that check() refused only later, as no Source at all.
    const pdf = 'pdf' as unknown as api.InputFormat;
    expect(() => api.sourceFromText(SAMPLE, 'deal.pdf', pdf)).toThrow(usage(/^sourceFromText\(\): unknown format "pdf" \(known: markdown, text, docx, html\)$/));
    expect(() => api.ingest('deal.pdf', Buffer.from(SAMPLE), pdf)).toThrow(usage(/^ingest\(\): unknown format "pdf"/));
    await expect(api.ingestFile('deal.pdf', Buffer.from(SAMPLE), pdf)).rejects.toEqual(usage(/^ingestFile\(\): unknown format "pdf"/));
    await expect(api.check([source], { waivers: 'waivers.json' } as unknown as Options)).rejects.toEqual(usage(/^check\(\): waivers must be an array of waivers, got "waivers.json"$/));
    await expect(api.check([source], { baseline: ['3f2a'] } as unknown as Options)).rejects.toEqual(usage(/^check\(\): baseline must be a Set of finding fingerprints, got an array of 1$/));
    await expect(api.check([source], { today: '3 December 2026' })).rejects.toEqual(usage(/^check\(\): today must be a date as YYYY-MM-DD/));
    expect(() => api.ruleInfos([{}] as unknown as Parameters<typeof api.ruleInfos>[0])).toThrow(usage(/^ruleInfos\(\): packs\[0\] must be a pack/));
    expect(api.ruleInfos(api.loadBuiltinPacks()).length).toBeGreaterThan(30);
    // The same calls with what the types say still work: a Buffer is bytes.
    expect(api.ingest('deal.md', Buffer.from(SAMPLE)).text).toBe(SAMPLE);
    expect((await api.check([source], { failOn: 'warning', maxWarnings: 0, reviewThreshold: 0.5, packs: api.loadBuiltinPacks() })).documents).toHaveLength(1);
  });

  it('raises ClauseCheckError values that render as one line', () => {
    const e = new api.ClauseCheckError('waivers-invalid', 'expires is required', { file: 'w.json', jsonPath: '$.waivers[0].expires' });
    expect(e.render()).toBe('w.json: $.waivers[0].expires: expires is required');
  });
});

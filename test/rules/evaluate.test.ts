// evaluate(): identity stamped from metadata, one finding per clause, one per document, anchors, dedupe.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { evaluate, loadBuiltinPacks, loadPack } from '../../src/rules/index.js';

const builtins = loadBuiltinPacks();
const pack = (id: string) => builtins.find((p) => p.id === id)!;
const run = (text: string, packs = [pack('antitrust'), pack('exit')], kind?: 'cross-license' | 'license' | 'other') =>
  evaluate(analyze(sourceFromText(text, 'doc.md')), packs, kind ? { kind } : {});

const TWO_BARS = `# PATENT LICENSE AGREEMENT

This Patent License Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").

## 2. Grant

2.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.

## 8. Patents

8.1 Beta shall not challenge the validity of any Alpha Patent.

8.2 Beta shall not, directly or indirectly, contest the validity or enforceability of the Alpha Patents before any patent office.
`;

describe('evaluate', () => {
  it('opens a message with a capital where it starts with the place of an unnumbered paragraph ("The paragraph at line ...")', async () => {
    const text = 'LICENCE AGREEMENT\n\nThis agreement is made between Alpha Devices Pty Ltd ("Alpha") and Beta Systems Limited ("Beta").\n\n1 DEFINITIONS\n\n1.1 Definitions\n\nIn this agreement:\n\nField means the field of automotive sensors as approved by the Steering Panel.\n\nTerritory means Australia.\n\n2 LICENCE\n\n2.1 Alpha grants Beta a non-exclusive licence under the Alpha Patents in the Field in the Territory.\n\n2.2 Beta must pay Alpha a fee of A$10,000 within 30 days.\n';
    const findings = (await evaluate(analyze(sourceFromText(text, 'doc.txt')), [pack('precision')], {})).filter((f) => f.ruleId === 'precision/undefined-term');
    expect(findings.map((f) => f.message.slice(0, 24))).toEqual(['The paragraph at line 11']);
    // Near miss: a message that opens with a capital is left as it is.
    const unused = (await evaluate(analyze(sourceFromText(text, 'doc.txt')), [pack('precision')], {})).filter((f) => f.ruleId === 'precision/unused-definition');
    for (const f of unused) expect(f.message.startsWith('Defined in ')).toBe(true);
  });

  it('reports a clause-scope rule once per matching clause, at the words that triggered it', async () => {
    const findings = (await run(TWO_BARS)).filter((f) => f.ruleId === 'antitrust/no-challenge');
    expect(findings.map((f) => f.clauseNumber)).toEqual(['8.1', '8.2']);
    for (const f of findings) {
      expect(f.pack).toBe('antitrust');
      expect(f.severity).toBe('warning');
      expect(TWO_BARS.slice(f.start, f.end)).toContain('Beta shall not');
      expect(f.evidence).toMatch(/^Beta shall not/);
    }
  });

  it('names an item by its section in a message ("Section 8.1(b)", not "(b)", which does not say which (b))', async () => {
    const text = `# PATENT LICENSE AGREEMENT

This Patent License Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").

## 2. Grant

2.1 Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.

## 8. Patents

8.1 Beta undertakes the following:

(a) Beta shall mark the Licensed Products with the Alpha Patents.

(b) Beta shall not challenge the validity of any Alpha Patent.
`;
    const findings = (await run(text)).filter((f) => f.ruleId === 'antitrust/no-challenge');
    expect(findings.map((f) => [f.clauseNumber, f.message.slice(0, 15)])).toEqual([['(b)', 'Section 8.1(b) ']]);
  });

  it('names an item under an ARTICLE, and an item written "b." without brackets, by its place ("ARTICLE I(b)", "Section 2.1(b)")', async () => {
    const text = [
      'PATENT LICENSE AGREEMENT',
      'This Patent License Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").',
      'ARTICLE I\nGRANT',
      '(a) Alpha hereby grants to Beta a non-exclusive licence under the Alpha Patents.',
      '(b) Beta shall not challenge the validity of any Alpha Patent.',
      'ARTICLE II\nCOVENANTS',
      '2.1 Beta undertakes the following:',
      'a. Beta shall keep complete records of the Licensed Products sold.',
      'b. Beta shall not contest the validity of the Alpha Patents before any patent office.',
    ].join('\n\n');
    const findings = (await evaluate(analyze(sourceFromText(text, 'licence.txt')), [pack('antitrust')])).filter((f) => f.ruleId === 'antitrust/no-challenge');
    expect(findings.map((f) => [f.clauseNumber, f.message.split(' bars ')[0]])).toEqual([['(b)', 'ARTICLE I(b)'], ['b', 'Section 2.1(b)']]);
  });

  it('runs a rule reached through two packs only once', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'clausecheck-')), 'house');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pack.json'), JSON.stringify({ id: 'house', version: '1.0.0', description: 'House', extends: ['antitrust'] }));
    const findings = await run(TWO_BARS, [pack('antitrust'), loadPack(dir)]);
    expect(findings.filter((f) => f.ruleId === 'antitrust/no-challenge')).toHaveLength(2);
  });

  it('reports a missing clause once, with "looked for" evidence and model language, at the anchor', async () => {
    const findings = await run(TWO_BARS);
    const missing = findings.filter((f) => f.ruleId === 'exit/termination-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.evidence).toBe('looked for: a right to terminate');
    expect(missing[0]?.modelLanguage).toMatch(/Either Party may terminate/);
  });

  it("anchors a missing clause at the anchor clause its own condition found (the royalty), not at a more confident one about something else (VAT)", async () => {
    const deed = `# DEED OF PATENT ASSIGNMENT AND LICENCE-BACK

This Deed is made between Fenwick Photonics Limited (the "Assignor") and Corran Optical plc (the "Assignee").

## 3. Consideration

3.1 The Assignee shall pay the Purchase Price to the Assignor on Completion by CHAPS transfer.

3.2 In addition to the Purchase Price, the Assignee shall pay to the Assignor fifteen per cent (15%) of the Net Licensing Income received by the Assignee in each calendar year, within sixty days after the end of that year.

3.3 All sums payable under this deed are exclusive of VAT, which shall be paid in addition on receipt of a valid VAT invoice.
`;
    const findings = await run(deed, [pack('monetization')]);
    expect(findings.filter((f) => f.ruleId === 'monetization/audit-missing').map((f) => f.clauseNumber)).toEqual(['3.2']);
  });

  it('names a paragraph numbered "1." under "Article 3" as "Article 3(1)" (Japanese-style articles), and keeps a bracketed heading once', async () => {
    const translated = `PATENT CROSS LICENSE AGREEMENT

This Patent Cross License Agreement is entered into by and between Hoshizora Denki Kabushiki Kaisha ("Party A") and Calder Wireless, Inc. ("Party B").

Party A and Party B hereby agree as follows.

Article 1 (Purpose)

The purpose of this Agreement is that each Party licenses its patents to the other Party.

Article 2 (Grant of License)

1. Party A hereby grants to Party B a non-exclusive license under the Licensed Patents of Party A.

2. Party B hereby grants to Party A a non-exclusive license under the Licensed Patents of Party B.

Article 3 (Non-Assertion of Validity)

1. Neither Party shall, during the term of this Agreement, contest or dispute the validity of any Licensed Patent of the other Party.

2. The restriction in the preceding paragraph shall apply also to the Affiliates of each Party.

Article 4 (Assignment)

Neither Party may assign this Agreement without the prior written consent of the other Party, save in a company split (kaisha bunkatsu).
`;
    const findings = await evaluate(analyze(sourceFromText(translated, 'doc.txt')), [pack('antitrust'), pack('precision')]);
    const bar = findings.find((f) => f.ruleId === 'antitrust/no-challenge');
    // The finding keeps the number as written; its message names the article.
    expect([bar?.clauseNumber, bar?.message.slice(0, 13)]).toEqual(['1', 'Article 3(1) ']);
    expect(findings.find((f) => f.ruleId === 'precision/foreign-term')?.message).toMatch(/^Article 4 \(Assignment\) contains/);
  });

  it('names a paragraph "2." under section "A." of "ARTICLE I" as "ARTICLE I(A)(2)" (US outline drafting), not "Section 2"', async () => {
    const outline = `PATENT CROSS LICENSE AGREEMENT

This Agreement is made by and between Kestrel Packaging, Inc. ("Kestrel") and Orrin Interconnect Corp. ("Orrin").

RECITALS

A.   The parties own patents on semiconductor packaging.

     1.   Kestrel previously agreed with a third party that it will not manufacture more than ten (10) units a year.

NOW, THEREFORE, the parties agree as follows:

ARTICLE I
LICENSE GRANTS

A.   Grant by Kestrel.

     1.   Kestrel grants to Orrin a non-exclusive license under the Kestrel Licensed Patents.

     2.   Volume Limitation. Orrin shall not manufacture more than forty thousand (40,000) wafers of packages in any calendar quarter.

B.   Grant by Orrin.

     1.   Orrin grants to Kestrel a non-exclusive license under the Orrin Licensed Patents.
`;
    const findings = await evaluate(analyze(sourceFromText(outline, 'doc.txt')), [pack('antitrust')]);
    const caps = findings.filter((f) => f.ruleId === 'antitrust/output-restriction');
    // Failed before: "Section 2 (Volume Limitation) limits ...", a number that names no clause.
    expect(caps.map((f) => [f.clauseNumber, f.message.slice(0, 35)])).toContainEqual(['2', 'ARTICLE I(A)(2) (Volume Limitation)']);
    // Near miss: a paragraph under a recital 'A.' has no article above it to be named by.
    expect(caps.map((f) => f.message.slice(0, 10))).not.toContain('RECITALS(A');
  });

  it('anchors at the first clause when nothing better exists, and at no clause in an empty document', async () => {
    const [f] = (await run('Some words without any structure.\n', [pack('exit')])).filter((x) => x.ruleId === 'exit/termination-missing');
    expect(f?.clauseId).not.toBeNull();
    expect([f?.line, f?.column]).toEqual([1, 1]);
    const empty = await run('', [pack('exit')]);
    expect(empty.find((x) => x.ruleId === 'exit/termination-missing')?.clauseId ?? null).toBeNull();
  });

  it('skips cross-license rules for a plain licence, unless the kind is declared', async () => {
    const plain = await run(TWO_BARS, [pack('antitrust'), pack('reciprocity')]);
    expect(plain.some((f) => f.ruleId === 'antitrust/retaliation-carve-out-missing')).toBe(false);
    const declared = await run(TWO_BARS, [pack('antitrust'), pack('reciprocity')], 'cross-license');
    expect(declared.map((f) => f.ruleId)).toContain('antitrust/retaliation-carve-out-missing');
    expect(declared.map((f) => f.ruleId)).toContain('reciprocity/one-way-grant');
  });

  it('returns findings sorted by offset then rule id, the same on every run', async () => {
    const a = await run(TWO_BARS, builtins);
    const b = await run(TWO_BARS, [...builtins].reverse());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (let i = 1; i < a.length; i++) {
      const p = a[i - 1]!;
      const q = a[i]!;
      expect(p.start < q.start || (p.start === q.start && p.ruleId <= q.ruleId)).toBe(true);
    }
  });
});

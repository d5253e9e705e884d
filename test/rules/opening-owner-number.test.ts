// A numbered clause whose opening words run on past 80 characters before its items keeps them as its first child
// (src/clauses/draft.ts openingBody), so that every paragraph of text is a leaf. The message names those words by their
// clause ('Section 7.2', clauseLabel); the finding's number and heading, which reports, waivers and baselines read,
// must name it too, not null.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check.js';
import { sourceFromText } from '../../src/ingest/index.js';
import { loadBuiltinPacks } from '../../src/rules/index.js';

const packs = loadBuiltinPacks();
const TEXT = `PATENT LICENCE AGREEMENT

This Patent Licence Agreement is made between Tessaly Instruments Ltd ("Tessaly") and Orvane Sensors Pty Ltd ("Orvane").

7.   TERMINATION

7.1  This Agreement continues until the last Licensed Patent expires.

7.2  Tessaly may terminate this Agreement by written notice, and shall
     use reasonable efforts to give Orvane as much warning as it can,
     if Orvane:

     (a)  fails to pay any amount due under clause 4; or

     (b)  becomes insolvent or enters business rescue.

7.3  Orvane shall use reasonable efforts to return all documents on termination.
`;

describe('a finding on the opening words of a numbered clause', () => {
  it('carries that clause number and heading (before: null)', async () => {
    const report = await checkDocument(sourceFromText(TEXT, 'a.txt', 'text'), packs);
    const vague = report.findings.filter((f) => f.ruleId === 'precision/vague-term');
    const lead = vague.find((f) => TEXT.slice(f.start, f.end).includes('warning') || f.message.includes('Clause 7.2') || f.message.includes('Section 7.2'));
    expect(lead, JSON.stringify(vague.map((f) => [f.clauseNumber, f.message]))).toBeDefined();
    expect(lead!.clauseNumber).toBe('7.2');
    // the leaf stays the finding's clause: its words, not the whole of 7.2
    const leaf = report.clauses.find((c) => c.id === lead!.clauseId);
    expect(leaf?.number ?? null).toBeNull();
  });

  it('near miss: a numbered clause with no items keeps its own number', async () => {
    const report = await checkDocument(sourceFromText(TEXT, 'a.txt', 'text'), packs);
    const own = report.findings.filter((f) => f.ruleId === 'precision/vague-term' && f.message.includes('7.3'));
    expect(own.map((f) => f.clauseNumber)).toEqual(['7.3']);
  });
});

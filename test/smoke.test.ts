import { describe, expect, it } from 'vitest';
import { check, sourceFromText } from '../src/index.js';

describe('pipeline smoke', () => {
  it('produces a report whose clause offsets slice back to the text', async () => {
    const text = 'PATENT CROSS-LICENSE AGREEMENT\n\n1. Grant. Each party grants the other a licence.\n';
    const report = await check([sourceFromText(text, 'a.md')]);
    const doc = report.documents[0]!;
    expect(doc.clauses.length).toBeGreaterThan(0);
    for (const c of doc.clauses) expect(text.slice(c.start, c.end).length).toBe(c.end - c.start);
  });
});

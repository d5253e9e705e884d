// A line in capitals that holds a sentence, or a sentence's line broken by a hard wrap, is no heading: limits of
// liability and disclaimers are written in capitals.
import { describe, expect, it } from 'vitest';
import { byNumber, outline, tree } from './helpers.js';
import { isHeadingText } from '../../src/clauses/blocks.js';

const AGREEMENT = `PATENT LICENSE AGREEMENT

This Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").

1. LICENSE

1.1 Alpha hereby grants to Beta a non-exclusive license under the Alpha Patents.

2. LIMITATION OF LIABILITY AND
INDEMNIFICATION

2.1 IN NO EVENT SHALL EITHER PARTY BE LIABLE TO THE OTHER
FOR ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES
ARISING OUT OF THIS AGREEMENT.

2.2 EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, THE
PATENTS ARE LICENSED "AS IS".

THE LICENSED PATENTS ARE PROVIDED WITHOUT ANY WARRANTY
OF VALIDITY OR SCOPE, AND BETA BEARS THE RISK OF THEIR USE.

3. SERVICES TO BE PROVIDED BY ALPHA

3.1 Alpha shall provide reasonable technical assistance to Beta.

4. WHAT PRODUCTS ARE LICENSED?

4.1 The Licensed Products are the sensors described in Exhibit A.

ACCEPTED AND AGREED TO:

By: ______________________
`;

describe('a sentence in capitals', () => {
  const t = tree(AGREEMENT);

  it("heads nothing and keeps its wrapped lines (before: 2.1 headed 'IN NO EVENT SHALL EITHER PARTY BE LIABLE TO THE OTHER', 2.2's lines paragraphs headed by themselves)", () => {
    const s21 = byNumber(t, '2.1');
    expect(s21.heading).toBeNull();
    expect(AGREEMENT.slice(s21.start, s21.end)).toMatch(/^2\.1 IN NO EVENT[\s\S]*ARISING OUT OF THIS AGREEMENT\.$/);
    const s22 = byNumber(t, '2.2');
    expect(s22.heading).toBeNull();
    expect(AGREEMENT.slice(s22.start, s22.end)).toMatch(/^2\.2 EXCEPT[\s\S]*RISK OF THEIR USE\.$/);
    expect(t.clauses.filter((c) => c.start > s22.start && c.end <= s22.end).every((c) => c.heading === null)).toBe(true);
  });

  it('is told from a title by a verb that carries it, or a line that stops after a comma or a word that needs another', () => {
    expect(isHeadingText('IN NO EVENT SHALL EITHER PARTY BE LIABLE')).toBe(false);
    expect(isHeadingText('EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, THE')).toBe(false);
    expect(isHeadingText('OF VALIDITY OR SCOPE, AND BETA BEARS THE RISK OF THEIR USE')).toBe(false);
    expect(isHeadingText('MONTHS IMMEDIATELY PRIOR TO THE CAUSE OF')).toBe(false);
  });

  it("near misses: titles stay titles ('SERVICES TO BE PROVIDED BY ALPHA', a question, 'EXHIBIT A', a title broken after 'AND', 'MAY 1, 2026')", () => {
    expect(byNumber(t, '2').heading).toBe('LIMITATION OF LIABILITY AND INDEMNIFICATION');
    expect(byNumber(t, '3').heading).toBe('SERVICES TO BE PROVIDED BY ALPHA');
    expect(byNumber(t, '4').heading).toBe('WHAT PRODUCTS ARE LICENSED?');
    for (const title of ['SERVICES TO BE PROVIDED TO THE JOINT VENTURE BY THE PARTIES', 'WHAT PRODUCTS ARE AVAILABLE FOR RESALE?', 'ACCEPTED AND AGREED TO:', 'AMENDMENT EFFECTIVE AS OF MAY 1, 2026', 'LICENSED PATENTS LISTED IN EXHIBIT A', 'REPRESENTATIONS AND WARRANTIES']) {
      expect(isHeadingText(title), title).toBe(true);
    }
    expect(outline(t)).toContain('2 section 1.1');
  });
});

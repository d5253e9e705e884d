// facts.attachedForms: the schedules the body says an instrument takes the form of, whose blanks are the instrument's.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const formsOf = (text: string) => {
  const forms = analyze(sourceFromText(text, 'doc.md')).facts.attachedForms;
  return forms.map((f) => ({ label: f.label, text: text.slice(f.start, f.end) }));
};

const HEAD = `# MASTER SUPPLY AGREEMENT

This Master Supply Agreement is made between Tarrow Biologics, Inc. ("Tarrow") and Kelden Fill Services GmbH ("Kelden").

## 1. Supply

1.1 Kelden shall manufacture the Products in accordance with the Specifications in Schedule 1.

`;

describe('attachedForms', () => {
  it('reads a schedule named after "in the form of" as a form, to its end, and no other schedule', () => {
    const text = `${HEAD}1.2 Each Purchase Order shall be substantially in the form of Exhibit B and shall state the quantity and delivery date.

## SCHEDULE 1

### SPECIFICATIONS

Fill volume: [●] mL per vial.

## EXHIBIT B

### PURCHASE ORDER

Purchase Order No.: [●]

Quantity: [●] vials
`;
    const forms = formsOf(text);
    expect(forms).toHaveLength(1);
    expect(forms[0]?.label).toBe('exhibit b');
    expect(forms[0]?.text).toMatch(/^## EXHIBIT B[\s\S]*Quantity: \[●\] vials$/);
    expect(forms[0]?.text).not.toContain('Fill volume');
  });

  it('reads a titled form inside a schedule from its heading to the end of that schedule', () => {
    const text = `${HEAD}1.2 A new product shall be added to Schedule 1 only by a written amendment in the form of the "Amendment to Schedule 1", attached hereto.

## SCHEDULE 1

### PRODUCTS

Pre-filled syringes, 1 mL.

### AMENDMENT TO SCHEDULE 1

This Amendment to Schedule 1 is dated as of [ ], 20[ ], and is made under Section 1.2 of the Master Supply Agreement.

Product [ ] shall hereby be added to Schedule 1.
`;
    const [form, ...rest] = formsOf(text);
    expect(rest).toEqual([]);
    expect(form?.text).toMatch(/^### AMENDMENT TO SCHEDULE 1[\s\S]*Product \[ \] shall hereby be added to Schedule 1\.$/);
    expect(form?.text).not.toContain('Pre-filled');
  });

  it('reads the annex that gives the terms of a policy the agreement requires as a form', () => {
    const text = `${HEAD}1.2 Kelden shall deliver a performance bond issued by a surety authorised in Germany, governed by the general conditions indicated in Annex 3.

## ANNEX 3

### PERFORMANCE BOND

_____________________, a surety duly authorised, guarantees to Tarrow Biologics, Inc. the performance of the Master Supply Agreement.
`;
    expect(formsOf(text).map((f) => f.label)).toEqual(['annex 3']);
  });

  it('finds no form where the body names a schedule for its contents, or names a form no heading carries (near misses)', () => {
    const text = `${HEAD}1.2 Prices are payable in accordance with Schedule 2. Each forecast shall be in the form of Exhibit D.

## SCHEDULE 2

### PRICES

Price per vial: EUR [●].
`;
    expect(formsOf(text)).toEqual([]);
  });
});

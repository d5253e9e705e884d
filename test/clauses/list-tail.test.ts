// The sentence after a list that its last item closed ('(ii) ...; and' / '(iii) ... own account.' / 'The Parties
// intend ...') is the words of the clause that led into the list, not of its last item: e-us-semiconductor 2.3.
import { describe, expect, it } from 'vitest';
import { byNumber, parentOf, tree } from './helpers.js';

const HAVE_MADE = `PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made between Tessaro Microsystems, Inc. ("Tessaro") and Halvorsen Semiconductor ASA ("Halvorsen").

1. DEFINITIONS

1.1 "Foundry" means a third party that manufactures integrated circuits for others.

2. LICENSES

2.1 Have Made Rights. The right to "have made" granted in Section 3.1(a) permits a Party to have Licensed Products manufactured by a Foundry, provided that:
(i) the products are manufactured to designs owned by or licensed to the licensed Party;
(ii) the products are sold only to the licensed Party or its Subsidiaries; and
(iii) the license does not extend to any product that the manufacturer sells for its own account.
The Parties intend that the have made right shall not be used to extend the license to a Foundry's own product lines.

2.2 Pool Patents. Nothing in this Agreement grants a license under any Pool Patent.
`;
const tailOfWords = (text: string, t: ReturnType<typeof tree>, words: string) => t.clauses.find((c) => c.children.length === 0 && text.slice(c.start, c.end).startsWith(words));
const tailOf = (text: string, t: ReturnType<typeof tree>) => tailOfWords(text, t, 'The Parties intend');

describe('the sentence after a closed list', () => {
  it('is the leading clause\'s, on the next line (before: the last line of (iii))', () => {
    const t = tree(HAVE_MADE);
    const iii = byNumber(t, '(iii)');
    expect(HAVE_MADE.slice(iii.start, iii.end)).toBe('(iii) the license does not extend to any product that the manufacturer sells for its own account.');
    const tail = tailOf(HAVE_MADE, t)!;
    expect(tail).toBeDefined();
    expect(parentOf(t, tail)!.number).toBe('2.1');
    expect(parentOf(t, byNumber(t, '2.2'))!.number).toBe('2');
  });

  it('is the leading clause\'s after a blank line too', () => {
    const text = HAVE_MADE.replace('\nThe Parties intend', '\n\nThe Parties intend').replace(/\n(?=\(i)/g, '\n\n');
    const t = tree(text);
    expect(parentOf(t, tailOf(text, t)!)!.number).toBe('2.1');
    expect(text.slice(byNumber(t, '(iii)').start, byNumber(t, '(iii)').end)).toMatch(/own account\.$/);
  });

  it('near miss: a wrapped last item goes on in lower case, and stays one item', () => {
    const text = HAVE_MADE.replace('sells for its own account.\nThe Parties intend', 'sells for its own\naccount, as the Parties intend');
    const t = tree(text);
    expect(text.slice(byNumber(t, '(iii)').start, byNumber(t, '(iii)').end)).toMatch(/as the Parties intend[\s\S]*product lines\.$/);
  });

  it('near miss: items that are sentences of their own keep the sentence after the last one', () => {
    // '(a) ... .' / '(b) ... .': no item went on with '; and', so nothing says the list is closed
    const text = 'PATENT LICENSE AGREEMENT\n\nThis Patent License Agreement is made between Alpha Inc. and Beta Ltd.\n\n4. REPORTS\n\n4.1 Reports.\n(a) Beta shall send Alpha a sales report each quarter.\n(b) Beta shall keep complete records of its sales.\nEach record shall be kept for five (5) years after the sale.\n\n4.2 Audit. Alpha may audit those records once a year.\n';
    const t = tree(text);
    expect(text.slice(byNumber(t, '(b)').start, byNumber(t, '(b)').end)).toMatch(/five \(5\) years after the sale\.$/);
  });
});

// A hard-wrapped list whose lines are indented under each item's words: a wrap that falls at a sentence's end in
// (iii) is still (iii)'s (before: the line went to the clause 2.3 that led into the list).
const INDENTED = `PATENT CROSS-LICENSE AGREEMENT

This Patent Cross-License Agreement is made between Orrin Devices, Inc. ("Orrin") and Talvec Systems GmbH ("Talvec").

1. DEFINITIONS

1.1 "Subsidiary" means an entity that a Party controls, directly or indirectly.

2. LICENSES

2.1 License to Talvec. Orrin grants Talvec a non-exclusive license under the Orrin Patents.

2.2 License to Orrin. Talvec grants Orrin a non-exclusive license under the Talvec Patents.

2.3 Have Made Rights. Orrin may have Licensed Products made for it by a third-party foundry,
    provided that:
    (i)   the products are made to designs owned by or licensed to Orrin;
    (ii)  the products are sold only to Orrin or its Subsidiaries; and
    (iii) the license does not extend to any product that the foundry makes for its own account.
          Orrin shall notify Talvec in writing of each foundry it uses under this Section 2.3
          within thirty (30) days after the first order.

2.4 Pool Patents. Nothing in this Agreement grants a license under any Pool Patent.
`;

describe('a line indented under the last item\'s words', () => {
  it('goes on with the item, even after a full stop', () => {
    const t = tree(INDENTED);
    const iii = byNumber(t, '(iii)');
    expect(INDENTED.slice(iii.start, iii.end)).toMatch(/^\(iii\) the license[\s\S]*Orrin shall notify Talvec[\s\S]*after the first order\.$/);
    expect(parentOf(t, byNumber(t, '2.4'))!.number).toBe('2');
    expect(parentOf(t, iii)!.number).toBe('2.3');
  });

  it('after a blank line too', () => {
    const text = INDENTED.replace('own account.\n', 'own account.\n\n');
    const t = tree(text);
    const iii = byNumber(t, '(iii)');
    expect(text.slice(iii.start, iii.end)).toMatch(/Orrin shall notify Talvec[\s\S]*after the first order\.$/);
  });

  it('near miss: a line written back at the clause\'s indent is the leading clause\'s', () => {
    const text = INDENTED.replace('          Orrin shall notify', '    Orrin shall notify').replace('          within thirty', '    within thirty');
    const t = tree(text);
    const iii = byNumber(t, '(iii)');
    expect(text.slice(iii.start, iii.end)).toMatch(/own account\.$/);
    const tail = tailOfWords(text, t, 'Orrin shall notify')!;
    expect(parentOf(t, tail)!.number).toBe('2.3');
  });
});

describe("a line at the column of the last item's hanging indent", () => {
  // Before, only the column of the item's words on its first line counted ('(iii) the license'): a drafter (or a PDF's
  // text layer) that wraps an item's lines to a hanging indent of their own put the next sentence under them, and it
  // went to 2.3 after the list.
  const HANGING = INDENTED.replace(
    '    (iii) the license does not extend to any product that the foundry makes for its own account.\n          Orrin shall notify Talvec in writing of each foundry it uses under this Section 2.3\n          within thirty (30) days after the first order.',
    '    (iii) the license does not extend to any product that the foundry makes\n        for its own account.\n        Orrin shall notify Talvec in writing of each foundry it uses under this Section 2.3\n        within thirty (30) days after the first order.',
  );

  it('goes on with the item, on the next line or after a blank line', () => {
    expect(HANGING).not.toBe(INDENTED);
    for (const text of [HANGING, HANGING.replace('own account.\n', 'own account.\n\n')]) {
      const t = tree(text);
      const iii = byNumber(t, '(iii)');
      expect(text.slice(iii.start, iii.end)).toMatch(/^\(iii\) the license[\s\S]*own account\.\s+Orrin shall notify Talvec[\s\S]*after the first order\.$/);
      expect(parentOf(t, iii)!.number).toBe('2.3');
    }
  });

  it("near miss: wrapped lines back at the marker's column, and the sentence after them there, leave the list", () => {
    const flush = HANGING.replace(/\n {8}/g, '\n    ');
    const t = tree(flush);
    const iii = byNumber(t, '(iii)');
    expect(flush.slice(iii.start, iii.end)).toMatch(/own account\.$/);
    expect(parentOf(t, tailOfWords(flush, t, 'Orrin shall notify')!)!.number).toBe('2.3');
  });
});


// A list whose items end on commas, set one to a line, then the rest of the sentence that led into it, flush left:
// 'within thirty (30) days ...' is 4.1's (before: the words went into (iii), the Test Data).
const DELIVERY = `TECHNOLOGY CROSS-LICENSE AGREEMENT

This Technology Cross-License Agreement is made between Kestrel Diagnostics, Inc. ("Kestrel") and Umbra Assay Ltd. ("Umbra").

1. DEFINITIONS

1.1 "Licensed Technology" means the assay technology described in Exhibit A, including any Improvements.

4. TECHNOLOGY TRANSFER

4.1 Delivery. Kestrel shall deliver to Umbra, in the electronic form reasonably requested by Umbra,
(i) the Source Code,
(ii) the Documentation, and
(iii) the Test Data,
within thirty (30) days after the Effective Date, and shall update each of them within ten (10) days after any
material change.

4.2 Assistance. Kestrel shall provide up to forty (40) hours of technical assistance to Umbra each year.
`;

describe('the words after a list whose last item ends on a comma', () => {
  it("are the leading clause's, on the next line flush left (before: the last words of (iii))", () => {
    const t = tree(DELIVERY);
    const iii = byNumber(t, '(iii)');
    expect(DELIVERY.slice(iii.start, iii.end)).toBe('(iii) the Test Data,');
    const tail = tailOfWords(DELIVERY, t, 'within thirty (30) days')!;
    expect(tail).toBeDefined();
    expect(DELIVERY.slice(tail.start, tail.end)).toMatch(/material change\.$/);
    expect(parentOf(t, tail)!.number).toBe('4.1');
    expect(parentOf(t, byNumber(t, '4.2'))!.number).toBe('4');
  });

  it('near miss: a last item that goes on, wrapped, in the same sentence stays one item', () => {
    const text = DELIVERY.replace('(iii) the Test Data,\nwithin', '(iii) the Test Data, including all data sets and results generated in the validation runs of the assay,\nwhether or not delivered before the Effective Date,\nwithin');
    const t = tree(text);
    const iii = byNumber(t, '(iii)');
    expect(text.slice(iii.start, iii.end)).toMatch(/^\(iii\) the Test Data, including[\s\S]*validation runs of the assay,\nwhether or not delivered[\s\S]*material change\.$/);
  });

  it('near miss: a line indented under the last item\'s words goes on with it', () => {
    const indented = DELIVERY.replace('(iii) the Test Data,\nwithin', '(iii) the Test Data,\n      within');
    const iii = byNumber(tree(indented), '(iii)');
    expect(indented.slice(iii.start, iii.end)).toMatch(/^\(iii\) the Test Data,\s+within thirty[\s\S]*material change\.$/);
  });
});

// The same list hard-wrapped, its last item over two lines: where the item's wrapped line keeps a column of its own (a
// hanging indent, or the list's indent) the flush-left words after it are 4.1's (before: the last words of (iii)).
describe('the words after a wrapped last item that ends on a comma', () => {
  const WRAPPED = DELIVERY.replace('(iii) the Test Data,\n', '(iii) the Test Data, including all data sets and results generated in the validation runs\n      of the assay,\n');
  const INDENTED_LIST = DELIVERY.replace(/\n\((i+)\)/g, '\n    ($1)').replace('    (iii) the Test Data,\n', '    (iii) the Test Data, including all data sets and results generated in the validation\n    runs of the assay,\n');

  it("are the leading clause's when the item's wrapped line is indented past them", () => {
    for (const text of [WRAPPED, INDENTED_LIST]) {
      expect(text).not.toBe(DELIVERY);
      const t = tree(text);
      const iii = byNumber(t, '(iii)');
      expect(text.slice(iii.start, iii.end)).toMatch(/^\(iii\) the Test Data, including[\s\S]*of the assay,$/);
      const tail = tailOfWords(text, t, 'within thirty (30) days')!;
      expect(text.slice(tail.start, tail.end)).toMatch(/material change\.$/);
      expect(parentOf(t, tail)!.number).toBe('4.1');
    }
  });

  it('near miss: the next line at the wrapped line\'s column goes on with the item', () => {
    const text = WRAPPED.replace('\nwithin thirty', '\n      within thirty');
    const iii = byNumber(tree(text), '(iii)');
    expect(text.slice(iii.start, iii.end)).toMatch(/of the assay,\s+within thirty[\s\S]*material change\.$/);
  });

  it('near miss: an indented list whose next line is still right of the margin keeps it in the item', () => {
    const text = INDENTED_LIST.replace('\nwithin thirty', '\n    within thirty');
    const iii = byNumber(tree(text), '(iii)');
    expect(text.slice(iii.start, iii.end)).toMatch(/runs of the assay,\s+within thirty[\s\S]*material change\.$/);
  });

  // Hard-wrapped at 80 columns, flush left: the item's first line wrapped after a word ('... generated in the' /
  // 'validation'), its last one ends far short of the width with room for 'within'. Before: the words after the list
  // were (iii)'s, as the columns say nothing.
  const HARD_WRAPPED = DELIVERY.replace('4.1 Delivery. Kestrel shall deliver to Umbra, in the electronic form reasonably requested by Umbra,\n', '4.1 Delivery. Kestrel shall deliver to Umbra, in the electronic form reasonably\nrequested by Umbra,\n')
    .replace('(iii) the Test Data,\n', '(iii) the Test Data, including all data sets and results generated in the\nvalidation runs of the assay,\n')
    .replace('within thirty (30) days after the Effective Date, and shall update each of them within ten (10) days after any\nmaterial change.', 'within thirty (30) days after the Effective Date, and shall update each of them\nwithin ten (10) days after any material change.');

  it("are the leading clause's in a list hard-wrapped flush left, where the item's last line leaves room and its others wrapped", () => {
    expect(HARD_WRAPPED).toContain('generated in the\nvalidation runs of the assay,\nwithin thirty');
    const t = tree(HARD_WRAPPED);
    const iii = byNumber(t, '(iii)');
    expect(HARD_WRAPPED.slice(iii.start, iii.end)).toMatch(/^\(iii\) the Test Data, including[\s\S]*of the assay,$/);
    const tail = tailOfWords(HARD_WRAPPED, t, 'within thirty (30) days')!;
    expect(HARD_WRAPPED.slice(tail.start, tail.end)).toMatch(/material change\.$/);
    expect(parentOf(t, tail)!.number).toBe('4.1');
  });

  it("near miss: the item's last line filled to the width (the break may be a wrap): the item goes on", () => {
    const text = HARD_WRAPPED.replace('validation runs of the assay,\n', 'validation runs of the assay and in every later run of the assay by a party,\n');
    const iii = byNumber(tree(text), '(iii)');
    expect(text.slice(iii.start, iii.end)).toMatch(/by a party,\nwithin thirty[\s\S]*material change\.$/);
  });

  it('near miss: a list flush left, wrapped lines and all, says nothing by its columns: the item goes on', () => {
    const text = WRAPPED.replace('\n      of the assay,', '\nof the assay,');
    const iii = byNumber(tree(text), '(iii)');
    expect(text.slice(iii.start, iii.end)).toMatch(/of the assay,\nwithin thirty[\s\S]*material change\.$/);
  });
});

// A list that draws no marker ('list-style-type: none') and writes each item's number as its text: CKEditor 5's legal
// lists ('<ol class="multi-level-list legal-list" style="list-style-type: none">' with '<span
// class="multi-level-list__marker">1.1. </span>'), and editors and CMS exports alike. Before, a number was made up for
// each item in front of its own: '1. 1. Licences', '(a) 1.1. Orrin grants ...', so the tree read '(a)' items.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { buildClauseTree } from '../../src/clauses/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const ingest = async (body: string) => ingestFile('a.html', enc(`<!DOCTYPE html><html><head><title>Cross-licence</title></head><body>${body}</body></html>`));

const LEGAL = (style: string) =>
  '<h1>PATENT CROSS-LICENCE AGREEMENT</h1><p>This Agreement is made between Orrin Devices, Inc. ("Orrin") and Talvec Systems GmbH ("Talvec").</p>' +
  `<ol class="multi-level-list legal-list" style="${style}">` +
  '<li><h2><span class="multi-level-list__marker">1. </span>Licences</h2>' +
  `<ol class="multi-level-list legal-list" style="${style}">` +
  '<li><span class="multi-level-list__marker">1.1. </span>Orrin grants Talvec a non-exclusive licence under the Orrin Patents.</li>' +
  '<li><span class="multi-level-list__marker">1.2. </span>Talvec grants Orrin a non-exclusive licence under the Talvec Patents.</li></ol></li>' +
  '<li><h2><span class="multi-level-list__marker">2. </span>Term</h2>' +
  `<ol class="multi-level-list legal-list" style="${style}">` +
  '<li><span class="multi-level-list__marker">2.1. </span>This Agreement runs until the last Licensed Patent expires.</li></ol></li></ol>';

describe('a list that draws no marker', () => {
  it("keeps only the numbers its items write ('1.1. Orrin grants ...'), and the tree reads them", async () => {
    for (const style of ['list-style-type: none', 'list-style: none']) {
      const source = await ingest(LEGAL(style));
      expect(source.text).toContain('\n\n1. Licences\n\n1.1. Orrin grants Talvec');
      expect(source.text).toContain('\n\n2. Term\n\n2.1. This Agreement runs');
      expect(source.text).not.toMatch(/\(a\)|1\. 1\./);
      const numbers = buildClauseTree(source).clauses.map((c) => c.number).filter((n) => n !== null);
      expect(numbers).toEqual(['1', '1.1', '1.2', '2', '2.1']);
    }
  });

  it('near miss: a list with a marker style, or none, keeps the numbers it draws', async () => {
    const decimal = (await ingest('<ol style="list-style-type: decimal"><li>Licences</li><li>Term</li></ol>')).text;
    expect(decimal).toBe('1. Licences\n\n2. Term\n');
    const untyped = (await ingest('<ol><li>Licences<ol><li>Orrin grants Talvec a licence.</li></ol></li></ol>')).text;
    expect(untyped).toBe('1. Licences\n\n(a) Orrin grants Talvec a licence.\n');
  });
});

describe('a list style the stylesheet gives', () => {
  // A class's 'list-style: none' (the style that CKEditor 5's legal lists and CMS exports put in the page's stylesheet,
  // not inline) drew a made-up number before each item's own ('(a) 1.1. Orrin grants ...'); a stylesheet's
  // 'ol ol { list-style-type: lower-roman }' was read as the legal default '(a)'.
  const page = (css: string, body: string) => `<style>${css}</style>${body}`;

  it("draws no number for a list whose class says 'list-style: none', and the tree reads the items' own", async () => {
    for (const css of ['.legal-list { list-style: none; margin: 0 }', 'ol.multi-level-list { list-style-type: none }', 'body ol { list-style: none outside }']) {
      const source = await ingest(page(css, LEGAL('margin-left: 0')));
      expect(source.text, css).toContain('\n\n1. Licences\n\n1.1. Orrin grants Talvec');
      expect(source.text, css).not.toMatch(/\(a\)|1\. 1\./);
      expect(buildClauseTree(source).clauses.map((c) => c.number).filter((n) => n !== null), css).toEqual(['1', '1.1', '1.2', '2', '2.1']);
    }
  });

  it("draws the style a descendant rule gives a nested list ('ol ol { list-style-type: lower-roman }')", async () => {
    const text = (await ingest(page('ol ol { list-style-type: lower-roman }', '<ol><li>Licences<ol><li>Orrin grants Talvec a licence.</li><li>Talvec grants Orrin a licence.</li></ol></li></ol>'))).text;
    expect(text).toBe('1. Licences\n\ni. Orrin grants Talvec a licence.\n\nii. Talvec grants Orrin a licence.\n');
  });

  it("near misses: a rule for another class, a ::before rule, and an inline style over the stylesheet's", async () => {
    const other = (await ingest(page('.toc-list { list-style: none }', '<ol><li>Licences<ol><li>Orrin grants Talvec a licence.</li></ol></li></ol>'))).text;
    expect(other).toBe('1. Licences\n\n(a) Orrin grants Talvec a licence.\n');
    const before = (await ingest(page('ol li::before { list-style: none }', '<ol><li>Licences</li></ol>'))).text;
    expect(before).toBe('1. Licences\n');
    const inline = (await ingest(page('ol { list-style: none }', '<ol style="list-style-type: upper-alpha"><li>Licences</li><li>Term</li></ol>'))).text;
    expect(inline).toBe('A. Licences\n\nB. Term\n');
  });
});

describe('an untyped nested list with no style, from any editor', () => {
  // A browser draws '1.' at every depth, a number no one cites; the tree reads what the agreement cites its sub-clauses
  // by. Before, only LibreOffice's lists were read in decimals, and a bulleted list between shifted the legal style.
  const DEAL = (tail: string) =>
    '<h1>PATENT CROSS-LICENCE AGREEMENT</h1><p>This Agreement is made between Orrin Devices, Inc. ("Orrin") and Talvec Systems GmbH ("Talvec").</p>' +
    '<ol><li><h2>Licences</h2><ol><li>Orrin grants Talvec a non-exclusive licence under the Orrin Patents.</li><li>Talvec grants Orrin a non-exclusive licence under the Talvec Patents.</li></ol></li>' +
    `<li><h2>Term</h2><ol><li>This Agreement runs until the last Licensed Patent expires.</li><li>${tail}</li></ol></li></ol>`;
  const numbers = async (html: string) => buildClauseTree(await ingest(html)).clauses.map((c) => c.number).filter((n) => n !== null);

  it("is numbered '1.1' where the agreement cites 'Section 1.1', and the tree reads those numbers (before: '(a)')", async () => {
    for (const tail of ['The licences in Sections 1.1 and 1.2 survive for the products then in stock.', 'The licences in Clause 1.1 and Section 1.2(b) survive.']) {
      const source = await ingest(DEAL(tail));
      expect(source.text).toContain('\n\n1. Licences\n\n1.1 Orrin grants Talvec');
      expect(await numbers(DEAL(tail))).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2']);
    }
  });

  it("is lettered below the decimals where the agreement cites 'Section 1.2(a)': '(a)' under '1.2' (before: '1.2.1')", async () => {
    const deep = DEAL('The licences in Section 1.1 and Section 1.2(a) survive for the products then in stock.')
      .replace('under the Talvec Patents.</li>', 'under the Talvec Patents to:<ol><li>make products; and</li><li>sell them.<ol><li>in the Territory</li></ol></li></ol></li>');
    const source = await ingest(deep);
    expect(source.text).toContain('\n\n1.2 Talvec grants Orrin a non-exclusive licence under the Talvec Patents to:\n\n(a) make products; and\n\n(b) sell them.\n\n(i) in the Territory\n');
    expect(await numbers(deep)).toEqual(['1', '1.1', '1.2', '(a)', '(b)', '(i)', '2', '2.1', '2.2']);
    // near miss: citing no item by a letter, the level below the decimals goes on in decimals
    const decimal = deep.replace('Section 1.2(a)', 'Section 1.2');
    expect((await ingest(decimal)).text).toContain('\n\n1.2.1 make products; and\n\n1.2.2 sell them.\n\n1.2.2.1 in the Territory\n');
  });

  it("near misses: cited as 'Section 1(a)', or not cited at all, it keeps the legal style", async () => {
    for (const tail of ['The licences in Sections 1(a) and 1(b) survive for the products then in stock.', 'The licences survive for the products then in stock.']) {
      expect((await ingest(DEAL(tail))).text).toContain('\n\n1. Licences\n\n(a) Orrin grants Talvec');
      expect(await numbers(DEAL(tail))).toEqual(['1', '(a)', '(b)', '2', '(a)', '(b)']);
    }
  });

  it("is a first numbered level inside a bulleted list ('1.', as drawn), and one level down inside a numbered item ('(a)')", async () => {
    expect((await ingest('<ul><li>Scope<ol><li>Orrin grants Talvec a licence.</li><li>Talvec grants Orrin a licence.</li></ol></li></ul>')).text).toBe('Scope\n\n1. Orrin grants Talvec a licence.\n\n2. Talvec grants Orrin a licence.\n');
    expect((await ingest('<ol><li>Definitions<ul><li>Affiliates<ol><li>controlled entities</li></ol></li></ul></li></ol>')).text).toBe('1. Definitions\n\nAffiliates\n\n(a) controlled entities\n');
  });
});

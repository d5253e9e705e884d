// A party's address or register entry set after its legal form and a comma, as continental and English agreements
// write their preambles: the name ends at the legal form. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const namesOf = (first: string) =>
  factsOf(`PATENT CROSS LICENCE AGREEMENT\n\nThis Agreement is made between ${first} and Northwind Systems Inc. ("Northwind").\n\n1. Definitions\n\n1.1 "Patents" means the patents listed in Annex 1.`).parties.map((p) => p.name);

describe('a name followed by its address after a comma', () => {
  it('ends a German company at "GmbH" before its street, postcode and register entry', () => {
    expect(namesOf('Rheinfeld Antriebstechnik GmbH, Industriestraße 41, 70565 Stuttgart, Germany, registered with the commercial register of the local court (Amtsgericht) Stuttgart under HRB 731204 ("Rheinfeld")')).toEqual(['Rheinfeld Antriebstechnik GmbH', 'Northwind Systems Inc.']);
  });

  it('ends "AG", "B.V.", "AB" and "Limited" before a street or unit, and a "GmbH & Co. KG" at "KG"', () => {
    expect(namesOf('Beta Werke AG, Musterstraße 1, 10115 Berlin ("Beta")')[0]).toBe('Beta Werke AG');
    expect(namesOf('Kappa Systemen B.V., Hoofdweg 5, 1234 AB Amsterdam ("Kappa")')[0]).toBe('Kappa Systemen B.V.');
    expect(namesOf('Sigma Motion AB, Verkstadsgatan 9, 417 05 Göteborg, Sweden ("Sigma")')[0]).toBe('Sigma Motion AB');
    expect(namesOf('Lambda Devices Limited, Unit 4, Harbour Park, Cork ("Lambda")')[0]).toBe('Lambda Devices Limited');
    expect(namesOf('Alpha Antriebe GmbH & Co. KG, Am Markt 3, 80331 München ("Alpha")')[0]).toBe('Alpha Antriebe GmbH & Co. KG');
  });

  it('ends a name before a place named alone after a comma, or a company number', () => {
    expect(namesOf('Aurelle Mécatronique S.A.S., Lyon, France ("Aurelle")')[0]).toBe('Aurelle Mécatronique S.A.S.');
    expect(namesOf('Gamma Optics Ltd, Company No. 1234567, of 1 High Street, London ("Gamma")')[0]).toBe('Gamma Optics Ltd');
  });

  it('ends the second party, named in bold on its own line after "and", at "AB" before its address', () => {
    const text =
      '# Patent Cross Licence Agreement\n\nbetween\n\n**Rheinfeld Antriebstechnik GmbH**, Industriestraße 41, 70565 Stuttgart, Germany\n– hereinafter "Rheinfeld" –\n\nand\n\n**Lindqvist Motion AB**, Verkstadsgatan 9, 417 05 Göteborg, Sweden, corporate identity number 556712-4410\n– hereinafter "Lindqvist" –\n\n## § 1 Definitions\n\n(1) "Contract Patents" are the patents listed in Annex 1.';
    expect(factsOf(text).parties.map((p) => p.name)).toEqual(['Rheinfeld Antriebstechnik GmbH', 'Lindqvist Motion AB']);
  });

  it('near miss: names that hold a comma of their own keep it', () => {
    expect(namesOf('Smith, Jones & Co. LLP, a limited liability partnership ("SJ")')[0]).toBe('Smith, Jones & Co. LLP');
    expect(namesOf('Acme, Inc., a Nevada corporation ("Acme")')[0]).toBe('Acme, Inc.');
    expect(namesOf('Merrill Lynch, Pierce, Fenner & Smith Incorporated ("MLPF")')[0]).toBe('Merrill Lynch, Pierce, Fenner & Smith Incorporated');
    expect(namesOf('Bank of Avalon, N.A. ("Avalon")')[0]).toBe('Bank of Avalon, N.A.');
  });

  it('near miss: two companies named together under one alias stay one party', () => {
    expect(namesOf('Alpha Media Inc., Beta Media Inc. (collectively "Sellers")')[0]).toBe('Alpha Media Inc., Beta Media Inc.');
  });
});

describe('a branch named after the legal form', () => {
  // [the party as the preamble names it, the name read]
  const kept: [string, string][] = [
    ['Halvorsen Bank ASA, Hong Kong Branch', 'Halvorsen Bank ASA, Hong Kong Branch'],
    ['Meridian Trade Finance Ltd, Singapore Branch', 'Meridian Trade Finance Ltd, Singapore Branch'],
    ['Kestrel Capital AG, acting through its London branch', 'Kestrel Capital AG, acting through its London branch'],
    ['Meridian Trade Finance Ltd (Singapore Branch)', 'Meridian Trade Finance Ltd (Singapore Branch)'],
    // an address or a description after the branch ends the name
    ['Meridian Trade Finance Ltd, Singapore Branch, Level 12, 8 Marina View, Singapore 018960', 'Meridian Trade Finance Ltd, Singapore Branch'],
    ['Halvorsen Bank ASA, Hong Kong Branch, 12 Harbour Road, Wan Chai, Hong Kong', 'Halvorsen Bank ASA, Hong Kong Branch'],
    ['Kestrel Capital AG, acting through its London branch, a company incorporated in Switzerland', 'Kestrel Capital AG, acting through its London branch'],
    // near misses: an address after the legal form is still cut, a street named "Branch" too
    ['Rheinfeld Antriebstechnik GmbH, Industriestraße 41, 70565 Stuttgart', 'Rheinfeld Antriebstechnik GmbH'],
    ['Halvorsen Bank ASA, 12 Harbour Road, Wan Chai, Hong Kong', 'Halvorsen Bank ASA'],
    ['Brunnmatt Werkzeuge AG, Old Branch Road 12, 4051 Basel', 'Brunnmatt Werkzeuge AG'],
  ];
  for (const [written, name] of kept) {
    it(`reads "${written}" as "${name}"`, () => {
      expect(namesOf(`${written} ("Party A")`)[0]).toBe(name);
    });
  }

  it('two branches of one bank are two parties', () => {
    const text =
      'INTRA-GROUP PATENT LICENCE AGREEMENT\n\nThis Agreement is made between Halvorsen Bank ASA, Hong Kong Branch ("Licensor") and Halvorsen Bank ASA, Singapore Branch ("Licensee").\n\n1. Definitions\n\n1.1 "Patents" means the patents listed in Annex 1.';
    expect(factsOf(text).parties.map((p) => p.name)).toEqual(['Halvorsen Bank ASA, Hong Kong Branch', 'Halvorsen Bank ASA, Singapore Branch']);
  });
});

// Grants by and to a class word that names several of the parties: a joint venture's parents beside the company they
// form ("Aurelian and Tessmark are each a "Parent""), whose "Each Parent hereby grants to the Company" and "The Company
// hereby grants to each Parent" were read with one side missing (test/agreements/v-joint-venture-...), so the document
// was no cross-license and the reciprocity rules never ran.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE =
  'JOINT VENTURE AGREEMENT\n\nThis Agreement is made by and among Aurelian Catalysts plc ("Aurelian"), Tessmark Membranes, Inc. ("Tessmark") and HydraCore Stack Technologies LLC (the "Company").\n\n';
const read = (classSentence: string, body: string) => {
  const a = analyze(sourceFromText(PREAMBLE + classSentence + body, 'jv.txt'));
  return { kind: a.facts.kind, grants: a.facts.grants.map((g) => `${g.grantor ?? '?'} -> ${g.grantee ?? '?'}`) };
};
const GRANTS = '4. LICENCES\n\n4.1 The Company hereby grants to each Parent a non-exclusive licence under the Company Patents outside the JV Field.\n\n4.2 Each Parent hereby grants to the Company an exclusive licence under its Background Patents in the JV Field.\n';
const A = 'Aurelian Catalysts plc';
const T = 'Tessmark Membranes, Inc.';
const C = 'HydraCore Stack Technologies LLC';
const BOTH_WAYS = [`${C} -> ${A}`, `${C} -> ${T}`, `${A} -> ${C}`, `${T} -> ${C}`];

describe('grants: a class word naming several parties', () => {
  it('reads "Aurelian and Tessmark are each a "Parent"": each Parent grants, and is granted, on its own', () => {
    expect(read('Aurelian and Tessmark are each a "Parent" and together the "Parents".\n\n', GRANTS)).toEqual({ kind: 'cross-license', grants: BOTH_WAYS });
  });

  it('reads the class from a definition: \'"Parent" means each of Aurelian and Tessmark\'', () => {
    expect(read('1. DEFINITIONS\n\n1.1 "Parent" means each of Aurelian and Tessmark.\n\n', GRANTS)).toEqual({ kind: 'cross-license', grants: BOTH_WAYS });
  });

  it('reads a plural grantee: "grants to the Parents"', () => {
    const got = read('Aurelian and Tessmark are each a "Parent".\n\n', '4. LICENCES\n\n4.1 The Company hereby grants to the Parents a non-exclusive licence under the Company Patents outside the JV Field.\n');
    expect(got.grants).toEqual([`${C} -> ${A}`, `${C} -> ${T}`]);
  });

  it('near miss: a sentence that names more than the parties before "are each" gives no class', () => {
    const got = read('The licences granted to Aurelian and Tessmark are each a "Parent Licence".\n\n', GRANTS);
    expect(got.grants).toEqual([`${C} -> ?`, 'Parent -> ' + C]);
    expect(got.kind).toBe('license');
  });

  it('near miss: a two-party agreement reads its grants as before', () => {
    const a = analyze(sourceFromText('LICENCE AGREEMENT\n\nThis Agreement is made between Aurelian Catalysts plc ("Aurelian") and Tessmark Membranes, Inc. ("Tessmark").\n\n2.1 Aurelian hereby grants to Tessmark a non-exclusive licence under the Aurelian Patents.\n', 'two.txt'));
    expect(a.facts.grants.map((g) => `${g.grantor} -> ${g.grantee}`)).toEqual([`${A} -> ${T}`]);
  });

  it('joins the parties named "each a Parent" and the joiners the preamble names "each Person that becomes a Parent"', () => {
    const preamble = 'JOINT VENTURE AGREEMENT\n\nThis Agreement is made by and among Aurelian Catalysts plc ("Aurelian"), Tessmark Membranes, Inc. ("Tessmark"), HydraCore Stack Technologies LLC (the "Company") and each Person that becomes a Parent by signing a Joinder.\n\n';
    const grantsOf = (text: string) => analyze(sourceFromText(text + 'Aurelian and Tessmark are each a "Parent".\n\n' + GRANTS, 'jv.txt')).facts.grants.map((g) => `${g.grantor ?? '?'} -> ${g.grantee ?? '?'}`);
    expect(grantsOf(preamble)).toEqual([`${C} -> ${A}`, `${C} -> ${T}`, `${C} -> Parent`, `${A} -> ${C}`, `${T} -> ${C}`, `Parent -> ${C}`]);
    // Near miss: joiners of another word ("Member") are a class of their own; "Parent" is the named parties only.
    expect(grantsOf(preamble.replace('becomes a Parent', 'becomes a Member'))).toEqual(BOTH_WAYS);
  });
});

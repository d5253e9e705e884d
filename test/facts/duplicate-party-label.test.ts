// A party's name as the label of a list entry in a schedule split by party ("**Tessmark:** US 10,811,472 B2 ...")
// introduces that party's part of the list; precision/duplicate-definition read it as a second definition of
// "Tessmark" beside the preamble's (test/agreements/v-joint-venture-...).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import { sourceFromText } from '../../src/ingest/index.js';

const PREAMBLE = '# JOINT VENTURE AGREEMENT\n\nThis Agreement is made by and among **AURELIAN CATALYSTS PLC** ("**Aurelian**"), **TESSMARK MEMBRANES, INC.** ("**Tessmark**") and **HYDRACORE STACK TECHNOLOGIES LLC** (the "**Company**").\n\n## 1. Licences\n\n1.1 Aurelian hereby grants to the Company a non-exclusive licence under the Background Patents listed in Schedule B.\n\n';
const duplicates = (body: string) => analyze(sourceFromText(PREAMBLE + body, 'jv.md')).facts.duplicateTerms.map((d) => d.term);

describe('duplicate definitions: a party\'s name as a list label', () => {
  it('reads no duplicate in "**Tessmark:** US 10,811,472 B2 ..." under a schedule', () => {
    expect(duplicates('## SCHEDULE B BACKGROUND PATENTS\n\n**Aurelian:** GB 2 571 003 B and US 10,947,288 B2 (platinum group metal thrifting).\n\n**Tessmark:** US 10,811,472 B2 and US 11,145,360 B2 (short-side-chain ionomer dispersions).\n')).toEqual([]);
  });

  it('nor in the label with the colon after the emphasis ("**Tessmark**: ...")', () => {
    expect(duplicates('## SCHEDULE B BACKGROUND PATENTS\n\n**Tessmark**: US 10,811,472 B2 and US 11,145,360 B2 (short-side-chain ionomer dispersions).\n')).toEqual([]);
  });

  it('near miss: a party\'s name defined again with "means" and other words is still a duplicate', () => {
    expect(duplicates('## 2. Definitions\n\n2.1 "Tessmark" means Tessmark Membranes, Inc. and each of its subsidiaries, acting through its Delaware membrane plant.\n\n2.2 "Tessmark" means the membrane division of Halcyon Polymers GmbH.\n')).toEqual(['Tessmark']);
  });

  it('near miss: a label that is no party\'s name defined twice is still a duplicate', () => {
    expect(duplicates('## 2. Definitions\n\n**Business Day:** a day on which banks are open in London.\n\n## 3. Payments\n\n**Business Day:** a day other than a Saturday or Sunday in Wilmington.\n')).toEqual(['Business Day']);
  });
});

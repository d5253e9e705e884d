// A party's second alias, given after its own description ("Leader Act Ltd HK ("LEADER"), a Nevada corporation,
// (hereinafter referred to as "Leader")", "... having its offices at ... ("Reseller")"), is that party's, not a party of
// its own; and a name may open with a lower-case letter before a capital or a digit ("i3 Verity Systems, LLC",
// "mPhase Technologies Inc."). Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ name: p.name, aliases: [...p.aliases] }));

describe('an alias after the description of the party just named', () => {
  it('joins a "hereinafter" alias after the corporation it describes', () => {
    const text = 'This Software Maintenance Agreement (the "Agreement") is entered into as of October 13, 2026, between Harbour Act Ltd HK ("HARBOUR"), a Nevada corporation, (hereinafter referred to as "Harbour"), and Quill Data, Inc., a Nevada corporation (hereinafter referred to as "Quill").\n\n1. Services';
    expect(partiesOf(text)).toEqual([
      { name: 'Harbour Act Ltd HK', aliases: ['HARBOUR', 'Harbour'] },
      { name: 'Quill Data, Inc.', aliases: ['Quill'] },
    ]);
  });

  it('joins a role alias after a description that says "organized and existing"', () => {
    const text = 'This Licence Agreement is made between Corvid Radar Inc. ("Corvid"), a corporation organized and existing under the laws of Delaware (the "Licensor"), and Halvorsen Arrays LLC, a Virginia limited liability company (the "Licensee").\n\n1. Grant';
    expect(partiesOf(text)).toEqual([
      { name: 'Corvid Radar Inc.', aliases: ['Corvid', 'Licensor'] },
      { name: 'Halvorsen Arrays LLC', aliases: ['Licensee'] },
    ]);
  });

  it('joins a role alias after the address, and reads a name that opens in lower case', () => {
    const text = 'THIS RESELLER AGREEMENT (this "Agreement") is made as of April 7, 2027, by and between i3 Verity Systems, LLC ("i3 VS"), a Virginia limited liability company, having its offices at 6564 Loisdale Court, Springfield, VA 22150 ("Reseller") and mPhase Networks Inc., a Delaware corporation ("Company").\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'i3 Verity Systems, LLC', aliases: ['i3 VS', 'Reseller'] },
      { name: 'mPhase Networks Inc.', aliases: ['Company'] },
    ]);
  });

  it('near miss: another party after a semicolon or "and", and a gloss inside the description', () => {
    expect(partiesOf('This Agreement is made between Alpha Inc. ("Alpha"), a Delaware corporation; and Beta Ltd ("Beta").\n\n1. Grant')).toEqual([
      { name: 'Alpha Inc.', aliases: ['Alpha'] },
      { name: 'Beta Ltd', aliases: ['Beta'] },
    ]);
    expect(partiesOf('This Agreement is made between Alpha Inc. ("Alpha"), a Delaware corporation, and the Agent named on the signature page (the "Agent").\n\n1. Grant').map((p) => p.aliases)).toEqual([['Alpha'], ['Agent']]);
    const gloss = 'This Strategic Alliance Agreement is made between Kestrel Chips Inc. ("Kestrel"), a Delaware corporation, and Tsingtao Unicore Ltd. ("Unicore"), a company incorporated under the laws of the People\'s Republic of China ("PRC").\n\n1. Alliance';
    expect(partiesOf(gloss)).toEqual([
      { name: 'Kestrel Chips Inc.', aliases: ['Kestrel'] },
      { name: 'Tsingtao Unicore Ltd.', aliases: ['Unicore'] },
    ]);
  });
});

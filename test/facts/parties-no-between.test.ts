// Parties named without "between": an instrument made by one party in favour of another (a deed poll, a pledge), a
// list of parties the group word "Parties" closes ("Alpha ... and Beta ... (together the "Parties") agree as
// follows"), and a class of joiners named by the word they become ("each Person that becomes a Member by signing a
// Joinder"), with or without a group parenthetical. Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ ...p, aliases: [...p.aliases] }));

describe('parties made by one party in favour of another', () => {
  it('reads the maker and the beneficiary of a deed poll', () => {
    const text = 'This Deed Poll is made on 1 May 2026 by Alpha Devices Limited, a company incorporated in England and Wales (the "Licensor"), in favour of Beta Systems GmbH, a company organised under German law ("Beta").\n\n1. Definitions\n\n1.1 The Licensor hereby grants to Beta a licence under the Patents.';
    expect(partiesOf(text)).toEqual([
      { name: 'Alpha Devices Limited', aliases: ['Licensor'] },
      { name: 'Beta Systems GmbH', aliases: ['Beta'] },
    ]);
  });

  it('reads a pledge made available by a steward in favour of a class of joiners', () => {
    const text = 'PATENT PLEDGE\n\nThis Patent Pledge is made available by Harbour Robotics Commons LLC, a Delaware limited liability company (the "Steward"), in favor of each company that signs a Joinder Agreement in the form of Exhibit A (each such company, a "Participant").\n\n1. Licences';
    expect(partiesOf(text)).toEqual([
      { name: 'Harbour Robotics Commons LLC', aliases: ['Steward'] },
      { name: 'Participant', aliases: ['Participant'], class: 'each company that signs a Joinder Agreement in the form of Exhibit A' },
    ]);
    const joiners = 'PATENT PLEDGE\n\nThis Patent Pledge is made by Harbour Robotics Commons LLC (the "Steward") in favour of each Person that becomes a Participant by signing a Joinder.\n\n1. Licences';
    expect(partiesOf(joiners)).toEqual([
      { name: 'Harbour Robotics Commons LLC', aliases: ['Steward'] },
      { name: 'Participant', aliases: ['Participant'], class: 'each Person that becomes a Participant by signing a Joinder' },
    ]);
  });

  it('near miss: "in favour of" with no party after it, and a licence in favour of a party in a later clause', () => {
    const text = 'This Deed Poll is made by Alpha Devices Limited (the "Licensor") in favour of the holders from time to time of the Notes.\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([]);
    const later = 'This Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta").\n\n2.1 Alpha waives its lien in favour of Gamma Bank N.A. ("Gamma").';
    expect(partiesOf(later)).toEqual([{ name: 'Alpha Devices, Inc.', aliases: ['Alpha'] }, { name: 'Beta Systems GmbH', aliases: ['Beta'] }]);
  });
});

describe('parties listed before the group word "Parties", with no "between"', () => {
  it('reads the paragraph before "(together the "Parties")"', () => {
    const text = 'PATENT CROSS-LICENCE\n\nAlpha Devices, Inc., a Delaware corporation ("Alpha"), and Beta Systems GmbH, a company organised under German law ("Beta") (together the "Parties" and each a "Party"), agree as follows:\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'Alpha Devices, Inc.', aliases: ['Alpha'] },
      { name: 'Beta Systems GmbH', aliases: ['Beta'] },
    ]);
    // At the very start of the text: the first letter of the name is kept.
    expect(partiesOf(text.slice(text.indexOf('Alpha')))).toEqual([
      { name: 'Alpha Devices, Inc.', aliases: ['Alpha'] },
      { name: 'Beta Systems GmbH', aliases: ['Beta'] },
    ]);
  });

  it('near miss: "the Parties" named in a later clause reads no party list', () => {
    const text = 'PATENT CROSS-LICENCE\n\n1. Definitions\n\n1.1 "Affiliate" means any entity that controls a Party (the Licensor and the Licensee together the "Parties").';
    expect(partiesOf(text)).toEqual([]);
  });
});

describe('a class of joiners named by a defined word', () => {
  it('reads "each Person that becomes a Member by signing a Joinder" before a group parenthetical', () => {
    const text = 'This Patent Defense Network Agreement (this "Agreement") is entered into by and among HALCYON SYSTEMS, INC., a Delaware corporation ("Halcyon"), BRIGHTWELL NETWORKS LLC, a California limited liability company ("Brightwell"), and each Person that becomes a Member by signing a Joinder (each, a "Member").\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'HALCYON SYSTEMS, INC.', aliases: ['Halcyon'] },
      { name: 'BRIGHTWELL NETWORKS LLC', aliases: ['Brightwell'] },
      { name: 'Member', aliases: ['Member'], class: 'each Person that becomes a Member by signing a Joinder' },
    ]);
  });

  it('reads the class by the word its members become, with no group parenthetical', () => {
    const text = 'This Patent Defense Network Agreement (this "Agreement") is made between Open Assertion Shield, Inc., a Delaware nonprofit corporation (the "Administrator"), and each Person that becomes a Member by signing a Joinder.\n\n1. Definitions';
    expect(partiesOf(text)).toEqual([
      { name: 'Open Assertion Shield, Inc.', aliases: ['Administrator'] },
      { name: 'Member', aliases: ['Member'], class: 'each Person that becomes a Member by signing a Joinder' },
    ]);
  });

  it('near miss: joiners that become no named thing, and named members gathered by "each of the foregoing"', () => {
    const affiliates = 'This Agreement is made between Alpha Devices, Inc. ("Alpha"), Beta Systems GmbH ("Beta") and each Affiliate that signs this Agreement.\n\n1. Definitions';
    expect(partiesOf(affiliates)).toEqual([{ name: 'Alpha Devices, Inc.', aliases: ['Alpha'] }, { name: 'Beta Systems GmbH', aliases: ['Beta'] }]);
    const network = 'This Agreement is entered into by and among HALCYON SYSTEMS, INC. ("Halcyon"), BRIGHTWELL NETWORKS LLC ("Brightwell"), each other Person that becomes a party by executing a Joinder (each of the foregoing, a "Member"), and OPEN ASSERTION SHIELD, INC. (the "Administrator").';
    expect(partiesOf(network).filter((p) => p.class !== undefined)).toEqual([]);
  });
});

// A class of parties in a membership agreement: an administrator or steward offers the agreement, and every company
// that joins is bound by it under one word ("each such company, a "Member""). Preambles written for these tests.
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const partiesOf = (text: string) => factsOf(text).parties.map((p) => ({ ...p, aliases: [...p.aliases] }));

describe('a class of parties', () => {
  it('reads the offering party and the class that joins it ("made available by ... between the Administrator and each company that signs ...")', () => {
    const text = 'This Community Patent Cross-Licence (this "**Agreement**") is made available by **Harbour Robotics Commons LLC**, a Delaware limited liability company with its principal office at 40 Wall Street, New York (the "**Administrator**"), and becomes binding between the Administrator and each company that signs a Joinder Agreement in the form of Exhibit A and whose signature the Administrator countersigns (each such company, once countersigned, a "**Member**").\n\nThe Administrator and the Members are each a "**Party**".\n\n2.1 Each Member hereby grants to each other Member a non-exclusive, royalty-free licence under its Patents.';
    expect(partiesOf(text)).toEqual([
      { name: 'Harbour Robotics Commons LLC', aliases: ['Administrator'] },
      { name: 'Member', aliases: ['Member'], class: 'each company that signs a Joinder Agreement in the form of Exhibit A and whose signature the Administrator countersigns' },
    ]);
  });

  it('reads a class named by two kinds of joiner, after an offer in plain quotes', () => {
    const text = 'This Grid Software Patent Pledge (this "Agreement") is offered by Northmere Grid Commons Inc., a Delaware nonprofit corporation (the "Steward"), and binds the Steward and each utility or vendor that signs a Joinder Agreement in the form of Schedule 1 (each such utility or vendor, once accepted, a "Participant").\n\n1. Licences.';
    // "binds" is no "between": the class alone, with the Steward it names, is read only after "between" or "among".
    expect(partiesOf(text)).toEqual([]);
    const between = text.replace('binds the Steward and', 'is binding between the Steward and');
    expect(partiesOf(between)).toEqual([
      { name: 'Northmere Grid Commons Inc.', aliases: ['Steward'] },
      { name: 'Participant', aliases: ['Participant'], class: 'each utility or vendor that signs a Joinder Agreement in the form of Schedule 1' },
    ]);
  });

  it('near misses: named members gathered into a class, a group word for named parties, a class with no party offering it', () => {
    // "each of the foregoing, a "Member"" gathers the named members (and the joiners) into the word: no class party.
    const network = 'This Patent Defense Network Agreement (this "Agreement") is entered into by and among HALCYON SYSTEMS, INC., a Delaware corporation ("Halcyon"), BRIGHTWELL NETWORKS LLC, a California limited liability company ("Brightwell"), each other entity that becomes a party by executing a Joinder (each of the foregoing, a "Member"), and OPEN ASSERTION SHIELD, INC., a Delaware nonprofit corporation (the "Administrator").';
    expect(partiesOf(network)).toEqual([
      { name: 'HALCYON SYSTEMS, INC.', aliases: ['Halcyon'] },
      { name: 'BRIGHTWELL NETWORKS LLC', aliases: ['Brightwell'] },
      { name: 'OPEN ASSERTION SHIELD, INC.', aliases: ['Administrator'] },
    ]);
    // "(each a "Party")" after two named parties: the group word of the parties, no class.
    const two = 'This Agreement is made between Alpha Devices, Inc. ("Alpha") and Beta Systems GmbH ("Beta") (each a "Party", together the "Parties").';
    expect(partiesOf(two)).toEqual([{ name: 'Alpha Devices, Inc.', aliases: ['Alpha'] }, { name: 'Beta Systems GmbH', aliases: ['Beta'] }]);
    // A group parenthetical whose words before it say no "each ... that": "between Alpha and its Affiliates (each a "Licensee")".
    const affiliates = 'This Agreement is made available by Alpha Devices, Inc. ("Alpha") and becomes binding between Alpha and its Affiliates (each an "Affiliate Licensee").';
    expect(partiesOf(affiliates).filter((p) => p.class !== undefined)).toEqual([]);
    // An offering party the words after "between" do not name does not join the class.
    const unnamed = 'This Agreement is made available by Harbour Robotics Commons LLC (the "Administrator"), and becomes binding between the Foundation and each company that signs a Joinder Agreement (each such company, a "Member").';
    expect(partiesOf(unnamed)).toEqual([
      { name: 'Member', aliases: ['Member'], class: 'each company that signs a Joinder Agreement' },
    ]);
  });

  it('keeps the class when the configuration names it, and adds none when it names a plain party', () => {
    const text = 'This Community Patent Cross-Licence (this "Agreement") is made available by Harbour Robotics Commons LLC (the "Administrator"), and becomes binding between the Administrator and each company that signs a Joinder Agreement (each such company, a "Member").';
    const parties = factsOf(text, { parties: [{ name: 'Members', aliases: ['Member'] }, { name: 'Harbour Robotics Commons LLC', aliases: ['HRC'] }] }).parties;
    expect(parties.map((p) => [p.name, p.class ?? null])).toEqual([
      ['Harbour Robotics Commons LLC', null],
      ['Members', 'each company that signs a Joinder Agreement'],
    ]);
  });
});

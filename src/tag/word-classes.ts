// Shared word classes of the cue notation: "@price" in a cue word stands for every word of the class, so that one cue
// covers a family of wordings ("may not raise the Management Fee", "the Tariff shall not increase", "your monthly fee
// won't go up") instead of one cue per writer. A class is an alternation in the cue notation itself ('~' inflects,
// '*' is a stem) and may sit beside other alternatives in one cue word ("@price|royalty"). The held-out batches showed
// why: a cue written for one wording's noun or verb missed the next writer's synonym (test/tag/heldout-clauses.ts,
// tenth and eleventh batches). Add a word to a class and every cue of every type that uses the class hears it.
export const WORD_CLASSES: Readonly<Record<string, string>> = {
  // The competing party or business, as a restraint names it.
  rival: 'competitor~|competitors|rival~|rivals|competing|compete~|competes',
  // What a restrained person does for or with someone: be employed by, provide services to, take on work from.
  // (Verbs only: the nouns 'services' and 'works' read 'services performed by any competing vendor' as working for a rival.)
  serve: 'employed|engaged|retained|work|working|serve|advise|assist|consult|provide|render|perform|invest|interested|concerned|involved|join|partner',
  // Carrying on a business, as restraints name it.
  // (Their gerunds too, as a prohibition says the act: "shall refrain from carrying out ... any activity in competition".)
  operate: 'carry|carrying|establish~|operate~|own|owns|owning|manage~|run|runs|running|conduct~|acquire~|start|starting|open|opening|set',
  // The price of what is sold or licensed (not a royalty: royalty-setting has its own cues).
  // ('rates', not 'rate': a royalty rate, an interest rate or an FTE rate capped is no price restriction on CUAD dev.)
  price: 'price~|prices|pricing|rates|fee~|fees|charge~|charges|tariff~|tariffs|subscription~|subscriptions|rent|rents',
  // A price moving up.
  raise: 'increase~|increases|raise~|raises|rise|rises|hike~|hikes',
  // A price held where it is.
  frozen: 'fixed|frozen|freeze|locked|firm|unchanged|constant',
  // The exclusive character of a right or a role.
  exclusive: 'exclusive|sole|only|exclusively|solely',
  // A distribution or supply role that may be exclusive.
  role: 'distributor~|distributors|reseller~|resellers|agent~|agents|representative~|representatives|supplier~|suppliers|licensee~|licensees|dealer~|dealers|provider~|providers|source|vendor~|vendors|seller~|sellers|partner~|partners|manufacturer~|manufacturers|importer~|importers|franchisee~|franchisees|stockist~|stockists',
  // Getting goods from someone.
  procure: 'buy|buys|purchase~|purchases|obtain~|obtains|source~|sources|order~|orders|acquire~|acquires',
  // Luring someone away from the other party.
  lure: 'solicit~|recruit~|hire~|employ~|induce~|entice~|poach~|lure~|tempt~|headhunt~|poaches|entices|lures|persuade~',
  // The other party's customers.
  customer: 'customer~|customers|client~|clients|account~|accounts|purchaser~|purchasers',
  // The other party's people.
  staff: 'employee~|employees|personnel|staff|consultant~|consultants|people|workers|contractors|team',
  // Starting a lawsuit.
  bring: 'bring|brings|assert~|asserts|commence~|commences|institute~|institutes|initiate~|initiates|file|files|pursue~|pursues|launch~|launches|threaten~|threatens|prosecute~|start|starts|begin|begins',
  // Contesting the other party's rights, in the base form a promise uses ("shall not challenge"): the inflected forms and
  // 'question', 'deny' are mostly other things on CUAD dev ("challenges to the validity" in prosecution, a warranty that no
  // one "challenges or threatens the validity", "questions concerning the construction, validity", "will not attempt to deny").
  contest: 'challenge|contest|dispute|attack|oppose|impugn',
  // A lawsuit.
  action: 'claim~|claims|action~|actions|suit~|suits|proceeding~|proceedings|litigation|lawsuit~|lawsuits',
  // Things counted when a volume is capped: units made or sold, users and devices, places, measures; a film's or a work's
  // exhibitions and broadcasts ("with no more than two exhibitions in any 24-hour period"). (Not 'times': a cap is "two times
  // the fees paid".)
  count: 'units|copies|quantity|impressions|licenses|licences|users|seats|releases|hours|customers|locations|sites|shipments|pounds|gallons|barrels|tons|tonnes|litres|liters|kilograms|pieces|items|hectares|acres|devices|servers|instances|processors|cores|calls|requests|transactions|installations|downloads|subscribers|terminals|vehicles|machines|batches|doses|cases|pallets|containers|megawatts|kilowatts|gigabytes|terabytes|workstations|computers|outlets|stores|shops|restaurants|franchises|accounts|messages|emails|e-mails|texts|pages|bottles|cartons|boxes|packs|products|cubic|megalitres|megaliters|kwh|mwh|gwh|journeys|trips|flights|passengers|visits|sessions|tickets|exhibitions|showings|screenings|telecasts|broadcasts|airings|performances|episodes',
  // A quantity that a volume limit caps.
  // (What is taken from a resource too: "The Licensee's harvest ... shall be limited to the allowable annual cut of 85,000
  // cubic metres", a catch, a yield, an extraction.)
  quantity: 'quantity|quantities|volume~|volumes|output|production|capacity|usage|units|number|copies|users|seats|harvest|catch|yield|extraction|abstraction',
  // The terms a most-favoured clause compares.
  terms: 'terms|conditions|rates|rate|royalty|royalties|prices|price|pricing|deal|deals|charges|fees|discount~|discounts|rebate|rebates',
  // Exercising a provision of the agreement against a party, as one outside it may be given the right to: enforce it, rely
  // on it, invoke it (a civil-law third-party stipulation is 'invoked').
  enforce: 'enforce~|enforces|rely|relies|invoke~|invokes',
  // Ending an agreement.
  // (Not the bare 'end': mostly the noun, "at the end of the Term"; a cue says the verb with its modal, "may end".)
  // (Quebec's 'resiliate', the Civil Code's word for ending a contract, in translation.)
  end: 'terminat*|ends|ended|cancel*|rescind~|rescinds|suspend*|resiliat*',
};

/** The alternatives of one cue word with each "@class" replaced by its class's words ("@price|royalty"). Throws on an unknown class. */
export function expandWordClasses(body: string): string {
  if (!body.includes('@')) return body;
  return body.split('|').map((alt) => {
    if (!alt.startsWith('@')) return alt;
    const words = Object.hasOwn(WORD_CLASSES, alt.slice(1)) ? WORD_CLASSES[alt.slice(1)] : undefined;
    if (words === undefined) throw new Error(`unknown word class "${alt}" (known: ${Object.keys(WORD_CLASSES).map((k) => `@${k}`).join(', ')})`);
    return words;
  }).join('|');
}

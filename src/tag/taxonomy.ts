// The clause-type taxonomy of shared/spec/clause-types.md, with each type's cues as DATA.
//
// Cue patterns use a small word-level notation (compiled by cues.ts):
//   word        the word, case-insensitive, on word boundaries
//   word~       the word and its inflections (grant, grants, granted, granting; licence, licences)
//   a|b|c       alternatives for one word (each may carry ~ or *)
//   word*       any word starting with "word" (terminat* = terminate, termination, terminating)
//   word?       an optional word
//   ..          up to 5 words in between; ...  up to 12 words in between
//   a b / c d   whole-phrase alternatives (the cue matches when either phrase does); "a b|c d" is three words,
//               a, b|c, d (test/tag/cue-lint.test.ts refuses such a seam, and one cue string in two roles of a type)
//   #num        a number as written in contracts: 90, ninety (90), [***], 5%
// Words are separated by any run of spaces or punctuation, so "non-exclusive" also matches "non exclusive".
//
// Weights are the evidence strength in [0, 1]; the tagger combines them (noisy-or), so two medium cues
// beat one. Negative cues are near-misses: each one that matches scales the confidence by (1 - weight).
// The schemas live in taxonomy-schema.ts, imported only where outside input is validated: zod's import (~50 ms
// of CPU and ~95 modules) stays out of every process and worker thread that only tags.
import type { ClauseTypeSpec, ClauseTypeSpecInput } from './taxonomy-schema.js';
import { AS_READ, array, object, optional, reshape, withDefault } from '../model/trusted.js';

export type { ClauseTypeSpec, ClauseTypeSpecInput, FrameCue, ModalCue } from './taxonomy-schema.js';

type Def = Omit<ClauseTypeSpecInput, 'group'>;
const group = (name: string, defs: Def[]): ClauseTypeSpecInput[] => defs.map((d) => ({ ...d, group: name }));

const DEFS: ClauseTypeSpecInput[] = [
  ...group('structure', [
    { id: 'title', label: 'Title', description: "The agreement's title block.",
      phrases: {} },
    { id: 'parties', label: 'Parties', description: 'Who the parties are (preamble).',
      headings: { 'parties': 0.9 },
      phrases: { 'by and between|among': 0.85, 'entered into .. by|between': 0.8, 'is made|entered .. between': 0.8, 'between .. and .. collectively the|together parties': 0.6 } },
    { id: 'recitals', label: 'Recitals', description: 'WHEREAS / background.',
      headings: { 'recitals|background|preamble|witnesseth': 0.9 },
      phrases: { 'whereas': 0.85, 'now therefore': 0.6, 'witnesseth': 0.7 },
      // "Background Patents", "Background IP": a defined term of the operative text (a section headed "LICENCES UNDER
      // BACKGROUND PATENTS"), not the background of the deal.
      negatives: { 'background patent~|ip|technology|intellectual|know|materials': 0.9 } },
    { id: 'definitions', label: 'Definitions', description: 'A clause that defines terms.',
      headings: { 'definitions|interpretation / defined terms': 0.9 },
      phrases: { 'shall mean / means / shall have the meaning': 0.55, 'has|have the meaning|meanings': 0.6, 'as used in this agreement': 0.5, 'following terms|words': 0.3, 'the term|expression .. includes|means|refers|denotes / the expressions .. include|mean|refer|denote': 0.55 },
      threshold: 0.5 },
    { id: 'signature', label: 'Signature', description: 'Signature blocks.',
      headings: { 'signature~|execution': 0.8 },
      phrases: { 'in witness whereof': 0.9, 'by: name: title': 0.9, 'signature': 0.4, 'name: title': 0.7, 'authorized signatory|representative': 0.4,
        'executed|signed as a deed|agreement / executed|signed .. for and on behalf of / in the presence of .. witness|witnesses': 0.7, 'witness~ signature|name / authorised signatory': 0.45 } },
    { id: 'schedule', label: 'Schedule', description: 'Schedules, exhibits, annexes, appendices.',
      headings: { 'schedule|exhibit|annex|appendix|attachment': 0.85 },
      // An EDGAR filing's exhibit number ("EXHIBIT 10.21", "Exhibit 99.1": Reg. S-K item 601's numbering of the filed
      // document itself) labels the whole agreement, not a schedule of it; a schedule is lettered or numbered alone.
      negatives: { 'exhibit 2|3|4|10|99 #num': 0.9 } },
  ]),
  ...group('grant and scope', [
    { id: 'license-grant', label: 'Licence grant', description: 'A grant of a licence under patents, know-how or other IP.',
      headings: { 'grant~|license~|licence~': 0.6, 'grant~ of .. license~|licence~|rights': 0.85, 'license~|licence~ grant~': 0.9 },
      phrases: {
        'hereby grant~': 0.85, 'grant~ .. license|licence|sublicense|right|rights .. to|under': 0.55, 'grant~ to .. license|licence|right|rights': 0.6,
        'exclusive|non-exclusive|nonexclusive|worldwide|royalty-free|perpetual|irrevocable|limited|paid-up|sublicensable license|licence|right|rights': 0.55,
        // "grants Affiliate a non-exclusive, nontransferable, revocable right to access": the adjectives pile up between verb and object.
        'revocable|nontransferable|non-transferable|non-sublicensable|terminable|fully-paid right|rights|license|licence to': 0.55, 'grant~ ... a|an .. license|licence|right to': 0.5,
        // The double object: "Licensor grants Licensee a non-exclusive licence under the Licensed Patents".
        'grant~|grants .. a|an .. license|licence|sublicense|sublicence': 0.55,
        'license|licence|right .. to use|make|sell|reproduce|distribute|practice|exploit / license|licence|right ... to access and|or use': 0.45,
        // The licence's limits listed before it, the right's duration before its object ("a limited, non-exclusive,
        // non-sublicensable right during the Subscription Term to access and use"): a negated adjective names no negation of
        // the grant; a service accessed and used (not a person's 'right to access' data). Plain English's permission to install or use, and the authority to use given 'hereby' (a foundry's
        // authority to use the customer's design data and mask works). Each weaker than the grant's own verb.
        'nontransferable|non-transferable|non-sublicensable|nonsublicensable|non-assignable right|rights|license|licence': 0.5,
        'give~|gives .. permission to .. install|use|copy|download|reproduce|run|display|modify': 0.7,
        'hereby authori*|permit~|permits .. to use|reproduce|copy|practise|practice|exploit|modify': 0.65,
        'licensed|license|licence under .. patents': 0.5, 'licenses|licences .. under .. patent~|patents|rights|technology|know-how': 0.6, 'is|are hereby|hereunder licensed': 0.7, 'appoint~ .. as .. distributor|reseller|agent|representative': 0.5,
        'right to use .. trademark~|marks|logo~|name~': 0.55, 'is granted|given the right': 0.5,
      },
      modal: [{ verbs: 'grant~|license~', polarity: 'obligation', weight: 0.4 }],
      negatives: { 'no license|licence|right .. granted|implied': 0.6, 'nothing .. shall .. grant|confer|construed': 0.6,
        // The disclaimer at length: "Nothing contained herein, nor the delivery of any information, shall be deemed to grant ...".
        'nothing ... shall|will|may be? .. construed|deemed|interpreted|read .. grant|grants|granting|confer|confers|conferring': 0.45,
        // Security over assets and a warranty of the power to grant are not licences.
        'grant~|grants .. security interest|interests / grant~|grants .. lien|liens|pledge|mortgage|encumbrance': 0.8,
        'right|power|authority to .. enter into .. and|to .. grant~|grants': 0.25, 'except as .. expressly .. no': 0.3, 'license|licence fee~': 0.3, 'licensed premises|dealer': 0.5, 'governmental .. licenses|licences|permits': 0.6, 'permits|approvals .. licenses|licences': 0.5, 'licenses|licences .. permits|authori*|approvals|registrations': 0.5,
        // A definition of 'Control' (the power to grant a licence that makes IP a party's to license) grants nothing.
        'control~|controls .. means|mean': 0.5 } },
    { id: 'licensed-ip', label: 'Licensed IP', description: 'What IP is licensed.',
      headings: { 'licensed patents|technology|ip|know-how / licensed intellectual property': 0.85, 'patents / intellectual property': 0.5 },
      phrases: { 'licensed patents|technology|know-how|ip|marks / licensed intellectual property': 0.4,
        'patents|patent|rights|know-how|technology .. which|that are? .. the? subject|object|subject-matter of .. licen*|agreement|contract': 0.7,
        'licen*|agreement .. relates|relate~|covers|cover .. patent~|patents|know-how|application~|applications': 0.55, 'european|national|corresponding|foreign|counterpart patent~|patents|application~|applications': 0.45, 'patent families|family': 0.6, 'patents listed|set forth .. schedule|exhibit|appendix': 0.8,
        // What is licensed, stated: "The Know-How licensed hereunder comprises ...", "The Licensed IP includes the copyright ...",
        // and the schedule in other verbs ("the patents and patent applications set out in Part 1 of the Schedule").
        'patents|patent|know-how|technology|ip|software licensed .. comprise|comprises|consist|consists|include|includes|means / licensed patents|patent|know-how|technology|ip|software|materials|rights comprise|comprises|consist|consists|include|includes': 0.6,
        'patents|applications set out in .. schedule|exhibit|appendix|annex|annexure|attachment / patents|applications identified|specified|described|contained in .. schedule|exhibit|appendix|annex|annexure|attachment': 0.8, 'patent no|nos|number|numbers': 0.6,
        // The licence's subject matter named ("The subject matter of the licence is the German utility model ..."; not a
        // utility model alone, which every definition of intellectual property lists), and a schedule of patents flattened to
        // text (its columns 'Application No. | Filing Date').
        'subject matter of the|this .. licence|license / object of the|this licence|license': 0.6,
        'application|registration no|nos|number|numbers ... filing|grant|issue|registration date|dates': 0.6, 'patent applications': 0.4, 'know-how / trade secrets': 0.35, 'all patents .. owned|controlled': 0.6, 'claims of': 0.3 },
      // A register of what a party owns records its property; it licenses nothing.
      negatives: { 'maintain~|keep|keeps .. a? register|registers|records of': 0.5 } },
    { id: 'field-of-use', label: 'Field of use', description: 'Limits the grant to fields, products or applications.',
      // Not "field" alone ("Field Trials", "Field Replaceable Units", "Field Service").
      // (A heading of the bare word too, a term sheet's label ('Field: oncology, human therapeutics only'): not a field named
      // for what is done there, the negative below.)
      headings: { 'field|fields': 0.6, 'field~ of use|application|applications / licensed|excluded|reserved|retained|exclusive|new|expanded|additional field~ / the field / outside|within field': 0.9 },
      phrases: { 'field of use': 0.85, 'within|outside the field': 0.75, 'licensed field': 0.8, 'solely for use in|with': 0.45, 'limited to .. use|products|applications|application': 0.35,
        // The use of what is licensed for anything else refused ("Party B shall not use the Licensed Patents for any other purpose";
        // not materials, data or equipment held for a project, nor confidential information, the negative below), and the one
        // use set against another ("only in your own café, not in packaged food"). Weak alone.
        'not|never .. use|exploit|practise|practice .. licensed|patents|patent|technology|know-how|inventions|trademarks|marks|software ... for any other .. purpose|purposes|application|applications|field|fields|use': 0.5, 'only|solely|exclusively in|for|on|within ... not in|for|on|within|as': 0.3, 'for the .. purpose|purposes of': 0.15,
        // The field by what is left out: "and for no other application", "fields other than Consumer Electronics", "Excluded Fields".
        'for no other .. purpose|purposes|application|applications|use|uses|field': 0.6, 'fields|field other than / excluded|reserved field~|fields|application~|applications|uses': 0.75,
        'not for any .. use|uses|application|applications|purpose|field / do|does not extend to .. application~|applications|uses|use|field|fields': 0.45,
        'veterinary|human|diagnostic|therapeutic|industrial|consumer|automotive|medical|military|agricultural .. use|uses|application|applications|field|fields': 0.35,
        'licen*|rights|right|use|used|exercise~|exercised|practice~|granted|only|solely .. in|within the field of': 0.7,
        // The field by the use: "limited to ... Products for use in commercial aircraft, and all other fields are reserved",
        // "you may use the licensed technology only in hearing aids; any other use needs our consent".
        // "for use in" alone is any purpose ("platforms for use in genomic testing"); with a grant it limits the licence.
        'license|licence|licensed|granted|grant~ ... solely|only|exclusively for use in|on|with|within / for use in|within the field|fields / license|licence|licensed|granted|grant~ ... solely|only|exclusively for|in|within the .. field': 0.6,
        'limited|restricted|confined to ... for use|application|applications|field|fields': 0.5,
        // The use limited to industries ('limited to the use of the Technology in the mining and mineral processing industries').
        'limited|restricted|confined to the? use|exploitation|practice ... industry|industries|sector|sectors': 0.5,
        // A term sheet's defined field after the grant ('exclusive, royalty-bearing licence under the Licensed Patents in the
        // Territory ... in the Field'): the licence named by its kind (not 'the Licensed Product in the Field', which runs
        // through a pharmaceutical licence's every clause, nor 'the license granted ... to Promote the Product in the Field').
        'exclusive|non-exclusive|nonexclusive|co-exclusive|sole|royalty-bearing|royalty-free|sublicensable license|licence|licenses|licences ... in|within the field': 0.6, 'other fields|field|applications|uses|area|areas .. reserved|excluded|retained': 0.65,
        'use|used|practise|practice|exploit .. only|solely|exclusively in|within': 0.4, 'any|all|every other use|uses|application|applications|fields|field': 0.45,
        // Not "including, but not limited to, ... products", "the terms of this Exhibit apply to Products", "this coverage does not extend to".
        'applies|apply|limited only|solely|exclusively to .. products|applications|uses|devices|field|fields / restricted|confined only|solely|exclusively? to .. products|applications|uses|devices|field|fields|market|markets|sector|sectors|segment|segments|industry|industries': 0.45, 'do|does not cover .. products|applications|uses|use|devices|field|fields / do|does not extend to .. products|applications|uses|use|devices|field|fields': 0.45,
        'only|solely|exclusively in|for the manufacture|production|development|use of': 0.4, 'in|within the field of': 0.4, 'restrict~ .. to .. application~|applications|uses|field|fields': 0.5, 'application|applications area|areas|sector|sectors / area|areas|sector|sectors of application|applications|use': 0.6,
        'use|uses|application~|applications .. in|within .. sector|sectors|industry|industries|field|fields|market|markets .. excluded|reserved|prohibited': 0.6, 'no license|licence|right is granted for .. use': 0.5 },
      // The purpose that limits the use of confidential information is confidentiality's, not a field of the grant.
      negatives: { 'confidential information ... for no|any other .. purpose|purposes|use|uses / confidential information ... solely|only|exclusively for the? purpose|purposes': 0.6,
        'field service|services|trial~|trials|test~|tests|testing|engineer~|engineers|replaceable|staff|personnel|sales|office|offices|work|support|visit~|visits|inspection~|inspections|data|study|studies': 0.8,
        // A warranty limited to some products or uses limits the warranty, not the grant.
        'warrant*': 0.4,
        // A lease's permitted use ('The Premises shall be used solely as an office and for no other purpose') limits a building's use.
        'premises|landlord|tenant|tenancy|demised': 0.7 } },
    { id: 'territory', label: 'Territory', description: 'Geographic reach of the grant.',
      headings: { 'territory|territorial / geographic~|geographical scope|area|region|limits': 0.9 },
      // "Throughout the Territory" in an efforts or a promotion clause mentions the territory; the grant's reach names it.
      phrases: { 'within|throughout the territory': 0.35, 'territory means / territory shall mean': 0.85, 'worldwide|world-wide / throughout the world': 0.55, 'outside the|that|such|its territory': 0.6, 'territory': 0.2,
        'license|licence|licenses|licences|rights|right|appoint|appoints|appointed|exclusive|granted .. in|within|throughout|for .. the? territory / territory of': 0.6,
        'all countries|territories / countries of the world / anywhere in the world / rest of the world / any country in the world': 0.6,
        'sell|sold|manufacture~|market|distribute|exploit .. in|into any other country|countries|territory|jurisdiction': 0.55,
        'the contract|contractual|licensed|agreed? territory shall|will be|comprise|include / the contract|contractual|licensed|agreed? territory is|comprises|consists|includes': 0.7, 'license|licence|rights .. covers|cover .. united|republic|europe|european|asia|africa|americas|canada|mexico|china|japan|india|australia|brazil|germany|france|korea': 0.5,
        // The reach named by the place: "rights under this Agreement extend to the United States and Canada only".
        // 'to' with the place next: not "licenses ... required to incorporate a subsidiary in India".
        'license|licence|licenses|licences|rights|right|granted|extend~|extends|valid .. in|within|throughout|for .. united states|kingdom / license|licence|licenses|licences|rights|right|granted|extend~|extends|valid .. in|within|throughout|for .. republic|europe|european|eea|asia|africa|americas|latin|oceania|canada|mexico|china|japan|india|australia|brazil|germany|france|korea|england|scotland|wales|ireland|spain|italy|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|portugal|scandinavia|nordic|benelux|singapore|taiwan|israel / license|licence|licenses|licences|rights|right|granted|extend~|extends|valid .. to the? united states|kingdom / license|licence|licenses|licences|rights|right|granted|extend~|extends|valid .. to the? republic|europe|european|eea|asia|africa|americas|latin|oceania|canada|mexico|china|japan|india|australia|brazil|germany|france|korea|england|scotland|wales|ireland|spain|italy|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|portugal|scandinavia|nordic|benelux|singapore|taiwan|israel': 0.5,
        // Selling in a place is the grant's reach only when the licensed goods are sold: not shares, assets or dollars.
        'sell|sold|distribute|market|exploit|manufacture~ .. products|product|goods|licensed|devices .. in|to|within|throughout .. united states|kingdom / sell|sold|distribute|market|exploit|manufacture~ .. products|product|goods|licensed|devices .. in|to|within|throughout .. republic|europe|european|eea|asia|africa|americas|latin|oceania|canada|mexico|china|japan|india|australia|brazil|germany|france|korea|england|scotland|wales|ireland|spain|italy|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|portugal|scandinavia|nordic|benelux|singapore|taiwan|israel': 0.5,
        // The places named in a list elsewhere: 'throughout the countries listed on Schedule C'.
        'in|within|throughout|across the? countries|territories|jurisdictions|states|regions listed|set|specified|named|identified|described': 0.6,
        // Plain English's reach: 'You can sell the kits anywhere in Scandinavia and the Baltics, but nowhere else'. Each weak alone.
        'sell|sold|selling|supply|market|distribute|offer|use|may|can .. anywhere|everywhere in|within|throughout': 0.35, 'nowhere else / not elsewhere': 0.35 },
      // A patent named for its office ("European Patent EP 2 345 678", "the corresponding national patents") is the IP, not the reach.
      negatives: { 'european|national|foreign|counterpart patent~|patents|application~|applications': 0.5 } },
    { id: 'exclusivity', definitionFactor: 0.5, label: 'Exclusivity', description: 'Exclusive or sole character of rights, or exclusive dealing.',
      headings: { 'exclusivity|exclusive': 0.85 },
      phrases: {
        'exclusive license|licence|licensee|right|rights|distributor|distribution|reseller|provider|partner|supplier|agent|sponsor|basis|seller|marketing|advisor|dealer|representative|manufacturer|sales': 0.8,
        'exclusive ... license|licence|right|rights': 0.6, 'not to license|licence|appoint .. any|another|other .. third party|parties|person|licensee|licensees|distributor|distributors / not .. license|licence|appoint~|authori* .. anyone|anybody|someone .. else|other': 0.6, 'exclusive in|throughout|outside the territory|world / exclusive in|throughout the rest of the world': 0.65, 'be|become|remain exclusive': 0.6, 'exclusively': 0.45, 'sole and exclusive': 0.35, 'sole source|supplier|provider': 0.55,
        // The automotive and procurement word: "Supplier shall be the single-source supplier to Buyer of the Parts".
        'single source supplier|supplier|provider|vendor|manufacturer|basis': 0.7,
        // Plain English's buyer using no one else: "We'll use only you for our grain haulage".
        'use|uses|hire|hires|engage|engages|retain|retains|book|books only|solely|exclusively you / only use|uses|hire|hires|engage|engages|retain|retains|book|books you': 0.65,
        // Exclusivity said of the others shut out: "granted to the Licensee to the exclusion of all other persons, including the Licensor".
        'to the exclusion of .. others|anyone|anybody|everyone|everybody / to the exclusion of .. other|third|any person|persons|party|parties|entity|entities|company|companies|@role': 0.7,
        'exclusivity': 0.8, 'solely from|with|through': 0.35, 'all of its requirements': 0.7, 'purchase~|buy|obtain .. exclusively': 0.6,
        'with any? other|another .. provider|vendor|supplier|distributor|company|entity|party|person ... same|similar|competing|comparable': 0.35,
        // Plural and retail roles: "appoints the Agents as the exclusive placement agents", "the exclusive online seller".
        'exclusive .. agents|distributors|suppliers|providers|partners|resellers|representatives|dealers|sellers|seller|retailer|retailers|vendor|vendors': 0.6,
        'as|be|is|its|their the? exclusive .. partner|sponsor|provider|supplier|distributor|advisor|agent|reseller|representative|vendor|source|licensee|dealer': 0.7,
        // The same role said with another word (word-classes.ts): "appoints the Distributor as the only distributor", "a sole licence".
        // (After a possessive too: "shall be the Customer's sole supplier of catering services".)
        // (The first and second person too, and the emphatic pair: "You'll be our one and only reseller in Kenya".)
        'as|be|is|its|their|the|s|our|your|and sole|only authorized|authorised|appointed|official|independent? @role': 0.7, 'sole license|licence|licenses|licences|distributorship|agency': 0.8,
        'grant~|grants|appoint~|appoints no other|further|additional .. license|licence|licenses|licences|licensee~|licensees|@role': 0.6,
        // Exclusive dealing by the buyer: "shall purchase its entire requirements", "we'll buy all the packaging we need only from you".
        // The seller named as the only one ("Only you may sell our boards in Canada", "Nobody but you will be allowed to sell",
        // "the only company we let sell our sauces"; a translated "entrust the sale ... only to Party B").
        'only the? you|licensee|distributor|we|it|they|@role .. may|can|will|shall|could .. be? allowed|permitted|entitled|authorized|authorised? to? sell|resell|distribute|market|import / nobody|none|noone but|except|other .. you|licensee|distributor|@role .. may|can|will|shall|could .. be? allowed|permitted|entitled|authorized|authorised? to? sell|resell|distribute|market|import': 0.6,
        'only|sole @role|company|party|business|person|one .. we|it|licensor|supplier|manufacturer|i .. let|lets|allow~|allows|permit~|permits|authori* .. to? sell|resell|distribute|market / entrust~|entrusts .. sale|sales|distribution|marketing|supply ... only|solely|exclusively to': 0.6,
        'entire|whole|total|full requirements|needs': 0.7,
        // The seller's side of it, an output contract: "shall reserve the entire output of Line 3 ... for Buyer".
        'entire|whole|total|full output|production|capacity ... for|to the? buyer|purchaser|customer|licensee|distributor|you': 0.6, 'buy|buys|purchase~|purchases|obtain~|obtains|source~|sources|acquire~|procure~|procures|order~|orders ... only|solely|exclusively from': 0.65,
        // The source named first, 'alone' or 'exclusively' after it ("shall procure all precast concrete elements required for
        // the Project from the Subcontractor alone").
        'buy|buys|purchase~|purchases|obtain~|obtains|source~|sources|acquire~|procure~|procures|order~|orders ... from .. alone|exclusively': 0.65,
        // Services rendered to no one else, the exclusive services of an artist or an executive ("Artist shall not render such
        // services to any other person, firm or corporation"). Rendering or performing services only: not information provided.
        'not|nor|never ... render|perform .. services ... to|for any|an? other|another .. person|persons|party|parties|firm|firms|company|companies|entity|entities|label|labels|studio|studios|@role': 0.6,
        // The sole right to deal, said of the right ("the sole right to resell the System in Norway"; not "the sole right to
        // prosecute" or "to determine", which allocate control), and the buyer's whole needs as a contract type (FAR 16.503).
        'sole|only right~|rights to .. sell|resell|distribute|market|import|supply|promote|commerciali*|manufacture|exploit|represent': 0.7, 'requirements contract|contracts': 0.7,
        // The others shut out of the channel ("shall channel all its sales ... through the Distributor and through no other
        // person"), and the one holder of a right named as the only one authorised ("the only person authorised by the County
        // Government to collect parking fees"; not "the only person authorised to sign cheques", a mandate: the right is to deal).
        'through|from no other person|persons|party|parties|entity|entities|company|companies|channel~|channels|source~|sources|@role': 0.65,
        // The sales routed through the one party named by its role ("shall course all sales of the Products in the Visayas
        // exclusively through the Distributor", "orders ... shall be placed solely via the Reseller").
        'sales|orders|purchases|business ... exclusively|solely|only through|via the|its|our|your? @role': 0.65,
        // Selling one supplier's goods only, the others' shut out: "you agree to sell only our products in the endpoint security
        // category and not those of any other vendor", "shall distribute only the Products and no products of any other manufacturer".
        'only|solely|exclusively ... not|nor|no .. those|products|goods|services|brands|lines of .. any|another|other .. @role|brand|brands|company|companies|party|parties|person|persons': 0.65,
        // (The one who permits may stand between: "shall be the only operator permitted by the Airport Authority to provide".)
        'only|sole person|persons|entity|company|party|operator|one|@role|brand|sponsor|bank|institution .. authorised|authorized|licensed|permitted|entitled|allowed .. to .. sell|resell|distribute|market|import|supply|provide|operate|collect|offer|run|advertise|promote': 0.65,
        // Dealing in nothing of the kind but the named goods ("shall not ... market or resell in Singapore any cloud accounting
        // software other than the Licensed Software"): the others' goods shut out by the exception.
        'not|nor|never ... sell|resell|market|distribute|promote|stock|carry|offer|supply ... any ... other than the|its|our|your? .. licensed|contract|products|product|goods|brand|brands|@role|licensor|principal|company': 0.6,
        // Supplying no one but the party named by its role ("undertakes not to deliver the Products in Finland to anyone other than
        // the Distributor"), and the buyer engaging no one but the supplier ("shall ... engage no party other than the Contractor for
        // the maintenance of the installations").
        // ('anyone' or 'anybody', the cue's anchor: 'any person other than the Licensee' is the cue above.)
        'not|nor|never ... sell|resell|supply|deliver|ship|distribute|market|offer ... to anyone|anybody .. other|except|save than? the|its|our|your? @role|licensee|buyer|purchaser|customer|you': 0.65,
        'engage~|appoint~|retain~|instruct~|hire~|use|uses no .. party|parties|person|persons|one|company|companies|firm|firms|entity|entities|@role|contractor|contractors|consultant|consultants .. other|except|save than? the|its|our|your? @role|contractor|consultant|licensee|company|firm': 0.65,
      },
      modal: [
        // (Making for others too: "shall not manufacture the Parts for any other customer".)
        { verbs: 'sell~|distribute~|market~|purchase~|buy|promote~|offer~|manufacture|produce .. competing|similar|other', polarity: 'prohibition', weight: 0.55 },
        // (A contractor too, the employer's or owner's exclusive dealing: "the Employer shall not engage any other contractor to
        // carry out any part of the Works on the Site".)
        { verbs: 'appoint~|engage~|authorize~|authorise~ .. other|another|any|third|additional|anyone|anybody .. distributor~|reseller~|agent~|representative~|@role|contractor|contractors|else', polarity: 'prohibition', weight: 0.7 },
        // Plain English appoints by signing up or taking on: "We won't sign up any other dealer within 25 miles of your store".
        { verbs: 'sign|signs|take|takes up|on .. other|another|additional|further|second .. @role', polarity: 'prohibition', weight: 0.7 },
        { verbs: 'grant~ .. any|other|third .. party|parties|person|persons|entity .. right~|license~|licence~', polarity: 'prohibition', weight: 0.6 },
        // "Licensor will not license the Technology to any other manufacturer". (Not 'sublicense': "Licensee shall not sublicense
        // its rights to any third party" limits the licensee's own dealing, a sublicensing clause.)
        { verbs: 'license|licence .. any|other|another|third', polarity: 'prohibition', weight: 0.5 },
        // Exclusive dealing: "shall not enter into any agreement with any other vendor for the same services".
        { verbs: 'enter~ into .. agreement~|arrangement~|commitment~|commitments|contract~|relationship~ .. with .. other|another|third|competitor~', polarity: 'prohibition', weight: 0.5 },
      ],
      // Restraint frames (frames.ts): the grantor restrained from appointing or licensing anyone else, in the passive too
      // ("No other licence ... shall be granted by the Licensor"), or from supplying others in the territory or field.
      frames: [
        // (The territory named by the kind of place too: "to any other person ... in the Province of British Columbia".)
        { act: 'appoint~|license~|licence~|grant~|nominate~|designate~', object: ['other|another|anyone|anybody|else|additional|further', '@role|sublicensee~|sublicensees|territory|field|exclusive|exclusively|exclusivity|province|provinces|state|states|country|countries|region|regions|county|counties|city|district|districts'], weight: 0.65 },
        { act: 'award~|grant~|issue~', object: ['other|another|further|additional|second', 'concession~|concessions|franchise~|franchises|permit~|permits'], weight: 0.65 },
        // Exclusive dealing by the buyer: no getting the same or like goods or services from anyone else ("shall not engage
        // any other person to provide services of the same or a similar nature", "will not purchase comparable products
        // from another source"); the like-ness marks a substitute supply, not a subcontractor for the work itself.
        { act: '@procure|procure~|engage~|appoint~|retain~', object: ['other|another|anyone|anybody|else|alternative|third', 'same|similar|like|comparable|equivalent|competing|substitute~|substitutes'], weight: 0.65 },
        // A no-shop: no seeking or discussing another deal for the same thing ("won't solicit, encourage or negotiate any
        // other financing or sale offers", "shall not initiate discussions concerning any alternative transaction").
        { act: 'solicit~|negotiate~|encourage~|entertain~|initiate~|discuss~|pursue~|seek~', object: ['other|another|alternative|competing|third', 'offers|proposal~|proposals|bids|financing|financings|transaction~|transactions|acquisition~|acquisitions|sale|merger|investment~|investments|investor~|investors|bidder~|bidders'], weight: 0.65 },
        // (In a region or province named too: "undertakes not to supply the Products ... to other resellers operating in the
        // Region of Lombardy".)
        { act: 'supply|supplies|sell~|distribute~|market', object: ['other|another|anyone|anybody|else', 'territory|field|region|regions|province|provinces'], weight: 0.6 },
      ],
      negatives: {
        'non-exclusive|nonexclusive': 0.55, 'sole and exclusive remedy|remedies|liability|obligation': 0.9, 'exclusive remedy|remedies': 0.9, 'exclusive jurisdiction|venue|forum': 0.9,
        'exclusive property|owner|ownership|title|holder': 0.8,
        // Exclusivity disclaimed: "services are not to be deemed exclusive", "free to render services to others".
        'not .. be? deemed|considered|construed .. exclusive / no .. exclusivity .. conferred|granted|implied': 0.8, 'free to .. render|provide|perform|offer|sell .. others|other|third': 0.5,
        'right to .. use|utilize|engage|retain .. other vendors|suppliers|providers|distributors': 0.5, 'exclusiv* .. agreement dated': 0.6,
        // A separate agreement named for exclusivity ("the Exclusive Supplier Operating Agreement", a title "EXCLUSIVE DISTRIBUTOR
        // AGREEMENT") is a name: the clause that grants the exclusivity says so in its own words (a negation: "appoints Beta
        // as its exclusive distributor under this Exclusive Distribution Agreement" keeps the tag by its other words).
        'exclusive supplier|distributor|distribution|license|licence|supply|dealer|agency|reseller|sales|marketing operating|supply|distribution|license|licence? agreement|agreements': 0.6, 'exclusive right|rights title / exclusive right|rights of ownership': 0.7,
        // The interpretation rule "the word 'or' is not exclusive" is about grammar, not dealing.
        'or is|shall|will not be? exclusive': 0.8,
        // A requirements contract disclaimed ("Nothing here is a requirements contract"; "this is not a requirements contract").
        'not|nothing|neither|nor|no ... requirements contract|contracts': 0.8, 'exclusive use': 0.4, 'exclusive of': 0.8,
        // Control of a defence or a claim is allocated, not dealt in: "shall have the exclusive right to control the defense".
        'exclusive|sole right|rights|authority to .. control|conduct|direct|assume|handle|manage .. the? defense|defence|settlement|litigation|proceedings': 0.85, 'mutually exclusive': 0.9, 'exclusive control': 0.4, 'sole discretion|cost|expense|option|judgment': 0.3,
        // The role or right denied its exclusivity, or other licences kept open: "Licensee is not the sole licensee",
        // "reserves the right to grant further licences". Negations: a clause that also grants exclusivity elsewhere keeps it.
        'not|never the|an|a|our|your? sole|only|exclusive @role|license|licence|licenses|licences': 0.6,
        'reserve~|retain~|retains .. right to .. grant|license|licence .. further|additional|other licenses|licences|rights / reserve~|retain~|retains .. right to .. license|licence .. others|third': 0.5,
      },
      negations: ['non-exclusive|nonexclusive', 'not|never the|an|a|our|your? sole|only|exclusive @role|license|licence|licenses|licences', 'not|nothing|neither|nor|no ... requirements contract|contracts',
        'reserve~|retain~|retains .. right to .. grant|license|licence .. further|additional|other licenses|licences|rights / reserve~|retain~|retains .. right to .. license|licence .. others|third', 'exclusive supplier|distributor|distribution|license|licence|supply|dealer|agency|reseller|sales|marketing operating|supply|distribution|license|licence? agreement|agreements'] },
    { id: 'sublicensing', label: 'Sublicensing', description: 'Whether and how rights may be sublicensed.',
      headings: { 'sublicens*|sub-licens*': 0.9 },
      // A mention of sublicensees ("Licensee, its Affiliates or Sublicensees") is weak; what may be sublicensed is the cue.
      phrases: { 'sublicens*|sub-licens*|sublicenc*|sub-licenc*': 0.45, 'right to grant sublicenses|sub-licenses': 0.85, 'without the right to sublicense': 0.8, 'through multiple tiers': 0.7,
        'right to .. sublicense|sub-license|sublicence|sub-licence / grant~ .. sublicenses|sub-licenses|sublicences|sub-licences|sublicense|sub-license|sublicence|sub-licence / sublicensable|sub-licensable|non-sublicensable|nonsublicensable|sublicenseable / may|shall|will not? sublicense|sub-license|sublicence|sub-licence / each|any sublicense|sub-license|sublicence|sub-licence agreement': 0.75,
        'sublicense|sub-license|sublicence|sub-licence|sublicensing income|revenue~|revenues|fees|consideration|receipts': 0.7,
        'sublicenses|sub-licenses|sublicences|sub-licences|sublicense|sub-license|sublicence|sub-licence .. may|shall|will|can not? be granted|permitted|allowed': 0.7,
        // The restriction in a list of verbs: "may not assign, transfer, sublicense or delegate", "does not permit TAG to sublicense".
        'not .. sublicense|sub-license|sublicence|sub-licence / sublicense|sub-license|sublicence|sub-licence .. its|any|the|such .. rights|license|licence': 0.6,
        'sublicensee~|sublicensees|sub-licensee~|sub-licensees .. bound|comply|complies|subject': 0.55,
        // Plain English: others the licensee lets use what it has, and the right passed on ('You can let your contractors use the
        // software ..., but you can't pass the right on to anyone else'). Each weak alone: a permission to contractors is also an
        // access clause, a right passed on an assignment.
        'let|lets|allow|allows|permit|permits .. your|its|their? .. contractors|subcontractors|affiliates|subsidiaries|consultants|agents|outsourcers .. use|access|exercise|run': 0.4,
        'pass|passes|passing|hand|hands .. right|rights|licence|license|licences|licenses|permission .. on|along|down to': 0.4 } },
    { id: 'covenant-not-to-sue', definitionFactor: 0.5, label: 'Covenant not to sue', description: 'Covenants not to sue, releases, no-challenge of IP.',
      headings: { 'covenant not to sue / no challenge / non-challenge / release of claims / general|mutual release~ / releases and waivers': 0.85 },
      phrases: {
        'covenant~ not to sue|assert': 0.9, 'not to sue': 0.8,
        // Non-assertion: no rights under the patents exercised against the other side ("Party A shall not exercise any rights
        // under the Licensed Patents against Party B, its subsidiaries or their customers"). (Against third parties or infringers
        // it is enforcement, a negative below.) Plain English comes after someone for it ("We won't come after you or your
        // customers for using our patents").
        'not|never|won ... exercise|assert|enforce .. any|its|their? .. right|rights ... patent~|patents ... against': 0.65,
        'not|never|won .. come|go after you|your|them|us|licensee|customers ... patent~|patents|infring*': 0.65,
        // The patentee's promise not to enforce its patents against the other side or those it supplies ("undertakes not to
        // enforce the Patents against the Licensee's customers in respect of products purchased from the Licensee"). A promise,
        // not a bare 'shall not': "the Licensee shall not enforce the Patents against any third party without consent" is the
        // licensee's enforcement (the negative for third parties below scales it too).
        'undertake~|undertakes|agree~|agrees|covenant~|covenants|promise~|promises not to enforce|assert .. the|its|their|any|our? .. patent~|patents|rights ... against': 0.65,
        // Plain English says suing as coming after someone for a thing, whatever it is ("you won't come after us for anything
        // else arising from that outage").
        'not|never|won|neither|nor .. come|go after us|you|them|me|him|her .. for|over|about anything|any|it|that|this|those|these': 0.6, 'not to .. @contest': 0.6, '@contest .. validity|enforceability|ownership': 0.7,
        'contest|challenge|impugn|attack .. rights|title|ownership .. of|in|to': 0.6, 'hereby release~': 0.6, 'release~ and discharge~ / forever discharge*': 0.55,
        // The release's verbs in a row ("releases, acquits and forever discharges"): 'acquit' in a contract is a release.
        'acquit~|acquits|acquitted': 0.65, 'immunity from suit': 0.8,
        'assist|aid .. any third party .. challenge|contest': 0.7, 'inconsistent with .. ownership': 0.6, 'contesting|impairing|challenging .. right|title|ownership|validity': 0.6,
        'not .. register .. mark~|marks|trademark~|names|domain': 0.45, 'challenge~|contest~|attack~ .. trademark~|marks|intellectual property|registration|patents': 0.6,
        'not .. claim .. title|ownership|rights': 0.55, 'recogni*|acknowledge~ .. title|ownership / recogni*|acknowledge~ .. exclusive right~': 0.45, 'waive~ .. any and all .. claims|suits|actions': 0.6,
        // "shall not contest or in any way impair Licensor's rights, title or interest in the Marks".
        'impair~ .. rights|title|titles|interest|interests ... trademark~|marks|patent~|intellectual|copyright~': 0.55,
        // A waiver of claims in the future tense: "shall not have any claim against the Company if ...".
        'not .. bring .. claim|action|suit': 0.5, 'not have|make|assert any claim~ against': 0.45,
        'covenant~|covenants|undertake~|undertakes .. not to? .. sue|assert|bring|commence|institute|initiate': 0.75, 'not ... bring|assert|commence|institute .. claim|claims|action|actions|suit|suits|proceeding~|proceedings ... infring*': 0.6,
        // The same promise with the families of suing words (word-classes.ts @bring, @action): "agrees not to initiate any action ...
        // alleging that Licensed Products infringe", "releases the other from all claims", "we won't take you to court".
        'not ... @bring .. @action ... infring*': 0.6, 'agree~|agrees|promise~|promises .. not to? .. sue|@bring ... infring*|patent~|patents|validity': 0.7,
        'release~|releases|discharge~|discharges .. from .. all|any .. @action ... infring*|patent~|patents|intellectual': 0.65,
        // A release of claims, or a right to sue given up ("releases Canada from, and agrees not to make, any claim for loss of
        // profit", "irrevocably waives any right it may have to bring any claim against the other").
        // (The verb, and the claims right after "all" or "any": a settlement's "unconditional release ... from all liability with
        // respect to the claim" is an indemnity's term.)
        // A settlement's waiver of the claims against the other side, and its promise not to pursue them ("waives all claims
        // against the Defendant arising from the supply of the defective components and undertakes not to pursue them before any
        // court", the claims named before by a pronoun): each weak alone (a limitation clause waives claims for some loss). Not
        // 'such': an enforcement clause may "pursue such infringement" or "prosecute such action". (From the verb, a rare word:
        // not from 'agrees not to', which the scan meets often.)
        'waive~|waives|waived|waiving .. all|any .. claims|@action against': 0.45, 'pursue|reassert them|those|these': 0.45,
        'releases|released|discharges|discharged .. from .. all|any @action / waive~|waives|relinquish~|relinquishes .. right|rights .. to @bring .. @action / waive~|waives|relinquish~|relinquishes .. right|rights .. to sue': 0.6,
        // Plain English gives up its claims: "By accepting the refund, you give up any further claims against us over that order".
        'give|gives|giving|gave up|away .. any|all|your|its|their .. further|other|future? @action against / give|gives|giving|gave up|away .. right|rights to sue|@bring': 0.6, 'won|not|never|neither|nor .. sue / won|not|never|neither|nor .. take~|go|going .. to court': 0.7, 'seek~ to register': 0.5, 'impair~|tarnish~ .. goodwill|reputation': 0.4, 'acquire any ownership rights|interest': 0.45, 'assert~ .. claim~ .. infring* / agree~ not to assert .. patent~|claims': 0.5,
      },
      modal: [{ verbs: 'challenge~|contest~|attack~|oppose~|impugn~|sue', polarity: 'prohibition', weight: 0.7 }],
      // Restraint frames (frames.ts): no act against the validity or ownership of the IP (not of the agreement), in any words ("shall not
      // question or raise any objection to the validity", "seek to have any Licensed Patent declared invalid").
      frames: [
        { act: '@contest|@bring|sue|question|oppose~|seek~|raise|file|assert~|challenge~|attack~|dispute~|contest~|impugn~|assist~|aid|threaten~', object: ['validity|valid|invalid|invalidity|invalidated|enforceability|unenforceable|revoke~|revoked|revocation|ownership|title|patentability|nullity|opposition|oppositions|invalidation|reexamination|re-examination', 'patent~|patents|mark~|marks|trademark~|trademarks|copyright~|copyrights|intellectual|ip|licensed|licensor~|design~|designs|technology'], weight: 0.7 },
        // No infringement suit against the other side, in the passive too ("No action for infringement of the Licensed Patents shall be
        // brought by the Licensor against the Licensee"): the suit, the infringement, and whom it is against.
        { act: '@bring|brought|sue|sued', object: ['@action|lawsuit|lawsuits', 'infringement|infringing|infringe|infringes', 'against'], weight: 0.6 },
        // No suit against someone at all, whatever it is about ("shall not institute, and shall cause its Affiliates not to
        // institute, any Action against any Covered Person", "won't bring or continue any proceedings against the Respondent").
        // (A claim raised too, as Korean and Chinese contracts in translation say it: "shall not raise any claim, lawsuit or other
        // objection against Party B or its customers on the ground that the Products ... infringe the Patents of Party A".)
        { act: '@bring|brought|sue|sued|continue|raise|raised', object: ['@action|lawsuit|lawsuits', 'against'], weight: 0.6 },
      ],
      negatives: { 'dispute resolution': 0.5, 'press release~': 0.9, 'good faith dispute / disputed invoice~|amount~': 0.7,
        // A forum clause: no action elsewhere ("agrees not to commence any action ... against Changepoint ... in any jurisdiction
        // other than the State of New York").
        'jurisdiction|jurisdictions|court|courts|forum|forums|venue|venues|tribunal other than|except / other than|except .. in|before the? courts|court|forum|venue|jurisdiction': 0.6,
        // Not opposing an injunction is a remedy; a representation that no third party has challenged the patents is a warranty.
        'oppose~ .. entry|order|injunct*|equitable|decree / oppose~ .. specific performance': 0.3, 'no third party has|have / no person|entity has|have': 0.6,
        // "shall have the right (but not the obligation) to bring a Proceeding regarding any infringement" is enforcement.
        'but not the obligation': 0.5,
        // Enforcing the patents against outsiders is enforcement: "shall not enforce any rights under the Licensed Patents against
        // any third party without the Licensor's consent".
        'against .. any|a|an? third part*|infringer~|infringers': 0.6 } },
    { id: 'standards', label: 'Standards', description: 'Standard-essential patents, standardisation, FRAND undertakings.',
      // "Standards" alone heads quality, performance and conduct standards ("Performance Standards", "Standard of Care").
      headings: { 'standard-essential|frand / standard~|standards essential|setting|development|body|bodies|organi*|compliance|licensing / standardi* / essential patents|claims / technical|industry standard~|standards': 0.85 },
      phrases: { 'standard-essential patent~|claim~': 0.9, 'frand': 0.85,
        // RAND is also a name (Rand Worldwide): the undertaking, not the word.
        'rand terms|basis|commitment~|undertaking~|obligation~|licen*|royalt*|declaration~': 0.85, 'fair reasonable and non-discriminatory': 0.9, 'standard-setting / standards development|body|organization|organisation': 0.8, 'essential patents|claims': 0.6, 'etsi|ieee|itu|3gpp': 0.7,
        // A specification by its publisher ("as adopted by the Consortium"), its normative parts, or a named standard with it.
        'specification~|specifications|standard~|standards .. adopted|published|promulgated|issued|maintained by the? .. consortium|forum|alliance|sig|group|organization|organisation|body|promoters': 0.7, 'normative': 0.6,
        'bluetooth|wi-fi|wifi|hevc|avc|mpeg|lte|umts|wcdma|gsm|5g|4g|nr|dvb|atsc|hdmi|usb|zigbee|802.11 .. specification~|specifications|standard~|standards|compliant|compliance': 0.7,
        // Essentiality in plain words: the patents 'that the spec can't be met without', 'without which the Standard cannot be implemented'.
        'spec|specs|specification~|specifications|standard~|standards ... cannot .. met|meet|implemented|implement|practised|practiced|complied|comply .. without / spec|specs|specification~|specifications|standard~|standards ... can|couldn t .. met|meet|implemented|implement|practised|practiced|complied|comply .. without / without which .. spec|specs|specification~|specifications|standard~|standards .. cannot|could': 0.7 } },
  ]),
  ...group('money', [
    { id: 'royalty', label: 'Royalty', description: 'Running royalties, revenue or profit sharing, rates and bases.',
      headings: { 'royalt* / revenue|profit shar*': 0.85, 'commission~': 0.5 },
      phrases: {
        'royalty|royalties .. of|on|equal': 0.45, 'royalty rate|report|payment|payments|bearing': 0.45, 'running royalt*': 0.85, 'royalty-bearing': 0.5,
        'percent|% of .. sales|revenue|revenues|gross|profits|receipts|income': 0.75, 'percent|% of .. price|fees': 0.4, 'share of .. revenue|revenues|profits|income': 0.75,
        'revenue|profit|profits sharing|share|split': 0.75, 'commission~ of|equal #num / commission~ .. percent|%': 0.6, 'success fee~': 0.6, 'fee~ .. calculated .. rate|percent|%': 0.6, 'percent|% of .. all .. revenue~|fees|sales|profits': 0.6, 'net sales|revenues': 0.3, 'profits and losses': 0.5, 'income and losses': 0.6,
        'pay~|remit~|receive~ .. of the? .. gross|revenue~|margin~|profits|proceeds|receipts|rewards': 0.55, 'split~ .. evenly|equally': 0.6, 'percentage of|share .. revenue~|sales|fees|profits': 0.7,
        'percentage share': 0.55, 'for|on each|every|per .. unit|units|product|copy|item|tonne .. sold|sell|sells|manufactured|distributed ... pay~|pays|payable|paid / pay~|pays|payable ... for|on each|every|per .. unit|units|product|copy|item|tonne .. sold|manufactured|distributed': 0.55,
        // Plain English's base: a share 'of what you get for it'; a publisher's published price on the copies sold; the profits
        // shared out equally. (Led by 'of what' and the price's adjective, not by the percentage: a '%' is common, these are not.)
        'of what|whatever .. you|they|we|it|licensee|distributor|agent .. get|gets|receive|receives|received|earn|earns|earned|make|makes|made|collect|collects|collected|charge|charges|charged': 0.55,
        'retail|published|list|wholesale|selling|cover price|prices ... on|for all|each|every .. sold': 0.55,
        // The share said as what the payee gets ("you get 35% of the list price", "the Author receives 10% of net receipts"):
        // the present tense only, whose figure follows at once ('received' and 'receiving' start a thousand other phrases).
        'get|gets|receive|receives|earn|earns #num of the? .. list|retail|cover|selling|published|wholesale price|prices / get|gets|receive|receives|earn|earns #num of the? .. sales|revenue~|revenues|proceeds|receipts|income|takings|profits': 0.6,
        'share|shares|split|splits|divide|divides .. equally|evenly|rateably|ratably .. the? .. net|gross? .. profits|revenue~|revenues|proceeds|receipts|earnings': 0.6, 'royalty|royalties ... percent|% / royalty|royalties ... per cent|centum': 0.5, 'per cent|centum of .. sales|revenue|revenues|gross|profits|receipts|income': 0.75, 'commission~': 0.3, 'commission~ .. of|at|equal .. percent|%': 0.6, 'profit participation': 0.75, 'royalty fee~': 0.7, 'based|depends|dependent on|upon .. sales|revenue~': 0.45,
        'consideration .. shares of .. stock / issue~ .. shares .. consideration': 0.45, 'revenue~|profits|proceeds|income ... distributed|divided|shared|split|allocated .. equally|evenly|between|among': 0.6, 'fee|royalty|commission~|amount ... per|each .. unit|units|tonne|ton|package|copy|item .. shipped|sold|delivered': 0.5,
        // Pay measured as a percentage: "compensate the Agent through a discount of eight percent of the price",
        // "the Franchisee shall be entitled to receive 5% of the capital expenditure".
        'compensat* ... percent|% of|off / entitled to receive .. percent|% of': 0.5,
        // A running fee by any name is a royalty: a percentage of the sales or of their price ("a licence fee of 4 % of the
        // Net Selling Price of each Contractual Product sold"); a fixed fee ("a licence fee of EUR 50,000") is not.
        'fee~|remuneration|compensation of #num of .. net|gross|selling|sales|revenue~|revenues|turnover|proceeds|receipts': 0.7,
        // A party keeping its part of what is earned: "Boxlot shall retain [***] of the transaction revenues it generates",
        // "shall be entitled to all revenues resulting from the sale of advertising". Weak alone (under the threshold).
        // A share kept, not records kept ("keep complete records of the revenues"), nor "the income" of an escrow or "the
        // proceeds" of insurance.
        'retain~|keep|keeps .. #num|percent|%|portion|share|part|balance|remainder|fee|payment .. of the? .. revenue~|revenues|proceeds|receipts|profits|income / entitled to .. all|any .. revenue~|revenues|proceeds|receipts|profits|income / entitled to .. the revenue~|revenues|receipts|profits': 0.4,
      },
      negatives: { 'royalty-free': 0.7, 'exchange commission / trade commission / federal .. commission / public utilit* commission / european|regulatory|governmental|supervision|administrative|utilities commission / agency|authority or commission / commission or agency': 0.8, 'voting .. securities|power|stock|equity / voting or income': 0.6, 'paid-up': 0.4, 'no royalt*': 0.6, 'income tax~|taxes': 0.4,
        // A commission that is a body ("the Supervision Commission shall meet"), an employee benefit plan, a deposit or a credit shares no revenue.
        'commission member~|members / members of the commission / commission shall|will .. act|meet|consist|resolve': 0.7, 'eligible|entitled|participate .. benefit~|plan~ / profit-sharing|profit sharing plan~': 0.6,
        'security deposit / down payment / service level credit~|credits': 0.5, 'without .. obligation .. pay .. commission~|royalt* / no commission~': 0.5 } },
    { id: 'lump-sum', label: 'Lump sum', description: 'Fixed, upfront or balancing payments.',
      headings: { 'upfront|up-front|initial|license|signing fee~|payment~': 0.75, 'lump sum / upfront|up-front': 0.9 },
      phrases: { 'lump-sum': 0.85, 'one-time payment|fee': 0.8, 'upfront|up-front payment|fee': 0.85, 'balancing payment': 0.9, 'non-refundable|nonrefundable .. payment|fee': 0.6, 'signing fee|bonus': 0.7, 'license|licence issue fee': 0.7,
        // A paid-up fee, a sum paid on signature, a sum as full consideration.
        'paid-up|fully-paid .. fee|fees|payment|sum|amount / fee|payment|sum .. fully paid-up': 0.6, 'pay~|payable|due .. upon|on|when|at .. signature|signing|sign|signs / pay~|payable|due .. upon|on .. execution of this agreement': 0.5, 'pay~ .. the sum of': 0.45, 'full|total consideration for': 0.4, 'single|one-off|once-off fee|payment|sum': 0.75,
        // The kind of fee with words between: "a one-time license fee", "a single lump amount", "an upfront technology access fee".
        // Not 'fixed' or 'flat' fees: "a flat fee of $18,000 per month", "a fixed access fee of US$300,000 annually" recur.
        'one-time|one-off|once-off|once-only|upfront|up-front|lump .. fee|fees|payment|sum|amount': 0.75, 'in full|final settlement|satisfaction / full and final settlement|satisfaction': 0.45,
        // One fee in place of royalties: 'You pay us one flat fee of $15,000 and that's it: no royalties' (not a flat fee alone,
        // which recurs: 'a flat fee of $18,000 per month').
        'flat|fixed|single|one|one-off|once-off .. fee|payment|sum|price|amount ... no|without|instead|lieu .. royalty|royalties|running': 0.6 },
      // "In consideration of the Upfront Payment, the Licensor grants ...": the payment named as the grant's price, not paid here.
      negatives: { 'consideration of the upfront|up-front|initial|signing payment|fee|fees|sum': 0.6 } },
    { id: 'milestone', label: 'Milestone', description: 'Payments or rights tied to milestones, launches, sales volumes.',
      headings: { 'milestone~': 0.9 },
      phrases: { 'milestone~': 0.7, 'upon .. first commercial sale': 0.6, 'usd|eur|euros|dollars|gbp|million .. on|upon|after .. first commercial sale|launch / usd|eur|euros|dollars|gbp|million .. on|upon|after .. fda|ema|regulatory|marketing approval': 0.6, 'upon|on|after|following .. first commercial sale|launch ... pay~|pays|payable|paid|sum|fee|payment': 0.6, 'upon achievement|attainment of / achievement|attainment of each|such|the .. milestone|milestones|event|events': 0.6, // A trial's stage is a milestone when a sum falls due on it ("shall pay $250,000 upon the dosing of the first patient"); the
        // stage alone starts duties as often ("Upon the Initiation of Phase III, FG shall implement a global safety database"), so
        // alone it is weak (support in a contract with milestones: a redacted "(i) [***] on Initiation of the first Study").
        'upon|on|after .. initiation|commencement|dosing|enrolment|enrollment of .. trial|study|phase|patient|clinical': 0.3,
        'pay~|pays|payable|paid|payment~|payments|fee~|fees|sum|sums|usd|eur|euros|dollars|gbp|million ... upon|on|after .. initiation|commencement|dosing|enrolment|enrollment of .. trial|study|phase|patient|clinical / upon|on|after .. initiation|commencement|dosing|enrolment|enrollment of .. trial|study|phase|patient|clinical ... pay~|pays|payable|paid|payment~|payments|fee~|fees|sum|sums|usd|eur|euros|dollars|gbp|million': 0.55, 'sales milestone~|threshold~': 0.8, 'regulatory approval .. payment|pay': 0.5,
        // A sum that falls due on an event: "payable upon delivery and acceptance of the Beta Release", an instalment due when
        // the software passes acceptance, an earn-out on targets.
        'payable|due|paid .. upon|on|when .. acceptance|delivery|achievement|approval|launch|passes': 0.55,
        // Completion of a stage or of the work, not 'Completion' alone (a share sale's closing: 'The whole of the Purchase Price
        // shall be paid on Completion').
        'payable|due|paid .. upon|on|when .. completion of|by': 0.55,
        // A sales or shipment count reached: 'When your first 10,000 units ship, you owe us a one-off bonus of $50,000'.
        // (Led by 'when' or 'once', not 'on' or 'after': those start thousands of words in every contract, and the figure after
        // them is rarely a count.)
        'when|once .. first? #num .. units|copies|devices|licences|licenses|subscribers|users|customers|products ... pay~|pays|payable|paid|owe|owes|owed|bonus': 0.55, 'instalment~|installment~ .. due|payable|paid': 0.35,
        'earn-out|earnout / contingent consideration|payment~|payments': 0.75, 'if|when|upon .. achieves|achieve|reaches|reach|attains|attain .. target~|targets|milestone~|threshold~': 0.45,
        // An approval or a sales level that triggers a sum: "after the first approval ... shall pay", "when cumulative sales first exceed".
        'first|regulatory|marketing approval ... pay~|pays|payable|paid / pay~|pays|payable|paid ... first|regulatory|marketing approval': 0.55,
        'marketing|regulatory authorisation|authorization ... pay~|pays|payable|paid / pay~|pays|payable|paid ... marketing|regulatory authorisation|authorization': 0.55, 'sales ... first exceed~|exceeds|reach|reaches|surpass~ / cumulative|aggregate|total|combined sales .. exceed~|exceeds|reach|reaches': 0.55,
        // A sum that becomes due on the event: "shall become due on the date of First Commercial Sale", "Upon successful completion of the acceptance test ... shall pay the second instalment".
        'due|payable ... first commercial sale|launch': 0.5, 'upon|on|after|following .. successful|completion|acceptance|achievement ... pay~|pays|payable|paid|instalment~|installment~|tranche~': 0.45  },
      // A project's milestones in its schedule ("complete the installation ... according to the milestones in the Project
      // Schedule") time the work; no payment or right turns on them.
      negatives: { 'milestone~|milestones .. in|of|under the? .. project|implementation|installation|construction|works|delivery schedule|timetable|programme|program': 0.5 } },
    { id: 'payment-terms', label: 'Payment terms', description: 'Invoicing, due dates, currency, taxes, late interest.',
      headings: { 'payment~|invoic*|taxes|currency': 0.8 },
      phrases: { 'invoice~': 0.5, 'within #num days .. invoice / within #num days .. receipt of .. invoice|payment|statement': 0.7, 'payable|paid|due within': 0.55, 'wire transfer / immediately available funds': 0.75, 'u.s.|us dollars / united states dollars': 0.55, 'currency / exchange rate~': 0.5, 'late payment~ / interest .. overdue|late': 0.75, 'per annum .. overdue|late|unpaid': 0.6, 'withholding tax~ / withhold~ .. tax~ / tax|taxes ... deduct~|deducts|deducted|withheld': 0.6, 'convert~|converts|converted|conversion .. into|to|in .. euro|euros|dollars|sterling|pounds|yen|currency|eur|usd|gbp|local': 0.6, 'taxes': 0.25,
        'interest ... due date / interest ... base|prime rate / not paid .. on|when .. due': 0.65, 'payments|payment|sums|amounts .. made|paid|payable in .. euros|sterling|dollars|yen|currency|eur|usd|gbp': 0.6, 'without set-off|setoff|deduction|counterclaim': 0.55, 'without any .. set-off|setoff|deduction|deductions|counterclaim': 0.55, 'bank|wire|electronic transfer / bank account': 0.5,
        // Tax on a payment: the sums are stated with or without it ("All fees are exclusive of sales taxes", "plus VAT"). The
        // noun within five words of its verb: with a 12-word gap, "no fee or royalty is payable for it. 5.3 All fees are
        // exclusive of taxes" matched from the earlier "fee" (one hit per cue and place), so 5.3 lost it.
        // The tax named alone, or "exclusive of taxes" set off by commas, qualifies a measure as often: a deduction from
        // Net Sales ("(e) sales taxes, VAT taxes ..."), a sales target "exclusive of applicable taxes", a commission base.
        'fee|fees|price|prices|pricing|payment|payments|amount|amounts|sum|sums|charge|charges|royalty|royalties|consideration|compensation|rates|payable .. are|is|be|remain exclusive|inclusive|net of .. tax|taxes|vat|gst|duties / fee|fees|price|prices|pricing|payment|payments|amount|amounts|sum|sums|charge|charges|rates .. exclude|excludes|include|includes .. tax|taxes|vat|gst|duties / fee|fees|price|prices|pricing|payment|payments|amount|amounts|sum|sums|charge|charges|rates .. do|does not include .. tax|taxes|vat|gst|duties': 0.6,
        'plus|excluding|excl|including|incl vat|gst / exclusive|inclusive|net of vat|gst / in addition to vat|gst / vat|gst .. invoice~|invoiced|payable|charged|chargeable|added': 0.6,
        'vat|gst': 0.25, 'exclusive|inclusive of .. tax|taxes': 0.3 },
      // "3% of the Net Invoiced Value", "an aggregate invoice value of not less than ...": a measure, not invoicing.
      // A disagreement taken to a mediator, an arbitrator or an expert is about resolving it: an invoice it names is its
      // subject, not invoicing (the clause's own payment cues still carry a payment clause that also refers disputes on).
      negatives: { 'invoiced|invoice value|price|amount|sales / amount|amounts|gross|net invoiced': 0.3, 'mediat*|arbitrat*|conciliat*': 0.3 } },
    { id: 'minimum-commitment', label: 'Minimum commitment', description: 'Minimum purchases, minimum royalties.',
      headings: { 'minimum~': 0.85, 'purchase commitment|requirements': 0.6 },
      phrases: {
        'minimum annual|yearly|quarterly|monthly .. royalt*|purchase~|order~|payment~|fee~|sales|revenue~|quantity|quantities|volume': 0.85,
        'minimum purchase~|order~|quantity|quantities|royalt*|volume~|commitment|requirement~|sales|revenue~|amount|fee|payment~|guarantee~|target~': 0.8,
        'minimum of .. units|orders|dollars|$': 0.6,
        // A minimum of a figure bought or taken off in every period, whatever is counted ("shall lift a minimum of 10,000 bags
        // of cement every month"). The verb first: a sponsor's "minimum of ten such programs per season" is delivered to it.
        'buy|buys|purchase~|purchases|order~|orders|lift|lifts|take|takes|collect|collects|offtake|procure~|procures a? minimum of #num ... every|each|per|a month|year|quarter|week|season|day': 0.55,
        // The same with the seller named between ("undertakes to acquire from the Supplier a minimum of 1,200 tons of cement per
        // month").
        'buy|buys|purchase~|purchases|order~|orders|take|takes|offtake|procure~|procures|acquire~|acquires from .. a? minimum of #num ... every|each|per|a month|year|quarter|week|season|day': 0.55,
        // Days or hours bought by the period, a service's quantity ("you'll need to book at least 40 training days a year with us",
        // "shall purchase a minimum of 25 support days each year"): the days are what is bought, not a duration (the negative
        // for a duration floor below scales this by its weight, and the purchase's own cue meets it).
        'book|books|buy|buys|purchase~|purchases|order~|orders|procure~|procures .. at least #num .. days|hours .. a|per|each|every year|quarter|month|week / book|books|buy|buys|purchase~|purchases|order~|orders|procure~|procures .. minimum of? #num .. days|hours .. a|per|each|every year|quarter|month|week': 0.65,
        // A minimum royalty said of the royalties due for a period ("guarantees that the Royalties payable for each Contract Year
        // shall be no less than US$50,000").
        'royalties|royalty payable|paid|due|earned ... shall|will|must be? no|not less than #num': 0.55, 'not less than .. units|dollars|$ .. per|each / not less than .. units|dollars|$ .. in any': 0.55, 'at least .. units|orders .. per|each|year|month': 0.55,
        'purchase|order|buy at least': 0.7, 'firm order~ / binding commitment': 0.6, 'take-or-pay': 0.85,
        // The take-or-pay said at length, the quantity paid for whether taken or not ("shall take, or pay for if not taken, a
        // quantity equal to 80% of the Daily Contracted Quantity", "take and pay for, or pay for if not taken").
        'pay|pays for .. if|when|where|unless|though not taken|lifted|collected|offtaken / whether or not taken|lifted|collected|offtaken': 0.8, 'shortfall': 0.4, 'guaranteed minimum': 0.85, 'minimum~|min': 0.3, 'minimum charge~|fee~|amount~|number|quantity': 0.6,
        'not less than .. per|each|every .. year|month|quarter|week|day|hour / at least .. per|each|every .. year|month|quarter|week|day|hour': 0.35,
        'purchase~|order~|buy|spend~|book|books .. at least / purchase~|order~|buy|spend~|book|books .. minimum / purchase~|order~|buy|spend~|book|books .. not|no less|fewer than': 0.6, 'sales|sale|purchase|annual|quarterly target~|quota~|quotas': 0.6, 'guaranteed fee~|payment~|amount~|number|quantity': 0.6, 'obligation to .. at least / obligation to .. minimum / obligation to .. not|no less than': 0.5, 'shall|will|must|agree~ to? .. at least #num': 0.3, 'at least #num / not less than #num / no less than #num / minimum of #num': 0.2, 'minimum~ .. per|each|every .. year|month|quarter|week': 0.5, 'pay .. not less than': 0.45,
        // A performance floor with a consequence: "if Distributor fails to meet the annual target, Company may terminate".
        'fail~|fails|not .. meet|achieve|attain|reach|satisfy .. minimum~|target~|quota~|forecast~|milestone~|goal~|threshold~': 0.55,
        'sell~|sells|sold|purchase~|purchases|order~|orders|sales|revenue~ .. less than ... terminat*|cancel*|exclusiv*|non-exclusive': 0.5,
        'guarantee~|guarantees .. deliver~|provide~|purchase~|order~|sell~|generate~ .. #num': 0.5,
        // Sales measured against a floor: "if Reseller sells less than 50% of any year's Annual Milestone".
        'sell~|sells|sold|sales|purchase~|purchases|order~|orders .. less|below|short ... target~|quota~|milestone~|forecast~|minimum~': 0.55,
        // The floor with its remedy, either order: "may cancel this Agreement if revenue does not meet the forecast".
        'terminat*|cancel* .. if ... fail~|fails|not .. meet|achieve|attain|reach|satisfy .. forecast~|target~|quota~|minimum~|goal~ / fail~|fails|not .. meet|achieve|attain|reach|satisfy .. forecast~|target~|quota~|minimum~|goal~ ... terminat*|cancel*': 0.7,
        // A quota is a floor by definition (sales quota, quota amount, development quota).
        'monthly|development|performance|minimum quota|quotas / quota|quotas amount|amounts|level|levels / meet|achieve|attain .. quota|quotas': 0.55,
        // A floor stated as a value: "the Minimum Annual Fee shall be $50,000", "the minimum order is 500 units".
        'minimum annual|purchase~|order~|sales|royalty|royalties|fee~|fees|quantity|quantities|volume~|amount .. shall|will be|equal .. #num / minimum annual|purchase~|order~|sales|royalty|royalties|fee~|fees|quantity|quantities|volume~|amount .. is|equals .. #num': 0.45,
        // A forecast that binds is a purchase commitment ("the first three months of each forecast shall be a binding order").
        'binding forecast~|portion / forecast~|forecasted ... be|become|constitute|represent|deemed .. binding': 0.55,
        // A commitment to buy, named by its verb: "Customer commits to spend", "is committed to purchase".
        'commit~ to .. purchase~|buy|spend~|order~|acquire~': 0.55,
        // The commitment's object before its floor: "Annual plans commit you to at least 20 seats for the full year".
        'commit~|commits .. to at least|minimum / commit~|commits .. to a minimum / commit~|commits .. to not|no less|fewer than': 0.55, 'purchase~|order~|buy|spend~ ... not|no less|fewer than #num': 0.5, 'less than #num ... pay~|pays .. difference|shortfall|balance|deficit / below #num ... pay~|pays .. difference|shortfall|balance|deficit / short of #num ... pay~|pays .. difference|shortfall|balance|deficit': 0.6,
        // What is bought measured by its value or quantity ('must purchase Products with an aggregate invoice value of at least
        // A$2,000,000 in each Contract Year').
        'purchase~|purchases|buy|buys|procure~|procures ... value|worth|quantity|volume|amount|total of? at least / purchase~|purchases|buy|buys|procure~|procures ... value|worth|quantity|volume|amount|total of? not|no less than': 0.5,
        // A failure to buy or sell is measured against a floor ("if the JVC fails to sell $1,000,000 of Products").
        'fail~|fails|failure to sell|purchase|order|buy|generate .. #num|worth|minimum~|quantity|quantities|units': 0.55,
        // A delivery guarantee and its make-good: "guarantees 4,050,000 click-throughs"; "if Publisher misses the guaranteed impressions, it will make good the difference".
        // "Make good the difference" also settles a price or a tax difference: support alone; a shortfall of delivery is the cue.
        'make good .. shortfall|deficit|impressions': 0.55, 'make good .. difference': 0.3, 'guaranteed|minimum .. impressions|click-throughs|click-through|clicks|pageviews|leads': 0.55,
        // What was missed is a quantity, not a date or a response time ("misses the guaranteed delivery date" is a service level).
        'miss~|misses .. guaranteed|minimum|committed .. impressions|click-throughs|click-through|clicks|pageviews|leads|quantity|quantities|volume|volumes|units|purchases|amount|amounts|revenue|revenues|target|targets|levels / short of .. guaranteed|minimum|committed': 0.45,
        // A floor measured without the word: "if the number of Sales Representatives is less than twenty-five", "the fee
        // will not be less than the previous year's". Weak alone (under the threshold): support beside a stated commitment.
        // What falls short is a quantity bought, sold or delivered, not a temperature, a period or an accuracy rate.
        'if ... number|volume~|volumes|quantity|quantities|delivery|deliveries|sales|revenue~|revenues|purchases|orders|units ... is|are|falls|fall|be|remains less|fewer than #num / if ... number|volume~|volumes|quantity|quantities|delivery|deliveries|sales|revenue~|revenues|purchases|orders|units ... is|are|falls|fall|be|remains below #num / not|no .. less than .. previous|prior|preceding .. year~|year|period|amount': 0.3,
      },
      // A minimum price is a floor on resale (price-restriction), not a quantity or sum committed: 'not to sell ... for less
      // than the minimum price' matched 'sell ... less than ... minimum' (0.55) with 'minimum' (0.3).
      // A commitment denied ("The Customer is not obliged to purchase any minimum volume"; "there is no minimum purchase"): a
      // negation, so a clause that also states a floor keeps the type.
      negations: ['not|never|nor|no obliged|required|bound|committed|obligated|obligation to? .. purchase|buy|order|take .. any|a? minimum .. volume~|volumes|quantity|quantities|amount|amounts|number|purchase~|purchases|order~|orders|spend / no minimum purchase~|purchases|order~|orders|quantity|quantities|volume~|volumes|commitment~|commitments|spend|royalty|royalties',
        'at least #num .. hours|minutes|days|weeks|months before|prior|ahead|beforehand / not less than #num .. hours|minutes|days|weeks|months before|prior|ahead|beforehand / at least #num .. hours|minutes|days|weeks|months in advance / not less than #num .. hours|minutes|days|weeks|months in advance'],
      negatives: { 'not|never|nor|no obliged|required|bound|committed|obligated|obligation to? .. purchase|buy|order|take .. any|a? minimum .. volume~|volumes|quantity|quantities|amount|amounts|number|purchase~|purchases|order~|orders|spend / no minimum purchase~|purchases|order~|orders|quantity|quantities|volume~|volumes|commitment~|commitments|spend|royalty|royalties': 0.8,
        'minimum|floor|reserve resale|retail|advertised|selling|sale? price~|prices|pricing': 0.6, 'minimum wage': 0.8, 'at a minimum': 0.5, 'minimum extent|necessary / extent necessary / to the minimum': 0.85, 'committee .. meet~|meeting~ / meetings': 0.5, 'minimum insurance|coverage|limits|limit|specifications|standards|requirements': 0.8, 'insurance|insured|liability|coverage|bond': 0.5, 'combined single limit': 0.8,
        // A duration floor ("records kept for at least three years") is not a commitment to buy or pay.
        'at least #num .. days|months|years|weeks / minimum of? #num .. days|months|years|weeks / not less than #num .. days|months|years|weeks / minimum .. period / minimum .. shall|will be #num days|months|years|weeks / minimum .. is #num days|months|years|weeks': 0.4,
        // A notice's lead time ("must book at least 48 hours before arrival", "at least 30 days prior to") is timing, not a quantity:
        // a negation, so a clause that states a floor elsewhere ("may cancel ... if revenue does not meet the forecast, on at least
        // ninety days' notice prior to") keeps the type.
        'at least #num .. hours|minutes|days|weeks|months before|prior|ahead|beforehand / not less than #num .. hours|minutes|days|weeks|months before|prior|ahead|beforehand / at least #num .. hours|minutes|days|weeks|months in advance / not less than #num .. hours|minutes|days|weeks|months in advance': 0.7,
        // A share of a company's votes or equity ("ownership of at least fifty percent (50%) of the voting or income interest", a
        // definition of control) is a threshold of ownership, not a quantity bought.
        'voting|equity .. securities|stock|shares|power|rights|interest|interests / ownership interest|interests': 0.6,
        // A frequency ("at least once per quarter") is a schedule, not a quantity.
        'at least once|twice|annually|quarterly|monthly / not less than once|twice|annually|quarterly|monthly': 0.5,
        // A forecast for planning only binds no one.
        'non-binding / not binding / not be|become binding / for information|planning purposes only': 0.3,
        // Opening hours are a service level, not a quantity bought or sold.
        'open|opened|staffed|attended .. at least .. hours|days / open|opened|staffed|attended .. minimum .. hours|days': 0.6,
        // A quota share is proportional reinsurance, an import quota a government limit: neither is a floor a party commits to.
        'quota share / import|export|tariff|emission|emissions quota~|quotas': 0.7 } },
    { id: 'most-favored', label: 'Most favoured', description: 'Most-favoured-licensee / customer terms.',
      headings: { 'most-favored|favoured / mfn': 0.9 },
      phrases: {
        'most-favored|favoured nation|licensee|customer|pricing|terms': 0.9,
        'as favorable|favourable|favorable|favourable as': 0.6, 'more favorable|favourable to .. than': 0.6, 'at least as favorable|favourable': 0.7, 'more favorable|favourable|favorable|favourable terms|prices|pricing|price|rates': 0.55, 'lowest|best|cheapest @terms .. offered|charged|available|given|granted': 0.6,
        'no less favorable|favourable than': 0.6, 'equal to or better than': 0.5,
        // The comparative after its noun: "a licence ... on terms more favourable than those in this Agreement".
        '@terms .. more|less|better favorable|favourable|advantageous|beneficial than': 0.6,
        // The benefit passed on: "we'll cut your price to match", "the Royalty Rate shall be reduced to that lower rate".
        'cut|reduce~|lower~|adjust~ .. @price|royalty|royalties .. to match|equal|meet / match~ .. the? lower|lowest|better|best|cheaper|cheapest .. @terms': 0.6,
        // (Plain English's pronoun for the price: "If anyone else pays less for the same plan, we'll lower yours to match"; and
        // someone else paying less, weak alone.)
        'cut|reduce~|lower~|drop|adjust~ yours|ours|theirs .. to match|equal|meet': 0.6, 'anyone|anybody|someone|somebody|another|others .. else? pays|pay|paid|is|are|gets|get charged? less|lower|cheaper': 0.45,
        'reduced|reduce~|lowered|adjusted .. to .. that|such|the|this .. lower|lowest|better .. rate|rates|price|prices|royalty|royalties|terms': 0.6,
        'more|less|equally advantageous|beneficial .. than / as advantageous|beneficial as': 0.45, 'offer~|extend~|grant~ .. the same|such|equivalent .. terms|conditions|rates|royalty|royalties|prices .. to / entitled to .. the same|such|equivalent .. terms|conditions|rates|royalty|royalties|prices / receive~ .. the same|such|equivalent .. terms|conditions|rates|royalty|royalties|prices': 0.35,
        'more|better favorable|favourable|advantageous .. terms|conditions|rates|royalty|royalties|prices|pricing': 0.45,
        'lower|better|cheaper .. @terms .. than .. charged|offered|granted|given|available': 0.6,
        // The comparison in the family of terms words (word-classes.ts @terms: charges, deal, fees ...): "the Charges are at all
        // times no less favourable than", "a better deal ..., you get the same deal".
        '@terms .. no|not less favorable|favourable': 0.7, 'better|cheaper deal|deals': 0.4,
        // The benefit of what others were given, to be elected or offered ("the opportunity to elect the benefit of any rights
        // granted to any other Limited Partner under a side letter"): the comparison made by passing the terms on.
        'benefit|benefits of .. rights|provisions|@terms .. granted|given|offered|extended|afforded to any|each|every|all other / benefit|benefits of .. rights|provisions|@terms .. granted|given|offered|extended|afforded to another': 0.6,
        // (Plain English points at the others' terms: "you'll get that price too".)
        'get|gets|receive~|receives|give~|gives|offer~|extend~|grant~ .. the same|such|equivalent|equal|identical .. @terms / entitled to .. the same|such|equivalent|equal|identical .. @terms / get|gets|receive~|receives that|those @terms': 0.35,
        // The party charged or sold to more dearly than another, the comparison without its 'than' ("If we ever charge another
        // school less for the same plan, you'll get that price too"): weak alone, what is passed on beside it.
        'charge~|charges|charging|sell~|sells|selling|offer~|offers|offering|bill|bills another|any|other .. less|lower|cheaper|cheaply': 0.35,
        // Whatever the party grants others, passed on ("shall extend to the Bank any discount, rebate or more advantageous term
        // which it grants to any other financial institution"): the terms granted to any other, given to this one too.
        'extend~|offer~|give~|pass~|grant~|apply|applies .. any|all|such|the .. @terms|term|rebate|rebates|advantage|advantages ... which|that .. grants|granted|offers|offered|gives|given|extends|extended|provides|provided|charges|charged .. to any|each|every|all other / extend~|offer~|give~|pass~|grant~|apply|applies .. any|all|such|the .. @terms|term|rebate|rebates|advantage|advantages ... which|that .. grants|granted|offers|offered|gives|given|extends|extended|provides|provided|charges|charged .. to another': 0.55,
        // The licensee's election of a later licence's terms, the patent MFN's usual mechanism ("Licensee may elect to substitute
        // the terms of such Subsequent License for the terms hereof", "adopt the terms of any later licence").
        'substitute~|adopt~|elect~ .. the? @terms|provisions of .. subsequent|later licen*|agreement|agreements|sublicen*': 0.6,
        // A US federal schedule's price-reductions clause keeps the Government's price tied to a commercial customer's ("shall
        // maintain ... the price relationship between the Government and the commercial customer", GSAR 552.238-81).
        'price|pricing|discount relationship|relationships between': 0.6,
        // A better deal for others allowed only on the condition that this party gets it too ("shall not offer any other reseller
        // a discount greater than that in Annex 2 unless it offers the same discount to the Reseller", "without extending the
        // same terms to the Licensee"): the comparison made by the condition.
        'unless|without|except .. offer~|offers|offering|grant~|grants|granting|extend~|extends|extending|give~|gives|giving .. same|equivalent|equal|identical|like .. @terms|term .. to': 0.5,
        // The same said in the passive, of whatever is compared ("No other sponsor of the Event in the same or a lower tier shall
        // receive more hospitality passes than the Sponsor unless the Sponsor is offered the same number"), and the others
        // given more than this party: each weak alone.
        'unless|without|except|provided .. is|are|be offered|given|granted|extended the same|equivalent|equal|identical': 0.45,
        'no|not|nor other|another .. @role|sponsor|sponsors|licensee|licensees|customer|customers|party|parties|member|members|client|clients|buyer|buyers ... receive|receives|get|gets|obtain|obtains|enjoy|enjoys .. more|better|greater|larger|higher|lower|cheaper ... than the|this|you|us': 0.45,
      },
      // A comparison frame (frames.ts comparisonOf): the comparative with its standard ("no less favourable than", "at least
      // as low as", "the lowest rate"; not a figure, "less than six months"), the terms compared (the object) and the others
      // they are compared with ("any other licensee", "a third party", "anyone else"), near it, in whatever words ("no
      // higher than the lowest rate the Licensor charges any other licensee").
      frames: [
        { kind: 'comparison', act: 'favorable|favourable|advantageous|beneficial|preferential|lower|lowest|cheaper|cheapest|better|best|higher|less|low|greater', weight: 0.7,
          // (Selling says the price too: "if we sell the same model to a new customer for less in the same month".)
          object: ['@terms|fee|charge|percentage|pay|pays|paying|cost|costs|share|split|commission|commissions|margin|margins|rebate|rebates|sell|sells|selling|sold'] },
      ],
      // The schedule's standard (the negative below, from its comparative on, so that the comparison's own phrase lies inside it)
      // as a negation too: a clause that also passes the same terms to this party by a phrase outside it ("shall not offer any
      // other reseller ... a discount greater than that set out in Annex 2 unless it offers the same discount to the Reseller")
      // keeps the type; "terms no less favourable than those stated in its quotation" does not.
      negations: ['favorable|favourable|advantageous|beneficial|preferential|high|higher|low|lower|great|greater|less|more|better|cheaper|good .. than|as those|that|the? terms? .. set out|forth in ... tender|tenders|proposal|bid|quotation|quote|submission|schedule|exhibit|annex|appendix / favorable|favourable|advantageous|beneficial|preferential|high|higher|low|lower|great|greater|less|more|better|cheaper|good .. than|as those|that|the? terms? .. specified|contained|stated|described|quoted in ... tender|tenders|proposal|bid|quotation|quote|submission|schedule|exhibit|annex|appendix'],
      negatives: { 'favorable tax|treatment': 0.3, 'no|not more favorable|favourable|advantageous': 0.5,
        // An arm's-length benchmark compares the terms with what the market would give ("no less favourable ... than those
        // that could have been obtained from an unaffiliated third party in an arm's-length transaction"), not what others get.
        'arm|arms s? length|lengths / could|would|might have been? obtained|obtainable|available from': 0.7,
        // A standard that is the party's own offer or a schedule ("terms no less favourable than those set out in the Vendor's
        // tender submission", "prices no higher than those stated in Schedule 3") holds the party to its word; it names no others.
        'favorable|favourable|advantageous|beneficial|preferential|high|higher|low|lower|great|greater|less|more|better|cheaper|good .. than|as those|that|the? terms? .. set out|forth in ... tender|tenders|proposal|bid|quotation|quote|submission|schedule|exhibit|annex|appendix / favorable|favourable|advantageous|beneficial|preferential|high|higher|low|lower|great|greater|less|more|better|cheaper|good .. than|as those|that|the? terms? .. specified|contained|stated|described|quoted in ... tender|tenders|proposal|bid|quotation|quote|submission|schedule|exhibit|annex|appendix': 0.8, 'first refusal|negotiation|offer|offering / third party offer / bona fide offer / pre-emption|preemption|pre-emptive|preemptive right|rights': 0.5,
        // Matching rights and options compare a third party's terms too, then let the holder take them.
        'exclusive option / option to .. obtain|acquire|license|purchase / negotiat* .. in good faith': 0.4, 'adversely .. affected / economic benefits': 0.4,
        // A step-down royalty names its own new rate: "shall be reduced to the lower rate of two percent" compares with no one.
        'lower|reduced rate|rates|royalty|royalties of #num': 0.6,
        // A standard that the law sets holds the party to the law, not to what others get ("terms no less favorable than those
        // required by the Consumer Contract Act", "no less favourable than the minimum prescribed by applicable law").
        'than .. required|prescribed|mandated|imposed|guaranteed by|under .. law|laws|act|statute|statutes|regulation|regulations|legislation|code|ordinance': 0.8 } },
    { id: 'audit', label: 'Audit', description: 'Records, reports and audit rights.',
      // Keeping records is not an audit right; the right to look at them is.
      headings: { 'audit~|inspection~ / audit~|inspection~ rights|right': 0.85, 'records|books|accounting': 0.4 },
      phrases: {
        'audit~': 0.6, 'inspect~|examin* .. books|records|facilities|premises|accounts': 0.7, 'books and records / books of account / accounting records': 0.5,
        'keep|maintain .. records|books': 0.4, 'open to .. inspection|audit|examination / inspection|examination|audit by .. accountant~|accountants|auditor~|auditors': 0.65, 'available for .. inspection|audit|examination|review / for the purpose of inspecting|auditing|examining|verifying': 0.65,
        'permit~|allow~ .. representative~|auditor~|accountant~ .. to? .. inspect*|audit*|examin*|enter': 0.65,
        'auditor~|accountant~ .. review|inspect|examine|audit / audit~|examin*|review .. accounts|books|records': 0.7, 'make~ .. books|records|accounts .. available': 0.65, 'independent|certified public accountant~|auditor~': 0.5, 'right to .. inspect|audit|examine': 0.75, 'access to .. records|books|facilities': 0.55,
        // The check by its purpose and its usual cost rule: an accountant sent to check the figures, an underpayment found.
        'accountant~|accountants|auditor~|auditors .. to? check|checks|verify|verifies|review|reviews .. sales|figures|books|records|accounts|reports|statements|royalt*': 0.65,
        // The books inspected, in the passive ("to have the Licensee's books inspected by a sworn auditor"); not 'audited'
        // (a company's statutory audit, the negative below).
        'books|records|accounts ... inspected|examined|checked by': 0.7,
        'underpaid|underpayment|underpayments|under-payment|under-payments|underreported|underreporting|under-reported|understated|understatement|understatements|understate|understates': 0.45,
      },
      // A company's own auditors reporting on its financial statements (offering documents, comfort letters,
      // representations) give the other party no right to look at anything.
      negatives: { 'audited .. financial statements / audited .. balance sheet|sheets / financial statements .. audited|examined|reviewed by / auditors|accountants who|which audited|examined|reviewed / comfort letter~|letters / registered public accounting firm / registered|chartered public accountants': 0.6, 'audit committee': 0.8,
        // An issuer's securities papers: the accountants' "special audits" among the expenses of a registration, and the
        // representation that there are "no environmental audits, evaluations, assessments" of its sites.
        'special audit~|audits / audit~|audits ... incident to|required by .. registration|offering / registration|offering expenses': 0.6,
        'environmental audit~|audits|assessment~|assessments|evaluation~|evaluations / audit~|audits|assessment~|assessments .. environmental': 0.6 } },
  ]),
  ...group('improvements and ip governance', [
    { id: 'improvements', label: 'Improvements', description: 'Improvements, derivative works, new filings and how they are shared.',
      headings: { 'improvement~|enhancement~|developments / derivative works / new|future patents|filings|inventions / after-acquired patents|technology': 0.85 },
      phrases: { 'improvement~|enhancement~ .. to|of|made|developed|conceived': 0.6, 'improvement~': 0.4, 'derivative work|works': 0.45, 'modifications|enhancements|improvements': 0.45, 'new versions|releases': 0.3,
        // New filings and how they join the licence: "patents issuing after the Effective Date ... shall be included".
        'new filings / after-acquired patent~|patents|technology / patent~|patents|applications .. filed|issuing|issued|acquired .. after the effective date': 0.6,
        // The licensor's upgrades passed on: "any upgrade, adaptation or new version of the Licensed Software".
        'upgrade~|upgrades|adaptation~|adaptations ... licensed|software|technology|product~|products': 0.5,
        'further development~|developments|refinement~|refinements of|to the? .. technology|know-how|invention~|inventions|process|processes|software|method~|methods': 0.55,
        'advancement~|advancements|advances of|to the? .. technology|know-how|invention~|inventions|process|processes|software|product~|products|method~|methods': 0.55,
        // Plain English's improvement: what is built on top of the licensed thing (weak alone: a platform 'built on top of' another
        // describes a service).
        'build|builds|built|building|develop~|develops|create~|creates|add|adds ... on top of': 0.45,
        // The same said of the licensed thing itself ('anything we develop later that builds on the licensed recipe'), the verb
        // of improving ('subject-matter that improves upon the inventions'), the licensed thing developed further, and further or
        // later filings (weak alone: 'additional patents' may be a list's).
        'build|builds|built|building on|upon the? licensed': 0.5, 'improve|improves|improved|improving on|upon the? .. invention~|inventions|technology|know-how|software|process|processes|product~|products|method~|methods|patent~|patents|design~|designs': 0.5,
        'develop|develops|developed|developing .. licensed|technology|know-how|software|product~|products|design~|designs|process|processes further': 0.45, 'further|additional|subsequent|later patent|patents|application|applications|filing|filings': 0.35 },
      // Improvements to land and buildings, an Act's name, and a service's "improvement plan" share no technology.
      negatives: { 'premises|leasehold|tenant|landlord|building|buildings|fixtures|alterations|repairs|repair / real property': 0.6, 'improvements act': 0.9, 'improvement plan~|notice~ / performance improvement / corrective action~': 0.5,
        'capital improvement~|improvements / improvement~|improvements to the? facility|facilities|site|plant|property': 0.6,
        // Civil works ('improvement works to the access road') and a service's 'continuous improvement' share no technology.
        'improvement works / road|roads|highway|highways|footpath~|footpaths|drainage|landscaping': 0.6, 'continuous|continual|ongoing improvement~|improvements': 0.6 } },
    { id: 'grant-back', label: 'Grant-back', description: "A licensee's duty to license or assign its improvements back.",
      headings: { 'grant-back|grantback / license|licence|licenses|licences back': 0.9 },
      phrases: { 'grant-back|grantback / license|licence|licenses|licences|licensed back': 0.85, 'grant~|give~|gives ... license|licence ... improvement~|enhancement~|modification~': 0.75, 'improvement~ .. made|developed|conceived by licensee .. license|licence|assign~|disclose~': 0.7, 'assign~ .. improvement~ .. to licensor': 0.75,
        // The direction named: "shall assign to the Licensor all right ... in any improvement", "disclose such Licensee Improvement to Licensor".
        'assign~|transfer~|license~|licence~|grant~ to the? licensor|grantor|licenser ... improvement~|enhancement~|modification~|developments': 0.75,
        'disclose~ ... improvement~|enhancement~|modification~ .. to the? licensor|grantor': 0.5, 'licensee improvement~': 0.45,
        // The licensee's grant to the licensor by its direction alone, improvements named elsewhere (the type's required words):
        // "The improvements introduced by the LICENSEE ... shall belong to the LICENSEE, which hereby grants to the LICENSOR the right to use them".
        'grant~|grants|license~|licenses|assign~|assigns to the? licensor|grantor|licenser .. a|an|the? .. right|rights|license|licence|licenses': 0.6,
        'improvement~|improvements|enhancement~|enhancements|modification~|modifications ... assigned|licensed|transferred|available .. to the? licensor|grantor': 0.75,
        // A cross-licence names no licensor: the improvements go to "the other Party", or to the other party by its name
        // ("Beta shall assign to Alpha all right, title and interest in any Improvement"), the improvements the object.
        'assign~|transfer~|license~|licence~|grant~ to the other party|parties ... improvement~|enhancement~|modification~ / improvement~|improvements|enhancement~|enhancements|modification~|modifications ... assigned|licensed|transferred .. to the other party|parties': 0.75,
        'assign~|assigns|transfer~|license~|licence~|grant~|grants to ... in|under|to|of any|all|each|every|such improvement~|improvements|enhancement~|enhancements|modification~|modifications': 0.7,
        'assign~|assigns|transfer~|license~|licence~ to ... any|all|each|every|such improvement~|improvements|enhancement~|enhancements|modification~|modifications': 0.7,
        // Plain English: what the licensee builds, the licensor may use ('Anything you build on top of our engine, we can use too').
        'anything|everything|whatever .. you|licensee .. build|builds|built|make|makes|develop~|develops|create~|creates|improve~|improves|add|adds ... we|licensor .. can|may|will|shall .. use|exploit|have': 0.7 },
      // The licensor passing its own improvements forward is no grant-back; nor is a grant that leaves improvements out, or
      // improvements that no party need hand over.
      negatives: { 'licensor shall|will|hereby|agrees to? grant~|grants|license|licence|assign|transfer .. licensee': 0.4,
        'not under|to|in|of any .. improvement~|improvements / exclud* .. improvement~|improvements / other than .. improvement~|improvements': 0.6,
        'no|not .. obligation|obliged|obligated|required .. to .. assign~|license~|licence~|grant~|transfer~|disclose~': 0.6,
        'improvement~|improvements ... shall|will remain|remains .. property|owned|with': 0.4 },
      // (Improvements that remain their maker's property may still be licensed back: "... shall remain its property; the Licensee
      // grants to the Licensor a royalty-free licence to use them". A negation: a grant-back cue outside it keeps the type.)
      negations: ['improvement~|improvements ... shall|will remain|remains .. property|owned|with'],
      requires: ['improvement~|enhancement~|modification~|derivative|developments', 'grant-back|grantback', 'build|builds|built|develop~|develops|improve|improves|improved', 'license|licence|licenses|licences|licensed back'] },
    { id: 'ip-ownership', label: 'IP ownership', description: 'Who owns IP, assignments of IP, background vs. foreground IP.',
      headings: { 'ownership of .. intellectual property|inventions|ip|work|developments|data|technology|improvements|patents / work product / work made for hire / inventions': 0.85, 'ownership / intellectual property / proprietary rights': 0.5 },
      phrases: {
        'hereby assign~ ... right|rights|title|interest|inventions': 0.85, 'hereby .. assign~|transfer~|convey~': 0.6, 'deemed assigned': 0.75,
        'assign~|transfer~|convey~ .. all|any|such .. right|rights title and|or interest': 0.6, 'assign~ to .. all .. right|rights|title|inventions|copyright|copyrights|patents': 0.75,
        // A waiver of moral rights goes with an assignment of copyright (Commonwealth drafting); further assurance in plain words.
        'waive~|waives|waiver of .. moral rights': 0.55, 'sign~|signs .. papers|documents|instruments|deeds ... record|register|confirm|vest|evidence': 0.45,
        // Plain English: "everything you create for us under this agreement belongs to us".
        'everything|anything|whatever .. create~|creates|make|makes|develop~|develops|write|writes|produce~|produces ... belong~|belongs|ours|owned|property': 0.6,
        // Copyright or IP rights kept where they are ('Copyright in the photographs shall remain with the Photographer'): an
        // allocation, not the negative's bare 'remain with'; title to an invention or a work confirmed or given.
        'copyright|copyrights in|of|to ... remain~|remains|belong~|belongs|vest~|vests with|in|to / intellectual property rights? in|of|to ... remain~|remains|belong~|belongs|vest~|vests with|in|to': 0.8,
        'title to|in .. any|all|the|such|each .. invention~|inventions|deliverables|developments|copyright~|copyrights / title to|in .. any|all|the|such|each .. intellectual|industrial property': 0.5,
        // What a party brings, kept ('shall retain all right, title and interest in its Intellectual Property existing as of the
        // Effective Date'): weak alone.
        'intellectual property|ip|technology|patents|know-how|inventions .. existing|owned|controlled|held as of|at|on|before|prior': 0.45,
        // Ownership passing on an event: "on payment of the Buy-Out Fee, ownership of the Licensed Software and all Intellectual Property Rights in it will transfer to the Licensee".
        'ownership|title of|in|to ... intellectual|ip|patent~|patents|software|copyright~|copyrights|inventions|know-how|technology ... will|shall|to? .. transfer|pass|vest|revert to|in': 0.75, 'shall be|become the .. sole|exclusive? property of / shall vest in': 0.7,
        'shall own|owns|retain~ .. all right|rights|title|ownership': 0.5, 'all right title and interest': 0.35, 'work~ made for hire / work-for-hire': 0.85, 'sole and exclusive owner|property': 0.45,
        'shall vest / vests in': 0.6, 'title .. shall remain with': 0.55, 'background ip|technology / background intellectual property': 0.5, 'foreground ip|technology / foreground intellectual property': 0.6, 'owned exclusively by': 0.75,
        'transfer~ .. right|rights|title .. patents|know-how|inventions': 0.45,
        // What the agreement produces passing to a party: "IP created under the Project shall belong to Customer".
        'assign~|transfer~|convey~ .. intellectual|industrial property|proprietary rights': 0.55, 'assign~ .. all right title and|or interest': 0.65,
        'owner|owners of .. inventions|discoveries|improvements|enhancements|derivative|developments|deliverables / work product': 0.6,
        'shall|will belong to / belongs to': 0.45, 'vested in': 0.5, 'copyright|copyrights|ownership|title|property in|of ... belong|belongs|vest|vests': 0.55,
        // Further assistance "to effect the assignment of all rights ... to Assignee"; "such improvement shall become our property".
        'perfect~|effect|record|evidence|confirm the? assignment|transfer of .. right|rights|title|intellectual|patents|marks|inventions': 0.5,
        'shall|will become .. property': 0.5,
        // Translated Chinese drafting's 'technical achievements' (the results of the work) and who owns them ("The ownership of
        // any technical achievements made by Party B ... shall belong to Party A").
        'ownership|owner|owners|title of|in|to .. technical|technological|scientific achievement|achievements / technical|technological|scientific achievement|achievements ... belong|belongs|owned|vest|vests|property': 0.75,
        'improvements|enhancements|modifications|derivative|developments|inventions|deliverables ... shall|will be|become .. owned|property': 0.5,
        // 'pursuant to', not 'under' alone (read once as 'pursuant to|under', which matched 'pursuant to' only): 'developed under'
        // adds only noise on CUAD dev ('debts generated under this Agreement', 'subcommittees created under').
        'created|developed|conceived|produced|generated|prepared|authored|invented .. pursuant to / created|developed|conceived|produced|generated|prepared|authored|invented .. in connection with / created|developed|conceived|produced|generated|prepared|authored|invented .. in|during the course of / created|developed|conceived|produced|generated|prepared|authored|invented .. in performing|performance': 0.3, 'assign~|transfer~|convey~ to ... right|rights title and|or interest': 0.6, 'shall be owned by / owned solely by': 0.6, 'sole|exclusive owner of': 0.5, 'assume~ ownership': 0.65, 'is|are owned by / will be owned by': 0.45, 'execute~ ... documents|instruments ... assign~|transfer~|perfect~|vest|confirm~|confirms|evidence .. right|rights|title|ownership|interest': 0.6, 'assign~ to .. any|all rights in': 0.55,
      },
      negatives: { 'jointly own~|owned / joint ownership / co-own~': 0.6, 'remain~ the .. property|owner / remain~ with / remain~ vested in / retain~ .. right|rights|title|ownership / reserve~ all': 0.3,
        // Acknowledging who owns a mark or what a party owns today transfers nothing.
        'acknowledge~|recogni~ .. is|are the .. owner~|owners / represent~ and|or? warrant~': 0.3, 'assign~ this agreement': 0.6, 'title to .. products|goods|equipment|inventory|shares|premises|property shall pass': 0.7, 'risk of loss': 0.7,
        // The warranty of title: "is the owner of, or has a valid right to use, all Intellectual Property".
        'valid .. right|license|licence to use': 0.4,
        // History told in a recital or a representation ("Licensor was assigned all right, title and interest in the Mark",
        // "each inventor has assigned to the Company ...") allocates nothing under this agreement.
        // Subrogation passes claims to money, not intellectual property; shares and options "vest" on a schedule.
        'subrogat*': 0.6, 'ownership|title ... shall|will|does|do|must not .. transfer|pass|vest / not .. transfer|pass|vest .. ownership|title': 0.5, 'has|have|had|was|were assigned|transferred|conveyed / has|have|had been assigned|transferred|conveyed': 0.25 } },
    { id: 'joint-ip', label: 'Joint IP', description: 'Jointly developed or jointly owned IP.',
      headings: { 'joint .. ip|inventions|ownership|patents|works|technology / joint intellectual property': 0.85 },
      phrases: { 'jointly own~|owned / joint ownership / co-own~|co-ownership': 0.85, 'joint invention~|patent~|ip|work~|technology|developments / joint intellectual property': 0.7, 'undivided .. interest|interests|share|shares': 0.6, 'owned jointly / owned in common': 0.8, 'held|vested jointly / held|vested in common': 0.55, 'developed|conceived|created|made|invented|generated|produced|invent|develop|create jointly|together|collaboratively / jointly|collaboratively developed|conceived|created|made|invented|generated|produced': 0.55, 'belong~|belongs|belonging to both / owned by both': 0.6,
        // Co-ownership stated by its verb and how it is held: "we'll own it together", "hold the Project IP as tenants in common",
        // "shall belong to them in equal shares".
        'own~|owned|hold~|holds|held it|them|such|these|those|this|the .. jointly|together / own~|owned|hold~|holds|held .. tenants in common / joint tenants': 0.8, 'in equal|undivided shares|parts|proportions': 0.45, 'ownership of .. joint|jointly': 0.45,
        // Shares of ownership by contribution ('shall belong to the Collaborators in proportion to their respective contributions').
        'in proportion to .. their|its|each|the .. respective? contribution~|contributions|inventive': 0.5 },
      negatives: { 'whereas': 0.5, 'joint venture': 0.2, 'jointly and severally': 0.8, 'joint press release': 0.8, 'joint steering|development|management committee': 0.5,
        // Co-owning a business as a partnership (tax, real estate) is not co-owning intellectual property.
        'co-ownership|co-own~ .. partnership|business|taxable|venture': 0.3 } },
    { id: 'prosecution', label: 'Prosecution', description: 'Filing, prosecution, continuations, CIPs, maintenance fees, abandonment, reissue, reexamination.',
      // Not "filing" alone ("SEC Filing", "Regulatory Filing", "Joint Filing Agreement").
      headings: { 'prosecution / maintenance of .. patents|patent / maintenance of .. intellectual property / maintenance of the? ip / patent~ .. filing~|maintenance|costs|expenses': 0.85 },
      // A definition naming continuations and reissues ("Licensed Patents means ... and all continuations") says what is
      // licensed, not who files.
      definitionFactor: 0.5,
      phrases: { 'prosecut*': 0.65, 'continuation~|continuation-in-part|divisional~': 0.6, 'abandon~ .. patent|application|claim': 0.7, 'reissue|reexamination|re-examination / inter partes review / post-grant review / opposition|oppositions .. proceeding~|proceedings / interference|derivation proceeding~|proceedings': 0.75, 'file|filing .. patent application~ / patent application~|applications .. to file|prosecute|maintain|abandon': 0.6,
        // Software has maintenance fees too: the patent's fees (maintenance, renewal, annuities), and a patent let lapse.
        'maintenance|renewal fee~ .. patent~|patents / maintenance|renewal fee~ .. patent office / patent~|patents .. maintenance|renewal fee~ / annuities|annuity': 0.75, 'proceed to grant / patent~|patents .. lapse / allow~ .. to lapse': 0.65, 'office action~|actions': 0.75, 'keep|maintain .. patent~|patents|registration~|registrations .. in force|effect': 0.7 },
      negatives: { 'criminal|criminally|crime|crimes|felony|indict* / prosecut* .. cure|remedy|remedies|action|actions|suit|suits|claim|claims|litigation|appeal~|defense|defence': 0.5,
        'challeng*|contest* .. patentability|validity|enforceability / may terminate|suspend this agreement|licence|license': 0.4,
        'continuation of .. agreement|contract|service|services|supply|business|employment|relationship|operations|work|project': 0.6 } },
    { id: 'enforcement', label: 'Enforcement', description: 'Enforcement against infringers, control of litigation.',
      // "Infringement" also heads the indemnity for third-party claims, "Litigation" any lawsuit: weak alone.
      headings: { 'enforcement / infringement~ by .. third|others / third party infringement / enforcement of .. patents|rights|intellectual': 0.8, 'infringement~': 0.5, 'litigation': 0.4 },
      phrases: { 'infring* by|of .. third part*': 0.6,
        'become~|becomes aware of .. infring* / infring* ... comes|come|came to .. notice|attention|knowledge': 0.7, 'action|actions|proceedings|claim~|claims|suit|suits against .. third part*|infringer~ ... infring*|passing': 0.6,
        'unauthori* use|exploitation|copying|manufacture .. of .. by .. third part*|others': 0.55, 'whether to .. sue|enforce|litigate|pursue / whether to go after': 0.55,
        // The rights defended against those who copy them ("all judicial and extrajudicial measures necessary to defend the licensed
        // patents against counterfeiters"), and someone seen copying ("If you spot anyone copying our designs, let us know").
        'defend~|defends|protect~|protects .. patent~|patents|rights|marks|trademarks|designs|ip .. against': 0.5, 'counterfeiters|copyists|imitators': 0.55,
        'spot~|spots|notice~|notices|see~|sees|find~|finds|discover~|discovers .. anyone|anybody|someone|somebody|others|another .. copying|infringing|counterfeiting|imitating|pirating': 0.6, 'learn~|learns|learnt|discover~|discovers|suspect~|suspects .. of? .. infring*': 0.7, 'third party|parties infringes|infringe / infringer~|infringers': 0.7,
        // The notice in the continuous tense: "if it learns that a third party is infringing the Licensed Patents".
        'third party|parties|person|persons is|are|has|have|may be? infringing|infringed|infringe': 0.65, 'infringement action|actions|suit|suits|proceeding~|litigation': 0.55,
        'take|commence|bring|institute .. proceedings|legal action': 0.45, 'join~|joined .. as a? party|plaintiff': 0.45, 'enforce~ .. patent~|rights': 0.7, 'bring|institute|initiate .. action|suit|proceeding~ .. infring*': 0.8, 'first right to .. enforce|bring|sue|defend': 0.75, 'control .. litigation|action|suit': 0.55, 'recover~ .. damages': 0.3, 'infringe~|infringement': 0.3 },
      // A claim that the party's own product infringes is defended and indemnified, not enforced.
      negatives: { 'indemnif*|indemnit* / hold .. harmless / non-infringing / procure .. right to continue / claim~|allegation~ .. that .. infring~|infringes / not infringe': 0.5,
        // A suit between the parties is the defensive-termination trigger, not enforcement against infringers.
        'against the other party|parties': 0.4,
        // A warranty that no one infringes states a fact; it enforces nothing.
        'represent~|warrant~ ... no third party|parties|person|persons': 0.5 } },
    { id: 'defensive-termination', label: 'Defensive termination', description: 'Suspension or termination if a party sues or challenges.',
      headings: { 'defensive termination|suspension / patent challenge / suspension|termination upon|for|on .. assertion|challenge|suit|litigation': 0.9 },
      phrases: { 'terminat*|suspend* ... challenge~|contest~|sue~|assert~|attack~|attacks|oppose~|opposes': 0.7, 'defensive termination|suspension': 0.9, 'patent peace': 0.8, 'challenge~|contest~ .. validity .. terminat*': 0.8, 'patent infringement .. against .. terminat*': 0.6,
        // The licences lost or forfeited as the suit's consequence ("A Participant who starts a patent suit ... loses ... every licence").
        '@action ... infring*|patent~|patents ... lose|loses|forfeit~|forfeits ... licen*|rights': 0.5,
        // The challenge or the suit first, then its consequence, and suits by their verbs: "commences proceedings alleging that
        // any product of the Licensor infringes", "files a patent infringement suit", "opposes, or requests reexamination of".
        'oppose~|opposes|challenge~|challenges|contest~|contests|attack~|attacks|dispute~|disputes ... validity|enforceability|patent~|patents ... terminat*|suspend*|revoke~': 0.6,
        'proceeding~|proceedings|suit|suits|action|actions|claim|claims|counterclaim~|cross-claim~|litigation .. alleging|asserting|claiming ... infring* / claim|claims|action|actions|suit|suits|proceeding~|proceedings against the other .. for ... infring*': 0.5,
        'terminat*|suspend*|revoke~ ... if|should|where|event|while|whilst|long|that|who|which .. file~|files|bring~|brings|commence~|commences|institute~|institutes|initiate~|initiates|pursue~|pursues|pursuing|assert~|asserts|asserting .. suit|action|proceeding~|proceedings|claim~|litigation|lawsuit~|lawsuits': 0.5,
        'infring* ... terminat*|suspend*|revoke~ / terminat*|suspend*|revoke~ ... infring*': 0.3,
        // The challenge named by what it seeks: "institutes proceedings seeking revocation of any of the Patents".
        'terminat*|suspend*|revoke~ ... revocation|invalidation|invalidity|cancellation of .. patent~|patents|licensed': 0.6,
        // "If the Licensee challenges ..., the licence granted ... shall be suspended", "... every patent licence ... ends".
        'challenge~|challenges|contest~|contests|counterclaim~|counterclaims|cross-claim~ ... licen*|rights ... terminat*|suspend*|revoke~|revoked|end|ends|cease~|ceases|lapse~|lapses / challenge~|challenges|contest~|contests|attack~|attacks ... terminate|suspend|revoke|end .. licen*|rights': 0.6,
        // A suit is retaliation's trigger when it is over patents ("If you sue anyone claiming that the Software infringes your
        // patents, the patent licence ... ends", "We may end the licences we gave you if you ... sue us over any patent"); a
        // suit for fees that ends a licence is a termination right, not a defensive one.
        'sue~|sues|sued ... infring*|patent~|patents|validity|invalid ... licen*|rights ... terminat*|suspend*|revoke~|revoked|end|ends|cease~|ceases|lapse~|lapses / sue~|sues|sued ... infring*|patent~|patents|validity|invalid ... terminate|suspend|revoke|end .. licen*|rights / terminate|suspend|revoke|end|cancel .. licen*|rights ... sue~|sues|sued ... infring*|patent~|patents|validity|invalid': 0.6 },
      // An infringement remedy (modify, replace, refund) ends a licence for the licensor's own product, not as retaliation.
      negatives: { 'refund~ / non-infringing / procure .. right to continue / indemnif*': 0.6, 'not .. challenge|contest|oppose|dispute': 0.4, 'challenge~|contest~|dispute~ the|such|any .. termination': 0.6,
        // The consequence refused: "we will not terminate your licence", "we cannot end your licence", "your licence will
        // not end", "cannot be revoked" ("t" of "won't", "can't", "doesn't"). A negation of the type's frame (below): a
        // clause that also states the consequence outside it ("... but if you sue us over any patent, we can end your
        // licence") keeps its tag.
        'not|never|cannot|t .. terminate|end|cancel|revoke|suspend|withdraw .. licen*|rights / licen*|rights .. not|never|cannot|t end|terminate|cease|lapse|be / not|never|cannot|t be .. terminated|ended|cancelled|canceled|revoked|suspended|withdrawn': 0.7 },
      negations: ['not|never|cannot|t .. terminate|end|cancel|revoke|suspend|withdraw .. licen*|rights / licen*|rights .. not|never|cannot|t end|terminate|cease|lapse|be / not|never|cannot|t be .. terminated|ended|cancelled|canceled|revoked|suspended|withdrawn'],
      requires: ['terminat*|suspend*|revoc*|revoke~', 'licen*|rights ... end|ends|ended|cease~|ceases|lapse~|lapses', 'end .. licen*|rights', 'lose|loses|lost|forfeit~|forfeits ... licen*|rights'] },
  ]),
  ...group('competition', [
    { id: 'non-compete', label: 'Non-compete', description: 'Restraints on competing, and their exceptions.',
      // 'Competition' alone is weaker: a 'COMPETITION LAW' heading, scaled by that near miss, names compliance, not a restraint.
      headings: { 'non-compet*|noncompet*|competing|competitive / restrictive covenant~': 0.75, 'competition': 0.55, 'exclusivity': 0.3 },
      phrases: {
        'compete~|competitive|competing .. business|product~|service~|activit*': 0.45, 'not to compete / non-compete|noncompete|non-competition': 0.85,
        // Using what is licensed to build a rival to it, the click-through's restraint: "you agree not to use the Service to build
        // a product or service that competes with it", "to develop a competitive offering".
        'use .. to build|develop|create|design|make ... compete~|competes|competing|competitive|alternative|substitute': 0.6,
        // An agent barred from representing other makers (its context, the rival principals, is among the required words below).
        'not|never|nor ... represent~|represents any|another|other .. manufacturer~|manufacturers|principal~|principals|producer|producers|supplier~|suppliers|brand|brands / not|never|nor ... agent|agents for any|another|other .. manufacturer~|manufacturers|principal~|principals|producer|producers|supplier~|suppliers|brand|brands': 0.5,
        'engage~ in .. business .. compet*|similar': 0.65, 'directly or indirectly .. engage|own|manage|operate|compet*': 0.55,
        // A restraint need not say "compete": "shall not engage in any business which manufactures or sells products in the Field".
        'engage~ in .. any .. business|enterprise|venture|activity ... which|that .. manufactur*|develop*|market*|sell~|sells|distribut*|offer~|provid*': 0.5,
        // The blue-pencil sentence that follows restrictive covenants: "unreasonable in scope, time or geography".
        'unreasonable|reasonable in scope|duration|time|geograph* / narrower|lesser scope|geography|area': 0.55,
        // The distributor's restraint: "shall not market, sell or distribute any products which are competitive with the Products", "shall handle no competing products".
        'not ... sell~|market~|distribut*|handle*|carry|stock|stocks|represent~|promot*|manufactur* ... competitive|competing|compete~': 0.55,
        'handle*|carry|carries|stock|stocks|represent~|sell~|distribute~ no .. product~|products|goods|lines': 0.5,
        // The exception to a restraint (CUAD's Competitive Restriction Exception): "the exclusivity shall not prevent Licensor from ...".
        'exclusivity ... shall|will|does|do not .. preclude|prevent|restrict|limit|prohibit|apply': 0.55,
        // The restrained object named by what it does: "products that will compete with the Licensed Products".
        'product~|products|service~|services|business|businesses|offering|offerings that|which .. compete~|competes with': 0.45,
        // The exception to a restraint, in its usual frame: "Notwithstanding the foregoing, the provisions of Sections 3.1
        // through 3.8 shall not apply to ...", "shall be entitled to exploit such opportunity outside the Field".
        'notwithstanding .. foregoing|section|sections|article .. provisions|restrictions|covenants|exclusivity ... shall|will not apply|prevent|preclude|restrict|prohibit|limit / entitled|free|permitted to .. exploit|sell|market|develop|commerciali* .. outside the field|territory': 0.4,
        'competitor~': 0.3, 'company|companies|entity|entities|person|persons|undertaking|undertakings|firm|firms that|which .. compete~|competes with': 0.4,
        // The rivalry said as the activity's nature, as Czech, Slovak and German drafting in translation says it ("shall refrain
        // ... from gainful activity that is identical to the Employer's line of business or that would be of a competitive
        // nature to it", "any business of a competing character").
        'activit*|activities|business|businesses|work|employment|occupation|undertaking|undertakings|enterprise ... of a|an competitive|competing nature|character': 0.5,
        // The short form: "No competing work for 12 months after you leave."
        'no|not|never competing|competitive|rival work|employment|jobs|job|engagements|business|businesses|activities|activity': 0.6,
        // The capacity aside of a restraint, whoever it is done with or for ("shall not, either by itself or through any of its
        // group concerns, manufacture or deal in", "itself or with a Third Party, research, develop or commercialize", "on its own
        // account or for any other operator", "whether alone or jointly with or as agent for any other person"), beside a trade
        // verb and its object named as any of a kind; not a confidentiality duty's ("shall not, itself or through any third party,
        // disclose"), nor a grantor's promise not to market the licensed goods itself ("shall not itself, or through others,
        // market the System to customers in these countries"), which is exclusivity.
        'not|nor|never|refrain ... itself|himself|herself|themselves|alone|account or .. through|with|jointly|together|for|via|by|in|as ... manufactur*|make|develop*|research|commerciali*|market|sell|deal|trade|distribut*|produce|import|operate|conduct|carry|engage .. any|all / not|nor|never|refrain ... manufactur*|make|develop*|research|commerciali*|market|sell|deal|trade|distribut*|produce|import|operate|conduct|carry|engage ... itself|himself|herself|themselves|alone|account or .. through|with|jointly|together|for|via|by|in|as': 0.45,
        // Dealing in no goods of the kind but the licensed ones ("shall not ... manufacture or deal in any two-wheeler braking
        // systems other than the Licensed Products").
        'not|nor|never ... manufacture|make|produce|sell|deal|distribute|market|import|stock|handle|trade ... any ... other than the|its|our|your? .. licensed|contract? products|goods': 0.5,
        // Acting for anyone else in the role the party fills ("shall not act as an investigator in any clinical trial ... sponsored
        // by anyone other than the Sponsor", "shall not act as agent for any other principal").
        'not|nor|never ... act|acting|serve|serving as ... any other|another / not|nor|never ... act|acting|serve|serving as ... anyone|anybody|someone|somebody other|except|but / not|nor|never ... act|acting|serve|serving as ... any person|party|entity|company|firm|body other|except|but': 0.45,
        // (The work's sponsor named as anyone but the party, however far from the restraint's verb: "shall not act as an
        // investigator in any clinical trial of a product for the treatment of plaque psoriasis sponsored by anyone other than the
        // Sponsor".)
        'sponsored|funded|commissioned|conducted|organised|organized|run by anyone|anybody|someone|somebody other|except|but than? the / sponsored|funded|commissioned|conducted|organised|organized|run by any third? person|party|entity|company|firm|body other|except|but than? the': 0.4,
        // Engaging in a trade named by its activity ("undertakes not to engage ... in the manufacture or sale of tortilla-making
        // machinery in the States of Jalisco"). Weak alone.
        'not|refrain|refrains|nor|never ... engage~|engaging|engaged ... in the manufacture|sale|sales|production|distribution|marketing|supply|provision|importation|import|trading of': 0.4, 'notwithstanding the foregoing .. shall not apply / exception~ to .. exclusivity': 0.4,
        'carry on .. business|activity|undertaking ... compet* / engaged|concerned|interested in .. business|activity|undertaking ... compet*': 0.65,
        // English share-sale drafting names the restraint by its defined terms: "shall not carry on, or be concerned or interested in,
        // any Restricted Business within the Restricted Area".
        'restricted business|businesses|activities': 0.6,
        // Dutch and German drafting in translation restrains being active in a field or sector ("shall refrain ... from being active
        // in any manner whatsoever, whether directly or indirectly, in the field of industrial bakery equipment").
        'not|refrain|refrains|nor|never ... be|being|become|becoming active ... in|within the field|fields|sector|sectors|industry|market|business of': 0.5,
        // The passive-investment exception: "does not prevent the Licensee from holding up to 3% of the shares of a listed company".
        'hold~|holds|holding|own~|owns|owning .. #num .. shares|stock|securities|equity ... listed|quoted|publicly|traded|exchange': 0.5,
        // A restraint measured by distance: "must not operate a café within a 5 km radius of the Premises".
        'operate|open|conduct|carry|run .. business|outlet|store|shop|restaurant|café|cafe|clinic|practice ... within .. radius|km|kilometres|kilometers|miles of': 0.55, 'in competition with': 0.3,
        // The same restrained, whatever the place is called ("you agree not to open a dog grooming salon within ten miles of any
        // of our locations"): the negation and the distance carry it.
        'not|never|won|cannot .. @operate ... within .. radius|km|kilometres|kilometers|miles of / don|mustn|shan|can t .. @operate ... within .. radius|km|kilometres|kilometers|miles of': 0.55,
        // Plain English names the rival by doing what the party does ("you won't build or sell a product that does what the
        // Platform does"; "you can't set up or join a business that does what we do in Ontario").
        'not|never|won|can|don|cannot ... business|businesses|product~|products|service~|services|company|companies|app|apps|anything|something that|which does|do what .. do|does': 0.55,
        // Working for the competition, in any words (word-classes.ts): "be employed by or provide services to any Competitor",
        // "you will not take on work from any of our rivals".
        'not|never|neither|nor|refrain|won ... @serve .. any|a|an|our|its|their? .. of? our|its|their|the? @rival': 0.55,
        // Running a business that does what the restraint protects: "acquire, own or operate any business that engages in the Business".
        '@operate .. any|a|an .. business|enterprise|undertaking|venture|company|firm that|which .. engage~|engages|compete~|competes|rival~|rivals': 0.45, 'competing product~|products|business': 0.55, 'nothing ... prevent|prohibit|restrict|preclude|limit~': 0.45,
      },
      modal: [
        // "Both parties agree that they will not compete with ...": the restraint named by its own verb.
        { verbs: 'compete~', polarity: 'prohibition', weight: 0.8 },
        // After the modal the verb of a restraint is in its base form ("shall not sell"); an inflected form there is a
        // passive or a noun ("cannot be provided", "shall not permit the marketing of"). Engage keeps "shall not be engaged in".
        { verbs: 'compete~|engage~|develop|market|sell|distribute|represent|manufacture|commercialize|commercialise|provide|offer|promote|research|own|invest|place|advertise|link|acquire|enter|carry|run|conduct|manage|assist|join|participate', polarity: 'prohibition', weight: 0.5 },
      ],
      // Restraint frames (frames.ts): a restrained act whose object is a competing or like business, in any words ("may not
      // start, own, or work for a business that sells the same kind of products", "no business that competes with the
      // Business may be established ... by the Seller"), or the defined Restricted Business.
      frames: [
        // (A role taken up is the act too: "shall not take up employment with ... a company that conducts business in competition".)
        // (The business named by who runs it too: "take up any engagement with a rival mobile money operator".)
        // (The work a role does too: "shall not take up any position with a licensed bank in which he would perform functions
        // similar to those he performed for the Bank".)
        // (Reselling too: "you agree not to resell, refer customers to, or build integrations for any rival payroll product".)
        { act: 'compete~|engage~|@operate|@serve|develop|manufacture~|market|sell~|resell~|distribute~|employment|engagement|position|directorship', object: ['@rival|similar|same|identical|competitive|like|competition', 'business|businesses|product~|products|service~|services|activity|activities|enterprise|undertaking|venture|company|companies|entity|firm|goods|line|lines|kind|type|operator~|operators|provider~|providers|organisation~|organisations|organization~|organizations|concern|concerns|establishment~|establishments|outlet~|outlets|employer~|employers|functions|duties'], weight: 0.55 },
        // Taking part in a business named by its trade, the restraint's object said by what the business does rather than by
        // its rivalry ("shall not ... be engaged, concerned or interested in any business carrying on the trade of manufacturing
        // precision moulds", "may not set up or join any company developing payment software"). Taking part only: not
        // providing or assisting, which a supply or a confidentiality clause restrains too.
        // (A place of business too, and the trade said as what the business is given to, as Spanish, Portuguese and Italian
        // drafting in translation says it: "shall not operate, manage or hold any interest in any establishment devoted to the
        // sale of artisanal ice cream", "any company dedicated to the manufacture of", "any business engaged in the sale of".)
        { act: 'engage~|interested|concerned|involved|associated|employed|@operate|join|invest|work|working|serve|advise|consult|partner', object: ['business|businesses|enterprise|enterprises|undertaking|undertakings|venture|ventures|company|companies|firm|firms|concern|concerns|startup~|startups|establishment~|establishments', 'carrying|carries|dealing|deals|trading|trades|manufacturing|manufactures|developing|develops|producing|produces|selling|sells|supplying|supplies|distributing|distributes|importing|imports|offering|offers|operating|operates|conducting|conducts|devoted|dedicated|engaged'], weight: 0.5 },
        { act: 'compete~|engage~|@operate|@serve|develop|manufacture~|market|sell~|distribute~', object: ['restricted', 'business|businesses|activity|activities'], weight: 0.55 },
      ],
      negatives: { 'competitive bid*|pricing|rates': 0.5, 'obligation~ of .. confidentiality|non-competition|non-compete / not under any .. obligation': 0.6, 'anti-competitive|anticompetitive / competition law': 0.5,
        // Competition law's wrongs by their names (collusive tendering, bid rigging, a cartel): a duty to stay clear of them is
        // compliance, not a restraint on competing with the other party ("shall comply with the Competition Act 89 of 1998 and
        // shall not engage in collusive tendering or any other prohibited practice").
        'collusive|collusion|cartel|cartels|bid-rigging / bid rigging': 0.8,
        // Competition law's formula (Art. 101 TFEU and its national copies): an agreement or concerted practice that prevents,
        // restricts or distorts competition is unlawful dealing, not a restraint on competing with the other party.
        'prevention|restriction|distortion|lessening|prevent~|prevents|restrict~|restricts|distort~|distorts|lessen~|lessens .. of? competition / concerted practice~|practices / effect|effects on competition': 0.8,
        // A permission that reaches competing products restrains no one ("You may use, modify and distribute the Software ...,
        // including in products that compete with our own").
        'including|even in|into|for|within .. product~|products|services|offerings|software|apps that|which .. compete~|competes': 0.6,
        // A separate agreement named for the covenant ("in accordance with the Non-Competition Agreement") is a cross-reference.
        'non-compet*|noncompet* agreement': 0.6,
        // An efforts standard measured against "competitive products in the market" restrains nobody.
        'commercially|diligent|reasonable efforts .. means|mean / level of effort': 0.6,
        // An acceptable-use rule ("may not use the Services to distribute viruses") restricts use, not competition.
        'use the|its? services|service|site|website|network|software|platform to': 0.5,
        // (Unless the use is building a rival: "you agree not to use the Service to build a product or service that competes with
        // it", the click-through's restraint, is the phrase below.)
        // Measured against competing products is a comparison, no restraint ("shall benchmark the Licensed Product against
        // competing products each year").
        'benchmark~|benchmarks|compare~|compares|comparison|comparisons|test~|tests|evaluate~|evaluates .. against|with|to .. @rival': 0.6,
        // Confidentiality in its own words: a duty to keep information secret, or a carve-out in the discloser /
        // recipient roles ("shall not preclude the Recipient from providing products competitive with the Discloser's"),
        // is not a restraint on competing.
        'keep|hold|maintain .. in confidence / keep|hold|maintain .. secret|confidential': 0.3, 'discloser / disclosing|receiving party': 0.4,
        // A takeover by a rival is a change of control, the rival its buyer, not a restraint: "If your company is bought by, or
        // merges into, a company that competes with us, we may end your account".
        'bought|acquired|purchased|merges|merged|amalgamated .. by|into|with .. a|an|any? company|entity|person|business|group|firm that|which .. compete~|competes': 0.6,
        // Information kept from a competitor is confidentiality: "shall not disclose ... to any company that competes with".
        'disclose~|divulge~|reveal~|pass|communicate~|furnish~ ... to .. any|a|an? @rival|company|companies|person|persons|entity|entities|third': 0.5,
        // A no-poach of employees is the non-solicit covenant, even where it speaks of "Competitive Products".
        'solicit*|recruit*|hire~|hiring .. employee~|personnel|staff': 0.2,
        // A supplier that sells only "through the Reseller" grants an exclusive channel (exclusivity), it does not stop competing.
        'other than through|via / except through|via': 0.4,
        // Hiring someone else to do the work is exclusive dealing or subcontracting, not competing: "shall not engage any other
        // person to provide services of the same or a similar nature".
        'engage~|retain~|appoint~|hire~ any|an? other|another|third|additional|outside .. to provide|perform|supply|render|undertake|deliver|carry|do': 0.6,
        // Goods kept apart from the rival's goods are stored or shown, not restrained: "shall keep the Products separate from
        // competing products in its warehouse".
        'separate|separately|apart|segregated from .. @rival': 0.7,
        // Kept informed of rivals is market intelligence, no restraint ("shall keep the Supplier informed of the activities of
        // competitors in the Territory and of any competing products launched there").
        'inform~|informs|informed|report~|reports|notify|notifies|advise~|advises ... of|on|about .. @rival': 0.6,
        // A party's freedom to compete, affirmed for the whole agreement, restrains no one and excepts from no restraint ("Nothing
        // in this Agreement shall prevent Licensor from developing, marketing or selling products that compete with the Licensed
        // Products"; "the other may independently develop products that compete with its own, and nothing herein shall restrict
        // such development"). An exception names its restraint instead ("nothing in this Section 8", "the foregoing shall not
        // prevent"), or a holding of shares (its own cue).
        'nothing herein|hereunder ... prevent~|prevents|restrict~|restricts|preclude~|precludes|limit~|limits|prohibit~|prohibits ... develop*|market*|sell~|selling|commerciali*|offer~|offering|independently ... compete~|competes|competing|competitive / nothing in|under this agreement ... prevent~|prevents|restrict~|restricts|preclude~|precludes|limit~|limits|prohibit~|prohibits ... develop*|market*|sell~|selling|commerciali*|offer~|offering|independently ... compete~|competes|competing|competitive / nothing contained herein ... prevent~|prevents|restrict~|restricts|preclude~|precludes|limit~|limits|prohibit~|prohibits ... develop*|market*|sell~|selling|commerciali*|offer~|offering|independently ... compete~|competes|competing|competitive / independently develop~|develops|developing|developed|acquire~|acquires|acquiring ... compete~|competes|competing|competitive': 0.6 },
      requires: ['compete~|competing|competitive|competition|competitor~|non-compet*|noncompet*', 'similar business|product~|products|services', 'rival~', 'same business', 'conflict~ of interest', 'restricted business|businesses|activities|area', 'radius of', 'within .. km|kilometres|kilometers|miles of', 'that|which does|do what .. do|does',
        'engage~ in .. business|enterprise|venture', 'scope .. time|duration .. geograph*|area|territory',
        // A trade named as 'the business of a ...' ("shall not ... carry on the business of a palm oil mill").
        'business|businesses|trade of a|an',
        // Being active in a field or sector (its phrase above).
        'active ... in|within the field|fields|sector|sectors|industry|market|business of',
        // The same place as the party's own business, plain English's area of a restraint ("you can't run your own delivery app in
        // the same city"; "shall not open a salon in a neighbouring suburb").
        'same|neighbouring|neighboring|nearby|adjacent city|cities|town|towns|suburb|suburbs|locality|neighbourhood|neighborhood|village|precinct',
        // The capacity aside, goods other than the licensed ones, acting for anyone else, a trade engaged in, a substitute built
        // (the phrases above; each said otherwise than its phrase: one cue string is read for one use per type).
        'itself|himself|herself|themselves|alone|account or .. through|with|jointly|together|for|via|by|in|as ... manufactur*|make|develop*|research|commerciali*|market|sell|deal|trade|distribut*|produce|import|operate|conduct|carry|engage .. any|all / manufactur*|make|develop*|research|commerciali*|market|sell|deal|trade|distribut*|produce|import|operate|conduct|carry|engage ... itself|himself|herself|themselves|alone|account or .. through|with|jointly|together|for|via|by|in|as', 'any ... other than the|its|our|your? .. licensed|contract? products|goods',
        'act|acting|serve|serving as ... any other|another / act|acting|serve|serving as ... anyone|anybody|someone|somebody other|except|but / act|acting|serve|serving as ... any person|party|entity|company|firm|body other|except|but', 'sponsored|funded|commissioned|conducted|organised|organized|run by anyone|anybody|someone|somebody other|except|but / sponsored|funded|commissioned|conducted|organised|organized|run by any third? person|party|entity|company|firm|body other|except|but',
        'engage~|engaging|engaged ... in the manufacture|sale|sales|production|distribution|marketing|supply|provision|importation|import|trading of', 'use .. to build|develop|create|design|make ... alternative|substitute',
        // An agent's rival principals: representing another maker is competing with its own ("shall not ... act as agent for or
        // otherwise represent any manufacturer of motor vehicle batteries in Kenya other than the Principal"). (Not 'represent to
        // any supplier that', a representation made.)
        'represent~|represents any|another|other .. manufacturer~|manufacturers|principal~|principals|producer|producers|supplier~|suppliers|brand|brands / agent|agents for any|another|other .. manufacturer~|manufacturers|principal~|principals|producer|producers|supplier~|suppliers|brand|brands'] },
    { id: 'non-solicit', label: 'Non-solicit', description: 'No-solicit of customers or employees, non-disparagement.',
      headings: { 'non-solicit*|nonsolicit*|non-hire|no-hire|non-disparagement|disparagement|solicitation / no solicit*': 0.9 },
      phrases: {
        '@lure .. @staff': 0.7, '@lure .. away': 0.65, 'solicit~|divert~|entice~|interfere~|induce~|poach~|lure~|persuade~ .. @customer|supplier~': 0.7,
        'disparag*': 0.85, 'defamatory|derogatory|negative .. statement~|remark~|comment~': 0.6, 'bring|brings .. into disrepute': 0.7, 'tarnish~ .. reputation|goodwill': 0.6, 'harmful to .. reputation|goodwill': 0.5,
        'leave .. employ|employment': 0.6, '@lure ... person~|persons|individual~|individuals|anyone|people .. employed|engaged': 0.7, 'entice~|entices away / poach~|poaches|poaching': 0.6,
        'approach~|approaches|canvass~|canvasses .. any? .. @customer|@staff': 0.6,
        // Plain English's luring: "you won't try to get any of our clients to move their business to you".
        'try|tries|trying|attempt|attempts|attempting to get|take|win|steal|lure|poach any|some of our|your|their|its|the .. @customer|@staff .. to? move|leave|switch|stop|transfer|join|work|away': 0.8, 'divert~|diverts|diverting .. business|custom|orders|trade': 0.6, 'poach~|poaching .. of? .. staff|employees|employee~|personnel': 0.7,
        // CUAD counts conduct that harms the other party's name (morals clauses) as non-disparagement.
        'prejudicial|injurious|detrimental|damaging|harmful to .. reputation|goodwill|image|name': 0.6, 'public .. hatred|contempt|scorn|ridicule|disrepute': 0.7, 'enhance .. positive? image|reputation': 0.5,
        // Conduct that harms the other's name, in a morals clause's list: weak alone (below the type's threshold).
        // (Not "moral turpitude": a conviction for such a crime ends a franchise or an employment for cause.)
        'harming|injuring|diminishing .. goodwill|reputation|image / scandal|scandalous|immoral|indecent|offensive .. conduct|behavior|behaviour|activities|acts': 0.45,
      },
      modal: [{ verbs: 'solicit~|recruit~|disparage~|induce~|entice~|divert~|poach~|lure~|headhunt~|denigrate~', polarity: 'prohibition', weight: 0.75 },
        // "shall not, directly or indirectly, call upon any Customer".
        { verbs: 'hire~|employ~|contact~|call|approach~|canvass~ .. @staff|@customer|individual~|individuals|person|persons', polarity: 'prohibition', weight: 0.75 }],
      // Restraint frames (frames.ts): luring or approaching the other party's people or customers, whatever the order of
      // the words ("No employee of the Company shall be solicited, hired or engaged by the Purchaser"; a lead-in "Vendor
      // shall not:" over "(ii) offer employment to any person who was a Customer Employee").
      frames: [
        { act: '@lure|approach~|canvass~|divert~|interfere~|contact~|ask|deal', object: ['@customer|custom'], weight: 0.8 },
        { act: '@lure|approach~|canvass~|contact~|engage~|retain~', object: ['@staff'], weight: 0.8 },
        { act: 'offer~', object: ['employment|job|jobs|position|positions|engagement'], weight: 0.8 },
      ],
      // Debarment warranties ("will not hire any debarred person") screen staff; they do not protect the other party's staff.
      // Being employed by a rival is working for it (a non-compete), not luring anyone ("The Employee shall not ... be employed by
      // or provide services to any Competitor"): the passive's subject is the person restrained, the rival its agent.
      negations: ['employed|engaged|retained|hired by .. any|a|an|another? @rival'],
      negatives: { 'employed|engaged|retained|hired by .. any|a|an|another? @rival': 0.8,
        'debarred / debarment / excluded from participation': 0.8, 'general solicitation': 0.4, 'solicit~ .. offers|bids|proposals|orders|subscriptions|proxies|votes': 0.7,
        // Soliciting a benefit for oneself is bribery or a gifts rule, not luring anyone ("must not solicit or accept any gift or hospitality").
        'solicit~ .. gift~|gifts|hospitality|bribe~|bribes|kickback~|kickbacks|gratuity|gratuities|inducement~|inducements|donation~|donations|favour~|favours|favor~|favors|payment~|payments|reward~|rewards': 0.8,
        // A no-shop solicits no person but a deal: "won't solicit, encourage or negotiate any other financing or sale offers".
        'solicit~ ... other|alternative|competing|acquisition|takeover|financing|sale|merger .. offers|proposal|proposals|bids|financing|financings|transaction|transactions': 0.5 } },
    { id: 'price-restriction', definitionFactor: 0.5, label: 'Price restriction', description: 'Fixing or limiting prices.',
      // A "Price Increase" heading usually announces that a party MAY raise prices on notice; CUAD marks a clause only
      // where the change is limited (a cap, a freeze, once a year), so the heading is context and the limit is the cue.
      headings: { 'price~|pricing restriction~ / resale pric* / price~|pricing protection|freeze|cap': 0.7, 'price~ change~|increase~|adjustment~': 0.3 },
      phrases: {
        'adjust*|increase~ .. not|no .. exceed #num / adjust*|increase~ .. not|no more than #num / no .. adjust*|increase~ .. exceed #num': 0.6, 'maximum|max charge|charges|price|prices|fee|fees of': 0.6, '@price .. cap|capped|ceiling': 0.55,
        '@price .. remain|remains|stay|stays .. @frozen|unchanged|same / @price .. freeze': 0.6,
        '@price .. shall|may|will|must not .. @raise|exceed|change~|vary|varied|alter~|revise~|revised|adjust~|adjusted': 0.75, '@raise .. @price .. no more than / @raise .. @price .. not .. exceed': 0.6,
        // The same limits with the family of price words (word-classes.ts @price: fee, tariff, rates, charges, rent ...).
        'not|no .. @raise .. @price': 0.6, '@price .. won|don|can|shan|mustn t .. @raise|go|change~ / @price .. not .. go|goes up': 0.6,
        '@price ... be|remain|remains|is|are|stay|stays .. @frozen .. for|until|during|throughout|through / @price ... frozen|locked': 0.6,
        '@raise|adjustment~|adjustments|change~|changes .. to|in|of? the? @price ... capped|limited .. at|to': 0.6,
        // Plain English: "we won't put our prices up" (n't is a word of its own to the cue scan).
        'won|don|shan|mustn|can t .. @raise|put .. @price / put|puts .. @price up': 0.55,
        // A change capped by an index or a count of changes: "no increase shall exceed the change in the Retail Prices Index".
        'no|any increase|increases|adjustment|adjustments .. shall|will|may|must not? exceed': 0.45, 'retail prices|price index / rpi': 0.5, '@raise|adjust~ .. more than once': 0.5,
        // A limit on a change ("any price increase shall be limited to 3%") and a floor on resale ("shall not sell below the minimum advertised price").
        '@price @raise .. limited|capped / @raise .. @price .. limited|capped to': 0.6,
        'not .. sell|resell|offer|advertise~ .. below|under .. price~|prices / not .. sell|resell|offer|advertise~ .. less than .. price~|prices / minimum advertised price~': 0.6,
        'resale|retail price~ .. set|fix|fixed|determine~ / minimum resale|retail|advertised|selling? price~|prices|pricing': 0.7, 'sell .. at|below .. price~ .. established|set|specified|determined': 0.5, 'price~ .. fixed|firm for': 0.55, '@raise|adjust~ .. @price .. once|annually / adjust~ .. @price .. not to exceed': 0.65,
        'cpi / consumer price index': 0.5, 'resell|re-sell|resale .. at|below|above .. price~|prices': 0.4,
        // A price floored or capped by another's list ('shall resell the Products at prices no lower than those in the Supplier's
        // recommended price list'). Led by 'at prices', not the verb: selling is common, this is not.
        'at|for prices|price no|not lower|higher|less|greater than': 0.55, 'resale price~|prices|pricing': 0.45, 'follow|observe|adhere .. price list|lists|pricing|prices': 0.4, 'at|for the? price~|prices .. fixed|set|determined|prescribed|stipulated|dictated|specified by': 0.55,
        'not .. grant|give|offer|allow .. discount~|discounts|rebate~|rebates / discount~|discounts|rebate~|rebates .. not|no .. exceed~|exceeding / discount~|discounts|rebate~|rebates .. not|no .. more|greater than': 0.55, 'increase~ .. price~|prices|rates|fees|charges|tariff~ .. once|annually|yearly / price~|prices|rates|fees|charges|tariff~ .. increase~ .. once|annually|yearly': 0.6, 'adjust~|increase~ .. not to exceed #num': 0.55,
      },
      // A party left free to set its own prices is the opposite of a restriction.
      // Restraint frames (frames.ts): a price that may not be raised or changed (the passive: "The prices ... may not be
      // increased"), goods not to be sold above or below a price, or no charging more.
      frames: [
        { act: '@raise|change~|vary|varied|alter~|revise~|adjust~', object: ['@price'], weight: 0.65 },
        { act: 'sell~|resell|resold|offer~|advertise~|market', object: ['@price|rrp|msrp|mrp', 'below|under|less|lower|above|exceed~|exceeding|more|higher|maximum|minimum|discount~|discounted'], weight: 0.65 },
        { act: 'charge~', object: ['more|higher|above|exceed~|exceeding|excess'], weight: 0.6 },
      ],
      negatives: { 'its|their own .. prices|pricing / free to .. set|determine|establish .. price~|prices|pricing / sole discretion .. price~|prices|pricing / price~|prices|pricing .. sole discretion': 0.7,
        // A cap on expenses reimbursed, or on a fee's total, limits what one engagement costs, not the price of goods or services.
        'reimburs* .. expenses|costs / out-of-pocket expenses|costs': 0.4,
        // Shares issued or sold at no less than their nominal value: a rule of company law, not a price of goods or services.
        'nominal|par value / new|ordinary|preference|preferred shares': 0.5 } },
    { id: 'volume-restriction', label: 'Volume restriction', description: 'Output, volume or quantity limits.',
      headings: { 'volume|capacity|quantity limit~|allocation': 0.5 },
      // A volume restriction caps a COUNT of things (units, copies, users, hours, capacity): the limit word alone
      // ("maximum", "up to 10", "shall not exceed") is weak evidence, the limit word with a quantity noun is strong.
      phrases: {
        // The count nouns of use and output are one class (word-classes.ts @count): units, copies, users, devices, land planted, outlets.
        'not|no more than .. @count': 0.65,
        // (Taking from a resource, running a service or providing hours too: "shall not abstract more than 500 cubic metres of
        // water per day", "must not provide more than 1,500 hours", "may run no more than four journeys a day".)
        'not .. plant|grow|harvest|install|deploy|run|print|publish|import|export|purchase|use|take|catch|extract|abstract|remove|draw|provide|perform|operate|open|admit|carry .. more than #num / plant|grow|harvest|install|deploy|run|print|publish|import|export|purchase|use|take|catch|extract|abstract|remove|draw|provide|perform|operate|open|admit|carry no|not more than #num': 0.55, 'not .. produce|manufacture|make|sell|supply|deliver|ship .. more than / neither .. produce|manufacture|make|sell|supply|deliver|ship .. more than / produce|manufacture|make|sell|supply|deliver|ship no more @count': 0.55,
        // The same ceiling said as 'no greater than' or 'in excess of' ("may produce ... at a rate of no greater than 2,000 per
        // week", "shall not print in excess of ten thousand (10,000) copies").
        // (Not 'more than' so far on, nor delivering or making: "make deliveries ... no more than [***] days before" is timing.)
        'produce|manufacture|print|publish|install|deploy ... no|not greater than #num / not .. produce|manufacture|print|publish|install|deploy|import|export .. in excess of #num': 0.5,
        // A named ceiling ("shall not exceed the Annual Cap", "production in excess of the Volume Ceiling").
        'exceed~|exceeds|exceeding|surpass~ the? annual|monthly|quarterly|weekly|daily|yearly|production|output|volume|unit|usage|sales cap|ceiling|quota|allocation / in excess of|beyond|above the? annual|monthly|quarterly|weekly|daily|yearly|production|output|volume|unit|usage|sales cap|ceiling|quota|allocation': 0.55,
        'up to #num .. @count|persons|people|individuals|appearances|events': 0.45,
        // People admitted counted: a trial's subjects, a course's students ("shall not enrol more than 25 Subjects in the Study
        // without the Sponsor's approval", "may not admit more than 40 students to the Programme"). The people named after the
        // figure: "shall not enrol any Subject more than 30 days after screening" is timing.
        'not .. enrol|enroll|enrols|enrolls|recruit|recruits|admit|admits|register|registers|accept|accepts .. more than #num .. subjects|patients|participants|students|trainees|volunteers|members|persons|people|individuals|@count': 0.55,
        // A ceiling on how many at once is a volume limit whatever is counted ("may station no more than three of its staff at the
        // Bank's premises at any one time", "up to five devices at any one time"). (Not 'at the same time', mostly a conjunction:
        // "no more than 30 days after the invoice date, and at the same time".)
        'no|not more than|over #num ... at any one|given time': 0.55, 'limited|capped|restricted to|at a? #num .. @count / limited|capped|restricted to|at a? maximum|total|aggregate|ceiling of #num .. @count': 0.55, 'at most #num .. @count': 0.55,
        // An allowance said as a permission per period: "Each account can send 500 emails per day", "may make 20 copies a month".
        'can|may .. #num @count per|a|an|each|every day|week|month|year|hour|minute|quarter': 0.45,
        // The quantity named before its figure: "The licence is limited to a production volume of 5,000 units per calendar year".
        'limited|capped|restricted to .. @quantity of #num': 0.55,
        // The ceiling a quantity stated elsewhere ("may produce the Licensed Products only up to the annual production quantity
        // stated in Appendix 3", "is limited to the quantity separately agreed upon in writing").
        'only up to the? .. quantity|quantities|volume|volumes|number / limited|capped|restricted to the .. quantity|quantities|volume|volumes|number': 0.45,
        // CUAD's Volume Restriction: use beyond a threshold costs more or needs consent.
        'excess|exceed~|exceeding|beyond|above ... additional|extra|overage|excess .. charge~|charges|fee~|fees|cost~|rate~|price~': 0.45, 'overage~|overages': 0.5,
        'not be? required|obligated|obliged to .. supply|deliver|accept|manufacture|allocate|provide|purchase|produce|ship|transport|process|handle|store .. more|beyond|above|excess': 0.55,
        'maximum .. @quantity|@count': 0.6, 'in excess of .. units|quantity|forecast|capacity|hours / in excess of .. free time': 0.5,
        'exceed~ .. forecast~|quantity|quantities|capacity|volume~|units|hours|copies|users|utilization / exceed~ .. aggregate|total of ... hours|units|copies|users|quantity|quantities|volume~': 0.5, 'volume limit~|cap / quantity limit~|cap / capacity limit~': 0.7,
        // A telecom plan's fair-use cap, and the throttle past it ("a fair-use limit of 500 GB per line per month, beyond which
        // speeds will be reduced", "once you reach it, speeds drop to 1 Mbps").
        'fair use|usage limit|limits|cap|caps|allowance|threshold / data limit|limits|cap|caps|allowance|allowances': 0.6, 'speed|speeds|bandwidth .. drop|drops|reduced|slowed|throttled|lowered|limited .. to #num': 0.45, 'user|usage|seat|device|transaction|bandwidth cap|caps|limit|limits|allowance|allowances / storage cap|caps|allowance|allowances|quota|quotas': 0.55,
        // A count that may not be passed: "the aggregate number of Authorised Users ... shall not exceed the User Cap".
        'number of .. @count ... shall|will|may|must not .. exceed / number of .. @count ... not to exceed': 0.55,
        'quantity|quantities|volume~|capacity|output|usage|units ... shall|will|may not .. exceed / quantity|quantities|volume~|capacity|output|usage|units ... not to exceed': 0.6,
        // A count held under a figure or a named ceiling: "Output ... is capped at 500 tonnes", "sales ... limited to the Sales Ceiling".
        '@quantity|sales ... capped|limited|restricted at|to .. #num|ceiling|cap|maximum|max': 0.55,
        'excess|additional capacity': 0.35, 'not to exceed / shall|may not exceed': 0.25, 'up to #num': 0.3, 'not more than #num': 0.2,
        'limit|limits|limiting the? total|aggregate|maximum? number|quantity|quantities|volume|amount of': 0.45, 'maximum~|max': 0.12, 'more than #num .. users|customers|copies|units|sites|locations|seats': 0.5,
        // A tolerance band on quantities: "orders shall not deviate from the Forecast by more than 10%", "a +/-5% deviation from the number of batches".
        'deviat* from the|any|its|such|each? most|then? recent|latest|current|applicable|agreed|committed|rolling? forecast~|forecasts|forecasted|quantity|quantities|number|volume~': 0.5,
        // A ceiling set as a share of the forecast or the capacity ('shall not exceed one hundred twenty percent (120%) of the
        // quantity forecast for such month').
        'exceed~|exceeds|exceeding ... percent|% of the? .. forecast~|forecasts|forecasted|quantity|quantities|volume~|volumes|capacity': 0.45,
      },
      negatives: {
        'maximum extent / extent permitted|allowed / maximum rate|interest / rate permitted|allowed / maximum amount permitted|allowed': 0.85,
        // A physical maximum, a load's weight or a vehicle's speed, is a specification or the law's, no cap on what is made or sold
        // ("shall not exceed the maximum gross vehicle weight permitted under the Motor Vehicles Act").
        'maximum|max .. weight|load|axle|speed|height|width|length|dimension~|dimensions|temperature|pressure|voltage': 0.7,
        // (An LLC's equity is its units: "beneficial ownership of more than fifty percent (50%) of the outstanding Units".)
        'liability|liable|damages': 0.6, 'shares|stock|warrant~|notes|securities|principal / outstanding|issued|membership|voting units|interests': 0.5, 'interest .. per annum|month / late payment~': 0.6,
        // Recitals describe the background (a plant's capacity), not a limit the parties agree to.
        'whereas': 0.7,
        // A number of renewals or extension periods ("may extend for up to six additional one-year periods") counts time, not volume.
        // The period noun right after the count ("additional Authorized Users during the Subscription Term" is users).
        'up to #num additional|successive|renewal|further|consecutive #num? year~|years|month~|months|period~|periods|term~|terms|extension~|extensions / up to #num additional|successive|renewal|further|consecutive #num? year|month|one-year|two-year .. period|periods|term|terms': 0.6,
        'up to .. $|dollars|usd|eur|euro|euros|gbp|rmb|cny|hkd|jpy|krw|chf|cad|aud|nzd|zar|sgd|inr|fee|fees|compensation|reimburs*|expenses|payment / not more than .. $|dollars|usd|eur|euro|euros|gbp|rmb|cny|hkd|jpy|krw|chf|cad|aud|nzd|zar|sgd|inr|fee|fees|compensation|reimburs*|expenses|payment / maximum .. $|dollars|usd|eur|euro|euros|gbp|rmb|cny|hkd|jpy|krw|chf|cad|aud|nzd|zar|sgd|inr|fee|fees|compensation|reimburs*|expenses|payment / exceed~ .. $|dollars|usd|eur|euro|euros|gbp|rmb|cny|hkd|jpy|krw|chf|cad|aud|nzd|zar|sgd|inr|fee|fees|compensation|reimburs*|expenses|payment': 0.35,
        // A limit on a rate or a price caps what is paid per unit, not how many units: "the maximum royalty rate", "the
        // Prices shall not exceed", "rates charged ... will not exceed".
        'maximum|max .. royalty|royalties|rate|rates|price|prices|tariff~ / royalty|royalties|rate|rates|price|prices|tariff~ .. shall|will|may|not|never .. exceed~': 0.5,
        // The counterparts clause: "it shall not be necessary to produce or account for more than one counterpart".
        'counterpart|counterparts': 0.8, 'up to #num days|months|years|weeks|business|calendar|percent|% / up to #num per cent|centum': 0.5,
        // How long something lasts is no count of what is made or used: "Each meeting ... shall last no more than two hours".
        'last|lasts|lasting|take|takes .. no|not more|longer than .. hours|minutes|days|weeks': 0.7,
        // An order's size names a kind of order, not a ceiling ("Orders for more than 5,000 units in a single month shall be
        // delivered in instalments"); an option to buy more is no cap on use ("Customer may order up to 1,000 additional
        // Licenses at the prices set forth in Exhibit B").
        'order|orders|deliveries|shipments|consignments|purchases for|of more|over|fewer|less than #num / order|orders|purchase|purchases|buy|acquire .. up to #num additional': 0.6,
        // A count that a fee is computed on ("$7.50 per note based on the maximum number of notes outstanding") caps nothing.
        'based on|upon the? maximum|average|actual|total number|quantity|volume': 0.3,
        // "Equal to or in excess of" sets a floor (a failure to supply at least that much), the reverse of a cap.
        'equal to or in excess of / equal to or greater than / equals or exceeds': 0.3,
        // A package's size is packing, not a ceiling on what is made or sold ("packed in cartons of no more than 24 units").
        // A holding's size is the passive-investment exception of a restraint ("other than holdings of up to 2% in publicly
        // traded companies"), and a supply sufficient for a number sets how much is supplied, not a ceiling on it ("Study Drug
        // sufficient for up to 15 subjects").
        'holding|holdings|shareholding|shareholdings|stake|stakes of up to / holding|holdings|shareholding|shareholdings|stake|stakes of at most / holding|holdings|shareholding|shareholdings|stake|stakes of no|not more than / sufficient|enough|adequate for up to': 0.6,
        'packed|packaged|packing|palletised|palletized|carton|cartons|pallet|pallets|crate|crates|boxes|containers|bags|packages .. no|not more than / packed|packaged|packing|palletised|palletized|carton|cartons|pallet|pallets|crate|crates|boxes|containers|bags|packages .. up to / packed|packaged|packing|palletised|palletized|carton|cartons|pallet|pallets|crate|crates|boxes|containers|bags|packages .. at most': 0.7,
      } },
    { id: 'market-allocation', label: 'Market allocation', description: 'Allocating customers, markets or territories between the parties.',
      headings: { 'market allocation / allocation of markets|customers|territories / division of markets|customers|territories / referral~ of opportunit* / reserved customers|markets|territories': 0.85 },
      phrases: { 'allocat~ .. customers|markets|territories': 0.8, 'shall not actively? sell|market|solicit|export|seek|canvass .. outside .. territory': 0.7, 'reserved .. territory|customers|markets': 0.6, 'shall not .. sell|supply|market .. in|to .. territory|customers .. of the other': 0.7, 'refrain from .. selling|marketing .. in': 0.7,
        // Markets or customers given to one party: "the territory allocated to the other party", "which is reserved for Licensor",
        // "Division of Markets", "referred to Company A", "each other's existing customers".
        'allocated|reserved to|for the other party|parties / territory|territories|market|markets|customers|sector|region|channels|segment|segments .. allocated|reserved|assigned to|for': 0.6,
        'divi* of|between .. markets|customers|territories|sectors / each other .. customers|markets|territory|territories': 0.65, 'other party .. customers|markets|territory|territories': 0.45, 'not .. compete|bid|tender|quote for .. customers|contracts|business': 0.6,
        'refer~|referred .. to the other ... enquir*|inquir*|opportunit*|customer~|orders / opportunit*|enquir*|inquir* ... shall|will be referred to': 0.55, 'not .. export~ .. to': 0.4, 'sector|segment|market .. assigned|allocated|reserved': 0.6,
        'served|reserved|handled exclusively by': 0.55, 'not|neither|nor .. market|sell|solicit|promote|supply .. in|into the other .. region|territory|market|markets|sector|area': 0.7,
        // "shall not market the Products in the home territory of the other party", "so that each Party has its own market".
        'not|neither|nor .. market|sell|solicit|promote|supply|distribute|accept|serve .. in|into .. territory|territories|region|regions|market|markets|area|continent|country|countries|province|provinces|state|states|district|districts|zone|zones .. of the other': 0.7,
        'each party|parties .. its|their own .. market|markets|territory|territories|region|regions|continent': 0.5,
        'not|neither|nor .. market|sell|solicit|promote|supply|serve|approach|canvass|pitch|target .. the other .. region|territory|market|markets|sector|area|customers': 0.7, 'which|that is|are reserved|allocated for|to': 0.45,
        // The other side's customers or territory by the possessive ("neither of us will pitch to the other's accounts"; not
        // equipment bought 'on IBM's account'), and the
        // restraint mirrored on the other party ("... from customers located in Party B's Territory, and Party B shall likewise
        // refrain from doing so in Party A's Territory"); markets divided between the parties ("agree to divide between them
        // the supply of the public hospitals").
        'not|neither|nor|refrain* ... the other party|parties|distributor|distributors|licensee|licensor|supplier|reseller|dealer|agent|firm|company|member? s @customer|territory|territories|market|markets|region|regions|area|areas': 0.6,
        'in|from|to|into .. s territory|territories|region|regions|market|markets|area|areas ... likewise|similarly|reciprocally|correspondingly|conversely / in|from|to|into .. s territory|territories|region|regions|market|markets|area|areas ... vice versa': 0.6,
        'divide~|divides|dividing|split~|splits|apportion~|apportions|allocate~|allocates between|among them|themselves .. supply|@customer|markets|territories|regions': 0.65 } },
    { id: 'information-exchange', label: 'Information exchange', description: 'Sharing of competitively sensitive information.',
      headings: { 'information exchange / exchange|sharing of information': 0.85 },
      phrases: { 'exchange~|share~|disclose~|swap~|swaps .. pricing|prices|price~|cost~|capacity|output|bids|margins|forecasts / exchange~|share~|disclose~|swap~|swaps .. sales figures|data|volumes': 0.6, 'customer lists / business plans': 0.3, 'competitively sensitive information': 0.9, 'commercially sensitive information': 0.5, 'not .. passed|disclosed|communicated|shared|available .. to .. sales|marketing|pricing|commercial personnel|staff|employees|team|teams|functions': 0.5, 'clean team': 0.85, 'exchange of information': 0.6, 'share|sharing .. information': 0.4,
        // What is competitively sensitive, named: "their respective sales volumes and average selling prices", "production capacity and
        // capacity utilisation figures", "information on prices, output or marketing plans".
        'share~|exchange~|disclose~|provide~|furnish~ ... selling prices / share~|exchange~|disclose~|provide~|furnish~ ... sales volume~|volumes / share~|exchange~|disclose~|provide~|furnish~ ... production capacity / share~|exchange~|disclose~|provide~|furnish~ ... capacity utili* / share~|exchange~|disclose~|provide~|furnish~ ... customer lists / share~|exchange~|disclose~|provide~|furnish~ ... cost data / share~|exchange~|disclose~|provide~|furnish~ ... marketing plans / share~|exchange~|disclose~|provide~|furnish~ ... pricing information': 0.55,
        'information exchanged|shared / information on|about|regarding|concerning .. prices|pricing|output|costs|margins / information on|about|regarding|concerning .. marketing plans': 0.5,
        // Each kept informed of the other's own prices or capacity: "keep the other informed of its list prices and production
        // capacity". The mutual "the other" marks it: a supplier telling its customer its prices is a pricing term.
        'inform~|informs|keep|keeps the|each|one other|another .. of|about|regarding|concerning its|their .. prices|pricing|price~|costs|cost~|capacity|output|margins|bids': 0.6,
        // Sent to the other party: "each Party shall send the other, on the first business day of each month, its current
        // price lists and the tenders in which it intends to bid".
        'send~|sends|transmit~ the|each|one other|another ... prices|pricing|price|costs|margins|bids|tenders': 0.6,
        // What one charges others, told or not told ('Our people won't tell your people what we charge other customers').
        'tell|tells|told|share~|disclose~|reveal~|reveals|discuss~|exchange~ ... what .. charge|charges|charging|charged|pay|pays|paying|quote|quotes|bid|bids .. other|others|another': 0.6 } },
    { id: 'first-refusal', label: 'First refusal', description: 'Rights of first refusal, offer or negotiation.',
      headings: { 'first refusal|offer|negotiation / right of first / rofr|rofo|rofn / purchase option~': 0.8 },
      phrases: {
        'right~ of first refusal|offer|negotiation': 0.9, 'rofr|rofo|rofn': 0.75, 'give~|grant~|have|offer~ .. first right|option|opportunity': 0.55, 'option ... to purchase|acquire|buy': 0.4, 'first right~ to .. negotiate|offer|acquire|purchase|refuse': 0.8, 'option to .. purchase|acquire|obtain|license|buy|extend': 0.45, 'option, but not the obligation': 0.7, 'shall first .. offer / first make an offer': 0.75,
        'terms .. no more favorable|favourable than .. offered': 0.6,
        // The last look after the holder passes: "may offer the opportunity to any third party on terms no less favorable than those offered to Client".
        'third part* on|upon .. terms|conditions .. no|not more|less favorable|favourable': 0.6, 'decides|elects not to .. file|prosecute|maintain': 0.45, 'opportunity to .. participate|invest': 0.45,
        'match~ .. offer|terms|price|conditions': 0.6,
        // A first negotiation written out: negotiate with the party first, and only then offer the opportunity to others.
        'fail~ to .. agree~|agreement ... offer|present .. to .. third|other|others / after .. days .. right to .. offer|present .. other|third': 0.5, 'exclusive negotiation|negotiating period': 0.75, 'offer .. first to / first offer~': 0.7,
        // Pre-emption, the right's name in company and civil-law drafting ("the other shareholders have a right of pre-emption",
        // "pre-emptive rights"), and the holder's priority said as the grantor's duty: no sale "without first offering the same
        // to the Licensor on identical terms", "before approaching any third party" after negotiating with the holder alone.
        'pre-emption|preemption|pre-emptive|preemptive right|rights / right|rights of pre-emption|preemption': 0.85, 'without|before|until|unless first offer~|offers|offering|offered': 0.7,
        'negotiate~|negotiates exclusively|first / exclusively negotiate~|negotiates': 0.5, 'before approaching|soliciting|offering .. to? any|a|another .. third|other|others / prior to approaching|soliciting|offering .. to? any|a|another .. third|other|others': 0.25, 'opportunity|chance to .. purchase|acquire|match|retain|buy': 0.5, 'third party offer': 0.65, 'shall notify .. intention|intent .. to sell': 0.55,
        // The holder's priority by its frame, not its name: a preferential right to acquire (not 'priority to purchase': a joint
        // venture's duty to buy at home first, a supplier's allocation in a shortage); the offer that comes from outside and the same terms the
        // holder may take ("receives a bona fide offer from a third party ... to purchase on the same terms"; "on conditions
        // equivalent to those proposed by the third party"; not terms "no less favourable than" others', most-favoured's
        // comparison); plain English's first look.
        'preferential right|rights to|of .. acquire|acquisition|purchase|buy|license|licence': 0.6, 'bona fide offer|offers|proposal|proposals': 0.5,
        'same|identical|equivalent .. terms|conditions|price ... offered|proposed|made by|from the|a|any third party|parties|purchaser|buyer|offeror / terms|conditions|price .. same|identical|equivalent ... offered|proposed|made by|from the|a|any third party|parties|purchaser|buyer|offeror / offer|offers|proposal|proposals from|by .. third party|parties ... same|identical|equivalent .. terms|conditions|price': 0.6,
        'first look': 0.5,
        // The grantor's first step toward the holder, named with the terms it means to give others ("it shall first inform the
        // Licensee in writing of the intended terms").
        'first .. inform~|informs|notify|notifies|offer~|offers|approach~|approaches|tell|consult ... intended|proposed|contemplated terms|conditions|price': 0.45,
        // The holder's priority in other words, weak alone (under the type's threshold): the grantor may go elsewhere only
        // once the holder declines, or hands the holder an abandoned patent first.
        'unless|until|if .. declines|declined|waives|rejects .. opportunity|offer|bid|right / decline~ to bid|purchase|acquire|exercise|participate / opportunity to take over the? prosecution|maintenance|filing|patent|patents|application|applications / opportunity to assume the? prosecution|maintenance|filing|patent|patents|application|applications': 0.25,
      },
      negatives: { 'equal opportunity': 0.8, 'stock option~|options': 0.5, 'payment option~': 0.6,
        // A securities representation's shares issued free of, or not subject to, pre-emptive rights ("validly issued, fully paid,
        // non-assessable and free of preemptive rights") grants no one a right; it says there is none.
        'free|absence of .. pre-emption|preemption|pre-emptive|preemptive / no|not|nor|without .. pre-emption|preemption|pre-emptive|preemptive': 0.8,
        'non-assessable|nonassessable / validly issued / capital stock / issued and outstanding': 0.8, 'first right ... sue|enforce|commence|institute|defend|prosecute|proceedings|infring*|bring|action|actions|litigation|suit|suits': 0.6,
        // An option to buy out (end) the agreement, or to order a stated extra quantity, gives no priority over third parties.
        'buy out / buyout|buy-out': 0.3, 'option to purchase|buy|order additional|extra|#num': 0.3 } },
    { id: 'antitrust-compliance', label: 'Antitrust compliance', description: 'Compliance with competition law, antitrust savings clauses.',
      headings: { 'antitrust|anti-trust|hsr|hart-scott-rodino / competition law~': 0.9 },
      phrases: { 'antitrust|anti-trust': 0.75, 'competition law~|authorit*': 0.75, 'hart-scott-rodino / hsr act': 0.9, 'article|articles 101|102|81|82 / sherman|clayton act / tfeu': 0.9, 'anti-competitive|anticompetitive': 0.6, 'merger control': 0.8, 'block exemption / ttber / vertical restraints / competition rules|act|acts': 0.8,
        'competition|antitrust|anti-trust .. act|acts|legislation|regulation|regulations|authority|authorities|tribunal': 0.7,
        // The independence that competition law asks for: "each Party shall independently determine its prices".
        'independently|unilaterally .. determine|set|establish|decide .. price~|prices|pricing / each .. set|determine|establish .. its|their|our own prices|pricing': 0.5 } },
  ]),
  ...group('governance and process', [
    { id: 'governance-committee', label: 'Governance committee', description: 'Joint steering committees, membership, meetings, minutes.',
      headings: { 'committee~|governance|steering / alliance management': 0.85 },
      phrases: { 'joint .. committee': 0.85, 'steering committee': 0.9, 'committee .. meet~|members|representatives|minutes': 0.75, 'alliance manager~': 0.7, 'minutes of .. meeting': 0.5, 'committee': 0.35,
        // Other names for the body: "a project board which shall meet", representatives appointed to it, its decisions.
        'project|steering|management|operating|supervisory|joint board|group|team .. meet|meets': 0.6, 'appoint~|designate~ .. representatives|members .. to .. board|committee|group|panel|team': 0.7,
        'decisions of the .. board|committee|group|panel .. unanimous*|majority|consensus|unanimously': 0.7,
        'body|board|group|panel|committee|council .. composed|consisting|comprised|made up of .. representatives|members|delegates': 0.7, 'decisions .. taken|made|adopted .. unanimously|unanimous*|majority|consensus': 0.5,
        // Members from each party make a body only with the body named: not "disputes referred to the representatives of each party".
        'committee|board|panel|team|council|body|group ... members|representatives|delegates from|of each party|parties / committee|board|panel|team|council|body|group ... members|representatives|delegates appointed by each party|parties / members|representatives|delegates from|of|appointed by each party|parties ... committee|board|panel|team|council|body|group': 0.6, 'form|establish|constitute .. committee|board|group|panel|team|body|council|forum': 0.45, 'coordination|coordinating|liaison body|board|committee|group|panel|council': 0.6,
        // A body meeting at a cadence: 'the Joint Commercial Team shall meet monthly'. Not the parties meeting once a year to review
        // improvements (no body: the governance rules on a committee's membership do not apply), nor one party meeting the other.
        'committee|board|team|group|panel|council|body|forum .. meet|meets .. every|each|once|twice .. month|quarter|week|year|months|quarters|weeks / committee|board|team|group|panel|council|body|forum .. meet|meets .. monthly|quarterly|regularly|periodically|annually|semi-annually|bi-monthly': 0.5 },
      negatives: { 'audit|compensation committee / board of directors': 0.6 } },
    { id: 'diligence', label: 'Diligence', description: 'Diligence or efforts obligations, performance commitments.',
      // Not "performance" alone ("Performance Warranty", "Excused Performance", "Performance by Affiliates").
      headings: { 'diligence|efforts|endeavours|endeavors / performance obligations|commitments / development|commercialization|commercialisation obligations': 0.8 },
      phrases: { 'commercially reasonable efforts': 0.7, 'do|does|doing everything .. reasonable|reasonably|possible|practicable': 0.5, 'best|diligent|reasonable efforts': 0.55, 'best|reasonable endeavours|endeavors / commercially reasonable endeavours|endeavors': 0.55,
        'devote .. resources|personnel|efforts|time|staff / adequate|sufficient resources': 0.5, 'diligen* .. develop*|commerciali*|market*': 0.7, 'diligen* .. pursue|seek|obtain|pursuing|seeking|obtaining': 0.6, 'use .. efforts to .. develop*|commerciali*|market|sell|promote|obtain': 0.55, 'due diligence': 0.1, 'effort|efforts|endeavours|endeavors to develop|commercialise|commercialize|market|sell|promote|launch|exploit': 0.55,
        // A performance commitment by a date: "must launch the app ... within 12 months", "commence series production no later than".
        'launch|launches|commerciali* ... within #num / launch|launches|commerciali* ... no|not later than / commence~|commences|begin|begins|start|starts .. series? production|manufacture|manufacturing|sales|selling|commercial ... within #num / commence~|commences|begin|begins|start|starts .. series? production|manufacture|manufacturing|sales|selling|commercial ... no|not later than': 0.5,
        // The first sale achieved by a date ('shall achieve the First Commercial Sale ... within 24 months'); not a sum due within
        // days of it, which names no achieving.
        'achieve~|achieves|make|makes|effect~|effects|accomplish~|accomplishes the? first commercial sale|launch ... within|by|before / achieve~|achieves|make|makes|effect~|effects|accomplish~|accomplishes the? first commercial sale|launch ... no|not later than': 0.5,
        // Promotion with a will ('You'll actively push the product'; 'shall vigorously market the Products').
        'actively|vigorously|aggressively|energetically|diligently .. promote|market|push|sell|advertise|pursue|exploit|commerciali*': 0.55,
        // A launch missed by a date and what it costs the licensee ('If the Licensee has not launched a Licensed Product by the
        // third anniversary ..., the Licensor may convert the licence into a non-exclusive licence'). Each weak alone.
        'has|have|had not .. launched|commercialised|commercialized|introduced|marketed ... by|within|before / fail~|fails|failure to .. launch|commerciali*|introduce|market ... by|within|before': 0.4,
        'convert~|converts|converted .. licence|license|licences|licenses|rights|right|exclusivity .. into|to a? non-exclusive|nonexclusive': 0.45 },
      // Efforts to limit a force majeure event or a loss are mitigation, not a performance commitment.
      // A buyer's or an investor's due diligence is the near miss; "due diligence" in developing a product is the obligation
      // itself, and "Due Diligence" heads licensing diligence clauses (the bare words were this near miss and the 0.1 phrase
      // at once, and only the phrase was read).
      // Promotion refused is no promotion promised ('neither will actively market the Products in the other's territory', a
      // restraint): a negation, so a diligence cue outside it keeps the type.
      negations: ['not|neither|nor|never|refrain|refrains|won .. actively|vigorously|aggressively|energetically .. promote|market|push|sell|advertise|pursue|exploit|solicit|seek'],
      negatives: { 'due diligence investigation|investigations|review|reviews|inquiry|inquiries|period|materials': 0.6, 'efforts|endeavours|endeavors to mitigate|minimi*|avoid|remove|overcome|resume / force majeure': 0.6,
        'not|neither|nor|never|refrain|refrains|won .. actively|vigorously|aggressively|energetically .. promote|market|push|sell|advertise|pursue|exploit|solicit|seek': 0.7 } },
    { id: 'reporting', label: 'Reporting', description: 'Progress and compliance reporting duties.',
      headings: { 'report~|reporting|statements / compliance certificate~ / certificate~ of compliance': 0.8 },
      phrases: { 'shall|will provide|deliver|furnish|submit .. report~|statement~': 0.65, 'written report~': 0.6, 'quarterly|annual|monthly|semi-annual report~|statement~': 0.7, 'quarterly|monthly|semi-annual|half-yearly .. sales|royalty|progress|activity .. report~|reports|statement~|statements': 0.65, 'report~ .. progress|sales|activities|status': 0.55, 'keep .. informed': 0.45, 'progress report~|reports / produce~|prepare~|send|sends|issue~ .. report~|reports|statement~|statements': 0.6,
        'shall|will report': 0.4, 'report~|inform~|informs|apprise~|apprises .. monthly|quarterly|annually|yearly|weekly|periodically|regularly': 0.55, 'certify|certifies|certificate|certification ... complied|compliance': 0.6,
        'provide|furnish|deliver .. copies of .. correspondence|submissions|filings': 0.45,
        // A report by another name, with its period: 'an annual written summary of its development activities' (not the
        // 'written summary' of an oral disclosure, which confidentiality asks for).
        'quarterly|annual|monthly|semi-annual|half-yearly|yearly|periodic written? summary|summaries|overview|overviews': 0.55,
        // Plain English's cadence and message ('Every six months, send us a short note on how the trials are going'): each weak alone.
        'every|each .. month|months|quarter|quarters|year|years|week|weeks ... send|sends|give|gives|provide|provides|submit|submits|tell|tells|update|updates': 0.4,
        'how .. is|are|s going|progressing|proceeding': 0.35 } },
    { id: 'dispute-resolution', label: 'Dispute resolution', description: 'Escalation, negotiation, mediation, arbitration, courts.',
      // A court named by its seat ('Jurisdiction', 'Venue', 'Forum') heads clauses that choose only the law as well ('Choice of Law
      // and Forum' over a bare governing-law sentence): weak alone, the clause's own words settle it.
      headings: { 'dispute~|arbitration|mediation|escalation': 0.85, 'jurisdiction|venue|forum': 0.45 },
      phrases: { 'arbitrat*': 0.65, 'mediat*': 0.45, 'dispute~ .. resolved|settled|referred': 0.6,
        // 'Any dispute arising out of it' names what a clause covers: the English governing-law clause's own words ('This Agreement
        // and any dispute or claim arising out of or in connection with it shall be governed by ...'), which set no procedure.
        'dispute~ .. arising': 0.25,
        // The verb before its object ('attempt to resolve any disputes'), the court by its jurisdiction ('subject to the jurisdiction
        // of the People's Court'), the forum by the court's power over the parties ('venue and personal jurisdiction').
        'resolve|resolving|settle|settling .. dispute~|controversy|controversies': 0.4, 'jurisdiction of .. court|courts|tribunal|tribunals': 0.6, 'personal jurisdiction': 0.6, 'exclusive jurisdiction|venue': 0.6, 'submit~ to .. jurisdiction': 0.7, 'escalat~ .. senior|executive~|officers': 0.65, 'waive~ .. trial by jury / waive~ .. jury trial': 0.6, 'courts of / courts located in': 0.35, 'american arbitration association / icc|jams|uncitral': 0.8,
        'submit~|submitted|refer~|referred .. to .. mediation|arbitration|conciliation|expert|adjudication|executives|ceos': 0.6, 'expert determination|determiner / conciliation': 0.6, 'disagree~|disagrees|disagreement~|disagreements .. between|about|over|regarding|concerning|as|under|on': 0.4,
        // Plain English's steps: the parties unable to agree, then a court ('If we still can't agree after a month, we'll bring in a
        // mediator before anyone goes to court'). Each weak alone. The failure to agree counts with the step it leads to: alone it
        // was a price or a budget left to a fallback, a deadline not agreed, a committee's open issue (CUAD dev, read).
        'cannot|unable|fail|fails|failing .. to? agree|resolve|settle ... refer|refers|referred|submit|submits|submitted|escalat*|mediat*|arbitrat*|court|courts|expert|experts|tribunal|executives|officers|dispute|disputes|disagreement|disagreements|deadlock / can|couldn|don|won t .. agree|resolve|settle|sort ... refer|refers|referred|submit|submits|submitted|escalat*|mediat*|arbitrat*|court|courts|expert|experts|tribunal|executives|officers|dispute|disputes|disagreement|disagreements|deadlock': 0.45,
        'go|goes|going|went|take|takes|taking .. to court|law': 0.45,
        // The court in the text, which a 'Jurisdiction', 'Venue' or 'Forum' heading alone no longer settles: a suit brought or heard
        // before the courts (weak alone: a claim 'brought against the Licensee in any court' is an indemnity's), a party consenting
        // or attorning to them, the venue named ('Venue for any action hereunder shall lie in ...').
        'brought|commenced|instituted|filed|heard|litigated|tried|adjudicated ... in|before the? .. courts|court|tribunal|tribunals': 0.45,
        'consent~|consents|attorn~|attorns .. to the? .. jurisdiction|courts|court|venue': 0.6,
        'venue|forum for|of .. any|all|each? .. action~|actions|suit|suits|proceeding~|proceedings|dispute~|disputes|claim~|claims / venue|forum shall|will|must .. lie|be': 0.6 },
      negatives: { 'disputed invoice|amount~|charges': 0.5,
        // A bankruptcy petition 'filed in any court' is a ground for termination, not a dispute between the parties.
        'petition|bankrupt|bankruptcy|insolvent|insolvency|receiver|liquidator|reorganization|reorganisation': 0.75 } },
    { id: 'governing-law', label: 'Governing law', description: 'Governing law and jurisdiction.',
      headings: { 'governing|applicable law|laws / choice of law / law|laws': 0.85 },
      phrases: {
        'governed by .. law|laws of': 0.9, 'governed by .. law|laws': 0.8, 'construed|interpreted|enforced .. in accordance with .. law|laws of': 0.85, 'laws of the state|commonwealth|province|republic of': 0.55,
        'conflict~ of law|laws': 0.55, 'subject to .. laws of': 0.35, 'under the laws of .. without regard': 0.8, 'reference to the laws of': 0.8,
      },
      negatives: { 'governed by .. plan|policy|policies|program|rules|terms': 0.5, 'organized|incorporated|existing .. under the laws of': 0.9, 'comply .. with .. laws': 0.5 },
      requires: ['law|laws'] },
    { id: 'confidentiality', label: 'Confidentiality', description: 'Confidential information, non-disclosure.',
      headings: { 'confidential*|non-disclosure|nondisclosure|secrecy / proprietary information': 0.9 },
      phrases: { 'confidential information': 0.5, 'keep|hold|maintain|treat .. confidential|secret|confidence': 0.75,
        // Plain English's secrecy ('Anything technical or commercial that one of us tells the other stays private').
        'stay|stays|remain|remains|kept|keep|keeps private|secret': 0.6, 'not disclose|divulge|reveal / non-disclosure / neither party|parties shall|will|may disclose|divulge|reveal': 0.6, 'keep|keeps .. to yourself|yourselves|itself|themselves': 0.6, 'confidentiality': 0.55, 'receiving|disclosing party': 0.6,
        // The usual exceptions, the terms kept confidential, secrets returned.
        'publicly available|known / public domain / through no fault|breach of': 0.55, 'independently developed': 0.35,
        'is|are|be|remain|remains|deemed strictly? confidential|secret': 0.6, 'trade secret~|secrets': 0.35, 'return or destroy': 0.45,
        'proprietary information': 0.45, 'not use .. information|know-how|data ... other than|except': 0.6,
        // The use limit said positively: "shall use the Confidential Information for no other purpose than ...".
        'use|used|using .. confidential information ... for no|any other .. purpose|purposes / use|used|using .. confidential information ... solely|only|exclusively for / confidential information .. used|use .. for no|any other .. purpose|purposes': 0.65,
        // Divulging is only ever of what is kept back ('shall not, without the consent of the other, divulge to any person'); the
        // information by its sensitivity; plain English's 'don't share ... with anyone outside'.
        'divulg*': 0.5, 'commercially sensitive': 0.45, 'don|won|mustn|shouldn t .. share|tell|show|give|pass ... anyone|anybody|outsiders|outside / not|never .. share|tell|show|pass ... with|to anyone|anybody|outsiders': 0.5 },
      // A notice's "receiving party" is its addressee: how notices travel marks the clause.
      negatives: { 'deemed .. given|delivered|received|served / certified|registered mail / overnight courier / prepaid|pre-paid|first-class post|mail': 0.4,
        // A warranty (or its disclaimer) that know-how is secret and novel is about the asset's quality, not a duty to keep it.
        'secret|confidential .. novel|patentable|inventive|valid / novel|patentable|inventive .. or? secret|confidential': 0.6 } },
    { id: 'data-protection', label: 'Data protection', description: 'Privacy, personal data, data security.',
      headings: { 'privacy|security / data protection|security / personal data': 0.85 },
      phrases: { 'personal data|information / personally identifiable': 0.75, 'gdpr|hipaa|ccpa / general data protection': 0.85, 'data protection|privacy / privacy law~|policy': 0.75, 'data security|breach / security breach|incident~|incidents / technical and organisational|organizational measures': 0.6, 'unauthori* access|disclosure|processing ... data / safeguards .. protect .. data': 0.5, 'protected health information': 0.8,
        // Plain English's personal data is someone's contact details, and erasure asked for ('We only use your name and email to
        // send your orders ... you can ask us to delete them'); each weak alone.
        'your|their name|names and|or .. email|e-mail|emails|address|addresses|phone|telephone|number|numbers|details': 0.4,
        'ask|asks|request|requests .. us|you|them? to delete|erase|remove|correct / right to be? delete|deleted|erase|erased|erasure|rectif*|forgotten': 0.4,
        // Health information named by what makes it personal ('individually identifiable health information').
        'individually identifiable': 0.6 } },
    { id: 'warranty', label: 'Warranty', description: 'Representations and warranties, disclaimers.',
      headings: { 'warrant*|representations': 0.85, 'disclaimer~': 0.6 },
      phrases: { 'represent~ and warrant~': 0.8, 'warrant~ that': 0.75, 'warrant*': 0.5, 'disclaim~ .. warrant*': 0.75, 'merchantability|fitness for a particular purpose': 0.7, 'free from defects': 0.75, 'as is': 0.35, 'make~|makes|give~|gives no .. representation~|representations|warrant*|guarantee~|guarantees': 0.6, 'guarantee~|guarantees that': 0.45,
        // A representation alone ("Originator represents that, to its knowledge ..."; not 'to represent that' it has authority,
        // 'nor represent', 'represent that Party', 'has represented' in a recital), and plain English's repair or replacement
        // of a faulty product (its period is CUAD's warranty duration).
        'represents that': 0.6, 'defect~|defects|defective|fault|faults|faulty ... repair|replace / repair or replace ... defect~|defects|defective|fault|faults|faulty': 0.55,
        'satisfactory quality / fit|fitness for .. purpose': 0.6,
        // Plain English's guarantee with its remedy or its years ("We guarantee the case won't crack for a year, or we'll send
        // you a new one", "guaranteed for two years"; not a guarantee 'for a period of' a debt, nor a delivery's weeks).
        'guarantee~|guarantees ... replacement|replace|repair / guarantee~|guarantees ... for|within a|one|two|three|five|ten|#num year|years': 0.6, 'conform~ to .. specifications': 0.35,
        // The period to claim that goods do not conform (what CUAD calls a warranty's duration): weak alone, kept beside
        // the warranty in a contract that has one. "deemed to have accepted", "notify ... of any defects within".
        // One cue, so that two of its forms in one clause do not add up to an assertion.
        'deemed to have accepted / deemed accepted / accept or reject .. product~|products|goods|shipment~|shipments|deliverable~|deliverables|software|delivery|deliveries|units / inspection|acceptance period / notify|notice .. of any .. defect~|defects|shortage~|shortages|non-conformance|nonconformity|nonconformities|non-conformity .. within': 0.4 },
      // (Share warrants: "The Warrants shall be exercisable ... at an exercise price of".)
      negatives: { 'warrant to purchase / exercise of .. warrant~ / warrant shares / warrant~|warrants ... exercisable / exercise price': 0.5,
        // Accepting an order or an invoice is how orders are placed and bills settled, not a period to claim defects.
        'accept or reject .. order|orders|invoice|invoices / order|orders|invoice|invoices ... deemed accepted|approved / order|orders|invoice|invoices ... deemed to have been? accepted|approved': 0.8 } },
    { id: 'liability', label: 'Liability', description: 'Limitation or exclusion of liability, caps, liquidated damages.',
      headings: { 'limitation~ of liability / liability|damages': 0.85 },
      phrases: {
        'in no event .. liable|liability': 0.8, 'shall not be liable': 0.6, 'limitation of liability': 0.8, 'aggregate|total liability / liability .. shall not exceed': 0.85,
        'consequential|indirect|incidental|punitive|special .. damages': 0.6, 'liquidated damages': 0.9, 'lost profits': 0.5, 'cap on liability / liability cap': 0.9, 'gross negligence / willful misconduct': 0.3, 'exceed the .. amount~ / exceed .. fees paid': 0.4,
        'penalty|penalties': 0.3, 'no liability': 0.55, 'liable|liability .. for .. indirect|consequential|incidental|special|punitive .. loss|losses|damage|damages': 0.65, 'consequential|indirect .. loss|losses': 0.55, 'each|every|per .. day|week|month|days|weeks|months .. of delay|lateness': 0.55, 'liable|liability .. exceed~|limited|cap~|unlimited': 0.6, 'damages .. equal to / damages .. in the amount of': 0.5, 'sole|exclusive remedy|remedies': 0.5, 'entire|sole liability': 0.7, 'termination fee~': 0.45, 'action .. must|shall be commenced|brought within': 0.55, 'buy-out|buyout .. payment|fee|price': 0.5, 'limit~ .. liability': 0.6, 'buy out': 0.3,
        // A contractual limitation period: "No action, regardless of form, arising out of this Agreement may be brought more than two years after ...".
        'no|neither .. action|actions|claim|claims ... may|shall be? brought|commenced|filed|made .. more than / action|actions|claim|claims|suit|suits|proceeding|proceedings ... must|shall be commenced|brought|filed .. within / action|actions|claim|claims|suit|suits|proceeding|proceedings ... must|shall be commenced|brought|filed .. no later than': 0.55,
        // The exclusion and the cap with their words apart: "is not liable in any way for any indirect, consequential ... loss or damage",
        // "Metavante's maximum liability with respect to any Professional Services performed shall be limited to ...".
        'not liable|responsible ... for any? .. indirect|consequential|incidental|special|punitive ... damage|damages|loss|losses|harm / not have|bear .. liability for': 0.6,
        // The cap with the loss between ("liability for loss of or damage to the Owner's property shall be limited to"), and
        // plain English's exclusion of losses ("We're not responsible for losses you couldn't have expected").
        'liability ... is|are|be limited|capped|restricted to|at': 0.65, 'not|never .. responsible|liable for .. any? .. loss|losses|damage|damages': 0.55,
        // Compensation for a breach capped (translated drafting: "The total amount of compensation payable by Party A for
        // breach of this Contract shall not exceed 10% of the Contract price"); not pay ('total compensation' of an employee).
        'compensation|damages ... breach|default|loss|losses ... not exceed / compensation|damages ... breach|default|loss|losses ... limited|capped to|at': 0.6,
        'maximum|aggregate|total|entire liability ... limited to / maximum|aggregate|total|entire liability ... not exceed / in no event shall .. aggregate|total|maximum ... exceed': 0.65,
      },
      // A limited liability company or partnership is a form of business, not a limit on what a party pays.
      negatives: { 'limited liability company|companies|partnership|partnerships': 0.5 } },
    { id: 'indemnity', label: 'Indemnity', description: 'Indemnification.',
      headings: { 'indemnif*|indemnit*': 0.9 },
      phrases: { 'indemnif*|indemnit*': 0.6, 'hold .. harmless / hold|holds|keep|keeps .. free from|of .. claim~|claims|liability|liabilities|losses': 0.75,
        'cover|covers|reimburse|reimburses ... legal|attorney~|attorneys|lawyers|defence|defense .. bills|fees|costs|expenses ... damages|settlement~|settlements|judgment~|awards': 0.6, 'defend and? indemnify': 0.85,
        // The duty without the word: "defend any such claim and pay all damages finally awarded", "compensate Supplier in full for any claims".
        'defend .. claim~|claims|action~|actions|suit~|suits .. and|to pay .. damages|costs|settlement~|judgment~ / damages|costs .. finally awarded': 0.7,
        'compensate~|reimburse~ .. for|against .. claim~|claims|losses|liabilities .. brought|arising|resulting|made': 0.6,
        'defend~|defends .. against ... claim~|claims|actions|suits|proceedings': 0.65, 'protect~|protects .. against|from .. any|all .. claim~|claims|losses|liabilities': 0.55,
        // Losses made good ('shall make good to the Agency any loss it suffers'; a building's damage made good is a repair, so
        // loss, not damage), and plain English's case taken over and what the court orders paid ('we'll take over the case and pay
        // any damages and costs you're ordered to pay', 'damages awarded against you'; '|' joins single words, so the two
        // endings are two phrases), each of the two weak alone.
        'make|makes|making|made good .. any|all|the|its|their|such .. loss|losses|liabilit*|expense|expenses': 0.6,
        'take|takes|taking|took over|on .. the? .. case|claim|claims|suit|defence|defense|proceedings|litigation': 0.4, 'damages|costs|sums|amounts ... ordered|awarded|orders|awards .. to pay / damages|costs|sums|amounts ... awarded|ordered against': 0.4 },
      // An insurance policy's indemnity (a principal's indemnity extension, professional indemnity cover) is the insurer's.
      negatives: { 'indemnity extension|insurance|policy|policies|cover|limit|limits / professional indemnity / principal s indemnity': 0.6 } },
    { id: 'insurance', definitionFactor: 0.5, label: 'Insurance', description: 'Insurance duties.',
      headings: { 'insurance': 0.9 },
      phrases: {
        'maintain~|carry|procure~|obtain~|purchase~|keep .. insurance|coverage|policies|policy': 0.8, 'take|takes|taken out .. insurance|coverage|policies|policy': 0.8, 'insurance .. coverage|policy|policies|certificate~|carrier~|limits': 0.55, 'certificate~ of insurance': 0.85,
        'additional|named insured': 0.85, 'general|product~|professional liability .. insurance / errors and omissions / workers compensation': 0.75, 'insured|insurer~|underwriter~': 0.35, 'self-insur*': 0.6, 'insurance': 0.35, 'liability|indemnity|all-risks|insurance policy|policies|cover': 0.6, 'insure|insures .. against|with|for': 0.7, 'keep|keeps|kept|maintain~ .. insured / insured against': 0.7, 'public|employers|employer liability': 0.55,
      },
      negatives: { 'federal deposit insurance / fdic': 0.8, 'insurance proceeds|business|products|agency|agent': 0.4,
        // An insurer named as a party, and insurance as the product a party sells (variable annuities and life policies), are no duty to insure.
        'life insurance company|corporation / variable life insurance / variable annuity|annuities': 0.6,
        // A duty to insure disclaimed.
        'no insurance requirement~|obligation~ / not be? required|obligated to maintain|carry|obtain|procure any insurance': 0.6 },
      requires: ['maintain~|carry|procure~|obtain~|keep|keeps|insured|insure|insures|coverage|polic*|carrier~|insurer~|underwriter~|self-insur*', 'take|takes|taken out'] },
    { id: 'contingency', label: 'Contingency', description: 'Contingency plans: temporary licences, transitional arrangements, buy-out options, risk registers.',
      // Not "risk" alone: "Risk of Loss", "Manufacture at Risk", "High Risk Merchants" plan for nothing.
      headings: { 'contingenc* / business continuity / disaster recovery / risk register|mitigation / step-in / buy-out|buyout option~|right~ / temporary licen*': 0.85 },
      phrases: { 'contingency plan~': 0.9, 'business continuity': 0.85, 'disaster recovery': 0.8, 'temporary license|licence': 0.7, 'buy-out|buyout option~|right~': 0.6, 'risk register': 0.9, 'back-up|backup .. supplier|source|manufacturer': 0.6, 'second source': 0.55,
        'alternate|alternative|backup|back-up|secondary|redundant .. site|sites|source|sources|supplier|suppliers|manufacturer|facility|facilities|plant|plants|factory|factories|mill|mills|warehouse|warehouses|depot|depots': 0.55, 'continuity of supply|service|services': 0.5,
        // (Written 'take over|assume ..', which the notation reads as 'take' then 'over|assume': 'assume the performance' never
        // matched, and matching it would tag assignees that assume a contract's performance.)
        'take over .. the? manufacture|production|operation|operations|performance|services': 0.5, 'temporary|interim|emergency .. license|licence': 0.6,
        'unable|fails|fail|failure to supply|deliver ... manufacture|make|produce|source|procure .. itself|themselves|elsewhere|third|alternative|alternate': 0.55, 'insolven*|bankrupt* ... step-in / insolven*|bankrupt* ... take over / insolven*|bankrupt* ... step in': 0.5 } },
  ]),
  ...group('term and exit', [
    { id: 'term', label: 'Term', description: 'Effective date, duration, expiry.',
      headings: { 'term|duration|commencement / effective date': 0.8 },
      phrases: {
        'shall|will commence .. on|upon / shall|will commence .. as of': 0.6, 'continue~|remain~ in .. force|effect .. until|for': 0.7, 'shall|will expire': 0.7, 'initial term': 0.65, 'term of this agreement': 0.55,
        'for a period|term of #num .. years|months|year|month': 0.55, 'effective date': 0.3, 'effective as of': 0.5, 'come|comes into force|effect / enter~|enters into force': 0.6, 'continue~ for #num .. years|months|year': 0.55, 'duration of #num .. years|months|year|month': 0.6, 'until .. terminated': 0.45, 'expiration .. of .. term': 0.4, 'unless sooner|earlier terminated': 0.75,
        // The agreement taking effect, a named initial term, and how long it lasts in plain words ("takes effect on 1 July",
        // "The initial Subscription Term begins ... and lasts twelve (12) months", "starts the day you sign up and runs a
        // month at a time").
        // (The agreement's own duration: not an obligation 'which is to take effect after' termination, an event that 'commences and continues' or 'lasts for six months', nor 'the last 18 months'.)
        'agreement|contract|licence|license|deed|terms take|takes effect / agreement|contract|licence|license|deed|terms shall|will take effect': 0.6, 'initial subscription|service|services|license|licence|contract|agreement|lease|licensing term': 0.6,
        'start~|starts|begin~|begins|commence~ ... and lasts|runs|last|run': 0.55, 'agreement|term|contract|subscription|membership|licence|license|plan ... lasts|runs for? #num|a|one .. month|months|year|years': 0.5,
      },
      // A period counted from delivery is a warranty's or a return's, not the agreement's.
      // A warranty that expires is the warranty's period.
      negatives: { 'date of delivery|shipment|purchase|installation|acceptance': 0.4, 'warranty|warranties .. expire~|expires|lapse~|lapses': 0.6,
        // The period after the term ("during the term of this Agreement and for a period of two years thereafter"): a
        // restraint's or an obligation's tail, not the agreement's duration.
        'and for a? period? of? #num .. years|months|year|month thereafter|afterwards|after|following': 0.6 } },
    { id: 'renewal', label: 'Renewal', description: 'Renewal terms, renewal notice, sunset.',
      // "Extension of Conversion Date", "Extension of Time" extend something else; "Extension of Term" is the agreement's.
      headings: { 'renewal / extension of .. term|agreement|contract / term extension': 0.85, 'extension': 0.5 },
      phrases: {
        'automatically .. renew~|extend~|continue': 0.85, 'automatic|tacit .. renewal~|extension~': 0.85, 'option|right to .. renew~|extend~': 0.7, 'intention|intent to renew|extend': 0.7, 'term extension~': 0.7, 'renew~|continue~|extend~|prolong~ .. automatically|tacitly': 0.85,
        // An evergreen term: "thereafter month to month until terminated".
        'thereafter ... month-to-month|year-to-year / thereafter ... until|unless terminated': 0.5,
        // Renewable is the agreement's renewal when the agreement or its term is what is renewable ("This Agreement is
        // renewable for ..."), not a permit, a policy or notes ("The Permit is renewable by the City for periods of ...").
        'agreement|contract|term is|are|be renewable|extendable|extendible / agreement|contract|term shall|will|may be renewable|extendable|extendible': 0.75,
        'renewable': 0.5, 'renewable|extendable|extendible for / renewable|extendable|extendible by .. period|periods|year|years|month|months|term|terms': 0.5, 'extension period|term~': 0.6, 'may be extended|renewed|prolonged': 0.65, 'extension of this agreement|contract|term': 0.6, 'renew~ .. for .. additional|successive|subsequent|further .. period~|term~|year~': 0.85, 'renewal term~|period~': 0.6,
        'successive .. one|two|three|#num .. year|month|annual .. period~|term~': 0.7, 'notice .. of .. intention|intent .. not to renew|extend': 0.85, 'not to renew': 0.75, 'renew~|renewal': 0.35,
        'extend~ .. term|agreement ... additional|further|subsequent|successive': 0.6, 'month-to-month / year-to-year': 0.7, 'extend~|renewed .. for .. additional|subsequent|successive|further .. period~|term~|year~|one-year': 0.8,
        'roll~|rolls|rolled|rolling over ... until|unless ... cancel~|cancels|terminat*|notice': 0.85, 'continue~ .. thereafter .. until terminated / continue~ on a .. basis': 0.6, 'negotiat* .. extension|renewal': 0.55, 'extend~ the agreement|term / extend~ this agreement': 0.55, 'evergreen': 0.7, 'renew~|renews .. yearly|annually / renew~|renews .. each|every year': 0.7, 'unless .. notice .. prior to .. end|expiration': 0.5,
      },
      // Deadlines extended by force majeure or a delay are not the agreement's term.
      negatives: { 'renew~ .. insurance|policy|policies|permit~|registration~': 0.6, 'force majeure / period of delay / time for performance / deadline~': 0.5,
        // A period stretched by the days a dispute or delay took ("extended by the number of days taken"), and renewable energy or notes.
        'extend~ by .. number of / day for day': 0.5, 'renewable energy|resources|sources|fuel|fuels|power|notes|note': 0.1,
        // No fixed term to renew: "becomes effective on signature and will continue in effect thereafter until terminated".
        'become|becomes effective ... and will|shall continue in? .. effect|force thereafter': 0.1,
        // Patent term extensions (and SPCs) lengthen a patent, not the agreement.
        'patent|patents .. term extension~|restoration / supplementary protection certificate~': 0.8 } },
    { id: 'termination', definitionFactor: 0.5, label: 'Termination', description: 'Rights to terminate (breach, insolvency, convenience).',
      headings: { 'terminat*|cancellation': 0.85 },
      phrases: { 'terminat* .. for convenience / terminat* .. without cause / terminat* .. for any reason / terminat* .. at any time': 0.85, 'right to terminate': 0.75, 'terminate this agreement|contract': 0.7, 'terminat* .. upon .. notice': 0.7, 'material breach': 0.4, 'insolvency|bankruptcy|receiver': 0.3, 'cancel~ .. agreement': 0.5, 'may|can end|rescind .. this|the agreement|contract|licence|license': 0.7,
        // English drafting's 'determine' for terminate ("may by notice in writing forthwith determine this Agreement").
        'determine~|determines this agreement|contract|lease|licence|license|deed': 0.7,
        // Translated German and Swiss drafting's ordinary (on notice) and extraordinary (for cause) termination, and the notice
        // period for it ("The minimum notice period for ordinary termination is six months").
        'ordinary|extraordinary termination / notice period for .. termination': 0.65 },
      modal: [{ verbs: 'terminate~|cancel~', polarity: 'permission', weight: 0.75 }] },
    { id: 'change-of-control', definitionFactor: 0.5, label: 'Change of control', description: 'Effects of mergers, acquisitions, change of control.',
      headings: { 'change~ of|in .. control': 0.85, 'merger~|mergers|consolidation': 0.6, 'acquisition~': 0.3 },
      phrases: {
        // A bare mention ("non-assignable, whether by operation of law or change of control") is weaker than what it triggers.
        'change~ of|in .. control': 0.7, 'change~ of|in .. ownership|management|shareholding|shareholders|partners|stockholders|quotaholders': 0.6, 'undergoes|undergo|experiences|suffers a change~ of|in control|ownership': 0.6, 'merge~|consolidate~ with|into .. another|other|any|third': 0.55,
        // The noun with its parties: "the merger of Licensee with another entity", "a consolidation of the Company into any other person".
        'merger|mergers|consolidation of .. with|into .. another|other|any|third': 0.55, 'acquisition of .. majority|control|outstanding': 0.55,
        // The new holder by its name ("resulting in the entry of a new majority shareholder, the Distributor shall inform the
        // Supplier"), with what it triggers; a division of the company with the consent or the end it calls for ("Any corporate
        // reorganization of the LICENSEE, including merger, spin-off or incorporation of shares, shall depend on the prior and
        // express consent of the LICENSOR"; not a 'corporate reorganization' alone, an insolvency's or a securities definition's word).
        'new majority|controlling shareholder~|shareholders|owner~|owners|member~|members|partner~|partners|investor~|investors|stockholder~|stockholders|quotaholder~|quotaholders ... @end|consent|approval|notify|inform / @end|consent|approval|notify|inform ... new majority|controlling shareholder~|shareholders|owner~|owners|member~|members|partner~|partners|investor~|investors|stockholder~|stockholders|quotaholder~|quotaholders': 0.8,
        'spin-off|spin-offs|demerger|demergers|split-up|split-ups ... consent|approval|@end': 0.8, 'cease~ to own|control / no longer .. controlled|affiliate': 0.45, 'cease~ to own|hold .. shares|stock|equity|percent|%|capital': 0.5,
        // Ceasing to be controlled by someone, with what it triggers ("may terminate ... if the Licensee ceases to be controlled,
        // directly or indirectly, by Maple Ridge Holdings Inc."). (Not 'controlled' as the condition's act: "If the list of
        // controlled substances changes, the Distributor shall notify" is no company's control.)
        // (Or the notice or consent it calls for: "If the Licensee ceases to be controlled by persons resident in Singapore, it shall
        // inform the Authority within 14 days".)
        'cease~|ceases|ceasing to be controlled|owned ... @end|convert|converts|inform|notify|consent|approval / @end|convert|converts ... cease~|ceases|ceasing to be controlled|owned': 0.8,
        // Holding the majority of the votes is control ("the partners of the Contractor holding jointly more than half of the votes").
        'hold|holds|holding|holders|holder of? .. more than half|majority|#num .. of the? votes|voting': 0.45,
        // The party named by its role and acquired, in a condition, with a consequence in a modal ("In the event Supplier is
        // acquired, Buyer may, at its option, require Supplier or its successor to continue manufacturing"); things acquired are
        // no party (the negation below).
        'if|event|should|where|when|whenever|upon that? the? @role|licensee|licensor|company|party|contractor|customer|buyer|purchaser|client|franchisee|franchisor|borrower is|are|be|becomes|gets acquired|bought ... may|shall|will|must|can': 0.8,
        // The competition laws' word for control (the EU Merger Regulation's, Scandinavian and German drafting's): a decisive or
        // dominant influence acquired, with what that triggers ("Should a competitor of the Customer acquire a decisive influence
        // over the Supplier, the Customer shall be entitled to terminate").
        // (Or the party comes or falls under it: "Should the Supplier come under the decisive influence of another undertaking".)
        'acquire~|acquires|obtain~|obtains|gain~|gains|exercise~|exercises|come|comes|came|coming|fall|falls|fell .. decisive|dominant|controlling influence ... @end|consent|notify / @end ... acquire~|acquires|obtain~|obtains|gain~|gains|exercise~|exercises|come|comes|came|coming|fall|falls|fell .. decisive|dominant|controlling influence': 0.8,
        // A company passing into other hands ("if Supplier merges with, or passes into the hands of, a manufacturer of complete
        // vehicles"), and plain English's buy-out of the party ("If a bigger company buys you out"). Weak alone: a passing or a
        // buyer needs what it triggers, or the first or second person, to be the party's change.
        'pass~|passes|passed|passing into the? hands|ownership|control of': 0.6,
        'company|business|firm|corporation|group|competitor~|someone|anyone|somebody .. buys|buy|bought|buying you|us out': 0.8,
        'decisive|dominant influence over|on': 0.5,
        // The controller changed, said of the person who controls ("A change in the person controlling the Distributor within
        // the meaning of the Business Corporations Act shall be deemed a material breach", as Czech and Slovak contracts
        // translate 'změna osoby ovládající').
        'change~ of|in the? person|persons|entity|entities|shareholder|shareholders|owner|owners .. controlling|controls': 0.8,
        // Plain English names the buyer as another company taking over the named party ("If another business takes over
        // Brightline, your account and this agreement will move to them"), and the agreement moving to the buyer.
        'another|other|third company|business|firm|corporation|group take~|takes|took over': 0.65,
        'account|accounts|agreement|contract|licence|license|subscription ... will|shall|may move|pass|transfer|go over? to them / account|accounts|agreement|contract|licence|license|subscription ... will|shall|may move|pass|transfer|go over? to the|its|their new? buyer|buyers|acquirer|acquirers|owner|owners': 0.5,
        // What the change triggers (termination, consent, notice) is what CUAD labels; a bare mention is weaker.
        'change~ of|in .. control|ownership|management|shareholding|shareholders|partners|stockholders|quotaholders ... terminat*|consent|notify|notified|notice / terminat*|consent|notify|notice ... change~ of|in .. control|ownership|management|shareholding|shareholders|partners|stockholders|quotaholders': 0.5, 'acquirer|acquiror': 0.45, 'transfer~ ownership|control of': 0.5, 'merge~ or .. transfer~ .. ownership|control': 0.5, 'acquired|bought|purchased by .. another|third|competitor~ / merges|merge|merged with .. another|third|competitor~': 0.6, 'is|are|be|been|becomes|gets acquired|bought|purchased by ... terminat* / terminat* ... is|are|be|been|becomes|gets acquired|bought|purchased by': 0.5, 'merges|merge with': 0.5, 'acquires|acquire .. control / acquires|acquire .. substantially all': 0.45, 'taken over by / takeover|take-over of': 0.55, 'terminat* ... taken over by / taken over by ... terminat*': 0.8, 'acquire~|acquires|obtain~|obtains|gain~|gains .. control of ... terminat*|suspend*|revok* / terminat*|suspend*|revok* ... acquire~|acquires|obtain~|obtains|gain~|gains .. control of': 0.8,
        // Plain English: "if another company buys your business, or buys most of your shares".
        'acquire~|acquires|obtain~|obtains|gain~|gains .. control of ... without ... consent|approval': 0.7,
        'another|third company|person|entity|business|party .. buys|acquires|purchases|buy|acquire .. your|its|the? .. business|company|shares|stock': 0.6, 'buy~|buys|bought|purchase~|acquire~|acquires .. most|majority of? .. your|its|the? .. shares|stock|equity': 0.6, 'merger|consolidation|reorganization|amalgamation': 0.3, 'terminat* ... merger|merges|merged|acquired|acquisition / merger|merges|merged|acquired|acquisition ... terminat*': 0.5, 'sale of .. all or substantially all': 0.5, 'acquisition of .. all|majority|voting|substantially': 0.6,
        // "a merger or change of control shall be deemed an assignment (requiring consent)", "any change in control is deemed a transfer".
        'change~ of|in .. control|ownership ... deemed .. assignment|transfer / merger|acquisition ... deemed .. assignment|transfer': 0.7,
        // The same, said with "is" and of the sale of the business: "a change in the beneficial ownership of more than half of the
        // shares ... is a transfer", "sale of all or substantially all of Licensee's assets shall be deemed an assignment".
        'change~ of|in .. control|ownership|shareholding ... is|constitutes|constitute|treated .. assignment|transfer / substantially all .. assets|business|undertaking ... deemed|constitute|constitutes|treated .. assignment|transfer': 0.7,
        // The company taken over, or made another's subsidiary, and what that triggers (word-classes.ts @end: terminate, end, cancel ...).
        // (The verb 'end' is said with its modal, "may end this Agreement": @end holds no bare 'end', mostly the noun, "at the end of the Term".)
        'take~|takes|took over .. your|its|the|a|any? company|business|licensee|licensor|distributor|supplier|customer|shares ... @end / become~|becomes|became a|an subsidiary|affiliate of ... @end / @end ... become~|becomes|became a|an subsidiary|affiliate of / take~|takes|took over .. your|its|the|a|any? company|business|licensee|licensor|distributor|supplier|customer|shares  ... may|will|shall|can|to then? end / become~|becomes|became a|an subsidiary|affiliate of ... may|will|shall|can|to then? end': 0.8,
        'transfer~ of .. all or substantially all': 0.45, 'by operation of law': 0.25, 'voting securities|stock|power|interest|equity|shares': 0.45, 'beneficial owner~ of .. voting|securities': 0.6,
        // Becoming the beneficial owner is acquiring control, whatever stands between ("becomes the beneficial owner, directly or
        // indirectly, of securities representing more than fifty percent of the combined voting power").
        'become~|becomes|became|becoming the? beneficial owner~|owners ... voting|securities|shares|stock|equity': 0.7, 'controlling interest': 0.7, 'acquired by': 0.3,
        // Acquiring beneficial ownership of the equity, whatever it is called ("acquiring beneficial ownership of more than fifty
        // percent (50%) of the outstanding Units"; "the acquisition by any Person or group of beneficial ownership of fifty percent");
        // the party itself bought ("If another company buys us").
        'acquire~|acquires|acquiring|acquisition|obtain~|obtains|obtaining beneficial ownership ... voting|securities|shares|stock|equity|units|interests / acquisition|acquisitions by ... of beneficial ownership ... voting|securities|shares|stock|equity|units|interests': 0.65,
        'another|third company|person|entity|business|party|firm .. buys|acquires|purchases|buy|acquire us|you': 0.6,
        // Plain English names the party bought in the first or second person ("If someone else takes over our company, this
        // agreement stays in place", "If another company buys us, your account ... may move over to them"): the party itself is
        // the company taken over, whatever the sentence says follows. (Third-person 'the company' or 'its business' still needs
        // what it triggers, above: "take over the business of the Supplier" is also a step-in.)
        // (The first person in the passive too: "If we're bought by another company, we'll tell you".)
        'take~|takes|took|taken over us|our|your company|business|firm / take~|takes|took|taken over us / buys|buy|bought|acquires|acquire|acquired|acquiring|purchases|purchase|purchased us / buys|buy|bought|acquires|acquire|acquired|acquiring|purchases|purchase|purchased our|your company|business|firm / we are|re|were|get|got bought|acquired|purchased|taken': 0.8,
        // A covenant that control stays where it is, the change a breach ("shall procure that Mr. Chan Tai Man remains the legal
        // and beneficial owner of at least 51 per cent. of its issued share capital"; "shall continue to hold a majority of the
        // voting shares"). Held shares only: "remains the owner of all Intellectual Property" names no share.
        'remain~|remains|continue~|continues to? be? the? legal|beneficial|sole|registered? and? beneficial? owner~|owners|holder~|holders of ... per cent|percent|%|majority ... shares|share|capital|voting|stock|equity / continue~|continues to hold|own .. majority|per cent|percent|% ... shares|share|capital|voting|stock|equity': 0.8,
      },
      // A condition frame (frames.ts conditionOf): an event in the company's control named after "if / upon / where / in the
      // event", whatever its words ("if a person acquires more than half of the voting shares", "if the Licensee comes under
      // the control of a competitor", "if there is any change in the shareholding"): the change's verb near the act, what
      // it triggers anywhere in the sentence (the change alone, "if control changes", is a mention; CUAD labels what it
      // triggers). 'notice' and 'due' are no trigger here: "deliver a notice" of a share transfer, "due to a change in law";
      // a lender's acceleration is ('may declare all amounts outstanding immediately due if: ... (b) any person gains
      // control of the Borrower': an item under a lead-in that ends in an opener is a condition, frames.ts leadInCondition).
      frames: [
        // (A majority too: "In the event that a competitor of SAG acquires a majority interest in the Supplier".)
        // (The largest shareholder changed too: "If the largest shareholder of Party B changes", a Korean and Chinese contract's event.)
        // (The share capital too: "In the event the Promoters cease to hold at least 51% (fifty one per cent) of the paid-up equity
        // share capital of the Company ..., the Investor shall have the right to terminate".)
        // (A partnership's partners too, whose change is its change of control: "Any change in the partners of the Contractor
        // holding jointly more than half of the votes ... shall be notified ..., and the Employer may terminate the Contract".)
        // (The votes too: "Should the ownership of the Supplier change in such a way that another person ... obtains more than half
        // of the votes for all shares in the Supplier, the Customer shall have the right to terminate".)
        { kind: 'condition', act: 'control|controls|controlling|voting|votes|shares|shareholding|shareholder|shareholders|stake|majority|capital|partners', weight: 0.8,
          // (Rights reverting to the other party are triggered too: "If Distributor ... comes under common control with any motion
          // picture studio ..., all Licensed Rights shall revert to Producer".)
          object: ['acquire~|acquires|acquisition|obtain~|obtains|gain~|gains|become~|becomes|transfer~|transfers|transferred|change~|changes|come|comes|pass~|passes|sold|buy|buys|bought|taken|hold|holds|cease~|ceases|lose~|loses|lost', 'terminat*|cancel*|rescind~|rescinds|suspend*|end|notify|consent|approval|repurchase|redeem|inform|tell|accelerat*|declare|withdraw~|withdraws|resiliat*|default|defaults|revert|reverts|convert|converts'] },
        // The party itself merged or bought, named in a condition with what it triggers ("may terminate ... if the Vendor is
        // merged or amalgamated with, or becomes a subsidiary of, any other company"; "If your company is bought by, or merges
        // into, a company that competes with us, we may end your account"): the merger's other side, named as another or a rival,
        // near the act (not things merged: "Where two Licensed Products are merged into a single kit"; not "If the Company merges
        // its two divisions", the party itself the company near the act). (Not 'bought' or
        // 'purchased' as the act: "If any Products purchased by the Company are defective, the Company may terminate".)
        { kind: 'condition', act: 'merge~|merges|merged|amalgamate~|amalgamates|amalgamated', weight: 0.8,
          object: ['another|other|third|@rival|competitor~', 'terminat*|cancel*|rescind~|rescinds|suspend*|end|notify|consent|approval|repurchase|redeem|inform|tell|accelerat*|declare|withdraw~|withdraws|resiliat*|default|defaults|cease~|ceases|lapse~|lapses'] },
        // The same said with the noun, the party the subject of it or its other side named ("If the Distributor is the subject of
        // a merger, demerger or transfer of its going concern, the Supplier may withdraw from the Agreement"; "in the event of a
        // merger of the Licensee with a competitor"); and the party acquired by a rival or another company, with what that
        // triggers ("In the event that Licensee is acquired by, or acquires, an entity that markets a Competing Product,
        // Licensor's obligations under Section 5 shall cease"). (Not 'purchased' or 'bought': things are, see the negation.)
        // The civil law's party withdraws from a contract (recesso, Rücktritt); an event of default is what a lender's change
        // triggers.
        // (A novation too: "If the Contractor's business is acquired by another entity ..., the Government may recognize the
        // successor only by a novation agreement under FAR 42.1204", the federal contract's consent to the new owner.)
        { kind: 'condition', act: 'merger|mergers|demerger|demergers|amalgamation|amalgamations|takeover|takeovers|take-over|acquired', weight: 0.8,
          // (The party named as an organisation or a business: "If your organization is acquired or reorganized, ... we may
          // suspend your apps".)
          object: ['subject|undergo~|undergoes|underwent|involved|another|other|third|@rival|competitor~|entity|company|corporation|person|group|organization|organisation|business|firm',
            'terminat*|cancel*|rescind~|rescinds|suspend*|end|notify|consent|approval|repurchase|redeem|inform|tell|accelerat*|declare|withdraw~|withdraws|resiliat*|default|defaults|cease~|ceases|lapse~|lapses|novation'] },
      ],
      // Control as a force majeure's ("a material adverse change reasonably outside of the control of the Party") is no one's control of the company.
      // Things bought are no company changing hands ("If the Equipment is purchased by a third party during the Term, the Lessor
      // may terminate"; "any Products acquired by the Company from another supplier"): a negation, so that a clause that also
      // names a real change keeps the type.
      negations: ['equipment|goods|products|product|premises|vehicle~|vehicles|inventory|materials|items|item|units|software|hardware|machinery|machines|parts|systems|devices|components|licences|licenses|copies is|are|was|were|be|been|being? acquired|bought|purchased|sold'],
      negatives: { 'equipment|goods|products|product|premises|vehicle~|vehicles|inventory|materials|items|item|units|software|hardware|machinery|machines|parts|systems|devices|components|licences|licenses|copies is|are|was|were|be|been|being? acquired|bought|purchased|sold': 0.8,
        'outside|beyond of? the|its|their|his|her|our|your|any? reasonable? control': 0.6, 'control of .. litigation|defense|prosecution': 0.5, 'change control': 0.7, 'control panel|panels|procedures|measures|settings|limits|software': 0.8,
        // A control that is a function, not a holding ("any change in the persons responsible for quality control at the plant").
        'quality|inventory|export|pest|infection|traffic|budgetary|temperature|version control|controls': 0.8, 'bankruptcy|insolvency .. reorganization / reorganization .. bankruptcy|insolvency': 0.5,
        // A standstill forbids seeking control ("influencing the Board or management", proxies); it is not a change of control with consequences.
        'influenc* .. board|management|control|policies / solicitation of proxies / proxy contest|solicitation / standstill': 0.5 } },
    { id: 'assignment', definitionFactor: 0.5, label: 'Assignment', description: 'Assignment and transfer of the agreement or rights.',
      // "Successors and Assigns" / "Binding Effect" often only binds successors; the restriction itself is in the text.
      headings: { 'assignment|assignability|transfer~': 0.8, 'successors and assigns / binding effect': 0.55 },
      phrases: {
        // Not the noun of "successors and assigns", which a new sentence about "this Agreement" often follows.
        // (A licence that is the agreement too: "shall not transfer or assign this Licence or any right under it".)
        'assign|assigned|assigning|transfer~|delegate~ .. this agreement|contract|licence|license / assign|assigned|assigning|transfer~|delegate~ .. its|any rights|obligations': 0.75,
        // The verb in the third person after a subject: "If Licensee assigns this Agreement without consent ..."; after a
        // condition whatever the subject is called ("If Vendor assigns", "In the event that Acme Corp. assigns").
        'party|licensee|licensor|company|supplier|distributor|customer|it|either|neither|buyer|seller|contractor|consultant assigns|transfers|delegates .. this agreement|contract / party|licensee|licensor|company|supplier|distributor|customer|it|either|neither|buyer|seller|contractor|consultant assigns|transfers|delegates .. its|any rights|obligations / if|unless|until|when|whenever|that .. assigns|transfers|delegates .. this agreement|contract / if|unless|until|when|whenever|that .. assigns|transfers|delegates .. its|any rights|obligations': 0.75, 'without .. prior|the .. written consent': 0.3, 'not be? assignable / non-assignable': 0.85, 'no assignment|transfer .. without': 0.7,
        // Plain English hands the agreement over ('Neither of us can hand this agreement over to someone else').
        'hand|hands|handing|pass|passes|passing this|the agreement|contract|licence|license over|on': 0.65,
        'attempted|purported|unauthorized|unauthorised assignment': 0.85, 'successors and|or permitted assigns': 0.3, 'binding upon .. successors': 0.3, 'assignment .. void': 0.8, 'may assign': 0.65,
        // The licence or the agreement personal to its holder ("This licence is personal to you", "... are personal to it and may not be passed").
        'agreement|contract|licence|license|rights|obligations|appointment|lease|tenancy ... is|are personal to': 0.7,
        // (An account, a subscription or a membership, said right before: "Your seller account is personal to you"; not "your account
        // settings are personal to you".)
        'account|accounts|subscription|subscriptions|membership|memberships is|are personal to': 0.65, 'assignable|transferable': 0.45,
        // Plain English hands the agreement on: "You can't pass this account on to someone else", "You can't pass this agreement
        // on to anyone else unless we agree", "This license is just for you. You can't give it, sell it or lend it to anyone
        // else". The thing named, or only 'it' (weak alone: "you must not give it to anyone else" of a password), beside the
        // licence said to be the user's own.
        'not|cannot|t|never ... pass|give|sell|lend|hand|transfer this|these|the|your agreement|account|licence|license|subscription|membership|plan|terms|rights|contract ... to anyone|anybody|someone|somebody else / not|cannot|t|never ... pass|give|sell|lend|hand|transfer this|these|the|your agreement|account|licence|license|subscription|membership|plan|terms|rights|contract ... to another person|company': 0.65,
        'not|cannot|t|never ... pass|give|sell|lend|hand|transfer it|them ... to anyone|anybody|someone|somebody else': 0.45, 'licence|license|account|subscription|membership|agreement|ticket|tickets|pass|booking ... is|are just|only for you / licence|license|account|subscription|membership|agreement|ticket|tickets|pass|booking ... is|are for you only': 0.6,
        // The same in the passive ("It can't be resold or handed over to someone else"; "Your membership cannot be transferred
        // to another person").
        'not|cannot|t|never be resold|sold|transferred|handed|passed|given|lent ... to anyone|anybody|someone|somebody else / not|cannot|t|never be resold|sold|transferred|handed|passed|given|lent ... to another person|company': 0.6,
        // The same by the civil law's name: a contract "concluded intuitu personae" may not pass to another without consent.
        'intuitu personae': 0.7,
        // An account passed on to another user, whoever that is ("You may not transfer your developer account, or any app listed
        // under it, to another developer").
        'not|cannot|t|never ... transfer|pass|sell|hand|give .. your|its|their|this|the .. account|accounts|subscription|subscriptions|membership|memberships ... to any? another|other .. person|persons|user|users|developer|developers|member|members|customer|customers|party|company|entity|individual|business|account': 0.65,
        // The English catch-all after the list of dealings: "shall not assign, charge, declare a trust over or otherwise deal with
        // any of its rights under this Agreement", "... or deal in any other manner with all or any of its rights and obligations".
        'not ... deal|dealing with|in .. rights|obligations|benefit|burden|interest|interests under|of|in this|the agreement|contract / not ... deal|dealing with|in .. rights|obligations|benefit|burden|interest|interests hereunder / not ... deal|dealing in any other manner|way with .. rights|obligations|benefit|burden|interest|interests under|of|in this|the agreement|contract': 0.7,
        // The passive: "This Agreement may not be assigned by Licensee without the consent of Licensor".
        'this agreement|contract .. be assigned|transferred|delegated': 0.75,
        'attempt|attempts|attempted to assign|transfer|delegate': 0.6,
        // Parting with the agreement or its benefit: "shall not part with or otherwise dispose of the benefit hereof".
        // (Possession of the premises, the property or the licence only: "shall not part with possession of any Confidential
        // Information" keeps it secret.)
        'part|parts with .. benefit|burden|interest|agreement|contract|lease|licence|license / part|parts with .. possession of .. premises|property|land|demised|licence|license|lease|unit|shop|building|site|whole|part': 0.65,
        // Investment-company contracts: "shall automatically terminate in the event of its assignment".
        'terminat* .. in the event of its assignment / terminat* .. upon its assignment': 0.8,
      },
      // (Not 'sublicense': "shall not sublicense its rights" limits sublicensing; 'shall not assign or sublicense' is read by 'assign'.)
      modal: [{ verbs: 'assign~|transfer~|delegate~ .. agreement|contract|rights|right|obligations|obligation|interest', polarity: 'prohibition', weight: 0.8 }],
      // A restraint frame (frames.ts): the agreement (not any right: 'moral rights cannot be assigned') not to be passed on, in the passive or under a lead-in
      // ("Neither party shall, without the consent of the other:\n(a) assign any of its rights").
      // (Alienating or ceding it too. Not 'dispose': "shall not dispose of any Product that fails inspection except as this
      // Agreement provides" is no transfer; parting with it is a phrase, 'part' alone is mostly the noun.)
      // (Passed on, conveyed or encumbered too, its rights or obligations under the agreement named: "shall not sell, convey or
      // encumber its rights and obligations under this Contract"; the transfer's noun after a light verb, frames.ts
      // LIGHT_TRANSFER: "shall not grant any assignation of its interest in this Agreement". Its interest or rights under the
      // agreement, as the lease says it: "shall not alienate its interest under this Lease".)
      // (A purchase order's terms call the contract "this Order": "Seller shall not delegate performance of this Order".)
      // (A construction subcontract names itself 'the Subcontract' and its work 'the Subcontract Work': "shall not sublet, assign
      // or otherwise dispose of the Subcontract Work or any part of it". Not 'dispose' as the act: goods are disposed of.)
      frames: [{ act: 'assign~|transfer~|delegate~|novate|novated|sublet|sub-let|subcontract|subcontracted|sub-contract|hand|hands|handed|alienate~|cede|cedes|ceded|assignment|assignation|novation|cession', object: ['agreement|contract|licence|license|lease|tenancy|obligations|obligation|benefit|burden|order|subcontract|sub-contract'], weight: 0.7 },
        { act: 'assign~|transfer~|alienate~|cede|cedes|ceded|pass|passes|passed|convey~|encumber~|assignment|assignation|novation|cession', object: ['interest|interests|rights|obligations|benefit|burden', 'hereunder|hereof|herein|agreement|contract|lease|tenancy|licence|license'], weight: 0.7 }],
      negatives: {
        'assign~ .. all .. right~|title|interest .. invention~|inventions|developments|improvement~|copyright~|patent~|work': 0.8, 'hereby assign~': 0.6, 'assignment of .. works|inventions|invention~|patents|copyright~ / assignment of .. work product': 0.7,
        'non-assignable|non-transferable|nontransferable .. license|licence|right': 0.4, 'assign~ personnel|employees|staff': 0.8,
        // A person given a role: "may assign a Contracting Officer's Representative to monitor", "shall assign a qualified engineer".
        // (A negation too: "may not assign this Agreement ..., but may assign a qualified engineer to the project" keeps the type.)
        'assign~ a|an|one|qualified|suitable|additional|dedicated .. representative~|representatives|officer~|officers|manager~|managers|engineer~|engineers|individual~|individuals|liaison~|coordinator~|supervisor~|inspector~|technician~|technicians|specialist~|specialists|member~|members': 0.8,
        // Work handed to someone: "the tasks assigned to it under this Agreement".
        'task~|tasks|duties|responsibilities|activities|roles|work .. assigned': 0.5,
        // (Assigned to a party, also a frequency or a number assigned to it: a negation, so that a transfer said with a consent
        // keeps the type: "shall not transfer or assign this Licence ..., including the spectrum assigned to it, except with the
        // prior written approval of the Licensor".)
        'assigned to it|them|him|her|you': 0.5,
        // Work given to someone: "The Employer may assign the Consultant additional tasks within the scope of Schedule 1".
        'assign~ .. additional|further|other|new|extra? task|tasks|duties|responsibilities|projects|assignments|roles|jobs': 0.8,
        // A person posted somewhere: "may assign the Employee to any of its offices in Gauteng".
        'assign~ the|any|its|such|an|a .. employee~|employees|staff|personnel|worker|workers': 0.8,
        // A label given: "may assign a new task authorization number", "shall assign each Work Order a reference".
        'assign~ .. number|numbers|code|codes|identifier~|identifiers|reference|references|priority|priorities|rating|ratings|category|categories|value|values|name|names|id|ids': 0.8,
      },
      negations: ['assigned to it|them|him|her|you', 'assign~ a|an|one|qualified|suitable|additional|dedicated .. representative~|representatives|officer~|officers|manager~|managers|engineer~|engineers|individual~|individuals|liaison~|coordinator~|supervisor~|inspector~|technician~|technicians|specialist~|specialists|member~|members'] },
    { id: 'post-termination', label: 'Post-termination', description: 'Effects of termination: survival, wind-down, sell-off, residual rights, post-termination services.',
      headings: { 'effect~|consequence~ of termination|expiration / survival|post-termination / upon termination|expiration / rights|obligations upon termination': 0.85 },
      phrases: {
        'upon|after|following .. termination|expiration .. shall|will': 0.55,
        // Plain English's survival and its time ('These parts still apply after the agreement ends').
        'still|continue~|continues to? apply|applies ... after|once the? agreement|contract|licence|license ends|end|ended': 0.65, 'after|once the agreement|contract ends|ended': 0.45, 'survive~': 0.6, 'sell-off|wind-down': 0.8, 'return|destroy .. confidential|materials|documents': 0.45,
        'transition .. services|assistance|period': 0.6, 'after|following|upon .. termination|expiration|expiry': 0.5, 'continue~ .. after|following|beyond .. termination|expiration|expiry|term': 0.6, 'following|after .. termination .. continue': 0.7, 'for a period of .. following|after .. termination|expiration': 0.7, 'post-termination': 0.85, 'upon termination': 0.5,
        // The same event in other words: "In the event of termination, the Distributor may sell ...", "If this Agreement is terminated, ...".
        'in the event|case of .. termination|expiration|expiry / if this agreement is|be terminated / if this agreement expires / from the date of termination|expiration|expiry': 0.5,
        // A tail after the term: "during the Term and for one year thereafter", "for six months after the Term".
        'during the term .. and for .. thereafter / for a period of .. after|following the term': 0.55,
        // The wind-down itself: a phase-out period, termination assistance, a transition-out plan, a handover.
        'phase-out|phaseout|run-off / termination assistance / transition out plan / orderly transfer|transition|handover': 0.65,
        // Survival in its own verbs, "shall continue to apply / in force after the termination". ('apply|applying|in force|in
        // effect' read as the words apply|applying|in, force|in, effect: it matched nothing.) The end named after 'after':
        // "keep in force ... the following insurance" and "continue in effect for 2 years following the Launch Date" are no survival.
        'continue~|keep|keeps .. apply|applying ... after|following|beyond .. termination|expiration|expiry|end / continue~|keep|keeps .. in force|effect ... after|following|beyond .. termination|expiration|expiry|end': 0.55, 'on|at termination|expiry|expiration': 0.5, 'cease~|stop|stops .. use|using': 0.45, 'after|following|once .. this agreement|contract .. ends|ended|expires|expired|terminates|terminated': 0.5,
        // Accrued rights kept ("No termination ... shall relieve either party of any obligation accrued before ..."); plain
        // English's account closed.
        'termination|expiry|expiration ... relieve~|relieves|release~|releases|prejudice~|prejudices|affect~|affects ... accrued|accruing': 0.6,
        'after|following|once|when .. account|accounts|subscription|membership|plan .. closes|closed|ends|ended|expires|expired|terminates|terminated|cancelled|canceled': 0.5,
      },
      // A person's employment or engagement ending is not the agreement's termination.
      // An agreement that outlives a person, or renews at its end, has no aftermath of termination.
      negatives: { 'termination of .. employment|engagement|appointment of? .. employee~|employees|personnel|key|individual|person|officer~': 0.5,
        'survive~|survives .. death|incapacity|disability|bankruptcy of': 0.7, 'automatically .. renew~|extend~ / renew~|extend~ automatically': 0.5 } },
    { id: 'transition', label: 'Transition', description: 'Transition assistance, bridging licences.',
      headings: { 'transition*|migration|bridging / exit plan|management|assistance': 0.85 },
      phrases: { 'transition assistance|services|period|plan': 0.85, 'orderly transition|transfer': 0.75, 'bridging|bridge license|licence': 0.8, 'smooth .. transition': 0.7, 'migrat* .. successor|replacement': 0.6, 'exit plan|management|assistance|strategy': 0.8, 'run-off|runoff period': 0.75, 'successor supplier|provider|vendor|contractor': 0.6, 'orderly manner|fashion': 0.5, 'transfer~|migrate~|handover .. services|service|data|operations|systems|work ... to .. successor|replacement': 0.6,
        'transfer~|migrate~|handover|move|moving|switch|port ... to .. new|replacement|successor|substitute .. supplier|provider|vendor|contractor / cooperate~|co-operate~|cooperation|assist~|assistance .. with|to .. replacement|successor|new|incoming .. supplier|provider|vendor|contractor': 0.7,
        'hand|hands|handing over .. to .. successor|replacement|new|incoming': 0.7,
        // The successor unnamed: 'help move your data to whoever takes over'.
        'transfer~|migrate~|move|moving|switch|port|hand|hands .. data|services|service|work|systems|records|operations|files|content|accounts ... to .. whoever|whomever|whichever .. takes|take|replaces|succeeds|comes': 0.7 } },
  ]),
  ...group('boilerplate', [
    { id: 'notices', label: 'Notices', description: 'How notices are given.',
      // "Notice" also heads what a notice is about ("Notice of Infringement", "Termination upon Notice", "Proprietary
      // Notices"): weak alone, the clause's own words settle it.
      headings: { 'notices / addresses for notice~ / notice address~ / notice~ and|or .. communication~|correspondence|contact': 0.9, 'notice': 0.45 },
      phrases: { 'notice~ .. shall be .. in writing': 0.8,
        // How a notice travels: "delivered personally", "return receipt requested", "by pre-paid first-class post".
        'delivered|delivery .. personally / delivered|delivery by hand / personal delivery / return receipt requested / first-class|prepaid|pre-paid|recorded .. post|mail|delivery': 0.55, 'deemed .. given|delivered|received': 0.6, 'certified|registered|recorded mail|letter|delivery / overnight courier': 0.6, 'addressed to': 0.4, 'attention:|attn:': 0.6, 'facsimile|fax': 0.3,
        'notice by|via .. e-mail|email|facsimile|fax / shall not constitute notice / notice~ to .. shall be .. addressed|sent|given|delivered|marked|served': 0.65, 'for the attention of': 0.55, 'notices|notifications|declarations|communications .. shall|must|may be .. sent|given|delivered|served|addressed': 0.65, 'notice~|communications .. sent|delivered|addressed|given .. to .. address|addresses': 0.65, 'communications .. shall|must be .. in writing': 0.6, 'by e-mail|email|post|courier|hand .. to the? address|addresses': 0.5, 'notice~ .. effective|deemed .. upon|on .. receipt': 0.6,
        // The address notices go to, and its change ('may change its address for service by giving ... notice of the new address');
        // plain English's writing to an address ('we'll write to the email address you signed up with') and telling by email, weak.
        'address|addresses for service|notice|notices|correspondence / change~|changes|changing .. its|their|his|her|your|our .. address|addresses|details for': 0.6,
        'write|writes|writing to .. address|addresses': 0.45, 'tell|notify|inform|contact|reach us|you ... email|e-mail|write|writing': 0.3 },
      // Legends marked on goods or software are notices of another kind.
      negatives: { 'proprietary|copyright|trademark|patent|confidentiality notice~|legend~|legends / remove~|alter~|obscure~ .. notice~|notices|legends': 0.7 } },
    { id: 'force-majeure', label: 'Force majeure', description: 'Force majeure.',
      headings: { 'force majeure / excusable delay~': 0.95 },
      phrases: { 'force majeure': 0.9, 'fm event~|events|circumstance~|circumstances|clause|provision~|notice': 0.8, 'act~ of god': 0.8, 'beyond .. reasonable control': 0.6, 'beyond|outside its|their|the? control': 0.55, 'affected party / party affected by': 0.35, 'strikes|riots|war|fire|flood|earthquake|epidemic|pandemic': 0.3,
        // Other words for the same excuse: "any other cause not within its control", lockouts and embargoes, the time extended.
        'not within .. its|their|the .. control / outside .. its|their .. control / cannot control / can t control / could not control / unable to control': 0.55, 'lockout~|lockouts|embargo~|embargoes|lockdown~|lockdowns|blockade~|sabotage|insurrection|terrorism|quarantine~|hurricane~|explosion~|storm|storms|tornado|tornadoes|typhoon~': 0.3,
        'prevented|hindered|delayed .. from performing / prevented|hindered|delayed .. by reason of / stop|stops|stopped .. from performing|providing|running|supplying|delivering': 0.45,
        // Translated drafting: "circumstances of insuperable force" (Chinese, French), "higher force" (German), "vis major".
        'insuperable|irresistible|superior|higher force / vis major|maior': 0.85, 'time for performance .. extended / performance .. excused|suspended / obligations .. suspended': 0.5 } },
    { id: 'entire-agreement', label: 'Entire agreement', description: 'Entire agreement, amendment, waiver, severability, counterparts.',
      headings: { 'entire agreement / amendment~|waiver~|severability|counterparts|modification~|integration': 0.85,
        // A catch-all ('Miscellaneous', 'General') heads the venue, notices and assignment too: weak alone.
        'miscellaneous': 0.45 },
      phrases: { 'entire agreement|understanding': 0.85, 'supersede~ .. prior': 0.75, 'counterparts': 0.65, 'invalid|illegal|unenforceable .. remaining provisions': 0.75, 'severability / read down / severable|severed .. from|provision~|provisions|remainder|remaining / provision~|provisions .. severable|severed': 0.7, 'no .. amendment|modification|waiver|variation ... unless .. in writing': 0.75, 'failure .. to enforce .. not .. waiver': 0.75, 'amended .. only .. writing': 0.7,
        'not rely|relied .. on|upon .. statement|representation|assurance / non-reliance': 0.75, 'amended|modified|varied|waived .. except|unless|only .. writing / amended|modified|varied|waived .. except|unless|only .. written instrument': 0.7, 'operate as a waiver': 0.7, 'amendment~|amendments|modification~|modifications|variation~|variations .. to|of this agreement|contract ... in writing': 0.7,
        'invalid|illegal|unenforceable|enforced|void ... rest|remainder|balance ... remain|remains|continue|continues|unaffected|applies|apply|valid': 0.7, 'whole|complete|full agreement|understanding between': 0.8, 'entire|whole|complete|full deal|bargain between|with': 0.8,
        // The waiver clause by what waives nothing: 'A failure or delay by a party to exercise any right or remedy under this
        // Agreement shall not constitute a waiver of that right', 'No course of dealing ... shall constitute a waiver'. (Not
        // 'constitute a waiver' alone: an arbitration's carve-out, 'shall not constitute a waiver of the right to arbitrate'.)
        'failure|failures|delay|delays|forbearance|omission|omissions|indulgence|neglect ... exercise|exercising|enforce|enforcing|insist|insisting|require|requiring|assert|asserting ... waiver|waive|waives / course of dealing ... waiver|waive|waives': 0.7, 'is|contains|records|states everything .. agreed': 0.7, 'the whole|complete agreement': 0.7 },
      // A heading word ("Waiver", "Integration", "Modifications") names this clause when it is the agreement that is waived,
      // integrated or modified; a waiver of jury trial or of subrogation is a dispute or insurance clause, and the
      // integration or modification of a link, a manual, the services or the specifications is the work's change control.
      // (Near misses of the text: a clause under such a heading whose text does not name the thing keeps the section's
      // heading evidence, as '(1) element 5 shall make a hyperlink available ...' under 'Integration of the link'.)
      // An amendment's title ("AMENDMENT NO. 2 TO LICENSE AGREEMENT") names the document, not a clause on amending it (a
      // negation: "This Amendment No. 2 and the Agreement are the entire agreement" keeps the tag by its other words).
      negations: ['amendment~|amendments no|number #num'],
      negatives: { 'amendment~|amendments no|number #num': 0.85, 'waive~|waives|waiver~|waivers .. jury|subrogation / trial by jury / jury trial': 0.45,
        'integrat* .. link|links|website|web|site|software|system|systems|hardware|services / modification~|modifications|changes .. to|of|in the? manual|specification~|specifications|services|software|process|processes|manufacturing|tools|facilities|link|links': 0.45 } },
    { id: 'third-party-beneficiary', definitionFactor: 0.5, label: 'Third-party beneficiary', description: 'Third-party rights: who besides the parties may enforce the agreement.',
      headings: { 'third-party beneficiar* / third-party rights / beneficiar*': 0.6 },
      phrases: {
        'third-party beneficiar*': 0.5, 'intended|express|direct third-party beneficiar*': 0.8, 'be|is|are|become deemed? .. third-party beneficiar*': 0.5,
        'intended|express|expressed|direct beneficiar*': 0.6,
        // The Commonwealth device: a party holds the benefit of a promise on trust for someone outside the agreement.
        'hold~|holds|held the? benefit ... on|in trust': 0.75, 'is|are also for the benefit of / also for the benefit of': 0.45, 'other than .. affiliates|successors|indemnified|indemnitees|licensors|suppliers': 0.35, 'except .. affiliates|indemnified|indemnitees .. third part*': 0.5, 'exception of .. affiliates|indemnified|indemnitees|licensors': 0.5,
        // (Entitled to claim or enjoy it too: "the Promoters, though not parties to this Agreement, shall be entitled to claim the
        // benefit of the indemnity under Clause 9"; the concession without the article: "though not parties".)
        'entitled to claim|enjoy|take|have? the benefit': 0.6, 'for the benefit of ... may|can|shall|will .. @enforce / confer~|confers|conferring .. a|any? benefit|benefits on|upon ... @enforce': 0.7, 'though|although|notwithstanding|despite .. is|are? not a? party|parties|signatory|signatories': 0.6,
        // (Plain English says it by the terms they never agreed to: "even though they never agreed to these Seller Terms". Weak alone.)
        'though|although .. never|not .. agreed|signed|accepted|consented to? these|this|the|our|those|an|any .. terms|agreement|contract': 0.45,
        // Someone holding the party to the terms as well as, or directly ("Our hosting provider can also hold you to the acceptable use
        // rules"; "Buyers ... may hold you directly to the return commitments"). Weak alone: a party holds the other to its word.
        'also|directly hold|holds you|us|them|him|her|it .. to / hold|holds you|us|them|him|her|it also|directly to': 0.5,
        // Plain English gives the outsider our standing by comparison with us ("Our platform partners can hold you to the
        // acceptable use rules just as we can", "may enforce these terms against you in the same way we could"). Only 'you'
        // held and 'we' compared: a mutual sentence ("You can hold us to them just as we can hold you to yours") names the parties.
        'hold|holds you to|enforce~|enforces ... just|exactly|equally as we can|could|may|do|would|might / hold|holds you to|enforce~|enforces ... same way as? we can|could|may|do|would|might': 0.7,
        // Anyone besides the party may also claim under it ("Anyone in your household who uses the device with your permission can
        // also make a claim under this guarantee").
        'anyone|anybody|everyone|everybody|whoever ... can|may|could also make|bring|submit|file|lodge a? claim|claims / anyone|anybody|everyone|everybody|whoever ... can|may|could also claim|enforce|rely': 0.65, 'rights and benefits .. in trust / rights and benefits .. on behalf / in trust for .. benefit|behalf': 0.7, 'right to enforce': 0.35,
        // Rights given to someone outside the agreement: "Indemnified Parties who are not parties to this Agreement may enforce ...".
        'not a? party|parties to this agreement|hereto': 0.35, 'shall|may|will be entitled to enforce / may enforce|rely on .. directly': 0.45, 'enforce~|enforces .. directly / enforce~|enforces .. in its|their own right': 0.45,
        // Someone outside the agreement treated as a party for a right: "may enforce Clause 9 directly against the Vendor as if
        // they were parties hereto", "the right to make claims directly against the Subcontractor", "benefit the Investor's
        // funds, who can enforce them directly". (Not enforcing 'directly against' or 'in its own name': a licensee enforces
        // the licensed patents that way, "may enforce the Licensed Patents directly against any infringer in its own name".)
        'enforce~|enforces|rely|relies|claim~|claims|benefit~|benefits ... as if|though ... party|parties|signatory|signatories|named|signed': 0.5,
        // (One cue for a claim 'directly against|from', however long its object: a second that read the same words again counted
        // them twice, and 'The Customer may claim the service credits directly from the Supplier', a party's own claim, reached
        // the threshold by them alone.)
        'claim~|claims ... directly against|from / recover~|recovers|demand~|demands|require~|requires .. directly against|from / entitled|right to receive .. directly from / directly claim~|claims|recover~|recovers|demand~|demands against|from': 0.55,
        // The civil codes' third person demands or requests the performance itself ("which shall be entitled to demand performance
        // directly from the Licensor", § 328 BGB; "each of which may request Party B to perform them directly", art. 522 of the
        // Chinese Civil Code), or claims it after a longer object ("may claim the warranty performance under Article 11 directly
        // against Party B"); a party's own claim names no performance and stands beside no one outside (each weak alone).
        'demand~|demands|request~|requests|require~|requires|claim~|claims .. perform|performance|fulfilment|fulfillment|execution ... directly': 0.55,
        // The outsider claiming without the party through whom it deals ("End Users ... may claim the compensation ... directly
        // from the Access Provider, without the involvement of the Access Seeker"; "without the intervention of the Buyer").
        // Weak alone.
        'directly ... without the? involvement|intervention|participation|mediation of': 0.45,
        // Plain English lets others rely on a provision too ("Our upstream contributors can rely on the disclaimers in this
        // section too"): weak alone, the 'too' says someone beside the party.
        'can|may|could|will|shall rely on|upon .. this|these|those|the|its|our|such .. section|sections|clause|clauses|provision|provisions|terms|disclaimer~|disclaimers|limits|limitations|exclusions|protections|warranty|warranties|indemnity too': 0.65,
        // Obligations owed or applied to others beside the party: "Party B's obligations under Article 6 shall also be owed to the
        // affiliated enterprises of Party A"; "shall also apply for the benefit of the affiliated companies of the Licensee".
        'obligation~|obligations|undertaking~|undertakings|warranty|warranties|duties .. also be? owed to|towards / also apply|applies for|in the? benefit|favour|favor of': 0.45,
        // The same with the verb first ("Party B shall also owe the obligations under Article 9 to the end users of the Products"),
        // or the obligations given or made for others' benefit ("are also given for the benefit of the Customer's group
        // companies"); and the right such a person has against the party, independent of the party's ("each such company shall
        // have an independent right to present claims"). Each weak alone.
        'also owe|owes|owed .. obligation~|obligations|undertaking~|undertakings|warranty|warranties|duties|duty ... to|towards / also given|made|undertaken|assumed|provided|granted for|in the? benefit|favour|favor of': 0.45,
        // The benefit given with 'as well' after its beneficiary rather than 'also' before ("The Organiser's obligations in clause 8
        // are undertaken for the benefit of the Sponsor's ultimate parent company as well"); and the person it is given in favour
        // of who may, in the civil codes' words, demand, require or claim what it stipulates ("are also assumed in favour of the
        // Buyer's end customers, who may demand their fulfilment"; "made for the benefit of each franchisee of the network, who
        // may require their execution", art. 1444 of the Civil Code of Québec). Each weak alone: a party takes a benefit and
        // demands things too.
        'given|made|undertaken|assumed|granted for|in the? benefit|favour|favor of ... as well': 0.45,
        'benefit|benefits|favour|favor of ... who|whom .. may|can|shall|will|could .. demand|require|request|claim': 0.5,
        // Someone treated as having signed the agreement ("which may take action on them as if it had signed this Agreement"):
        // weak alone, as its sibling with 'party' below.
        'as if|though .. had|has signed|executed|accepted this|the': 0.45,
        // The data subject, whom the standard contractual clauses make a third-party beneficiary, invoking or enforcing them
        // against a party ("Data subjects whose Personal Data is transferred ... may invoke Clauses 7 and 9 against the
        // Sub-processor directly"). (Exercising its rights of access is data protection: not @enforce.)
        'data subject|subjects ... may|can|shall|will .. @enforce': 0.7,
        'have|has|had|acquire~|acquires an? independent|direct right|rights|claim|claims': 0.45, 'benefit~|benefits ... who|which|they|each .. may|can|shall|will|could .. @enforce': 0.5, 'affiliates|indemnitees|indemnified|licensors .. may|can .. enforce': 0.7,
        // Someone enforcing a provision of the agreement against a party, or in its own right ("Each Participating Body may in
        // its own right enforce clause 18 against the Supplier", "may enforce the warranty provisions of the Contract directly
        // against the Contractor"): the provision is the object, not a patent or a mark, which a licensee enforces.
        // (Enforce or rely, not invoke: a party invokes a procedure against the other, "Either Party may invoke the dispute
        // procedure in Section 14 against the other Party".)
        'enforce~|enforces|rely|relies ... clause|clauses|section|sections|article|articles|paragraph|paragraphs|provision~|provisions|term|terms|undertaking~|undertakings|warranty|warranties|indemnity|indemnities .. directly|against': 0.65,
        // The same said of a provision named before, by a relative or 'each of whom' after the persons it benefits ("every
        // recipient of the software, each of whom may rely on it against You", "the Supplier's subcontractors, who may invoke it
        // against the Customer"): the persons are no party, the party is whom they enforce against. (What they enforce is the
        // provision, said by a pronoun: "a third party, who may enforce a judgment against the Licensor" is no beneficiary.)
        'who|whom|which .. may|can|shall|will|could @enforce on|upon? it|them|this|these|those|such .. against': 0.65,
        // The provision said to run to others beside a party, or the agreement meant to protect or benefit others: weak alone,
        // two meet or one meets a right given ("The patent license in Section 3 runs to the Foundation and to every recipient";
        // "are intended to benefit, and to be enforceable by, any of the Indemnified Parties"; "The confidentiality obligations in
        // Section 9 also protect the affiliated companies of the Client ..., which may assert claims ... in their own name").
        // (Running to others, not to a date: "The licence shall run to 31 December 2027".)
        'license|licence|licenses|licences|warranty|warranties|covenant~|covenants|indemnity|indemnities|benefit|benefits|undertaking~|undertakings|obligations|rights ... run|runs to .. and to / license|licence|licenses|licences|warranty|warranties|covenant~|covenants|indemnity|indemnities|benefit|benefits|undertaking~|undertakings|obligations|rights ... run|runs to .. as well as': 0.45,
        'intended|meant|designed to protect|benefit': 0.5, 'also protect|protects': 0.45,
        // The statutes' own test (New Zealand's Contract and Commercial Law Act 2017 s 12, its Contracts (Privity) Act 1982 before):
        // a promise "intended to confer a benefit on" a designated person. (Denied, it is the exclusion: the negatives below.)
        'intended|meant|designed to confer .. benefit|benefits|right|rights on|upon': 0.65,
        // In its own right or name: weak alone.
        // (Not enforcing in its own name: a licensee enforces the licensed patents so. Claims asserted so are a third party's.)
        'in its|their|his|her own right|name|names .. @enforce / assert~|asserts claim|claims ... in its|their|his|her own right|name|names': 0.45,
        // The same with the right before its name, whatever the proceeding ("may sue the Principal in its own name", "may take
        // action against the Contractor ... in their own names", "may recover its loss ... in proceedings brought in its own
        // name", rights "exercised by the group companies ... in their own names"). Weak alone: a licensee sues infringers so.
        // (Not 'enforce': "may enforce the Licensed Patents directly against any infringer in its own name" is a licensee's.)
        // (The rights exercised too, and a person named by both pronouns: "shall be entitled to exercise the rights arising
        // therefrom against the Licensor in their own name"; "may bring an action in his or her own name to recover".)
        'exercise|exercised|sue|sues|recover~|recovers|claim~|claims|action|actions|proceedings ... in its|their|his|her or? her? own name|names': 0.45,
        // The benefit itself given, in the passive ("The benefit of sub-paragraph (1) is conferred on each Protected Person").
        'benefit|benefits of .. is|are|be|been|being conferred on|upon': 0.55,
        // The rule of privity set aside for them, or their right held good though no contract binds them to the party
        // ("privity of contract notwithstanding"; "irrespective of the fact that no contractual relationship exists between them").
        'notwithstanding|despite|irrespective|regardless|though|although ... privity / privity of? contract? notwithstanding / notwithstanding|despite|irrespective|regardless|though|although ... no contractual|direct relationship|relation|link': 0.55,
        // A party's obligation exercised by someone else, in the passive, directly or also ("may be invoked directly by the Owner
        // against the Subcontractor"; "may also be exercised by the group companies of the Licensee"). Weak alone.
        'be|been @enforce|exercised|asserted directly by / also be|been @enforce|exercised|asserted by': 0.55,
        // A warranty or indemnity that extends to others beside a party, each of whom may rely on it ("Seller's warranties ...
        // extend to Buyer, its successors, assigns and customers and to the users of Buyer's products, each of whom may rely on
        // them"). Each weak alone: a warranty extends to parts and to labour; 'each of whom may rely' says on what only after.
        'warranty|warranties|indemnity|indemnities|covenant~|covenants|undertaking~|undertakings|obligations ... extend|extends to ... and to / warranty|warranties|indemnity|indemnities|covenant~|covenants|undertaking~|undertakings|obligations ... extend|extends to ... as well as': 0.45,
        'each of whom|which may|can|shall|will @enforce on|upon? it|them|this|these|those|such': 0.5,
        // The civil law's device and its statutes: a stipulation for a third person (stipulatio alteri, stipulation pour autrui,
        // art. 1311 of the Philippine and art. 1001 of the Maltese Civil Code), a contract for the benefit of a third party
        // (Israel's Contracts Law s. 34); the protection or benefit of the agreement extended to others (a German "contract
        // with protective effect for third parties": "The protective effect of this Agreement shall extend to the affiliated
        // companies"; "the benefit of Clause 12 shall extend to and be enforceable by the Employer's officers").
        'stipulation|stipulations for|in the? benefit|favour|favor of / stipulatio alteri / pour autrui': 0.75,
        // The stipulation said with its verb, of others beside the parties ("the warranty in Article 8 is also stipulated in favour
        // of the end customers of the Distributor"; not "the penalty stipulated in favour of the Buyer", a party), and the right the
        // third person acquires by it, as the codes say it ("who acquire the right against the Manufacturer", art. 1411 of the
        // Italian Civil Code); the Japanese, Korean and Taiwanese codes' third person accepts the benefit by declaring an intention
        // to enjoy it ("by expressing to the Licensor their intention to enjoy the benefit of Article 9", art. 537 of the Japanese
        // Civil Code). Each weak alone.
        'also stipulated|made|concluded|agreed in|for the? favour|favor|benefit|protection of': 0.55,
        // The stipulation said by the party who makes it, in the active ("The Franchisor stipulates for the benefit of each
        // franchisee of the network that the Supplier shall honour the prices", art. 1444 of the Civil Code of Québec), and the
        // German device by its name ("a contract with protective effect for third parties").
        'stipulate|stipulates for|in the? benefit|favour|favor of': 0.6, 'protective effect|effects for|on third part*|persons / protective effect|effects in favour|favor of third part*|persons': 0.75,
        // Someone outside treated as a party to the agreement for a right ("may enforce the Subcontractor's obligations ... as
        // though the Government were a party to this subcontract"): each weak alone (persons are also bound 'as if they were
        // parties', see the negatives), the two together.
        'as if|though .. were|was|is|are|had|has been? a|an? party|parties|signatory|signatories': 0.45, 'may|can|shall|will|could enforce .. obligation|obligations|undertaking~|undertakings|covenant~|covenants': 0.4,
        // A benefit taken or claimed by someone with a modal, and the performance required of a party ("sub-franchisees may take the
        // benefit of Franchisor's training obligations ... and may require their performance from Franchisor"): each weak alone.
        'may|can|shall|will|could take|claim|enjoy the benefit|benefits': 0.5, 'require~|requires|demand~|demands .. their|its|the performance from': 0.35,
        // Protections that also cover others ("The protections in this section also cover our hosting partners"): weak alone.
        'protections|protection|benefit|benefits ... also cover|covers|extend|extends|protect|protects|benefit|benefits': 0.45,
        'who|whom|which|each shall|will|may? acquire~|acquires|obtain~|obtains the|a|an|any? direct|independent|own? right|rights|claim|claims against': 0.55,
        'intention|intent|wish to enjoy|accept|receive|avail .. benefit': 0.6,
        'contract|agreement|clause|undertaking|promise for|in the benefit|favour|favor of a|any third part*|person|persons': 0.7,
        // The device by its name, without the article: "a genuine contract in favour of a third party (Art. 112 CO)". (A third
        // person, not any: "shall not sell or encumber its rights under this Contract in favor of any third person" is a transfer.)
        'contract|contracts|stipulation|stipulations in|for favour|favor of a third part*|person|persons': 0.7,
        // The device in the plural, by benefit as well ("a contract for the benefit of third parties within the meaning of Section
        // 328 of the German Civil Code"); denied, it is the exclusion (the negation below).
        'contract|contracts|stipulation|stipulations for|in the benefit|favour|favor of third part*|persons': 0.7,
        // Named outsiders exercising a provision against a party directly ("the Licensee's customers may invoke directly against it
        // the guarantee"), and plain English's claim against us compared with the party's own ("can bring a claim against us under
        // this warranty in the same way you can").
        // (Anchored on the verb, a rare word: the outsiders' nouns, 'customers', 'employees', start a try at every mention.)
        'invoke~|invokes|invoked ... directly against|from': 0.65,
        '@action|@enforce|sue ... against us ... just|exactly|equally as you can|could|may|do|would / @action|@enforce|sue ... against us ... same way as? you can|could|may|do|would': 0.7,
        // The Dutch Civil Code's 'derdenbeding' (art. 6:253) in translation: "constitutes a third-party clause ... in favour of the
        // directors and employees of the Client", "a third-party stipulation".
        'third-party clause|clauses|stipulation|stipulations': 0.7,
        // The common law's device: a party contracts for itself and as agent or trustee for others (group companies, a carrier's
        // servants), who take the benefit of the terms: "enters into Clauses 8 and 11 for itself and as agent and trustee for
        // each member of the Group". (For itself as well: a party that is no one's "agent or trustee" (an independent
        // contractor), or sums "held as agent and trustee for" the other party (a trust of money), gives no one a right.)
        // (As agent alone too: "are given to the Principal for itself and as agent for each of the State's Indemnified Persons".)
        'itself|themselves|behalf and as agent and|or trustee for|of|on / itself|themselves|behalf and as agent for|of|on': 0.7,
        'protective effect|effects of .. this|the|clause|section|article .. shall|will|may|also? extend~|extends to / protection|benefit of .. this|the|clause|section|article .. shall|will|may|also? extend~|extends to': 0.55,
        'person~|persons|successor~|indemnitee~|indemnified ... shall|will|may be? entitled to the? benefit|enforce': 0.7,
        'except .. expressly|otherwise .. provided|stated|set forth ... no person|one ... beneficiar*|rights|benefit / except .. expressly|otherwise .. provided|stated|set forth ... no third party|parties ... beneficiar*|rights|benefit': 0.3, 'rights of third parties .. act|ordinance / third-party rights .. act|ordinance': 0.8, 'benefits .. inure to': 0.4,
      },
      // CUAD marks a clause only where someone outside the parties does get rights; a bare "no third-party
      // beneficiaries" clause is about third-party rights too, but says there are none.
      // The statutory exclusion says the Act gives no one rights ("A person who is not a party ... has no right under the
      // Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms"); a negation, so a clause that also gives
      // someone a right ("... but each Indemnified Person may enforce clause 9") keeps the type.
      // Safeguards meant to protect data, systems or a party's interests protect things, not persons outside the agreement ("technical
      // safeguards designed to protect Customer Data against unauthorised access"; "reasonable and designed to protect the Buyer's
      // legitimate interests"): the protecting cue inside starts nothing.
      negations: ['not|no|nothing|neither|nor ... contract|contracts|stipulation|stipulations for|in the? benefit|favour|favor of', 'intended|meant|designed to protect|benefit .. data|information|systems|system|network|networks|security|confidentiality|integrity|privacy|property|assets|premises|equipment|environment|health|safety|software|records|goodwill|reputation|interest|interests|business|secrets',
        'not a party|parties .. to this agreement|hereto ... no right|rights ... rights of third parties .. act|ordinance / no right|rights ... rights of third parties .. act|ordinance|law / no right|rights ... third-party rights .. act|ordinance|law / no|nor .. has|have|shall|will|acquire~|acquires .. any right|rights|benefit ... rights of third parties .. act|ordinance|law / no|nor .. has|have|shall|will|acquire~|acquires .. any right|rights|benefit ... third-party rights .. act|ordinance|law'],
      negatives: { 'not|no|nothing|neither|nor ... contract|contracts|stipulation|stipulations for|in the? benefit|favour|favor of': 0.8, 'intended|meant|designed to protect|benefit .. data|information|systems|system|network|networks|security|confidentiality|integrity|privacy|property|assets|premises|equipment|environment|health|safety|software|records|goodwill|reputation|interest|interests|business|secrets': 0.8,
        'not a party|parties .. to this agreement|hereto ... no right|rights ... rights of third parties .. act|ordinance / no right|rights ... rights of third parties .. act|ordinance|law / no right|rights ... third-party rights .. act|ordinance|law / no|nor .. has|have|shall|will|acquire~|acquires .. any right|rights|benefit ... rights of third parties .. act|ordinance|law / no|nor .. has|have|shall|will|acquire~|acquires .. any right|rights|benefit ... third-party rights .. act|ordinance|law': 0.85, 'no third-party beneficiar* / no third-party rights|right': 0.45, 'there shall? are|be no third-party': 0.45, 'not .. intended .. to .. benefit|confer': 0.3, 'nothing|no|neither|nor ... intended|meant|designed to protect|benefit|confer': 0.4, 'nothing ... create|confer ... third-party': 0.45, 'no .. intended third-party': 0.5,
        // A most-favoured clause's party takes the benefit of better terms ("the Licensee shall be entitled to the benefit of such
        // lower royalty"): the benefit of a term, not of the agreement for someone outside it.
        'benefit|benefits of .. such|those|the|any .. lower|lowest|better|best|more|reduced|cheaper': 0.8,
        // Others bound as if they were parties ("shall ensure that its subcontractors comply with the confidentiality obligations in
        // clause 12 as if they were parties") carry duties, not rights.
        'comply|complies|bound|liable|responsible|observe|observes ... as if|though': 0.6 } },
    { id: 'escrow', label: 'Escrow', description: 'Source code or technology escrow.',
      headings: { 'escrow': 0.85 },
      phrases: { 'source code escrow': 0.95, 'escrow agent|agreement|account|deposit': 0.6, 'deposit .. source code': 0.85, 'release condition~ / release of .. source code': 0.75, 'escrow': 0.45,
        // Plain English's escrow: a copy of the code held by an independent company that releases it.
        'code ... held|kept|lodged|deposited|stored with|by ... release~|releases|released': 0.5 },
      // Money held in escrow is no technology escrow: a purchase price or shares until closing, a deposit that bears interest
      // ("financial assurances ... retained in a non-interest-bearing escrow account until ...").
      negatives: { 'escrow .. closing|funds|shares|proceeds|price / purchase price .. escrow': 0.5, 'until|at|on|upon completion|closing': 0.5,
        // An escrow bank and an account sums are credited to carry money.
        'escrow bank|banks / credited|paid|deposited|remitted|transferred to|into the? escrow account': 0.7,
        'interest-bearing|non-interest-bearing escrow / escrow .. monies|money|cash|interest-bearing / monies|money|cash .. into|in escrow / interest .. accrue~|accrues|earned|earn .. escrow / escrow .. accrue~|accrues|earned|earn .. interest': 0.7 } },
  ]),
];

/** The built-in definitions as written (for the test that validates them with the schema). */
export const BUILTIN_DEFS: readonly ClauseTypeSpecInput[] = DEFS;
// ClauseTypeSpecSchema's shape (taxonomy-schema.ts: key order, defaults), written out so that tagging does not load zod.
const MODAL_CUE = object(['verbs', AS_READ], ['polarity', AS_READ], ['weight', AS_READ]);
const FRAME_CUE = object(['act', AS_READ], ['object', array(AS_READ)], ['weight', AS_READ], ['kind', withDefault(AS_READ, 'restraint')]);
const CLAUSE_TYPE_SHAPE = object(
  ['id', AS_READ], ['group', AS_READ], ['label', AS_READ], ['description', withDefault(AS_READ, '')],
  ['headings', withDefault(AS_READ, {})], ['phrases', withDefault(AS_READ, {})], ['modal', withDefault(array(MODAL_CUE), [])],
  ['frames', withDefault(array(FRAME_CUE), [])],
  ['negatives', withDefault(AS_READ, {})], ['negations', withDefault(array(AS_READ), [])], ['requires', withDefault(array(AS_READ), [])],
  ['definitionFactor', optional(AS_READ)], ['threshold', optional(AS_READ)],
);
/** A definition as the schema returns it: its keys in the schema's order, its defaults filled in. */
export const clauseTypeWithDefaults = (d: ClauseTypeSpecInput): ClauseTypeSpec => reshape(CLAUSE_TYPE_SHAPE, d) as ClauseTypeSpec;
/** The built-in types (a bad cue in this file fails every test, not a user run). */
// Not run through zod at load (zod's import and parse would be ~75 ms of every process's and worker's start-up):
// test/tag/taxonomy-defaults.test.ts checks every definition validates and equals its parse, keys in order.
// Rule packs' clause types are still parsed at the boundary (parseExtraTypes in taxonomy-schema.ts).
export const BUILTIN_TYPES: readonly ClauseTypeSpec[] = Object.freeze(DEFS.map(clauseTypeWithDefaults));
export const BUILTIN_TYPE_IDS: ReadonlySet<string> = new Set(BUILTIN_TYPES.map((t) => t.id));
/** Structure types are assigned from clause kind and position as well as cues. */
export const STRUCTURE_TYPE_IDS: ReadonlySet<string> = new Set(['title', 'parties', 'recitals', 'definitions', 'signature', 'schedule']);

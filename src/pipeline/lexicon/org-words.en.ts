// Words that make a capitalised name an organisation, not a person: "Veterans Affairs", "Kenya Red Cross",
// "Canadian Beverage Association", "Export Development Canada". Lower-case keys.

export const EN_ORG_WORDS: ReadonlySet<string> = new Set(
  ('affairs agency agencies association associations authority administration alliance army assembly bank bureau board ' +
    'cabinet centre center chamber church club coalition college commission committee company congress corporation corp ' +
    'council court cross department dept diocese directorate federation force forces foundation fund government group ' +
    'holdings hospital hydro inc industries institute institution league limited ltd media ministry motors navy network ' +
    'news office organization organisation parliament partnership party police press railway railways registry reserve ' +
    'school secretariat senate service services society studios systems technologies tribunal trust union university ' +
    'airlines airways energy petroleum pharmaceuticals laboratories labs capital partners insurance telecom communications ' +
    'times post herald journal tribune gazette magazine broadcasting radio television consortium cooperative exchange ' +
    'syndicate federation observatory council').split(/\s+/),
);

/** A name that ends in one of these is an organisation named after its country: "Infrastructure Canada", "Air Canada". */
export const EN_ORG_LAST_WORDS: ReadonlySet<string> = new Set(['canada', 'america', 'international', 'worldwide', 'global']);

/** Heads of a subject that stand for an organisation: "the company said", "the agency told". */
export const EN_ORG_HEADS: ReadonlySet<string> = new Set(
  ('agency association authority bank board branch bureau business carrier charity city club coalition commission committee ' +
    'company conglomerate council department district firm force government group league lender maker manufacturer ministry ' +
    'municipality network office organization organisation outlet party police province railway regulator retailer ' +
    'service team union university utility watchdog insurer operator producer provider developer publisher broadcaster ' +
    'airline automaker chain miner campaign court').split(/\s+/),
);

/** Heads of a subject that are documents — "the statement said", "a release from X said": the issuer speaks. */
/** Documents of a court case — filed by one party against another, or issued by a court: the organisation or the
 *  person in focus is as often the other side as their author. */
export const EN_LEGAL_DOCUMENTS: ReadonlySet<string> = new Set(['complaint', 'lawsuit', 'ruling', 'decision', 'filing', 'filings', 'affidavit', 'application', 'indictment', 'judgment', 'judgement', 'motion', 'suit', 'claim', 'warrant']);

export const EN_DOCUMENT_HEADS: ReadonlySet<string> = new Set(
  ('statement statements release releases report reports letter memo email e-mail post tweet website site notice filing ' +
    'filings document documents complaint lawsuit ruling decision findings study survey poll book paper review assessment ' +
    'analysis bulletin note advisory update announcement newsletter submission brief affidavit application numbers figures ' +
    'data statistics estimates estimate records projections forecast forecasts research investigation audit database ' +
    'transcript readout readouts communique communiqué memorandum').split(/\s+/),
);

/** Heads that speak for an organisation named in the same phrase: "a Freedom Mobile spokesperson said" → Freedom Mobile. */
export const EN_SPOKES_HEADS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative', 'representatives']);

/** Heads for a business ("the company said"), which never points to an organisation whose name says it is a
 *  public body (one of the words below). */
export const EN_COMMERCIAL_HEADS: ReadonlySet<string> = new Set(
  ('company firm business corporation maker manufacturer retailer carrier airline lender insurer operator producer provider ' +
    'developer publisher broadcaster chain miner automaker conglomerate').split(/\s+/),
);
export const EN_PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(
  ('commission board agency ministry department council committee court police union university government office ' +
    'authority bureau league association party regulator watchdog tribunal senate parliament').split(/\s+/),
);

/** A party member's word: "the Kentucky Republican", "the Ontario Liberal" describe a politician. */
export const EN_PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat', 'conservative', 'liberal', 'tory', 'labour', 'green', 'progressive']);

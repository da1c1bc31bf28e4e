// Capitalised words that stand before a name without being part of it: titles, ranks, offices and the
// organisations that own them. "Veterans Affairs Minister Seamus O'Regan" → Seamus O'Regan; "Mr. Smith" (m).

export const TITLE_WORDS: ReadonlySet<string> = new Set(
  ('president vice prime minister premier chief mayor coach head dr doctor sen senator gov governor judge justice rep ' +
    'representative secretary director chair chairman chairwoman chairperson ceo cfo coo spokesman spokeswoman spokesperson ' +
    'officer const constable sgt sergeant lt lieutenant captain capt general gen commissioner superintendent inspector detective ' +
    'professor prof king queen prince princess pope archbishop bishop rabbi imam father rev reverend sister brother mr mrs ms miss ' +
    'sir dame lord lady councillor councilor alderman mp mla mpp mna leader deputy ambassador envoy chancellor attorney lawyer ' +
    'manager owner founder executive assistant associate staff principal dean provost warden pastor cardinal sheikh emir crown ' +
    'defenceman defenseman forward goalie goaltender centre center winger quarterback pitcher striker midfielder rookie ' +
    'correspondent reporter columnist editor analyst economist researcher scientist spokesperson president-elect ' +
    'affairs department ministry minister’s office agency police service services health public national federal provincial ' +
    'city county state union association council committee party board university college hospital institute foundation ' +
    'company corporation inc corp ltd group news press times post herald journal network canada canadian american british u.s ' +
    'former late acting interim incoming outgoing liberal conservative ndp democrat democratic republican green bloc ' +
    'organizer organiser activist advocate resident student teacher nurse farmer volunteer worker author writer artist singer ' +
    'actor player fan witness survivor victim neighbour neighbor friend wife husband mother father son daughter uncle aunt ' +
    'cousin grandmother grandfather chef pilot driver mayor-elect premier-elect watch listen read photos video').split(/\s+/),
);

export const HONORIFIC_GENDER: Readonly<Record<string, 'm' | 'f'>> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm', lady: 'f', king: 'm', queen: 'f', prince: 'm', princess: 'f', father: 'm', sister: 'f', brother: 'm' };

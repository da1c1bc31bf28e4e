// English speech and claim verbs, every inflection: "said", "says", "saying", "told", "added that".
// `object` verbs take the hearer before the content ("told reporters that…", "assured them…").

export interface EnglishVerb {
  forms: string[];
  object?: boolean;
  /** Participle forms ("adding", "saying") that hang on the main clause's subject. */
  participles?: string[];
}

export const EN_VERBS: readonly EnglishVerb[] = [
  { forms: ['said', 'says', 'say'], participles: ['saying'] },
  { forms: ['told', 'tells', 'tell'], object: true, participles: ['telling'] },
  { forms: ['added', 'adds'], participles: ['adding'] },
  { forms: ['noted', 'notes'], participles: ['noting'] },
  { forms: ['confirmed', 'confirms'], participles: ['confirming'] },
  { forms: ['denied', 'denies'], participles: ['denying'] },
  { forms: ['stressed', 'stresses'], participles: ['stressing'] },
  { forms: ['urged', 'urges'], object: true, participles: ['urging'] },
  { forms: ['warned', 'warns'], participles: ['warning'] },
  { forms: ['explained', 'explains'], participles: ['explaining'] },
  { forms: ['claimed', 'claims'], participles: ['claiming'] },
  { forms: ['argued', 'argues'], participles: ['arguing'] },
  { forms: ['insisted', 'insists'], participles: ['insisting'] },
  { forms: ['announced', 'announces'], participles: ['announcing'] },
  { forms: ['stated', 'states'], participles: ['stating'] },
  { forms: ['wrote', 'writes'], participles: ['writing'] },
  { forms: ['tweeted', 'tweets'], participles: ['tweeting'] },
  { forms: ['suggested', 'suggests'], participles: ['suggesting'] },
  { forms: ['acknowledged', 'acknowledges'], participles: ['acknowledging'] },
  { forms: ['admitted', 'admits'], participles: ['admitting'] },
  { forms: ['reported', 'reports', 'report'], participles: ['reporting'] },
  { forms: ['recalled', 'recalls'], participles: ['recalling'] },
  { forms: ['replied', 'replies'], participles: ['replying'] },
  { forms: ['responded', 'responds'], participles: ['responding'] },
  { forms: ['asked', 'asks'], participles: ['asking'] },
  { forms: ['declared', 'declares'], participles: ['declaring'] },
  { forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'], participles: ['emphasizing', 'emphasising'] },
  { forms: ['asserted', 'asserts'], participles: ['asserting'] },
  { forms: ['conceded', 'concedes'], participles: ['conceding'] },
  { forms: ['indicated', 'indicates'], participles: ['indicating'] },
  { forms: ['predicted', 'predicts'], participles: ['predicting'] },
  { forms: ['alleged', 'alleges'], participles: ['alleging'] },
  { forms: ['contended', 'contends'] },
  { forms: ['reiterated', 'reiterates'], participles: ['reiterating'] },
  { forms: ['quipped', 'quips'] },
  { forms: ['assured', 'assures'], object: true },
  { forms: ['promised', 'promises'], participles: ['promising'] },
  { forms: ['believes', 'believed'] },
  { forms: ['thinks'] },
  { forms: ['agreed', 'agrees'] },
  { forms: ['complained', 'complains'], participles: ['complaining'] },
  { forms: ['observed', 'observes'] },
  { forms: ['remarked', 'remarks'] },
  { forms: ['commented', 'comments'], participles: ['commenting'] },
  { forms: ['testified', 'testifies'] },
  { forms: ['cautioned', 'cautions'], participles: ['cautioning'] },
  { forms: ['countered', 'counters'] },
  { forms: ['retorted'] },
  { forms: ['shouted', 'shouts'] },
  { forms: ['joked', 'jokes'], participles: ['joking'] },
  { forms: ['conceded'] },
  { forms: ['continued', 'continues'] },
  { forms: ['pointed', 'points'], participles: ['pointing'] },
  { forms: ['estimated', 'estimates'] },
  { forms: ['maintained', 'maintains'] },
  { forms: ['revealed', 'reveals'] },
  { forms: ['disclosed'] },
  { forms: ['mentioned', 'mentions'] },
  { forms: ['blurted'] },
  { forms: ['exclaimed'] },
  { forms: ['whispered'] },
  { forms: ['muttered'] },
  { forms: ['yelled'] },
  { forms: ['chanted'] },
  { forms: ['boasted', 'boasts'] },
  { forms: ['lamented', 'laments'] },
  { forms: ['marvelled', 'marveled'] },
  { forms: ['recounted', 'recounts'] },
  { forms: ['speculated'] },
  { forms: ['wondered'] },
  { forms: ['refuted', 'refutes'] },
  { forms: ['highlighted', 'highlights'] },
  { forms: ['affirmed'], participles: ['affirming'] },
  { forms: ['described', 'describes'], participles: ['describing'] },
  { forms: ['called', 'calls'], participles: ['calling'] },
  { forms: ['expressed'] },
  { forms: ['mused'] },
  { forms: ['sighed'] },
  { forms: ['laughed'] },
  { forms: ['crowed'] },
  { forms: ['sniffed'] },
  { forms: ['scolded', 'scolds'] },
  { forms: ['chastised', 'chastises'] },
  { forms: ['stuttered'] },
  { forms: ['confessed', 'confesses'] },
  { forms: ['announced'] },
  // Naming and stance verbs: a report only with a quote after them and their object — "accused Washington of
  // “sabotaging” the talks", "vowed to “crush” the cartels", "dubbed it “a farce”" (see EN_QUOTE_AFTER_OBJECT).
  { forms: ['labelled', 'labeled', 'labels'] },
  { forms: ['dubbed', 'dubs'] },
  { forms: ['branded', 'brands'] },
  { forms: ['termed', 'terms'] },
  { forms: ['accused', 'accuses'] },
  { forms: ['vowed', 'vows'] },
  { forms: ['pledged', 'pledges'] },
  { forms: ['threatened', 'threatens'] },
  { forms: ['denounced', 'denounces'] },
  { forms: ['condemned', 'condemns'] },
  { forms: ['criticized', 'criticised', 'criticizes', 'criticises'] },
  { forms: ['slammed', 'slams'] },
  { forms: ['blasted', 'blasts'] },
  { forms: ['dismissed', 'dismisses'] },
  { forms: ['rejected', 'rejects'] },
  { forms: ['hailed', 'hails'] },
  { forms: ['praised', 'praises'] },
  { forms: ['welcomed', 'welcomes'] },
  { forms: ['demanded', 'demands'] },
  { forms: ['decried', 'decries'] },
  { forms: ['mocked', 'mocks'] },
];

/** Verbs whose report is an object and then a quote: "called the allegation “false”", "accused X of “…”",
 *  "urged residents to “stay home”", "warned of “serious consequences”". */
export const EN_QUOTE_AFTER_OBJECT = ['called', 'calls', 'calling', 'described', 'describes', 'describing', 'labelled', 'labeled', 'labels', 'dubbed', 'dubs', 'branded', 'brands', 'termed', 'terms', 'accused', 'accuses', 'vowed', 'vows', 'pledged', 'pledges', 'threatened', 'threatens', 'denounced', 'denounces', 'condemned', 'condemns', 'criticized', 'criticised', 'criticizes', 'criticises', 'slammed', 'slams', 'blasted', 'blasts', 'dismissed', 'dismisses', 'rejected', 'rejects', 'hailed', 'hails', 'praised', 'praises', 'welcomed', 'welcomes', 'demanded', 'demands', 'decried', 'decries', 'mocked', 'mocks', 'scolded', 'scolds', 'chastised', 'chastises', 'urged', 'urges', 'warned', 'warns', 'promised', 'promises'];
/** Of those, the ones that report nothing without a quote ("accused X of fraud" is the writer's account). */
export const EN_QUOTE_ONLY = EN_QUOTE_AFTER_OBJECT.filter((f) => !['urged', 'urges', 'warned', 'warns', 'promised', 'promises'].includes(f));

export const EN_COMPLEMENTISERS = ['that'];

/** Pronouns that stand for a person speaker, with their gender. */
export const EN_PRONOUNS: Record<string, 'm' | 'f' | 'pl'> = { he: 'm', she: 'f', they: 'pl', i: 'm', we: 'pl' };

/** Hearers that may follow "told": "told reporters", "told CNN", "told The Canadian Press". */
export const EN_HEARERS = ['reporters', 'journalists', 'us', 'me', 'him', 'her', 'them', 'parliament', 'lawmakers', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'audience', 'senators', 'members', 'supporters', 'listeners', 'viewers', 'media', 'press', 'crowd', 'committee', 'court', 'interviewer', 'council'];

/** Words that make a subject anonymous: "a source said", "officials said", "one of the sources said". */
export const EN_ANONYMOUS = ['source', 'sources', 'official', 'officials', 'diplomat', 'spokesperson', 'people', 'person', 'someone', 'analysts', 'experts', 'observers', 'diplomats', 'aides', 'insiders', 'reports', 'media', 'critics', 'witnesses', 'investigators', 'researchers', 'economists'];

/** Groups that news cites as a collective source ("Police said", "Prosecutors allege", "Rescuers said"): plural
 *  common nouns, a group and never a person's name when one opens a sentence. */
export const EN_COLLECTIVE_SOURCES = [
  'police', 'authorities', 'prosecutors', 'paramedics', 'medics', 'rescuers', 'firefighters', 'detectives', 'officers', 'investigators',
  'protesters', 'protestors', 'demonstrators', 'villagers', 'residents', 'locals', 'activists', 'militants', 'rebels', 'insurgents', 'troops',
  'soldiers', 'negotiators', 'mediators', 'organisers', 'organizers', 'doctors', 'nurses', 'scientists', 'survivors', 'relatives', 'families',
  'neighbours', 'neighbors', 'passengers', 'voters', 'opponents', 'supporters', 'lawmakers', 'legislators', 'regulators', 'inspectors',
  'monitors', 'campaigners', 'advocates', 'lawyers', 'attorneys', 'judges', 'teachers', 'students', 'parents', 'workers', 'employees',
  'farmers', 'fishermen', 'pilots', 'crews', 'guards', 'staff', 'forecasters', 'meteorologists', 'epidemiologists',
];

/** Honorifics that give a gender to the name after them. */
export const EN_HONORIFICS: Record<string, 'm' | 'f' | undefined> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', dr: undefined, prof: undefined, rev: undefined, gen: undefined, sen: undefined, rep: undefined, gov: undefined };

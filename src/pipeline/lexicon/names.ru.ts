// Russian personal names out of the genitive: «по словам Ивана Смирнова» names Иван Смирнов, «по мнению
// Анны Ивановой» Анна Иванова. Only the endings of given names and surnames are undone — ordered from the
// longest, each a rule of Russian declension — so that an unregistered speaker is stored as the article
// would name them in the nominative. Words that match no ending are left as written.

/** Genitive ending → nominative ending, longest first. */
const GENITIVE_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/(ск|цк)ой$/u, '$1ая'], // Чайковской → Чайковская
  [/(ск|цк)ого$/u, '$1ий'], // Чайковского → Чайковский
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], // Ивановой → Иванова, Набиуллиной → Набиуллина
  [/ии$/u, 'ия'], // Марии → Мария
  [/ьи$/u, 'ья'], // Натальи → Наталья
  [/([гкхжшчщ])и$/u, '$1а'], // Ольги → Ольга
  [/ия$/u, 'ий'], // Дмитрия → Дмитрий
  [/([аеёиоуэюя])я$/u, '$1й'], // Андрея → Андрей, Николая → Николай
  [/([лр])я$/u, '$1ь'], // Игоря → Игорь
  [/ы$/u, 'а'], // Анны → Анна, Никиты → Никита
  [/([бвгджзклмнпрстфхцчшщ])а$/u, '$1'], // Ивана → Иван, Смирнова → Смирнов
];

/** Names whose stem loses a vowel in the oblique cases (Павел → Павла, Лев → Льва, Любовь → Любови). */
const FLEETING_VOWEL: Readonly<Record<string, string>> = { Павла: 'Павел', Льва: 'Лев', Петра: 'Петр', Любови: 'Любовь' };

/** One word of a name in the nominative. */
function nominativeWord(word: string): string {
  // Only a capitalised Cyrillic word of three letters or more is a name to decline back.
  if (!/^[А-ЯЁ][а-яё]{2,}$/u.test(word)) return word;
  if (FLEETING_VOWEL[word]) return FLEETING_VOWEL[word];
  for (const [ending, replacement] of GENITIVE_ENDINGS) if (ending.test(word)) return word.replace(ending, replacement);
  return word;
}

/** A Russian name written in the genitive, in the nominative («Ивана Смирнова» → «Иван Смирнов»); hyphenated
 *  parts are declined one by one. */
export function ruNominativeOfGenitive(name: string): string {
  return name
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? part : part.split('-').map(nominativeWord).join('-')))
    .join('');
}

/** Common Russian and Ukrainian given names in the nominative, lower case, by gender: a word from these opens a
 *  person's name in a run of capitalised words («Глава Минфина Антон Силуанов» → Антон Силуанов) and tells
 *  an unregistered speaker's gender. */
export const RU_MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  ('александр алексей анатолий андрей антон аркадий арсений артем артём борис вадим валентин валерий василий ' +
    'виктор виталий владимир владислав володимир вячеслав геннадий георгий глеб григорий даниил денис дмитрий ' +
    'евгений егор иван игорь илья кирилл константин леонид максим марат михаил никита николай олег павел петр ' +
    'пётр роман руслан рамзан сергей станислав степан тимур федор фёдор эдуард юрий ярослав яков лев семен семён ' +
    'олександр андрій дмитро сергій віталій юрій микола петро богдан тарас').split(' '),
);
export const RU_FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  ('александра алина алла анастасия анна валентина валерия вера вероника виктория галина дарья евгения екатерина ' +
    'елена елизавета жанна зоя ирина карина ксения лариса любовь людмила маргарита марина мария надежда наталья ' +
    'наталия нина оксана ольга полина светлана софья софия татьяна эльвира юлия яна элла эльмира ирина ' +
    'олена ірина юлія').split(' '),
);

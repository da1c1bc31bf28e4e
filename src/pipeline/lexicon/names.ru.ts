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

import type { RegistryData } from '../types';

// United States: the executive, Congress leaders, envoys. Tenures as published; a field is left out when not certain.
export const unitedStates: RegistryData = {
  source: 'Wikidata; whitehouse.gov, state.gov, defense.gov, treasury.gov and congress.gov official biographies',
  roles: [
    {
      id: 'us-president',
      titles: [
        'US President', 'U.S. President', 'President of the United States', 'American President', 'the US president',
        'الرئيس الأمريكي', 'الرئيس الأميركي', 'رئيس الولايات المتحدة', 'رئيس الولايات المتحدة الأمريكية', 'سيد البيت الأبيض',
        'президент США', 'американский президент', 'президент Соединенных Штатов', 'глава Белого дома', 'хозяин Белого дома',
      ],
      org: 'white-house',
    },
    {
      id: 'us-vice-president',
      titles: [
        'US Vice President', 'U.S. Vice President', 'Vice President of the United States', 'American Vice President',
        'نائب الرئيس الأمريكي', 'نائب الرئيس الأميركي', 'نائبة الرئيس الأمريكي', 'نائبة الرئيس الأميركي',
        'вице-президент США', 'американский вице-президент',
      ],
      org: 'white-house',
    },
    {
      id: 'white-house-press-secretary',
      titles: [
        'White House press secretary', 'White House spokeswoman', 'White House spokesman', 'White House spokesperson',
        'المتحدثة باسم البيت الأبيض', 'المتحدث باسم البيت الأبيض', 'المتحدثة الرسمية باسم البيت الأبيض',
        'المتحدث الرسمي باسم البيت الأبيض', 'السكرتيرة الصحفية للبيت الأبيض', 'السكرتير الصحفي للبيت الأبيض',
        'الناطقة باسم البيت الأبيض', 'الناطق باسم البيت الأبيض',
        'пресс-секретарь Белого дома', 'официальный представитель Белого дома',
      ],
      org: 'white-house',
    },
    {
      id: 'us-secretary-of-state',
      titles: [
        'US Secretary of State', 'U.S. Secretary of State', 'Secretary of State', 'American Secretary of State', 'top US diplomat', 'top U.S. diplomat',
        'وزير الخارجية الأمريكي', 'وزير الخارجية الأميركي', 'وزيرة الخارجية الأمريكية', 'وزيرة الخارجية الأميركية',
        'رئيس الدبلوماسية الأمريكية', 'رئيس الدبلوماسية الأميركية',
        'государственный секретарь США', 'госсекретарь США', 'американский госсекретарь', 'глава Госдепартамента', 'глава Госдепа',
      ],
      org: 'us-state-department',
    },
    {
      id: 'state-department-spokesperson',
      titles: [
        'State Department spokesperson', 'State Department spokesman', 'State Department spokeswoman', 'US State Department spokesperson',
        'المتحدث باسم وزارة الخارجية الأمريكية', 'المتحدثة باسم وزارة الخارجية الأمريكية', 'المتحدث باسم الخارجية الأمريكية',
        'المتحدثة باسم الخارجية الأمريكية', 'المتحدث باسم الخارجية الأميركية', 'المتحدثة باسم الخارجية الأميركية',
        'الناطق باسم الخارجية الأمريكية', 'الناطقة باسم الخارجية الأمريكية',
        'официальный представитель Госдепартамента', 'пресс-секретарь Госдепартамента', 'официальный представитель Госдепа', 'пресс-секретарь Госдепа',
      ],
      org: 'us-state-department',
    },
    {
      id: 'us-secretary-of-defense',
      titles: [
        'US Defense Secretary', 'U.S. Defense Secretary', 'Secretary of Defense', 'Defense Secretary', 'US Secretary of Defense',
        'Pentagon chief', 'Secretary of War', 'War Secretary', 'US War Secretary',
        'وزير الدفاع الأمريكي', 'وزير الدفاع الأميركي', 'وزير الحرب الأمريكي', 'وزير الحرب الأميركي', 'رئيس البنتاغون',
        'министр обороны США', 'глава Пентагона', 'шеф Пентагона', 'военный министр США', 'министр войны США',
      ],
      org: 'pentagon',
    },
    {
      id: 'us-national-security-adviser',
      titles: [
        'US National Security Adviser', 'National Security Adviser', 'National Security Advisor', 'White House national security adviser',
        'مستشار الأمن القومي الأمريكي', 'مستشار الأمن القومي الأميركي', 'مستشار الأمن القومي في البيت الأبيض',
        'советник президента США по национальной безопасности', 'советник по национальной безопасности США',
      ],
      org: 'white-house',
    },
    {
      id: 'us-treasury-secretary',
      titles: [
        'US Treasury Secretary', 'U.S. Treasury Secretary', 'Treasury Secretary', 'Secretary of the Treasury',
        'وزير الخزانة الأمريكي', 'وزير الخزانة الأميركي', 'وزيرة الخزانة الأمريكية', 'وزيرة الخزانة الأميركية',
        'министр финансов США', 'глава Минфина США',
      ],
      org: 'us-treasury',
    },
    {
      id: 'us-ambassador-to-un',
      titles: [
        'US Ambassador to the United Nations', 'U.S. Ambassador to the UN', 'US ambassador to the UN', 'US envoy to the UN',
        'السفير الأمريكي لدى الأمم المتحدة', 'السفيرة الأمريكية لدى الأمم المتحدة', 'السفير الأميركي لدى الأمم المتحدة',
        'السفيرة الأميركية لدى الأمم المتحدة', 'المندوب الأمريكي لدى الأمم المتحدة', 'المندوبة الأمريكية لدى الأمم المتحدة',
        'постпред США при ООН', 'постоянный представитель США при ООН', 'постпред США в ООН',
      ],
    },
    {
      id: 'us-special-envoy-middle-east',
      titles: [
        'US special envoy to the Middle East', 'U.S. special envoy to the Middle East', 'US Middle East envoy',
        'المبعوث الأمريكي الخاص إلى الشرق الأوسط', 'المبعوث الأميركي الخاص إلى الشرق الأوسط', 'المبعوث الأمريكي للشرق الأوسط',
        'المبعوث الأميركي للشرق الأوسط', 'مبعوث ترامب للشرق الأوسط', 'مبعوث الرئيس الأمريكي إلى الشرق الأوسط',
        'спецпосланник США по Ближнему Востоку', 'специальный посланник США по Ближнему Востоку', 'спецпосланник президента США по Ближнему Востоку',
      ],
    },
    {
      id: 'us-special-envoy-ukraine',
      titles: [
        'US special envoy for Ukraine', 'US special envoy for Ukraine and Russia', 'U.S. special envoy for Ukraine', 'Ukraine envoy',
        'المبعوث الأمريكي الخاص إلى أوكرانيا', 'المبعوث الأميركي الخاص إلى أوكرانيا', 'المبعوث الأمريكي لأوكرانيا', 'المبعوث الأميركي لأوكرانيا',
        'مبعوث ترامب إلى أوكرانيا',
        'спецпосланник США по Украине', 'специальный посланник США по Украине', 'спецпосланник президента США по Украине',
      ],
    },
    {
      id: 'us-house-speaker',
      titles: [
        'Speaker of the House', 'House Speaker', 'US House Speaker', 'Speaker of the US House of Representatives',
        'رئيس مجلس النواب الأمريكي', 'رئيس مجلس النواب الأميركي', 'رئيسة مجلس النواب الأمريكي', 'رئيسة مجلس النواب الأميركي',
        'спикер Палаты представителей США', 'спикер палаты представителей', 'председатель Палаты представителей США',
      ],
    },
    {
      id: 'us-senate-majority-leader',
      titles: [
        'Senate Majority Leader', 'US Senate Majority Leader', 'Senate majority leader',
        'زعيم الأغلبية في مجلس الشيوخ', 'زعيم الأغلبية في مجلس الشيوخ الأمريكي', 'زعيم الأغلبية في مجلس الشيوخ الأميركي',
        'лидер большинства в Сенате США', 'лидер сенатского большинства',
      ],
    },
    {
      id: 'fed-chair',
      titles: [
        'Fed Chair', 'Fed Chairman', 'Federal Reserve Chair', 'Federal Reserve Chairman', 'chair of the Federal Reserve',
        'رئيس الاحتياطي الفيدرالي', 'رئيس مجلس الاحتياطي الفيدرالي', 'رئيس الاحتياطي الاتحادي', 'رئيس البنك المركزي الأمريكي',
        'глава ФРС', 'председатель ФРС', 'председатель Федеральной резервной системы',
      ],
      org: 'federal-reserve',
    },
    {
      id: 'white-house-chief-of-staff',
      titles: [
        'White House chief of staff', 'White House Chief of Staff',
        'كبيرة موظفي البيت الأبيض', 'كبير موظفي البيت الأبيض', 'رئيسة موظفي البيت الأبيض', 'رئيس موظفي البيت الأبيض',
        'глава аппарата Белого дома', 'руководитель аппарата Белого дома',
      ],
      org: 'white-house',
    },
  ],
  speakers: [
    {
      id: 'donald-trump', name: 'Donald Trump', kind: 'person', gender: 'm', wikidata: 'Q22686',
      aliases: ['Donald Trump', 'Donald J. Trump', 'Trump', 'دونالد ترامب', 'دونالد ترمب', 'ترامب', 'ترمب', 'Дональд Трамп', 'Трамп'],
      roles: [{ role: 'us-president', from: '2017-01-20', to: '2021-01-20' }, { role: 'us-president', from: '2025-01-20' }],
    },
    {
      id: 'joe-biden', name: 'Joe Biden', kind: 'person', gender: 'm', wikidata: 'Q6279',
      aliases: ['Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'Biden', 'جو بايدن', 'بايدن', 'Джо Байден', 'Байден'],
      roles: [
        { role: 'us-vice-president', from: '2009-01-20', to: '2017-01-20' },
        { role: 'us-president', from: '2021-01-20', to: '2025-01-20' },
      ],
    },
    {
      id: 'barack-obama', name: 'Barack Obama', kind: 'person', gender: 'm', wikidata: 'Q76',
      aliases: ['Barack Obama', 'Obama', 'باراك أوباما', 'أوباما', 'Барак Обама', 'Обама'],
      roles: [{ role: 'us-president', from: '2009-01-20', to: '2017-01-20' }],
    },
    {
      id: 'kamala-harris', name: 'Kamala Harris', kind: 'person', gender: 'f', wikidata: 'Q10853588',
      aliases: ['Kamala Harris', 'Harris', 'كامالا هاريس', 'هاريس', 'Камала Харрис', 'Харрис'],
      roles: [{ role: 'us-vice-president', from: '2021-01-20', to: '2025-01-20' }],
    },
    {
      id: 'jd-vance', name: 'JD Vance', kind: 'person', gender: 'm',
      aliases: ['JD Vance', 'J.D. Vance', 'James David Vance', 'Vance', 'جي دي فانس', 'جيه دي فانس', 'فانس', 'Джей Ди Вэнс', 'Вэнс'],
      roles: [{ role: 'us-vice-president', from: '2025-01-20' }],
    },
    {
      id: 'mike-pence', name: 'Mike Pence', kind: 'person', gender: 'm',
      aliases: ['Mike Pence', 'Pence', 'مايك بنس', 'بنس', 'Майк Пенс', 'Пенс'],
      roles: [{ role: 'us-vice-president', from: '2017-01-20', to: '2021-01-20' }],
    },
    {
      id: 'hillary-clinton', name: 'Hillary Clinton', kind: 'person', gender: 'f', wikidata: 'Q6294',
      aliases: ['Hillary Clinton', 'Hillary Rodham Clinton', 'Clinton', 'هيلاري كلينتون', 'كلينتون', 'Хиллари Клинтон', 'Клинтон'],
      roles: [{ role: 'us-secretary-of-state', from: '2009-01-21', to: '2013-02-01' }],
    },
    {
      id: 'john-kerry', name: 'John Kerry', kind: 'person', gender: 'm',
      aliases: ['John Kerry', 'Kerry', 'جون كيري', 'كيري', 'Джон Керри', 'Керри'],
      roles: [{ role: 'us-secretary-of-state', from: '2013-02-01', to: '2017-01-20' }],
    },
    {
      id: 'rex-tillerson', name: 'Rex Tillerson', kind: 'person', gender: 'm',
      aliases: ['Rex Tillerson', 'Tillerson', 'ريكس تيلرسون', 'تيلرسون', 'Рекс Тиллерсон', 'Тиллерсон'],
      roles: [{ role: 'us-secretary-of-state', from: '2017-02-01', to: '2018-03-31' }],
    },
    {
      id: 'mike-pompeo', name: 'Mike Pompeo', kind: 'person', gender: 'm',
      aliases: ['Mike Pompeo', 'Pompeo', 'مايك بومبيو', 'بومبيو', 'Майк Помпео', 'Помпео'],
      roles: [{ role: 'us-secretary-of-state', from: '2018-04-26', to: '2021-01-20' }],
    },
    {
      id: 'antony-blinken', name: 'Antony Blinken', kind: 'person', gender: 'm',
      aliases: ['Antony Blinken', 'Tony Blinken', 'Blinken', 'أنتوني بلينكن', 'أنطوني بلينكن', 'بلينكن', 'Энтони Блинкен', 'Блинкен'],
      roles: [{ role: 'us-secretary-of-state', from: '2021-01-26', to: '2025-01-20' }],
    },
    {
      id: 'marco-rubio', name: 'Marco Rubio', kind: 'person', gender: 'm',
      aliases: ['Marco Rubio', 'Rubio', 'ماركو روبيو', 'روبيو', 'Марко Рубио', 'Рубио'],
      roles: [
        { role: 'us-secretary-of-state', from: '2025-01-21' },
        { role: 'us-national-security-adviser', from: '2025-05-01' },
      ],
    },
    {
      id: 'jim-mattis', name: 'Jim Mattis', kind: 'person', gender: 'm',
      aliases: ['Jim Mattis', 'James Mattis', 'Mattis', 'جيمس ماتيس', 'جيم ماتيس', 'ماتيس', 'Джеймс Мэттис', 'Мэттис'],
      roles: [{ role: 'us-secretary-of-defense', from: '2017-01-20', to: '2019-01-01' }],
    },
    {
      id: 'mark-esper', name: 'Mark Esper', kind: 'person', gender: 'm',
      aliases: ['Mark Esper', 'Esper', 'مارك إسبر', 'إسبر', 'Марк Эспер', 'Эспер'],
      roles: [{ role: 'us-secretary-of-defense', from: '2019-07-23', to: '2020-11-09' }],
    },
    {
      id: 'lloyd-austin', name: 'Lloyd Austin', kind: 'person', gender: 'm',
      aliases: ['Lloyd Austin', 'Lloyd J. Austin', 'لويد أوستن', 'أوستن', 'Ллойд Остин', 'Остин'],
      roles: [{ role: 'us-secretary-of-defense', from: '2021-01-22', to: '2025-01-20' }],
    },
    {
      id: 'pete-hegseth', name: 'Pete Hegseth', kind: 'person', gender: 'm',
      aliases: ['Pete Hegseth', 'Hegseth', 'بيت هيغسيث', 'بيت هيجسيث', 'هيغسيث', 'هيجسيث', 'Пит Хегсет', 'Хегсет'],
      roles: [{ role: 'us-secretary-of-defense', from: '2025-01-25' }],
    },
    {
      id: 'john-bolton', name: 'John Bolton', kind: 'person', gender: 'm',
      aliases: ['John Bolton', 'Bolton', 'جون بولتون', 'بولتون', 'Джон Болтон', 'Болтон'],
      roles: [{ role: 'us-national-security-adviser', from: '2018-04-09', to: '2019-09-10' }],
    },
    {
      id: 'jake-sullivan', name: 'Jake Sullivan', kind: 'person', gender: 'm',
      aliases: ['Jake Sullivan', 'جيك سوليفان', 'سوليفان', 'Джейк Салливан', 'Салливан'],
      roles: [{ role: 'us-national-security-adviser', from: '2021-01-20', to: '2025-01-20' }],
    },
    {
      id: 'mike-waltz', name: 'Mike Waltz', kind: 'person', gender: 'm',
      aliases: ['Mike Waltz', 'Michael Waltz', 'Waltz', 'مايك والتز', 'والتز', 'Майк Уолтц', 'Уолтц'],
      // Ambassador to the UN: confirmed in September 2025 (day not recorded here).
      roles: [{ role: 'us-national-security-adviser', from: '2025-01-20', to: '2025-05-01' }, { role: 'us-ambassador-to-un', from: '2025-09' }],
    },
    {
      id: 'linda-thomas-greenfield', name: 'Linda Thomas-Greenfield', kind: 'person', gender: 'f',
      aliases: ['Linda Thomas-Greenfield', 'Thomas-Greenfield', 'ليندا توماس غرينفيلد', 'ليندا توماس جرينفيلد', 'توماس غرينفيلد', 'Линда Томас-Гринфилд', 'Томас-Гринфилд'],
      roles: [{ role: 'us-ambassador-to-un', from: '2021-02', to: '2025-01-20' }],
    },
    {
      id: 'steve-witkoff', name: 'Steve Witkoff', kind: 'person', gender: 'm',
      aliases: ['Steve Witkoff', 'Steven Witkoff', 'Witkoff', 'ستيف ويتكوف', 'ستيفن ويتكوف', 'ويتكوف', 'Стив Уиткофф', 'Уиткофф', 'Уиткоф'],
      roles: [{ role: 'us-special-envoy-middle-east', from: '2025-01-20' }],
    },
    {
      id: 'keith-kellogg', name: 'Keith Kellogg', kind: 'person', gender: 'm',
      aliases: ['Keith Kellogg', 'Kellogg', 'كيث كيلوغ', 'كيث كيلوج', 'كيلوغ', 'Кит Келлог', 'Келлог', 'Келлогг'],
      roles: [{ role: 'us-special-envoy-ukraine', from: '2025-01-20' }],
    },
    {
      id: 'tom-barrack', name: 'Tom Barrack', kind: 'person', gender: 'm',
      aliases: ['Tom Barrack', 'Thomas Barrack', 'توم باراك', 'توماس باراك', 'Том Баррак'],
    },
    {
      id: 'morgan-ortagus', name: 'Morgan Ortagus', kind: 'person', gender: 'f',
      aliases: ['Morgan Ortagus', 'Ortagus', 'مورغان أورتاغوس', 'مورجان أورتاجوس', 'أورتاغوس', 'Морган Ортагус', 'Ортагус'],
    },
    {
      id: 'amos-hochstein', name: 'Amos Hochstein', kind: 'person', gender: 'm',
      aliases: ['Amos Hochstein', 'Hochstein', 'آموس هوكشتاين', 'عاموس هوكشتاين', 'هوكشتاين', 'Амос Хохштейн', 'Хохштейн'],
    },
    {
      id: 'karoline-leavitt', name: 'Karoline Leavitt', kind: 'person', gender: 'f',
      aliases: ['Karoline Leavitt', 'Caroline Leavitt', 'Leavitt', 'كارولين ليفيت', 'كارولين ليفات', 'ليفيت', 'Каролин Левитт', 'Кэролайн Ливитт', 'Левитт', 'Ливитт'],
      roles: [{ role: 'white-house-press-secretary', from: '2025-01-20' }],
    },
    {
      id: 'karine-jean-pierre', name: 'Karine Jean-Pierre', kind: 'person', gender: 'f',
      aliases: ['Jean-Pierre', 'كارين جان بيير', 'جان بيير', 'Карин Жан-Пьер', 'Жан-Пьер'],
      roles: [{ role: 'white-house-press-secretary', from: '2022-05-13', to: '2025-01-20' }],
    },
    {
      id: 'jen-psaki', name: 'Jen Psaki', kind: 'person', gender: 'f',
      aliases: ['Jen Psaki', 'Psaki', 'جين ساكي', 'جين بساكي', 'ساكي', 'Джен Псаки', 'Псаки'],
      roles: [{ role: 'white-house-press-secretary', from: '2021-01-20', to: '2022-05-13' }],
    },
    {
      id: 'sean-spicer', name: 'Sean Spicer', kind: 'person', gender: 'm',
      aliases: ['Sean Spicer', 'Spicer', 'شون سبايسر', 'سبايسر', 'Шон Спайсер', 'Спайсер'],
      roles: [{ role: 'white-house-press-secretary', from: '2017-01-20', to: '2017-07' }],
    },
    {
      id: 'sarah-huckabee-sanders', name: 'Sarah Huckabee Sanders', kind: 'person', gender: 'f',
      aliases: ['Sarah Huckabee Sanders', 'Sarah Sanders', 'سارة ساندرز', 'سارة هاكابي ساندرز', 'Сара Сандерс', 'Сара Хакаби Сандерс'],
      roles: [{ role: 'white-house-press-secretary', from: '2017-07', to: '2019-07' }],
    },
    {
      id: 'matthew-miller', name: 'Matthew Miller', kind: 'person', gender: 'm',
      aliases: ['Matthew Miller', 'Matt Miller', 'ماثيو ميلر', 'ماتيو ميلر', 'Мэттью Миллер'],
      roles: [{ role: 'state-department-spokesperson', to: '2025-01-20' }],
    },
    {
      id: 'ned-price', name: 'Ned Price', kind: 'person', gender: 'm',
      aliases: ['Ned Price', 'نيد برايس', 'Нед Прайс'],
    },
    {
      id: 'tammy-bruce', name: 'Tammy Bruce', kind: 'person', gender: 'f',
      aliases: ['Tammy Bruce', 'تامي بروس', 'Тэмми Брюс'],
    },
    {
      id: 'sean-parnell', name: 'Sean Parnell', kind: 'person', gender: 'm',
      aliases: ['Sean Parnell', 'Parnell', 'شون بارنيل', 'بارنيل', 'Шон Парнелл', 'Парнелл'],
    },
    {
      id: 'scott-bessent', name: 'Scott Bessent', kind: 'person', gender: 'm',
      aliases: ['Scott Bessent', 'Bessent', 'سكوت بيسنت', 'بيسنت', 'Скотт Бессент', 'Бессент'],
      roles: [{ role: 'us-treasury-secretary', from: '2025-01-28' }],
    },
    {
      id: 'janet-yellen', name: 'Janet Yellen', kind: 'person', gender: 'f',
      aliases: ['Janet Yellen', 'Yellen', 'جانيت يلين', 'يلين', 'Джанет Йеллен', 'Йеллен'],
      roles: [{ role: 'us-treasury-secretary', from: '2021-01-26', to: '2025-01-20' }],
    },
    {
      id: 'howard-lutnick', name: 'Howard Lutnick', kind: 'person', gender: 'm',
      aliases: ['Howard Lutnick', 'Lutnick', 'هوارد لوتنيك', 'لوتنيك', 'Говард Лютник', 'Лютник'],
    },
    {
      id: 'jerome-powell', name: 'Jerome Powell', kind: 'person', gender: 'm',
      aliases: ['Jerome Powell', 'Jay Powell', 'Powell', 'جيروم باول', 'باول', 'Джером Пауэлл', 'Пауэлл'],
      roles: [{ role: 'fed-chair', from: '2018-02-05' }],
    },
    {
      id: 'tulsi-gabbard', name: 'Tulsi Gabbard', kind: 'person', gender: 'f',
      aliases: ['Tulsi Gabbard', 'Gabbard', 'تولسي غابارد', 'تولسي جابارد', 'غابارد', 'Тулси Габбард', 'Габбард'],
    },
    {
      id: 'john-ratcliffe', name: 'John Ratcliffe', kind: 'person', gender: 'm',
      aliases: ['John Ratcliffe', 'Ratcliffe', 'جون راتكليف', 'راتكليف', 'Джон Рэтклифф', 'Рэтклифф'],
    },
    {
      id: 'kash-patel', name: 'Kash Patel', kind: 'person', gender: 'm',
      aliases: ['Kash Patel', 'كاش باتيل', 'Кэш Патель'],
    },
    {
      id: 'elon-musk', name: 'Elon Musk', kind: 'person', gender: 'm', wikidata: 'Q317521',
      aliases: ['Elon Musk', 'Musk', 'إيلون ماسك', 'ماسك', 'Илон Маск', 'Маск'],
    },
    {
      id: 'nancy-pelosi', name: 'Nancy Pelosi', kind: 'person', gender: 'f',
      aliases: ['Nancy Pelosi', 'Pelosi', 'نانسي بيلوسي', 'بيلوسي', 'Нэнси Пелоси', 'Пелоси'],
      roles: [
        { role: 'us-house-speaker', from: '2007-01-04', to: '2011-01-03' },
        { role: 'us-house-speaker', from: '2019-01-03', to: '2023-01-03' },
      ],
    },
    {
      id: 'paul-ryan', name: 'Paul Ryan', kind: 'person', gender: 'm',
      aliases: ['Paul Ryan', 'بول رايان', 'Пол Райан'],
      roles: [{ role: 'us-house-speaker', from: '2015-10-29', to: '2019-01-03' }],
    },
    {
      id: 'kevin-mccarthy', name: 'Kevin McCarthy', kind: 'person', gender: 'm',
      aliases: ['Kevin McCarthy', 'كيفن مكارثي', 'كيفين مكارثي', 'Кевин Маккарти'],
      roles: [{ role: 'us-house-speaker', from: '2023-01-07', to: '2023-10-03' }],
    },
    {
      id: 'mike-johnson', name: 'Mike Johnson', kind: 'person', gender: 'm',
      aliases: ['Mike Johnson', 'مايك جونسون', 'Майк Джонсон'],
      roles: [{ role: 'us-house-speaker', from: '2023-10-25' }],
    },
    {
      id: 'mitch-mcconnell', name: 'Mitch McConnell', kind: 'person', gender: 'm',
      aliases: ['Mitch McConnell', 'McConnell', 'ميتش ماكونيل', 'ماكونيل', 'Митч Макконнелл', 'Макконнелл'],
      roles: [{ role: 'us-senate-majority-leader', from: '2015-01-03', to: '2021-01-20' }],
    },
    {
      id: 'chuck-schumer', name: 'Chuck Schumer', kind: 'person', gender: 'm',
      aliases: ['Chuck Schumer', 'Charles Schumer', 'Schumer', 'تشاك شومر', 'شومر', 'Чак Шумер', 'Шумер'],
      roles: [{ role: 'us-senate-majority-leader', from: '2021-01-20', to: '2025-01-03' }],
    },
    {
      id: 'john-thune', name: 'John Thune', kind: 'person', gender: 'm',
      aliases: ['John Thune', 'Thune', 'جون ثون', 'Джон Тьюн', 'Тьюн'],
      roles: [{ role: 'us-senate-majority-leader', from: '2025-01-03' }],
    },
    {
      id: 'bernie-sanders', name: 'Bernie Sanders', kind: 'person', gender: 'm',
      aliases: ['Bernie Sanders', 'Sanders', 'بيرني ساندرز', 'ساندرز', 'Берни Сандерс', 'Сандерс'],
    },
    {
      id: 'ted-cruz', name: 'Ted Cruz', kind: 'person', gender: 'm',
      aliases: ['Ted Cruz', 'Cruz', 'تيد كروز', 'كروز', 'Тед Круз', 'Круз'],
    },
    {
      id: 'lindsey-graham', name: 'Lindsey Graham', kind: 'person', gender: 'm',
      aliases: ['Lindsey Graham', 'Graham', 'ليندسي غراهام', 'ليندسي جراهام', 'غراهام', 'Линдси Грэм', 'Грэм'],
    },
    {
      id: 'susie-wiles', name: 'Susie Wiles', kind: 'person', gender: 'f',
      aliases: ['Susie Wiles', 'Susan Wiles', 'سوزي وايلز', 'سوزي ويلز', 'وايلز', 'Сьюзи Уайлс', 'Сьюзи Уайлз', 'Уайлс'],
      roles: [{ role: 'white-house-chief-of-staff', from: '2025-01-20' }],
    },
    {
      id: 'stephen-miller', name: 'Stephen Miller', kind: 'person', gender: 'm',
      aliases: ['Stephen Miller', 'ستيفن ميلر', 'ستيفن ميللر', 'Стивен Миллер'],
    },
    {
      id: 'kristi-noem', name: 'Kristi Noem', kind: 'person', gender: 'f',
      aliases: ['Kristi Noem', 'Noem', 'كريستي نويم', 'نويم', 'Кристи Ноэм', 'Ноэм'],
    },
    {
      id: 'pam-bondi', name: 'Pam Bondi', kind: 'person', gender: 'f',
      aliases: ['Pam Bondi', 'Pamela Bondi', 'بام بوندي', 'Пэм Бонди', 'Памела Бонди'],
    },
    {
      id: 'robert-f-kennedy-jr', name: 'Robert F. Kennedy Jr.', kind: 'person', gender: 'm',
      aliases: ['Robert F. Kennedy Jr.', 'Robert Kennedy Jr.', 'RFK Jr.', 'روبرت إف كينيدي جونيور', 'روبرت كينيدي جونيور', 'روبرت كينيدي الابن', 'Роберт Кеннеди-младший', 'Роберт Ф. Кеннеди-младший'],
    },
    {
      id: 'tom-homan', name: 'Tom Homan', kind: 'person', gender: 'm',
      aliases: ['Tom Homan', 'Thomas Homan', 'Homan', 'توم هومان', 'هومان', 'Том Хоман', 'Хоман'],
    },
    {
      id: 'mike-huckabee', name: 'Mike Huckabee', kind: 'person', gender: 'm',
      aliases: ['Mike Huckabee', 'Huckabee', 'مايك هاكابي', 'هاكابي', 'Майк Хакаби', 'Хакаби'],
    },
    {
      id: 'adam-boehler', name: 'Adam Boehler', kind: 'person', gender: 'm',
      aliases: ['Adam Boehler', 'Boehler', 'آدم بوهلر', 'بوهلر', 'Адам Белер', 'Белер'],
    },
    {
      id: 'richard-grenell', name: 'Richard Grenell', kind: 'person', gender: 'm',
      aliases: ['Richard Grenell', 'Ric Grenell', 'Grenell', 'ريتشارد غرينيل', 'ريتشارد جرينيل', 'غرينيل', 'Ричард Гренелл', 'Гренелл'],
    },
    {
      id: 'doug-burgum', name: 'Doug Burgum', kind: 'person', gender: 'm',
      aliases: ['Doug Burgum', 'Burgum', 'دوغ بورغوم', 'دوج بورجوم', 'بورغوم', 'Дуг Бургум', 'Бургум'],
    },
    {
      id: 'chris-wright', name: 'Chris Wright', kind: 'person', gender: 'm',
      aliases: ['Chris Wright', 'كريس رايت', 'Крис Райт'],
    },
    {
      id: 'jamieson-greer', name: 'Jamieson Greer', kind: 'person', gender: 'm',
      aliases: ['Jamieson Greer', 'Greer', 'جيميسون غرير', 'جاميسون غرير', 'جيمسون جرير', 'Джеймисон Грир', 'Грир'],
    },
    {
      id: 'kevin-hassett', name: 'Kevin Hassett', kind: 'person', gender: 'm',
      aliases: ['Kevin Hassett', 'Hassett', 'كيفن هاسيت', 'كيفين هاسيت', 'هاسيت', 'Кевин Хассетт', 'Хассетт'],
    },
    {
      id: 'peter-navarro', name: 'Peter Navarro', kind: 'person', gender: 'm',
      aliases: ['Peter Navarro', 'Navarro', 'بيتر نافارو', 'نافارو', 'Питер Наварро', 'Наварро'],
    },
    {
      id: 'dan-caine', name: 'Dan Caine', kind: 'person', gender: 'm',
      aliases: ['Dan Caine', 'John Daniel Caine', 'دان كين', 'Дэн Кейн'],
    },
    {
      id: 'jared-kushner', name: 'Jared Kushner', kind: 'person', gender: 'm',
      aliases: ['Jared Kushner', 'Kushner', 'جاريد كوشنر', 'جاريد كوشنير', 'كوشنر', 'Джаред Кушнер', 'Кушнер'],
    },
    {
      id: 'dan-driscoll', name: 'Dan Driscoll', kind: 'person', gender: 'm',
      aliases: ['Dan Driscoll', 'Daniel Driscoll', 'Driscoll', 'دان دريسكول', 'دانيال دريسكول', 'دريسكول', 'Дэн Дрисколл', 'Дрисколл'],
    },
    {
      id: 'massad-boulos', name: 'Massad Boulos', kind: 'person', gender: 'm',
      aliases: ['Massad Boulos', 'Boulos', 'مسعد بولس', 'Масад Булос', 'Массад Булос', 'Булос'],
    },
    {
      id: 'zohran-mamdani', name: 'Zohran Mamdani', kind: 'person', gender: 'm',
      aliases: ['Zohran Mamdani', 'Mamdani', 'زهران ممداني', 'ممداني', 'Зохран Мамдани', 'Мамдани'],
    },
    {
      id: 'gavin-newsom', name: 'Gavin Newsom', kind: 'person', gender: 'm',
      aliases: ['Gavin Newsom', 'Newsom', 'غافين نيوسوم', 'جافين نيوسوم', 'نيوسوم', 'Гэвин Ньюсом', 'Ньюсом'],
    },
    {
      id: 'white-house', name: 'White House', kind: 'org', wikidata: 'Q35525',
      aliases: ['The White House', 'البيت الأبيض', 'الإدارة الأمريكية', 'الإدارة الأميركية', 'Белый дом'],
    },
    {
      id: 'federal-reserve', name: 'Federal Reserve', kind: 'org',
      aliases: ['Federal Reserve', 'the Fed', 'US Federal Reserve', 'الاحتياطي الفيدرالي', 'الاحتياطي الفدرالي', 'مجلس الاحتياطي الفيدرالي', 'البنك المركزي الأمريكي', 'ФРС', 'ФРС США', 'Федеральная резервная система'],
    },
    {
      id: 'cia', name: 'CIA', kind: 'org',
      aliases: ['CIA', 'Central Intelligence Agency', 'وكالة المخابرات المركزية الأمريكية', 'وكالة الاستخبارات المركزية الأمريكية', 'سي آي إيه', 'ЦРУ'],
    },
    {
      id: 'fbi', name: 'FBI', kind: 'org',
      aliases: ['FBI', 'Federal Bureau of Investigation', 'مكتب التحقيقات الفيدرالي', 'إف بي آي', 'ФБР'],
    },
  ],
};

import type { RegistryData } from '../types';

// International organisations and their heads: the UN system, NATO, the IAEA, the IMF and World Bank,
// the ICC and ICJ, the WTO, the Arab League, the Holy See, humanitarian agencies and NGOs.
export const international: RegistryData = {
  source: 'Wikidata; official sites and leadership pages of un.org, nato.int, iaea.org, who.int, imf.org, worldbank.org, icc-cpi.int, wto.org, vatican.va',
  roles: [
    {
      id: 'un-secretary-general',
      titles: [
        'UN Secretary-General', 'U.N. Secretary-General', 'United Nations Secretary-General', 'Secretary-General of the United Nations', 'UN chief', 'U.N. chief',
        'الأمين العام للأمم المتحدة', 'أمين عام الأمم المتحدة',
        'генеральный секретарь ООН', 'генсек ООН',
      ],
      org: 'united-nations',
    },
    {
      id: 'un-secretary-general-spokesperson',
      titles: [
        'UN spokesman', 'UN spokesperson', 'spokesman for the UN Secretary-General', 'spokesperson for the UN Secretary-General', 'U.N. spokesman',
        'المتحدث باسم الأمين العام للأمم المتحدة', 'المتحدث باسم الأمم المتحدة', 'الناطق باسم الأمين العام للأمم المتحدة', 'الناطق باسم الأمم المتحدة',
        'официальный представитель генсека ООН', 'официальный представитель генерального секретаря ООН', 'пресс-секретарь генсека ООН',
      ],
      org: 'united-nations',
    },
    {
      id: 'un-high-commissioner-for-human-rights',
      titles: [
        'UN High Commissioner for Human Rights', 'UN human rights chief', 'U.N. human rights chief',
        'مفوض الأمم المتحدة السامي لحقوق الإنسان', 'مفوضة الأمم المتحدة السامية لحقوق الإنسان', 'المفوض السامي لحقوق الإنسان', 'المفوضة السامية لحقوق الإنسان',
        'верховный комиссар ООН по правам человека',
      ],
      org: 'united-nations',
    },
    {
      id: 'who-director-general',
      titles: [
        'WHO Director-General', 'Director-General of the World Health Organization', 'WHO chief', 'head of the World Health Organization',
        'المدير العام لمنظمة الصحة العالمية', 'مدير عام منظمة الصحة العالمية', 'مدير منظمة الصحة العالمية',
        'гендиректор ВОЗ', 'генеральный директор ВОЗ', 'глава ВОЗ',
      ],
      org: 'who',
    },
    {
      id: 'iaea-director-general',
      titles: [
        'IAEA Director General', 'IAEA chief', 'head of the International Atomic Energy Agency', 'UN nuclear watchdog chief', 'IAEA head',
        'المدير العام للوكالة الدولية للطاقة الذرية', 'مدير عام الوكالة الدولية للطاقة الذرية', 'مدير الوكالة الدولية للطاقة الذرية', 'رئيس الوكالة الدولية للطاقة الذرية',
        'гендиректор МАГАТЭ', 'генеральный директор МАГАТЭ', 'глава МАГАТЭ',
      ],
      org: 'iaea',
    },
    {
      id: 'imf-managing-director',
      titles: [
        'IMF Managing Director', 'IMF chief', 'head of the International Monetary Fund', 'IMF head',
        'المديرة العامة لصندوق النقد الدولي', 'مديرة صندوق النقد الدولي', 'المدير العام لصندوق النقد الدولي', 'مدير صندوق النقد الدولي',
        'директор-распорядитель МВФ', 'глава МВФ',
      ],
      org: 'imf',
    },
    {
      id: 'world-bank-president',
      titles: ['World Bank President', 'President of the World Bank', 'World Bank chief', 'رئيس البنك الدولي', 'رئيس مجموعة البنك الدولي', 'президент Всемирного банка', 'глава Всемирного банка'],
      org: 'world-bank',
    },
    {
      id: 'icc-prosecutor',
      titles: [
        'ICC Prosecutor', 'ICC chief prosecutor', 'Prosecutor of the International Criminal Court',
        'المدعي العام للمحكمة الجنائية الدولية', 'المدعية العامة للمحكمة الجنائية الدولية', 'مدعي عام المحكمة الجنائية الدولية', 'مدعي المحكمة الجنائية الدولية',
        'прокурор МУС', 'прокурор Международного уголовного суда', 'главный прокурор МУС',
      ],
      org: 'icc',
    },
    {
      id: 'nato-secretary-general',
      titles: [
        'NATO Secretary General', 'NATO Secretary-General', 'NATO chief', 'Secretary General of NATO', 'head of NATO',
        'الأمين العام لحلف شمال الأطلسي', 'الأمين العام لحلف الناتو', 'الأمين العام للناتو', 'أمين عام حلف الناتو', 'أمين عام الناتو', 'الأمين العام لحلف شمال الأطلسي (الناتو)',
        'генеральный секретарь НАТО', 'генсек НАТО', 'генсек альянса',
      ],
      org: 'nato',
    },
    {
      id: 'wto-director-general',
      titles: ['WTO Director-General', 'WTO chief', 'head of the World Trade Organization', 'المديرة العامة لمنظمة التجارة العالمية', 'مديرة منظمة التجارة العالمية', 'гендиректор ВТО', 'генеральный директор ВТО', 'глава ВТО'],
      org: 'wto',
    },
    {
      id: 'arab-league-secretary-general',
      titles: [
        'Arab League Secretary-General', 'Secretary-General of the Arab League', 'Arab League chief',
        'الأمين العام لجامعة الدول العربية', 'أمين عام جامعة الدول العربية', 'الأمين العام للجامعة العربية',
        'генеральный секретарь Лиги арабских государств', 'генсек ЛАГ',
      ],
      org: 'arab-league',
    },
    {
      id: 'pope',
      titles: ['the Pope', 'the pontiff', 'بابا الفاتيكان', 'الحبر الأعظم', 'Папа Римский', 'понтифик'],
      org: 'holy-see',
    },
    {
      id: 'unrwa-commissioner-general',
      titles: [
        'UNRWA Commissioner-General', 'UNRWA chief', 'head of UNRWA',
        'المفوض العام لوكالة الأونروا', 'المفوض العام للأونروا', 'المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين', 'مفوض عام الأونروا',
        'генеральный комиссар БАПОР', 'глава БАПОР',
      ],
      org: 'unrwa',
    },
  ],
  speakers: [
    {
      id: 'antonio-guterres', name: 'António Guterres', kind: 'person', gender: 'm',
      aliases: ['António Guterres', 'Antonio Guterres', 'Guterres', 'أنطونيو غوتيريش', 'أنطونيو جوتيريش', 'أنطونيو غوتيريس', 'غوتيريش', 'جوتيريش', 'غوتيريس', 'Антониу Гутерриш', 'Антонио Гутерриш', 'Гутерриш'],
      roles: [{ role: 'un-secretary-general', from: '2017-01-01' }],
    },
    {
      id: 'ban-ki-moon', name: 'Ban Ki-moon', kind: 'person', gender: 'm',
      aliases: ['Ban Ki-moon', 'بان كي مون', 'Пан Ги Мун'],
      roles: [{ role: 'un-secretary-general', from: '2007-01-01', to: '2017-01-01' }],
    },
    {
      id: 'stephane-dujarric', name: 'Stéphane Dujarric', kind: 'person', gender: 'm',
      aliases: ['Stéphane Dujarric', 'Stephane Dujarric', 'Dujarric', 'ستيفان دوجاريك', 'دوجاريك', 'Стефан Дюжаррик', 'Дюжаррик'],
      roles: [{ role: 'un-secretary-general-spokesperson' }],
    },
    {
      id: 'volker-turk', name: 'Volker Türk', kind: 'person', gender: 'm',
      aliases: ['Volker Türk', 'Volker Turk', 'فولكر تورك', 'Фолькер Тюрк'],
      roles: [{ role: 'un-high-commissioner-for-human-rights', from: '2022-10-17' }],
    },
    {
      id: 'michelle-bachelet', name: 'Michelle Bachelet', kind: 'person', gender: 'f',
      aliases: ['Michelle Bachelet', 'Bachelet', 'ميشيل باشليه', 'باشليه', 'Мишель Бачелет', 'Бачелет'],
      roles: [{ role: 'un-high-commissioner-for-human-rights', from: '2018-09-01', to: '2022-09-01' }],
    },
    {
      id: 'tedros-adhanom-ghebreyesus', name: 'Tedros Adhanom Ghebreyesus', kind: 'person', gender: 'm',
      aliases: ['Tedros Adhanom Ghebreyesus', 'Tedros Adhanom', 'Tedros', 'تيدروس أدهانوم غيبريسوس', 'تيدروس أدهانوم', 'تيدروس', 'Тедрос Адханом Гебрейесус', 'Тедрос Адханом', 'Тедрос'],
      roles: [{ role: 'who-director-general', from: '2017-07-01' }],
    },
    {
      id: 'rafael-grossi', name: 'Rafael Grossi', kind: 'person', gender: 'm',
      aliases: ['Rafael Grossi', 'Rafael Mariano Grossi', 'Grossi', 'رافائيل غروسي', 'رافاييل غروسي', 'غروسي', 'جروسي', 'Рафаэль Гросси', 'Гросси'],
      roles: [{ role: 'iaea-director-general', from: '2019-12-03' }],
    },
    {
      id: 'kristalina-georgieva', name: 'Kristalina Georgieva', kind: 'person', gender: 'f',
      aliases: ['Kristalina Georgieva', 'Georgieva', 'كريستالينا جورجيفا', 'جورجيفا', 'Кристалина Георгиева', 'Георгиева'],
      roles: [{ role: 'imf-managing-director', from: '2019-10-01' }],
    },
    {
      id: 'ajay-banga', name: 'Ajay Banga', kind: 'person', gender: 'm',
      aliases: ['Ajay Banga', 'Banga', 'أجاي بانغا', 'أجاي بانجا', 'Аджай Банга'],
      roles: [{ role: 'world-bank-president', from: '2023-06-02' }],
    },
    {
      id: 'karim-khan', name: 'Karim Khan', kind: 'person', gender: 'm',
      aliases: ['Karim Khan', 'Karim A.A. Khan', 'كريم خان', 'Карим Хан'],
      roles: [{ role: 'icc-prosecutor', from: '2021-06-16' }],
    },
    {
      id: 'fatou-bensouda', name: 'Fatou Bensouda', kind: 'person', gender: 'f',
      aliases: ['Fatou Bensouda', 'Bensouda', 'فاتو بنسودا', 'بنسودا', 'Фату Бенсуда', 'Бенсуда'],
      roles: [{ role: 'icc-prosecutor', from: '2012-06-15', to: '2021-06-16' }],
    },
    {
      id: 'mark-rutte', name: 'Mark Rutte', kind: 'person', gender: 'm',
      aliases: ['Mark Rutte', 'Rutte', 'مارك روته', 'مارك روتي', 'روته', 'روتي', 'Марк Рютте', 'Рютте'],
      roles: [{ role: 'nato-secretary-general', from: '2024-10-01' }],
    },
    {
      id: 'jens-stoltenberg', name: 'Jens Stoltenberg', kind: 'person', gender: 'm',
      aliases: ['Jens Stoltenberg', 'Stoltenberg', 'ينس ستولتنبرغ', 'يانس ستولتنبرغ', 'ستولتنبرغ', 'ستولتنبرج', 'Йенс Столтенберг', 'Столтенберг'],
      roles: [{ role: 'nato-secretary-general', from: '2014-10-01', to: '2024-10-01' }],
    },
    {
      id: 'ngozi-okonjo-iweala', name: 'Ngozi Okonjo-Iweala', kind: 'person', gender: 'f',
      aliases: ['Ngozi Okonjo-Iweala', 'Okonjo-Iweala', 'نغوزي أوكونجو إيويالا', 'Нгози Оконджо-Ивеала', 'Оконджо-Ивеала'],
      roles: [{ role: 'wto-director-general', from: '2021-03-01' }],
    },
    {
      id: 'ahmed-aboul-gheit', name: 'Ahmed Aboul Gheit', kind: 'person', gender: 'm',
      aliases: ['Ahmed Aboul Gheit', 'Aboul Gheit', 'أحمد أبو الغيط', 'أبو الغيط', 'Ахмед Абуль Гейт', 'Абуль Гейт'],
      roles: [{ role: 'arab-league-secretary-general', from: '2016-07' }],
    },
    {
      id: 'pope-francis', name: 'Pope Francis', kind: 'person', gender: 'm', wikidata: 'Q450675',
      aliases: ['Pope Francis', 'البابا فرنسيس', 'البابا فرانسيس', 'Папа Римский Франциск', 'папа Франциск', 'Франциск'],
      roles: [{ role: 'pope', from: '2013-03-13', to: '2025-04-21' }],
    },
    {
      id: 'pope-leo-xiv', name: 'Pope Leo XIV', kind: 'person', gender: 'm',
      aliases: ['Pope Leo XIV', 'Leo XIV', 'البابا لاون الرابع عشر', 'البابا ليو الرابع عشر', 'لاون الرابع عشر', 'Папа Римский Лев XIV', 'папа Лев XIV', 'Лев XIV'],
      roles: [{ role: 'pope', from: '2025-05-08' }],
    },
    {
      id: 'philippe-lazzarini', name: 'Philippe Lazzarini', kind: 'person', gender: 'm',
      aliases: ['Philippe Lazzarini', 'Lazzarini', 'فيليب لازاريني', 'لازاريني', 'Филипп Лаццарини', 'Лаццарини'],
      roles: [{ role: 'unrwa-commissioner-general' }],
    },
    {
      id: 'tom-fletcher', name: 'Tom Fletcher', kind: 'person', gender: 'm',
      aliases: ['Tom Fletcher', 'توم فليتشر', 'Том Флетчер'],
    },
    {
      id: 'francesca-albanese', name: 'Francesca Albanese', kind: 'person', gender: 'f',
      aliases: ['Francesca Albanese', 'فرانشيسكا ألبانيزي', 'ألبانيزي', 'Франческа Албанезе'],
    },
    {
      id: 'united-nations', name: 'United Nations', kind: 'org',
      aliases: ['United Nations', 'UN', 'U.N.', 'the UN', 'الأمم المتحدة', 'ООН', 'Организация Объединенных Наций'],
    },
    {
      id: 'un-security-council', name: 'UN Security Council', kind: 'org',
      aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council', 'مجلس الأمن الدولي', 'مجلس الأمن', 'Совбез ООН', 'Совет Безопасности ООН', 'СБ ООН'],
    },
    {
      id: 'nato', name: 'NATO', kind: 'org',
      aliases: ['NATO', 'North Atlantic Treaty Organization', 'حلف شمال الأطلسي', 'حلف الناتو', 'الناتو', 'الحلف الأطلسي', 'НАТО', 'Североатлантический альянс'],
    },
    {
      id: 'iaea', name: 'International Atomic Energy Agency', kind: 'org',
      aliases: ['IAEA', 'International Atomic Energy Agency', 'UN nuclear watchdog', 'الوكالة الدولية للطاقة الذرية', 'وكالة الطاقة الذرية', 'МАГАТЭ', 'Международное агентство по атомной энергии'],
    },
    {
      id: 'who', name: 'World Health Organization', kind: 'org',
      aliases: ['World Health Organization', 'World Health Organisation', 'منظمة الصحة العالمية', 'ВОЗ', 'Всемирная организация здравоохранения'],
    },
    {
      id: 'imf', name: 'International Monetary Fund', kind: 'org',
      aliases: ['IMF', 'International Monetary Fund', 'صندوق النقد الدولي', 'МВФ', 'Международный валютный фонд'],
    },
    {
      id: 'world-bank', name: 'World Bank', kind: 'org',
      aliases: ['World Bank', 'البنك الدولي', 'Всемирный банк'],
    },
    {
      id: 'icc', name: 'International Criminal Court', kind: 'org',
      aliases: ['ICC', 'International Criminal Court', 'المحكمة الجنائية الدولية', 'الجنائية الدولية', 'МУС', 'Международный уголовный суд'],
    },
    {
      id: 'icj', name: 'International Court of Justice', kind: 'org',
      aliases: ['ICJ', 'International Court of Justice', 'World Court', 'محكمة العدل الدولية', 'Международный суд ООН'],
    },
    {
      id: 'wto', name: 'World Trade Organization', kind: 'org',
      aliases: ['WTO', 'World Trade Organization', 'منظمة التجارة العالمية', 'ВТО', 'Всемирная торговая организация'],
    },
    {
      id: 'arab-league', name: 'Arab League', kind: 'org',
      aliases: ['Arab League', 'League of Arab States', 'جامعة الدول العربية', 'الجامعة العربية', 'Лига арабских государств', 'ЛАГ'],
    },
    {
      id: 'gulf-cooperation-council', name: 'Gulf Cooperation Council', kind: 'org',
      aliases: ['Gulf Cooperation Council', 'GCC', 'مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'Совет сотрудничества арабских государств Персидского залива', 'ССАГПЗ'],
    },
    {
      id: 'african-union', name: 'African Union', kind: 'org',
      aliases: ['African Union', 'الاتحاد الأفريقي', 'الاتحاد الإفريقي', 'Африканский союз'],
    },
    {
      id: 'opec', name: 'OPEC', kind: 'org',
      aliases: ['OPEC', 'Organization of the Petroleum Exporting Countries', 'أوبك', 'منظمة أوبك', 'ОПЕК'],
    },
    {
      id: 'osce', name: 'OSCE', kind: 'org',
      aliases: ['OSCE', 'Organization for Security and Co-operation in Europe', 'منظمة الأمن والتعاون في أوروبا', 'ОБСЕ'],
    },
    {
      id: 'holy-see', name: 'Holy See', kind: 'org',
      aliases: ['Holy See', 'Vatican', 'the Vatican', 'الفاتيكان', 'الكرسي الرسولي', 'Ватикан', 'Святой Престол'],
    },
    {
      id: 'unrwa', name: 'UNRWA', kind: 'org',
      aliases: ['UNRWA', 'UN Relief and Works Agency', 'الأونروا', 'وكالة الأونروا', 'وكالة غوث وتشغيل اللاجئين الفلسطينيين', 'БАПОР'],
    },
    {
      id: 'unicef', name: 'UNICEF', kind: 'org',
      aliases: ['UNICEF', 'اليونيسف', 'منظمة الأمم المتحدة للطفولة', 'ЮНИСЕФ', 'Детский фонд ООН'],
    },
    {
      id: 'unhcr', name: 'UNHCR', kind: 'org',
      aliases: ['UNHCR', 'UN refugee agency', 'U.N. refugee agency', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية اللاجئين', 'УВКБ ООН'],
    },
    {
      id: 'ocha', name: 'UN Office for the Coordination of Humanitarian Affairs', kind: 'org',
      aliases: ['OCHA', 'UN humanitarian office', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'أوتشا', 'УКГВ ООН'],
    },
    {
      id: 'wfp', name: 'World Food Programme', kind: 'org',
      aliases: ['World Food Programme', 'WFP', 'برنامج الأغذية العالمي', 'Всемирная продовольственная программа', 'ВПП ООН'],
    },
    {
      id: 'icrc', name: 'International Committee of the Red Cross', kind: 'org',
      aliases: ['ICRC', 'International Committee of the Red Cross', 'Red Cross', 'اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر', 'МККК', 'Международный комитет Красного Креста', 'Красный Крест'],
    },
    {
      id: 'amnesty-international', name: 'Amnesty International', kind: 'org',
      aliases: ['Amnesty International', 'منظمة العفو الدولية', 'العفو الدولية', 'Международная амнистия'],
    },
    {
      id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'org',
      aliases: ['Human Rights Watch', 'HRW', 'هيومن رايتس ووتش', 'منظمة هيومن رايتس ووتش', 'Хьюман Райтс Вотч'],
    },
  ],
};

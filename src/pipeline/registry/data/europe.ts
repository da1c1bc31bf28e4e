import type { RegistryData } from '../types';

// Europe: EU institutions, the UK, France, Germany, Italy, Poland, Hungary and neighbours.
export const europe: RegistryData = {
  source: 'Wikidata; europa.eu, gov.uk, elysee.fr, bundesregierung.de and other official government biographies',
  roles: [
    {
      id: 'european-commission-president',
      titles: [
        'President of the European Commission', 'European Commission President', 'EU Commission President', 'Commission President',
        'رئيسة المفوضية الأوروبية', 'رئيس المفوضية الأوروبية',
        'председатель Еврокомиссии', 'глава Еврокомиссии', 'председатель Европейской комиссии',
      ],
      org: 'european-commission',
    },
    {
      id: 'european-council-president',
      titles: [
        'President of the European Council', 'European Council President', 'EU Council President',
        'رئيس المجلس الأوروبي', 'رئيسة المجلس الأوروبي',
        'председатель Европейского совета', 'глава Евросовета', 'председатель Евросовета',
      ],
    },
    {
      id: 'eu-foreign-policy-chief',
      titles: [
        'EU foreign policy chief', 'EU High Representative for Foreign Affairs and Security Policy', 'EU top diplomat', 'EU’s top diplomat',
        'مسؤول السياسة الخارجية في الاتحاد الأوروبي', 'مسؤولة السياسة الخارجية في الاتحاد الأوروبي', 'منسق السياسة الخارجية في الاتحاد الأوروبي',
        'منسقة السياسة الخارجية في الاتحاد الأوروبي', 'الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي', 'الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي',
        'верховный представитель ЕС по иностранным делам', 'глава дипломатии ЕС', 'верховный представитель Евросоюза по иностранным делам и политике безопасности',
      ],
    },
    {
      id: 'european-parliament-president',
      titles: [
        'President of the European Parliament', 'European Parliament President',
        'رئيسة البرلمان الأوروبي', 'رئيس البرلمان الأوروبي',
        'председатель Европарламента', 'председатель Европейского парламента',
      ],
    },
    {
      id: 'ecb-president',
      titles: [
        'President of the European Central Bank', 'ECB President', 'ECB chief',
        'رئيسة البنك المركزي الأوروبي', 'رئيس البنك المركزي الأوروبي',
        'глава ЕЦБ', 'председатель ЕЦБ', 'президент ЕЦБ',
      ],
    },
    {
      id: 'uk-prime-minister',
      titles: [
        'British Prime Minister', 'UK Prime Minister', 'Prime Minister of the United Kingdom', 'Britain’s prime minister', 'British PM',
        'رئيس الوزراء البريطاني', 'رئيسة الوزراء البريطانية', 'رئيس الحكومة البريطانية', 'رئيسة الحكومة البريطانية',
        'премьер-министр Великобритании', 'британский премьер', 'британский премьер-министр', 'глава правительства Великобритании',
      ],
      org: 'uk-government',
    },
    {
      id: 'uk-foreign-secretary',
      titles: [
        'British Foreign Secretary', 'UK Foreign Secretary', 'Foreign Secretary', 'Britain’s foreign secretary',
        'وزير الخارجية البريطاني', 'وزيرة الخارجية البريطانية',
        'министр иностранных дел Великобритании', 'глава МИД Великобритании', 'глава британского МИД',
      ],
      org: 'uk-government',
    },
    {
      id: 'uk-defence-secretary',
      titles: [
        'British Defence Secretary', 'UK Defence Secretary', 'Defence Secretary', 'Britain’s defence secretary',
        'وزير الدفاع البريطاني', 'وزيرة الدفاع البريطانية',
        'министр обороны Великобритании', 'глава Минобороны Великобритании',
      ],
      org: 'uk-government',
    },
    {
      id: 'uk-monarch',
      titles: ['British King', 'King of the United Kingdom', 'the British monarch', 'الملك البريطاني', 'ملك بريطانيا', 'король Великобритании', 'британский король', 'британский монарх'],
    },
    {
      id: 'french-president',
      titles: [
        'French President', 'President of France', 'France’s president',
        'الرئيس الفرنسي', 'رئيس فرنسا', 'سيد الإليزيه',
        'президент Франции', 'французский президент',
      ],
    },
    {
      id: 'french-prime-minister',
      titles: [
        'French Prime Minister', 'Prime Minister of France', 'France’s prime minister',
        'رئيس الوزراء الفرنسي', 'رئيس الحكومة الفرنسية',
        'премьер-министр Франции', 'французский премьер',
      ],
    },
    {
      id: 'french-foreign-minister',
      titles: [
        'French Foreign Minister', 'France’s foreign minister', 'Foreign Minister of France',
        'وزير الخارجية الفرنسي', 'وزيرة الخارجية الفرنسية',
        'министр иностранных дел Франции', 'глава МИД Франции', 'глава французского МИД',
      ],
    },
    {
      id: 'german-chancellor',
      titles: [
        'German Chancellor', 'Chancellor of Germany', 'Germany’s chancellor',
        'المستشار الألماني', 'المستشارة الألمانية',
        'канцлер Германии', 'федеральный канцлер Германии', 'канцлер ФРГ', 'немецкий канцлер',
      ],
    },
    {
      id: 'german-foreign-minister',
      titles: [
        'German Foreign Minister', 'Germany’s foreign minister', 'Foreign Minister of Germany',
        'وزير الخارجية الألماني', 'وزيرة الخارجية الألمانية',
        'министр иностранных дел Германии', 'министр иностранных дел ФРГ', 'глава МИД Германии', 'глава МИД ФРГ',
      ],
    },
    {
      id: 'german-defence-minister',
      titles: [
        'German Defence Minister', 'German Defense Minister', 'Germany’s defence minister',
        'وزير الدفاع الألماني',
        'министр обороны Германии', 'министр обороны ФРГ', 'глава Минобороны ФРГ',
      ],
    },
    {
      id: 'italian-prime-minister',
      titles: [
        'Italian Prime Minister', 'Prime Minister of Italy', 'Italy’s prime minister',
        'رئيسة الوزراء الإيطالية', 'رئيس الوزراء الإيطالي', 'رئيسة الحكومة الإيطالية',
        'премьер-министр Италии', 'глава правительства Италии',
      ],
    },
    {
      id: 'polish-prime-minister',
      titles: ['Polish Prime Minister', 'Prime Minister of Poland', 'رئيس الوزراء البولندي', 'премьер-министр Польши', 'польский премьер'],
    },
    {
      id: 'polish-president',
      titles: ['Polish President', 'President of Poland', 'الرئيس البولندي', 'президент Польши', 'польский президент'],
    },
    {
      id: 'hungarian-prime-minister',
      titles: ['Hungarian Prime Minister', 'Prime Minister of Hungary', 'رئيس الوزراء المجري', 'премьер-министр Венгрии', 'венгерский премьер'],
    },
    {
      id: 'belarusian-president',
      titles: ['Belarusian President', 'President of Belarus', 'الرئيس البيلاروسي', 'رئيس بيلاروسيا', 'президент Белоруссии', 'президент Беларуси', 'белорусский лидер'],
    },
  ],
  speakers: [
    {
      id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', kind: 'person', gender: 'f',
      aliases: ['Ursula von der Leyen', 'von der Leyen', 'أورسولا فون دير لاين', 'فون دير لاين', 'فون دير لايين', 'Урсула фон дер Ляйен', 'фон дер Ляйен'],
      roles: [{ role: 'european-commission-president', from: '2019-12-01' }],
    },
    {
      id: 'charles-michel', name: 'Charles Michel', kind: 'person', gender: 'm',
      aliases: ['Charles Michel', 'شارل ميشيل', 'شارل ميشال', 'Шарль Мишель'],
      roles: [{ role: 'european-council-president', from: '2019-12-01', to: '2024-12-01' }],
    },
    {
      id: 'antonio-costa', name: 'António Costa', kind: 'person', gender: 'm',
      aliases: ['António Costa', 'Antonio Costa', 'أنطونيو كوستا', 'انطونيو كوستا', 'Антониу Кошта', 'Антонио Кошта', 'Кошта'],
      roles: [{ role: 'european-council-president', from: '2024-12-01' }],
    },
    {
      id: 'josep-borrell', name: 'Josep Borrell', kind: 'person', gender: 'm',
      aliases: ['Josep Borrell', 'Borrell', 'جوزيب بوريل', 'جوسيب بوريل', 'بوريل', 'Жозеп Боррель', 'Боррель'],
      roles: [{ role: 'eu-foreign-policy-chief', from: '2019-12-01', to: '2024-12-01' }],
    },
    {
      id: 'kaja-kallas', name: 'Kaja Kallas', kind: 'person', gender: 'f',
      aliases: ['Kaja Kallas', 'Kallas', 'كايا كالاس', 'كاجا كالاس', 'كالاس', 'Кая Каллас', 'Каллас'],
      roles: [{ role: 'eu-foreign-policy-chief', from: '2024-12-01' }],
    },
    {
      id: 'roberta-metsola', name: 'Roberta Metsola', kind: 'person', gender: 'f',
      aliases: ['Roberta Metsola', 'Metsola', 'روبرتا ميتسولا', 'ميتسولا', 'Роберта Мецола', 'Мецола'],
      roles: [{ role: 'european-parliament-president', from: '2022-01-18' }],
    },
    {
      id: 'christine-lagarde', name: 'Christine Lagarde', kind: 'person', gender: 'f',
      aliases: ['Christine Lagarde', 'Lagarde', 'كريستين لاغارد', 'كريستين لاجارد', 'لاغارد', 'لاجارد', 'Кристин Лагард', 'Лагард'],
      roles: [{ role: 'ecb-president', from: '2019-11-01' }, { role: 'imf-managing-director', from: '2011-07-05', to: '2019-09-12' }],
    },
    {
      id: 'keir-starmer', name: 'Keir Starmer', kind: 'person', gender: 'm',
      aliases: ['Keir Starmer', 'Starmer', 'كير ستارمر', 'ستارمر', 'Кир Стармер', 'Стармер'],
      roles: [{ role: 'uk-prime-minister', from: '2024-07-05' }],
    },
    {
      id: 'rishi-sunak', name: 'Rishi Sunak', kind: 'person', gender: 'm',
      aliases: ['Rishi Sunak', 'Sunak', 'ريشي سوناك', 'سوناك', 'Риши Сунак', 'Сунак'],
      roles: [{ role: 'uk-prime-minister', from: '2022-10-25', to: '2024-07-05' }],
    },
    {
      id: 'liz-truss', name: 'Liz Truss', kind: 'person', gender: 'f',
      aliases: ['Liz Truss', 'Truss', 'ليز تراس', 'Лиз Трасс', 'Трасс'],
      roles: [{ role: 'uk-prime-minister', from: '2022-09-06', to: '2022-10-25' }],
    },
    {
      id: 'boris-johnson', name: 'Boris Johnson', kind: 'person', gender: 'm',
      aliases: ['Boris Johnson', 'بوريس جونسون', 'Борис Джонсон'],
      roles: [{ role: 'uk-prime-minister', from: '2019-07-24', to: '2022-09-06' }],
    },
    {
      id: 'theresa-may', name: 'Theresa May', kind: 'person', gender: 'f',
      aliases: ['Theresa May', 'تيريزا ماي', 'Тереза Мэй'],
      roles: [{ role: 'uk-prime-minister', from: '2016-07-13', to: '2019-07-24' }],
    },
    {
      id: 'david-lammy', name: 'David Lammy', kind: 'person', gender: 'm',
      aliases: ['David Lammy', 'Lammy', 'ديفيد لامي', 'لامي', 'Дэвид Лэмми', 'Лэмми'],
      roles: [{ role: 'uk-foreign-secretary', from: '2024-07-05', to: '2025-09-05' }],
    },
    {
      id: 'yvette-cooper', name: 'Yvette Cooper', kind: 'person', gender: 'f',
      aliases: ['Yvette Cooper', 'إيفيت كوبر', 'Иветт Купер'],
      roles: [{ role: 'uk-foreign-secretary', from: '2025-09-05' }],
    },
    {
      id: 'david-cameron', name: 'David Cameron', kind: 'person', gender: 'm',
      aliases: ['David Cameron', 'Cameron', 'ديفيد كاميرون', 'كاميرون', 'Дэвид Кэмерон', 'Кэмерон'],
      roles: [{ role: 'uk-foreign-secretary', from: '2023-11-13', to: '2024-07-05' }],
    },
    {
      id: 'john-healey', name: 'John Healey', kind: 'person', gender: 'm',
      aliases: ['John Healey', 'Healey', 'جون هيلي', 'Джон Хили'],
      roles: [{ role: 'uk-defence-secretary', from: '2024-07-05' }],
    },
    {
      id: 'king-charles-iii', name: 'King Charles III', kind: 'person', gender: 'm',
      aliases: ['King Charles III', 'King Charles', 'Charles III', 'الملك تشارلز الثالث', 'الملك تشارلز', 'Король Карл III', 'Карл III'],
      roles: [{ role: 'uk-monarch', from: '2022-09-08' }],
    },
    {
      id: 'emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', gender: 'm', wikidata: 'Q3052772',
      aliases: ['Emmanuel Macron', 'Macron', 'إيمانويل ماكرون', 'إيمانويل ماكرون', 'ماكرون', 'Эммануэль Макрон', 'Макрон'],
      roles: [{ role: 'french-president', from: '2017-05-14' }],
    },
    {
      id: 'sebastien-lecornu', name: 'Sébastien Lecornu', kind: 'person', gender: 'm',
      aliases: ['Sébastien Lecornu', 'Sebastien Lecornu', 'Lecornu', 'سيباستيان لوكورنو', 'لوكورنو', 'Себастьен Лекорню', 'Лекорню'],
      roles: [{ role: 'french-prime-minister', from: '2025-09-09' }],
    },
    {
      id: 'francois-bayrou', name: 'François Bayrou', kind: 'person', gender: 'm',
      aliases: ['François Bayrou', 'Francois Bayrou', 'Bayrou', 'فرانسوا بايرو', 'بايرو', 'Франсуа Байру', 'Байру'],
      roles: [{ role: 'french-prime-minister', from: '2024-12-13', to: '2025-09-09' }],
    },
    {
      id: 'michel-barnier', name: 'Michel Barnier', kind: 'person', gender: 'm',
      aliases: ['Michel Barnier', 'Barnier', 'ميشال بارنييه', 'ميشيل بارنييه', 'بارنييه', 'Мишель Барнье', 'Барнье'],
      roles: [{ role: 'french-prime-minister', from: '2024-09-05', to: '2024-12-13' }],
    },
    {
      id: 'jean-noel-barrot', name: 'Jean-Noël Barrot', kind: 'person', gender: 'm',
      aliases: ['Jean-Noël Barrot', 'Jean-Noel Barrot', 'Barrot', 'جان نويل بارو', 'جان-نويل بارو', 'بارو', 'Жан-Ноэль Барро', 'Барро'],
      roles: [{ role: 'french-foreign-minister', from: '2024-09-21' }],
    },
    {
      id: 'friedrich-merz', name: 'Friedrich Merz', kind: 'person', gender: 'm',
      aliases: ['Friedrich Merz', 'Merz', 'فريدريش ميرتس', 'فريدريش ميرز', 'ميرتس', 'ميرز', 'Фридрих Мерц', 'Мерц'],
      roles: [{ role: 'german-chancellor', from: '2025-05-06' }],
    },
    {
      id: 'olaf-scholz', name: 'Olaf Scholz', kind: 'person', gender: 'm',
      aliases: ['Olaf Scholz', 'Scholz', 'أولاف شولتس', 'أولاف شولتز', 'شولتس', 'شولتز', 'Олаф Шольц', 'Шольц'],
      roles: [{ role: 'german-chancellor', from: '2021-12-08', to: '2025-05-06' }],
    },
    {
      id: 'angela-merkel', name: 'Angela Merkel', kind: 'person', gender: 'f', wikidata: 'Q567',
      aliases: ['Angela Merkel', 'Merkel', 'أنجيلا ميركل', 'أنغيلا ميركل', 'ميركل', 'Ангела Меркель', 'Меркель'],
      roles: [{ role: 'german-chancellor', from: '2005-11-22', to: '2021-12-08' }],
    },
    {
      id: 'annalena-baerbock', name: 'Annalena Baerbock', kind: 'person', gender: 'f',
      aliases: ['Annalena Baerbock', 'Baerbock', 'أنالينا بيربوك', 'أنالينا بيربوك', 'بيربوك', 'Анналена Бербок', 'Бербок'],
      roles: [{ role: 'german-foreign-minister', from: '2021-12-08', to: '2025-05-06' }],
    },
    {
      id: 'johann-wadephul', name: 'Johann Wadephul', kind: 'person', gender: 'm',
      aliases: ['Johann Wadephul', 'Wadephul', 'يوهان فاديفول', 'فاديفول', 'Йоханн Вадефуль', 'Вадефуль'],
      roles: [{ role: 'german-foreign-minister', from: '2025-05-06' }],
    },
    {
      id: 'boris-pistorius', name: 'Boris Pistorius', kind: 'person', gender: 'm',
      aliases: ['Boris Pistorius', 'Pistorius', 'بوريس بيستوريوس', 'بيستوريوس', 'Борис Писториус', 'Писториус'],
      roles: [{ role: 'german-defence-minister', from: '2023-01-19' }],
    },
    {
      id: 'giorgia-meloni', name: 'Giorgia Meloni', kind: 'person', gender: 'f',
      aliases: ['Giorgia Meloni', 'Meloni', 'جورجيا ميلوني', 'ميلوني', 'Джорджа Мелони', 'Джорджия Мелони', 'Мелони'],
      roles: [{ role: 'italian-prime-minister', from: '2022-10-22' }],
    },
    {
      id: 'donald-tusk', name: 'Donald Tusk', kind: 'person', gender: 'm',
      aliases: ['Donald Tusk', 'Tusk', 'دونالد توسك', 'توسك', 'Дональд Туск', 'Туск'],
      roles: [{ role: 'polish-prime-minister', from: '2023-12-13' }],
    },
    {
      id: 'radoslaw-sikorski', name: 'Radosław Sikorski', kind: 'person', gender: 'm',
      aliases: ['Radosław Sikorski', 'Radoslaw Sikorski', 'Sikorski', 'رادوسلاف سيكورسكي', 'سيكورسكي', 'Радослав Сикорский', 'Сикорский'],
    },
    {
      id: 'andrzej-duda', name: 'Andrzej Duda', kind: 'person', gender: 'm',
      aliases: ['Andrzej Duda', 'أندجي دودا', 'أندريه دودا', 'Анджей Дуда'],
      roles: [{ role: 'polish-president', from: '2015-08-06', to: '2025-08-06' }],
    },
    {
      id: 'karol-nawrocki', name: 'Karol Nawrocki', kind: 'person', gender: 'm',
      aliases: ['Karol Nawrocki', 'Nawrocki', 'كارول نافروتسكي', 'نافروتسكي', 'Кароль Навроцкий', 'Навроцкий'],
      roles: [{ role: 'polish-president', from: '2025-08-06' }],
    },
    {
      id: 'viktor-orban', name: 'Viktor Orbán', kind: 'person', gender: 'm',
      aliases: ['Viktor Orbán', 'Viktor Orban', 'Orbán', 'Orban', 'فيكتور أوربان', 'أوربان', 'Виктор Орбан', 'Орбан'],
      roles: [{ role: 'hungarian-prime-minister', from: '2010-05-29' }],
    },
    {
      id: 'peter-szijjarto', name: 'Péter Szijjártó', kind: 'person', gender: 'm',
      aliases: ['Péter Szijjártó', 'Peter Szijjarto', 'Szijjártó', 'Szijjarto', 'بيتر سيارتو', 'سيارتو', 'Петер Сийярто', 'Сийярто'],
    },
    {
      id: 'pedro-sanchez', name: 'Pedro Sánchez', kind: 'person', gender: 'm',
      aliases: ['Pedro Sánchez', 'Pedro Sanchez', 'بيدرو سانشيز', 'بيدرو سانتشيث', 'Педро Санчес'],
    },
    {
      id: 'alexander-lukashenko', name: 'Alexander Lukashenko', kind: 'person', gender: 'm',
      aliases: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Lukashenko', 'ألكسندر لوكاشينكو', 'لوكاشينكو', 'Александр Лукашенко', 'Лукашенко'],
      roles: [{ role: 'belarusian-president', from: '1994-07-20' }],
    },
    {
      id: 'aleksandar-vucic', name: 'Aleksandar Vučić', kind: 'person', gender: 'm',
      aliases: ['Aleksandar Vučić', 'Aleksandar Vucic', 'Vučić', 'Vucic', 'ألكسندر فوتشيتش', 'فوتشيتش', 'Александр Вучич', 'Вучич'],
    },
    {
      id: 'maia-sandu', name: 'Maia Sandu', kind: 'person', gender: 'f',
      aliases: ['Maia Sandu', 'Sandu', 'مايا ساندو', 'ساندو', 'Майя Санду', 'Санду'],
    },
    {
      id: 'alexander-stubb', name: 'Alexander Stubb', kind: 'person', gender: 'm',
      aliases: ['Alexander Stubb', 'Stubb', 'ألكسندر ستوب', 'ستوب', 'Александр Стубб', 'Стубб'],
    },
    {
      id: 'robert-fico', name: 'Robert Fico', kind: 'person', gender: 'm',
      aliases: ['Robert Fico', 'Fico', 'روبرت فيتسو', 'روبرت فيكو', 'فيتسو', 'فيكو', 'Роберт Фицо', 'Фицо'],
    },
    {
      id: 'rachel-reeves', name: 'Rachel Reeves', kind: 'person', gender: 'f',
      aliases: ['Rachel Reeves', 'Reeves', 'راشيل ريفز', 'رايتشل ريفز', 'ريفز', 'Рейчел Ривз', 'Ривз'],
    },
    {
      id: 'nigel-farage', name: 'Nigel Farage', kind: 'person', gender: 'm',
      aliases: ['Nigel Farage', 'Farage', 'نايجل فاراج', 'نايجل فراج', 'فاراج', 'Найджел Фарадж', 'Фарадж'],
    },
    {
      id: 'marine-le-pen', name: 'Marine Le Pen', kind: 'person', gender: 'f',
      aliases: ['Marine Le Pen', 'Le Pen', 'مارين لوبان', 'لوبان', 'Марин Ле Пен', 'Ле Пен'],
    },
    {
      id: 'jordan-bardella', name: 'Jordan Bardella', kind: 'person', gender: 'm',
      aliases: ['Jordan Bardella', 'Bardella', 'جوردان بارديلا', 'بارديلا', 'Жордан Барделла', 'Барделла'],
    },
    {
      id: 'alice-weidel', name: 'Alice Weidel', kind: 'person', gender: 'f',
      aliases: ['Alice Weidel', 'Weidel', 'أليس فايدل', 'فايدل', 'Алис Вайдель', 'Алиса Вайдель', 'Вайдель'],
    },
    {
      id: 'mette-frederiksen', name: 'Mette Frederiksen', kind: 'person', gender: 'f',
      aliases: ['Mette Frederiksen', 'Frederiksen', 'ميته فريدريكسن', 'ميتي فريدريكسن', 'فريدريكسن', 'Метте Фредериксен', 'Фредериксен'],
    },
    {
      id: 'antonio-tajani', name: 'Antonio Tajani', kind: 'person', gender: 'm',
      aliases: ['Antonio Tajani', 'Tajani', 'أنطونيو تاياني', 'تاياني', 'Антонио Таяни', 'Таяни'],
    },
    {
      id: 'jose-manuel-albares', name: 'José Manuel Albares', kind: 'person', gender: 'm',
      aliases: ['José Manuel Albares', 'Albares', 'خوسيه مانويل ألباريس', 'ألباريس', 'Хосе Мануэль Альбарес', 'Альбарес'],
    },
    {
      id: 'kyriakos-mitsotakis', name: 'Kyriakos Mitsotakis', kind: 'person', gender: 'm',
      aliases: ['Kyriakos Mitsotakis', 'Mitsotakis', 'كيرياكوس ميتسوتاكيس', 'ميتسوتاكيس', 'Кириакос Мицотакис', 'Мицотакис'],
    },
    {
      id: 'european-union', name: 'European Union', kind: 'org',
      aliases: ['European Union', 'EU', 'the EU', 'الاتحاد الأوروبي', 'Евросоюз', 'Европейский союз', 'ЕС'],
    },
    {
      id: 'european-commission', name: 'European Commission', kind: 'org',
      aliases: ['European Commission', 'EU Commission', 'المفوضية الأوروبية', 'Еврокомиссия', 'Европейская комиссия'],
    },
    {
      id: 'european-central-bank', name: 'European Central Bank', kind: 'org',
      aliases: ['European Central Bank', 'ECB', 'البنك المركزي الأوروبي', 'ЕЦБ', 'Европейский центральный банк'],
    },
  ],
};

import type { RegistryData } from '../types';

// The Middle East: Israel, Iran, the Gulf states, Egypt, Jordan, Turkey, Syria, Lebanon, Iraq, Palestinian
// leaders, and armed groups that are quoted as speakers (Hamas, Hezbollah, the Houthis).
export const middleEast: RegistryData = {
  source: 'Wikidata; official government sites (gov.il, president.ir, spa.gov.sa, presidency.eg, tccb.gov.tr) and official biographies',
  roles: [
    {
      id: 'israeli-prime-minister',
      titles: [
        'Israeli Prime Minister', 'Prime Minister of Israel', 'Israel’s prime minister', 'Israeli PM',
        'رئيس الوزراء الإسرائيلي', 'رئيس الحكومة الإسرائيلية', 'رئيس حكومة الاحتلال', 'رئيس وزراء الاحتلال',
        'премьер-министр Израиля', 'израильский премьер', 'глава правительства Израиля',
      ],
      org: 'israeli-government',
    },
    {
      id: 'israeli-president',
      titles: ['Israeli President', 'President of Israel', 'الرئيس الإسرائيلي', 'رئيس إسرائيل', 'президент Израиля', 'израильский президент'],
    },
    {
      id: 'israeli-defence-minister',
      titles: [
        'Israeli Defence Minister', 'Israeli Defense Minister', 'Israel’s defence minister', 'Israel’s defense minister',
        'وزير الدفاع الإسرائيلي', 'وزير جيش الاحتلال', 'وزير الأمن الإسرائيلي',
        'министр обороны Израиля', 'глава Минобороны Израиля',
      ],
      org: 'israeli-government',
    },
    {
      id: 'israeli-foreign-minister',
      titles: [
        'Israeli Foreign Minister', 'Israel’s foreign minister', 'وزير الخارجية الإسرائيلي', 'министр иностранных дел Израиля', 'глава МИД Израиля',
      ],
      org: 'israeli-government',
    },
    {
      id: 'idf-chief-of-staff',
      titles: [
        'IDF Chief of Staff', 'Israeli military chief of staff', 'Israel’s military chief', 'Israeli army chief',
        'رئيس أركان الجيش الإسرائيلي', 'رئيس هيئة الأركان الإسرائيلية', 'رئيس أركان جيش الاحتلال',
        'начальник Генштаба ЦАХАЛ', 'начальник Генштаба Армии обороны Израиля',
      ],
      org: 'idf',
    },
    {
      id: 'idf-arabic-spokesperson',
      titles: [
        'IDF Arabic-language spokesperson', 'Israeli army’s Arabic-language spokesman',
        'المتحدث باسم الجيش الإسرائيلي للإعلام العربي', 'الناطق باسم الجيش الإسرائيلي للإعلام العربي', 'المتحدث باسم جيش الاحتلال للإعلام العربي',
        'пресс-секретарь ЦАХАЛ для арабских СМИ',
      ],
      org: 'idf',
    },
    {
      id: 'iran-supreme-leader',
      titles: [
        'Supreme Leader of Iran', 'Iran’s Supreme Leader', 'Iranian Supreme Leader', 'Iran’s supreme leader',
        'المرشد الإيراني', 'المرشد الأعلى الإيراني', 'المرشد الأعلى في إيران', 'مرشد الثورة الإسلامية', 'المرشد الأعلى للثورة الإسلامية', 'مرشد الجمهورية الإسلامية',
        'верховный лидер Ирана', 'духовный лидер Ирана', 'верховный руководитель Ирана',
      ],
    },
    {
      id: 'iranian-president',
      titles: ['Iranian President', 'President of Iran', 'Iran’s president', 'الرئيس الإيراني', 'رئيس إيران', 'президент Ирана', 'иранский президент'],
    },
    {
      id: 'iranian-foreign-minister',
      titles: [
        'Iranian Foreign Minister', 'Iran’s foreign minister', 'Iran’s top diplomat',
        'وزير الخارجية الإيراني', 'رئيس الدبلوماسية الإيرانية',
        'министр иностранных дел Ирана', 'глава МИД Ирана', 'глава МИД ИРИ',
      ],
      org: 'iranian-foreign-ministry',
    },
    {
      id: 'iran-parliament-speaker',
      titles: ['Iranian Parliament Speaker', 'Speaker of Iran’s parliament', 'رئيس البرلمان الإيراني', 'رئيس مجلس الشورى الإيراني', 'спикер парламента Ирана', 'председатель Меджлиса Ирана'],
    },
    {
      id: 'iran-snsc-secretary',
      titles: [
        'Secretary of Iran’s Supreme National Security Council', 'Iran’s Supreme National Security Council secretary',
        'أمين المجلس الأعلى للأمن القومي الإيراني', 'أمين مجلس الأمن القومي الإيراني',
        'секретарь Высшего совета национальной безопасности Ирана',
      ],
    },
    {
      id: 'saudi-king',
      titles: ['Saudi King', 'King of Saudi Arabia', 'العاهل السعودي', 'ملك السعودية', 'خادم الحرمين الشريفين', 'ملك المملكة العربية السعودية', 'король Саудовской Аравии', 'саудовский король'],
    },
    {
      id: 'saudi-crown-prince',
      titles: ['Saudi Crown Prince', 'Crown Prince of Saudi Arabia', 'ولي العهد السعودي', 'ولي العهد رئيس مجلس الوزراء السعودي', 'наследный принц Саудовской Аравии', 'саудовский наследный принц'],
    },
    {
      id: 'saudi-foreign-minister',
      titles: ['Saudi Foreign Minister', 'Saudi Arabia’s foreign minister', 'وزير الخارجية السعودي', 'министр иностранных дел Саудовской Аравии', 'глава МИД Саудовской Аравии'],
    },
    {
      id: 'uae-president',
      titles: ['UAE President', 'President of the United Arab Emirates', 'رئيس دولة الإمارات', 'رئيس الإمارات', 'رئيس دولة الإمارات العربية المتحدة', 'президент ОАЭ'],
    },
    {
      id: 'qatar-emir',
      titles: ['Emir of Qatar', 'Qatar’s emir', 'Qatari Emir', 'أمير قطر', 'أمير دولة قطر', 'эмир Катара'],
    },
    {
      id: 'qatar-prime-minister',
      titles: [
        'Qatari Prime Minister', 'Qatar’s prime minister', 'Prime Minister of Qatar',
        'رئيس الوزراء القطري', 'رئيس مجلس الوزراء القطري', 'رئيس الوزراء وزير الخارجية القطري',
        'премьер-министр Катара',
      ],
    },
    {
      id: 'egyptian-president',
      titles: ['Egyptian President', 'President of Egypt', 'الرئيس المصري', 'رئيس مصر', 'رئيس الجمهورية المصرية', 'президент Египта', 'египетский президент'],
    },
    {
      id: 'egyptian-foreign-minister',
      titles: ['Egyptian Foreign Minister', 'Egypt’s foreign minister', 'وزير الخارجية المصري', 'министр иностранных дел Египта', 'глава МИД Египта'],
    },
    {
      id: 'jordanian-king',
      titles: ['King of Jordan', 'Jordan’s King', 'Jordanian King', 'العاهل الأردني', 'ملك الأردن', 'король Иордании'],
    },
    {
      id: 'turkish-president',
      titles: ['Turkish President', 'President of Turkey', 'Turkey’s president', 'الرئيس التركي', 'رئيس تركيا', 'президент Турции', 'турецкий президент', 'турецкий лидер'],
    },
    {
      id: 'turkish-foreign-minister',
      titles: ['Turkish Foreign Minister', 'Turkey’s foreign minister', 'وزير الخارجية التركي', 'министр иностранных дел Турции', 'глава МИД Турции'],
    },
    {
      id: 'syrian-president',
      titles: ['Syrian President', 'President of Syria', 'Syria’s president', 'الرئيس السوري', 'رئيس سوريا', 'رئيس الجمهورية العربية السورية', 'президент Сирии', 'сирийский президент'],
    },
    {
      id: 'syrian-foreign-minister',
      titles: ['Syrian Foreign Minister', 'Syria’s foreign minister', 'وزير الخارجية السوري', 'министр иностранных дел Сирии', 'глава МИД Сирии'],
    },
    {
      id: 'lebanese-president',
      titles: ['Lebanese President', 'President of Lebanon', 'الرئيس اللبناني', 'رئيس لبنان', 'رئيس الجمهورية اللبنانية', 'президент Ливана'],
    },
    {
      id: 'lebanese-prime-minister',
      titles: ['Lebanese Prime Minister', 'Prime Minister of Lebanon', 'رئيس الوزراء اللبناني', 'رئيس الحكومة اللبنانية', 'премьер-министр Ливана'],
    },
    {
      id: 'lebanese-parliament-speaker',
      titles: ['Lebanese Parliament Speaker', 'Speaker of the Lebanese Parliament', 'رئيس مجلس النواب اللبناني', 'رئيس البرلمان اللبناني', 'спикер парламента Ливана'],
    },
    {
      id: 'hezbollah-secretary-general',
      titles: [
        'Hezbollah leader', 'Hezbollah Secretary-General', 'Hezbollah chief',
        'الأمين العام لحزب الله', 'أمين عام حزب الله', 'زعيم حزب الله',
        'генеральный секретарь «Хезболлы»', 'генсек «Хезболлы»', 'лидер «Хезболлы»', 'генсек Хезболлы', 'лидер Хезболлы',
      ],
      org: 'hezbollah',
    },
    {
      id: 'hamas-political-bureau-chief',
      titles: [
        'Hamas political chief', 'Hamas leader', 'head of Hamas’s political bureau', 'Hamas political bureau chief',
        'رئيس المكتب السياسي لحركة حماس', 'رئيس المكتب السياسي لحماس', 'زعيم حركة حماس', 'زعيم حماس',
        'глава политбюро ХАМАС', 'лидер ХАМАС', 'руководитель политбюро ХАМАС',
      ],
      org: 'hamas',
    },
    {
      id: 'palestinian-president',
      titles: [
        'Palestinian President', 'Palestinian Authority President', 'President of the Palestinian Authority',
        'الرئيس الفلسطيني', 'رئيس السلطة الفلسطينية', 'رئيس دولة فلسطين',
        'президент Палестины', 'глава Палестинской национальной администрации', 'председатель ПНА', 'палестинский лидер',
      ],
      org: 'palestinian-authority',
    },
    {
      id: 'palestinian-prime-minister',
      titles: ['Palestinian Prime Minister', 'رئيس الوزراء الفلسطيني', 'رئيس الحكومة الفلسطينية', 'премьер-министр Палестины', 'премьер-министр ПНА'],
      org: 'palestinian-authority',
    },
    {
      id: 'iraqi-prime-minister',
      titles: ['Iraqi Prime Minister', 'Prime Minister of Iraq', 'رئيس الوزراء العراقي', 'رئيس الحكومة العراقية', 'رئيس مجلس الوزراء العراقي', 'премьер-министр Ирака'],
    },
  ],
  speakers: [
    {
      id: 'benjamin-netanyahu', name: 'Benjamin Netanyahu', kind: 'person', gender: 'm', wikidata: 'Q43723',
      aliases: [
        'Benjamin Netanyahu', 'Netanyahu', 'Bibi Netanyahu',
        'بنيامين نتنياهو', 'بنيامين نتانياهو', 'نتنياهو', 'نتانياهو',
        'Биньямин Нетаньяху', 'Беньямин Нетаньяху', 'Нетаньяху',
      ],
      roles: [
        { role: 'israeli-prime-minister', from: '1996-06-18', to: '1999-07-06' },
        { role: 'israeli-prime-minister', from: '2009-03-31', to: '2021-06-13' },
        { role: 'israeli-prime-minister', from: '2022-12-29' },
      ],
    },
    {
      id: 'naftali-bennett', name: 'Naftali Bennett', kind: 'person', gender: 'm',
      aliases: ['Naftali Bennett', 'نفتالي بينيت', 'بينيت', 'Нафтали Беннет', 'Беннет'],
      roles: [{ role: 'israeli-prime-minister', from: '2021-06-13', to: '2022-06-30' }],
    },
    {
      id: 'yair-lapid', name: 'Yair Lapid', kind: 'person', gender: 'm',
      aliases: ['Yair Lapid', 'Lapid', 'يائير لابيد', 'يائير لبيد', 'لابيد', 'لبيد', 'Яир Лапид', 'Лапид'],
      roles: [{ role: 'israeli-prime-minister', from: '2022-07-01', to: '2022-12-29' }],
    },
    {
      id: 'isaac-herzog', name: 'Isaac Herzog', kind: 'person', gender: 'm',
      aliases: ['Isaac Herzog', 'Yitzhak Herzog', 'Herzog', 'إسحاق هرتسوغ', 'يتسحاق هرتسوغ', 'هرتسوغ', 'Ицхак Герцог'],
      roles: [{ role: 'israeli-president', from: '2021-07-07' }],
    },
    {
      id: 'yoav-gallant', name: 'Yoav Gallant', kind: 'person', gender: 'm',
      aliases: ['Yoav Gallant', 'يوآف غالانت', 'يوآف جالانت', 'غالانت', 'جالانت', 'Йоав Галант', 'Галант'],
      roles: [{ role: 'israeli-defence-minister', from: '2022-12-29', to: '2024-11-07' }],
    },
    {
      id: 'israel-katz', name: 'Israel Katz', kind: 'person', gender: 'm',
      aliases: ['Israel Katz', 'Yisrael Katz', 'Katz', 'يسرائيل كاتس', 'إسرائيل كاتس', 'كاتس', 'Исраэль Кац', 'Израэль Кац', 'Кац'],
      roles: [{ role: 'israeli-defence-minister', from: '2024-11-07' }],
    },
    {
      id: 'gideon-saar', name: 'Gideon Sa’ar', kind: 'person', gender: 'm',
      aliases: ['Gideon Sa’ar', "Gideon Sa'ar", 'Gideon Saar', 'Sa’ar', "Sa'ar", 'جدعون ساعر', 'غدعون ساعر', 'ساعر', 'Гидеон Саар'],
      roles: [{ role: 'israeli-foreign-minister', from: '2024-11-07' }],
    },
    {
      id: 'benny-gantz', name: 'Benny Gantz', kind: 'person', gender: 'm',
      aliases: ['Benny Gantz', 'Gantz', 'بيني غانتس', 'بيني جانتس', 'غانتس', 'Бени Ганц', 'Бенни Ганц', 'Ганц'],
    },
    {
      id: 'itamar-ben-gvir', name: 'Itamar Ben-Gvir', kind: 'person', gender: 'm',
      aliases: ['Itamar Ben-Gvir', 'Itamar Ben Gvir', 'Ben-Gvir', 'Ben Gvir', 'إيتمار بن غفير', 'بن غفير', 'Итамар Бен-Гвир', 'Бен-Гвир'],
    },
    {
      id: 'bezalel-smotrich', name: 'Bezalel Smotrich', kind: 'person', gender: 'm',
      aliases: ['Bezalel Smotrich', 'Smotrich', 'بتسلئيل سموتريتش', 'سموتريتش', 'Бецалель Смотрич', 'Смотрич'],
    },
    {
      id: 'herzi-halevi', name: 'Herzi Halevi', kind: 'person', gender: 'm',
      aliases: ['Herzi Halevi', 'Herzl Halevi', 'Halevi', 'هرتسي هاليفي', 'هرتسل هاليفي', 'هاليفي', 'Герци Халеви', 'Халеви'],
      roles: [{ role: 'idf-chief-of-staff', from: '2023-01-16', to: '2025-03-05' }],
    },
    {
      id: 'eyal-zamir', name: 'Eyal Zamir', kind: 'person', gender: 'm',
      aliases: ['Eyal Zamir', 'Zamir', 'إيال زامير', 'زامير', 'Эяль Замир', 'Замир'],
      roles: [{ role: 'idf-chief-of-staff', from: '2025-03-05' }],
    },
    {
      id: 'daniel-hagari', name: 'Daniel Hagari', kind: 'person', gender: 'm',
      aliases: ['Daniel Hagari', 'Hagari', 'دانيال هاغاري', 'دانيال هجاري', 'هاغاري', 'Даниэль Хагари', 'Хагари'],
    },
    {
      id: 'effie-defrin', name: 'Effie Defrin', kind: 'person', gender: 'm',
      aliases: ['Effie Defrin', 'Defrin', 'إيفي ديفرين', 'ديفرين', 'Эффи Дефрин', 'Дефрин'],
    },
    {
      id: 'avichay-adraee', name: 'Avichay Adraee', kind: 'person', gender: 'm',
      aliases: ['Avichay Adraee', 'Avichai Adraee', 'Adraee', 'أفيخاي أدرعي', 'افيخاي ادرعي', 'أدرعي', 'Авихай Адраи'],
      roles: [{ role: 'idf-arabic-spokesperson' }],
    },
    {
      id: 'ali-khamenei', name: 'Ali Khamenei', kind: 'person', gender: 'm',
      aliases: [
        'Ali Khamenei', 'Ayatollah Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei',
        'علي خامنئي', 'آية الله علي خامنئي', 'آية الله خامنئي', 'خامنئي', 'خامنه اي',
        'Али Хаменеи', 'аятолла Али Хаменеи', 'аятолла Хаменеи', 'Хаменеи',
      ],
      roles: [{ role: 'iran-supreme-leader', from: '1989-06-04' }],
    },
    {
      id: 'masoud-pezeshkian', name: 'Masoud Pezeshkian', kind: 'person', gender: 'm',
      aliases: ['Masoud Pezeshkian', 'Pezeshkian', 'مسعود بزشكيان', 'مسعود پزشكيان', 'بزشكيان', 'Масуд Пезешкиан', 'Пезешкиан'],
      roles: [{ role: 'iranian-president', from: '2024-07-28' }],
    },
    {
      id: 'ebrahim-raisi', name: 'Ebrahim Raisi', kind: 'person', gender: 'm',
      aliases: ['Ebrahim Raisi', 'Ebrahim Raeisi', 'Raisi', 'إبراهيم رئيسي', 'Эбрахим Раиси', 'Ибрахим Раиси', 'Раиси'],
      roles: [{ role: 'iranian-president', from: '2021-08-03', to: '2024-05-19' }],
    },
    {
      id: 'hassan-rouhani', name: 'Hassan Rouhani', kind: 'person', gender: 'm',
      aliases: ['Hassan Rouhani', 'Rouhani', 'حسن روحاني', 'Хасан Роухани', 'Роухани'],
      roles: [{ role: 'iranian-president', from: '2013-08-03', to: '2021-08-03' }],
    },
    {
      id: 'abbas-araghchi', name: 'Abbas Araghchi', kind: 'person', gender: 'm',
      aliases: ['Abbas Araghchi', 'Abbas Araqchi', 'Araghchi', 'Araqchi', 'عباس عراقجي', 'عباس عراقچي', 'عراقجي', 'Аббас Аракчи', 'Аббас Арагчи', 'Аракчи', 'Арагчи'],
      roles: [{ role: 'iranian-foreign-minister', from: '2024-08-21' }],
    },
    {
      id: 'hossein-amir-abdollahian', name: 'Hossein Amir-Abdollahian', kind: 'person', gender: 'm',
      aliases: ['Hossein Amir-Abdollahian', 'Hossein Amirabdollahian', 'Amir-Abdollahian', 'Amirabdollahian', 'حسين أمير عبد اللهيان', 'حسين أمير عبداللهيان', 'أمير عبد اللهيان', 'عبد اللهيان', 'Хосейн Амир Абдоллахиян', 'Амир Абдоллахиян'],
      roles: [{ role: 'iranian-foreign-minister', from: '2021-08-25', to: '2024-05-19' }],
    },
    {
      id: 'mohammad-javad-zarif', name: 'Mohammad Javad Zarif', kind: 'person', gender: 'm',
      aliases: ['Mohammad Javad Zarif', 'Javad Zarif', 'Zarif', 'محمد جواد ظريف', 'جواد ظريف', 'Мохаммад Джавад Зариф', 'Джавад Зариф', 'Зариф'],
      roles: [{ role: 'iranian-foreign-minister', to: '2021-08-25' }],
    },
    {
      id: 'esmaeil-baghaei', name: 'Esmaeil Baghaei', kind: 'person', gender: 'm',
      aliases: ['Esmaeil Baghaei', 'Esmail Baghaei', 'Baghaei', 'إسماعيل بقائي', 'بقائي', 'Исмаил Багаи', 'Эсмаил Багаи', 'Багаи'],
    },
    {
      id: 'mohammad-bagher-ghalibaf', name: 'Mohammad Bagher Ghalibaf', kind: 'person', gender: 'm',
      aliases: ['Mohammad Bagher Ghalibaf', 'Mohammad Baqer Qalibaf', 'Ghalibaf', 'Qalibaf', 'محمد باقر قاليباف', 'قاليباف', 'Мохаммад Багер Галибаф', 'Галибаф'],
      roles: [{ role: 'iran-parliament-speaker', from: '2020-05-28' }],
    },
    {
      id: 'ali-larijani', name: 'Ali Larijani', kind: 'person', gender: 'm',
      aliases: ['Ali Larijani', 'Larijani', 'علي لاريجاني', 'لاريجاني', 'Али Лариджани', 'Лариджани'],
      roles: [{ role: 'iran-snsc-secretary', from: '2025-08' }],
    },
    {
      id: 'king-salman', name: 'King Salman', kind: 'person', gender: 'm',
      aliases: ['King Salman', 'Salman bin Abdulaziz', 'King Salman bin Abdulaziz', 'الملك سلمان', 'الملك سلمان بن عبد العزيز', 'الملك سلمان بن عبدالعزيز', 'سلمان بن عبد العزيز', 'Король Салман', 'Сальман бен Абдель Азиз'],
      roles: [{ role: 'saudi-king', from: '2015-01-23' }],
    },
    {
      id: 'mohammed-bin-salman', name: 'Mohammed bin Salman', kind: 'person', gender: 'm',
      aliases: ['Mohammed bin Salman', 'Mohammad bin Salman', 'MBS', 'Crown Prince Mohammed bin Salman', 'محمد بن سلمان', 'الأمير محمد بن سلمان', 'Мухаммед бен Сальман', 'Мухаммед бин Салман'],
      roles: [{ role: 'saudi-crown-prince', from: '2017-06-21' }],
    },
    {
      id: 'faisal-bin-farhan', name: 'Faisal bin Farhan', kind: 'person', gender: 'm',
      aliases: ['Faisal bin Farhan', 'Prince Faisal bin Farhan', 'فيصل بن فرحان', 'الأمير فيصل بن فرحان', 'Фейсал бен Фархан', 'Файсал бен Фархан'],
      roles: [{ role: 'saudi-foreign-minister', from: '2019-10-23' }],
    },
    {
      id: 'mohamed-bin-zayed', name: 'Mohamed bin Zayed', kind: 'person', gender: 'm',
      aliases: ['Mohamed bin Zayed', 'Mohammed bin Zayed', 'MBZ', 'Sheikh Mohamed bin Zayed', 'محمد بن زايد', 'الشيخ محمد بن زايد', 'محمد بن زايد آل نهيان', 'Мухаммед бен Заид', 'Мухаммед бен Зайед'],
      roles: [{ role: 'uae-president', from: '2022-05-14' }],
    },
    {
      id: 'abdullah-bin-zayed', name: 'Abdullah bin Zayed', kind: 'person', gender: 'm',
      aliases: ['Abdullah bin Zayed', 'Sheikh Abdullah bin Zayed', 'عبدالله بن زايد', 'عبد الله بن زايد', 'الشيخ عبدالله بن زايد', 'Абдалла бен Заид'],
    },
    {
      id: 'tamim-bin-hamad', name: 'Tamim bin Hamad Al Thani', kind: 'person', gender: 'm',
      aliases: ['Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad Al Thani', 'Sheikh Tamim', 'تميم بن حمد', 'الشيخ تميم بن حمد آل ثاني', 'تميم بن حمد آل ثاني', 'الشيخ تميم', 'Тамим бен Хамад Аль Тани'],
      roles: [{ role: 'qatar-emir', from: '2013-06-25' }],
    },
    {
      id: 'mohammed-bin-abdulrahman-al-thani', name: 'Mohammed bin Abdulrahman Al Thani', kind: 'person', gender: 'm',
      aliases: [
        'Mohammed bin Abdulrahman Al Thani', 'Sheikh Mohammed bin Abdulrahman Al Thani', 'Sheikh Mohammed bin Abdulrahman',
        'محمد بن عبدالرحمن آل ثاني', 'محمد بن عبد الرحمن آل ثاني', 'الشيخ محمد بن عبدالرحمن آل ثاني', 'الشيخ محمد بن عبد الرحمن',
        'Мухаммед бен Абдель Рахман Аль Тани',
      ],
      roles: [{ role: 'qatar-prime-minister', from: '2023-03-07' }],
    },
    {
      id: 'majed-al-ansari', name: 'Majed al-Ansari', kind: 'person', gender: 'm',
      aliases: ['Majed al-Ansari', 'Majed Al Ansari', 'ماجد الأنصاري', 'Маджид аль-Ансари', 'Маджед аль-Ансари'],
    },
    {
      id: 'abdel-fattah-el-sisi', name: 'Abdel Fattah el-Sisi', kind: 'person', gender: 'm',
      aliases: ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'el-Sisi', 'al-Sisi', 'Sisi', 'عبد الفتاح السيسي', 'عبدالفتاح السيسي', 'السيسي', 'Абдель Фаттах ас-Сиси', 'ас-Сиси', 'Сиси'],
      roles: [{ role: 'egyptian-president', from: '2014-06-08' }],
    },
    {
      id: 'badr-abdelatty', name: 'Badr Abdelatty', kind: 'person', gender: 'm',
      aliases: ['Badr Abdelatty', 'Badr Abdel Aty', 'Abdelatty', 'بدر عبد العاطي', 'بدر عبدالعاطي', 'عبد العاطي', 'Бадр Абдель Ати'],
      roles: [{ role: 'egyptian-foreign-minister', from: '2024-07-03' }],
    },
    {
      id: 'sameh-shoukry', name: 'Sameh Shoukry', kind: 'person', gender: 'm',
      aliases: ['Sameh Shoukry', 'Shoukry', 'سامح شكري', 'Самех Шукри', 'Шукри'],
      roles: [{ role: 'egyptian-foreign-minister', to: '2024-07-03' }],
    },
    {
      id: 'king-abdullah-ii', name: 'King Abdullah II', kind: 'person', gender: 'm',
      aliases: ['King Abdullah II', 'King Abdullah II of Jordan', 'الملك عبدالله الثاني', 'الملك عبد الله الثاني', 'Король Абдалла II', 'Абдалла II'],
      roles: [{ role: 'jordanian-king', from: '1999-02-07' }],
    },
    {
      id: 'ayman-safadi', name: 'Ayman Safadi', kind: 'person', gender: 'm',
      aliases: ['Ayman Safadi', 'Safadi', 'أيمن الصفدي', 'الصفدي', 'Айман Сафади', 'Сафади'],
    },
    {
      id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', gender: 'm', wikidata: 'Q39723',
      aliases: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Erdoğan', 'Erdogan', 'رجب طيب أردوغان', 'رجب طيب اردوغان', 'أردوغان', 'Реджеп Тайип Эрдоган', 'Тайип Эрдоган', 'Эрдоган'],
      roles: [{ role: 'turkish-president', from: '2014-08-28' }],
    },
    {
      id: 'hakan-fidan', name: 'Hakan Fidan', kind: 'person', gender: 'm',
      aliases: ['Hakan Fidan', 'Fidan', 'هاكان فيدان', 'فيدان', 'Хакан Фидан', 'Фидан'],
      roles: [{ role: 'turkish-foreign-minister', from: '2023-06' }],
    },
    {
      id: 'bashar-al-assad', name: 'Bashar al-Assad', kind: 'person', gender: 'm',
      aliases: ['Bashar al-Assad', 'Bashar Assad', 'Assad', 'al-Assad', 'بشار الأسد', 'الأسد', 'Башар Асад', 'Башар аль-Асад', 'Асад'],
      roles: [{ role: 'syrian-president', from: '2000-07-17', to: '2024-12-08' }],
    },
    {
      id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa', kind: 'person', gender: 'm',
      aliases: [
        'Ahmed al-Sharaa', 'Ahmad al-Sharaa', 'al-Sharaa', 'Sharaa', 'Abu Mohammed al-Jolani', 'Abu Mohammad al-Julani', 'al-Jolani', 'Jolani', 'Julani',
        'أحمد الشرع', 'الشرع', 'أبو محمد الجولاني', 'الجولاني',
        'Ахмед аш-Шараа', 'аш-Шараа', 'Абу Мухаммад аль-Джулани', 'аль-Джулани',
      ],
      roles: [{ role: 'syrian-president', from: '2025-01-29' }],
    },
    {
      id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', kind: 'person', gender: 'm',
      aliases: ['Asaad al-Shaibani', 'Asaad Hassan al-Shaibani', 'al-Shaibani', 'Shaibani', 'أسعد الشيباني', 'أسعد حسن الشيباني', 'الشيباني', 'Асаад аш-Шейбани', 'аш-Шейбани', 'аш-Шибани'],
      roles: [{ role: 'syrian-foreign-minister', from: '2024-12-21' }],
    },
    {
      id: 'joseph-aoun', name: 'Joseph Aoun', kind: 'person', gender: 'm',
      aliases: ['Joseph Aoun', 'جوزاف عون', 'جوزيف عون', 'Жозеф Аун'],
      roles: [{ role: 'lebanese-president', from: '2025-01-09' }],
    },
    {
      id: 'nawaf-salam', name: 'Nawaf Salam', kind: 'person', gender: 'm',
      aliases: ['Nawaf Salam', 'نواف سلام', 'Наваф Салам'],
      roles: [{ role: 'lebanese-prime-minister' }],
    },
    {
      id: 'najib-mikati', name: 'Najib Mikati', kind: 'person', gender: 'm',
      aliases: ['Najib Mikati', 'Mikati', 'نجيب ميقاتي', 'ميقاتي', 'Наджиб Микати', 'Микати'],
    },
    {
      id: 'nabih-berri', name: 'Nabih Berri', kind: 'person', gender: 'm',
      aliases: ['Nabih Berri', 'نبيه بري', 'Набих Берри'],
      roles: [{ role: 'lebanese-parliament-speaker', from: '1992-10-20' }],
    },
    {
      id: 'hassan-nasrallah', name: 'Hassan Nasrallah', kind: 'person', gender: 'm',
      aliases: ['Hassan Nasrallah', 'Nasrallah', 'حسن نصر الله', 'حسن نصرالله', 'نصر الله', 'نصرالله', 'Хасан Насралла', 'Насралла'],
      roles: [{ role: 'hezbollah-secretary-general', from: '1992-02-16', to: '2024-09-27' }],
    },
    {
      id: 'naim-qassem', name: 'Naim Qassem', kind: 'person', gender: 'm',
      aliases: ['Naim Qassem', 'Naim Qasim', 'نعيم قاسم', 'الشيخ نعيم قاسم', 'Наим Касем', 'Наим Кассем'],
      roles: [{ role: 'hezbollah-secretary-general', from: '2024-10-29' }],
    },
    {
      id: 'ismail-haniyeh', name: 'Ismail Haniyeh', kind: 'person', gender: 'm',
      aliases: ['Ismail Haniyeh', 'Haniyeh', 'إسماعيل هنية', 'هنية', 'Исмаил Хания', 'Хания'],
      roles: [{ role: 'hamas-political-bureau-chief', from: '2017-05-06', to: '2024-07-31' }],
    },
    {
      id: 'yahya-sinwar', name: 'Yahya Sinwar', kind: 'person', gender: 'm',
      aliases: ['Yahya Sinwar', 'Sinwar', 'يحيى السنوار', 'السنوار', 'Яхья Синвар', 'Синвар'],
      roles: [{ role: 'hamas-political-bureau-chief', from: '2024-08-06', to: '2024-10-16' }],
    },
    {
      id: 'khalil-al-hayya', name: 'Khalil al-Hayya', kind: 'person', gender: 'm',
      aliases: ['Khalil al-Hayya', 'Khalil al-Hayyah', 'خليل الحية', 'Халиль аль-Хайя'],
    },
    {
      id: 'abu-obeida', name: 'Abu Obeida', kind: 'person', gender: 'm',
      aliases: ['Abu Obeida', 'Abu Ubaida', 'Abu Obaida', 'أبو عبيدة', 'Абу Убейда'],
    },
    {
      id: 'mahmoud-abbas', name: 'Mahmoud Abbas', kind: 'person', gender: 'm',
      aliases: ['Mahmoud Abbas', 'Abu Mazen', 'Abbas', 'محمود عباس', 'أبو مازن', 'عباس', 'Махмуд Аббас', 'Аббас'],
      roles: [{ role: 'palestinian-president', from: '2005-01-15' }],
    },
    {
      id: 'mohammad-mustafa', name: 'Mohammad Mustafa', kind: 'person', gender: 'm',
      aliases: ['Mohammad Mustafa', 'Mohammed Mustafa', 'محمد مصطفى', 'Мохаммед Мустафа', 'Мухаммед Мустафа'],
      roles: [{ role: 'palestinian-prime-minister', from: '2024-03-31' }],
    },
    {
      id: 'hussein-al-sheikh', name: 'Hussein al-Sheikh', kind: 'person', gender: 'm',
      aliases: ['Hussein al-Sheikh', 'حسين الشيخ', 'Хусейн аш-Шейх'],
    },
    {
      id: 'mohammed-shia-al-sudani', name: 'Mohammed Shia al-Sudani', kind: 'person', gender: 'm',
      aliases: ['Mohammed Shia al-Sudani', 'Mohammed Shia’ al-Sudani', 'al-Sudani', 'محمد شياع السوداني', 'شياع السوداني', 'Мохаммед Шиа ас-Судани', 'ас-Судани'],
      roles: [{ role: 'iraqi-prime-minister', from: '2022-10-27' }],
    },
    {
      id: 'abdul-malik-al-houthi', name: 'Abdul-Malik al-Houthi', kind: 'person', gender: 'm',
      aliases: ['Abdul-Malik al-Houthi', 'Abdulmalik al-Houthi', 'عبد الملك الحوثي', 'عبدالملك الحوثي', 'Абдель-Малик аль-Хуси', 'Абдул-Малик аль-Хуси'],
    },
    {
      id: 'yahya-saree', name: 'Yahya Saree', kind: 'person', gender: 'm',
      aliases: ['Yahya Saree', 'Yahya Sarea', 'Yahya Saria', 'يحيى سريع', 'Яхья Сариа', 'Яхья Сари'],
    },
    {
      id: 'osama-hamdan', name: 'Osama Hamdan', kind: 'person', gender: 'm',
      aliases: ['Osama Hamdan', 'Usama Hamdan', 'أسامة حمدان', 'Усама Хамдан'],
    },
    {
      id: 'mousa-abu-marzouk', name: 'Mousa Abu Marzouk', kind: 'person', gender: 'm',
      aliases: ['Mousa Abu Marzouk', 'Moussa Abu Marzouk', 'Musa Abu Marzuq', 'Abu Marzouk', 'موسى أبو مرزوق', 'أبو مرزوق', 'Муса Абу Марзук', 'Абу Марзук'],
    },
    {
      id: 'sami-abu-zuhri', name: 'Sami Abu Zuhri', kind: 'person', gender: 'm',
      aliases: ['Sami Abu Zuhri', 'Abu Zuhri', 'سامي أبو زهري', 'أبو زهري', 'Сами Абу Зухри', 'Абу Зухри'],
    },
    {
      id: 'bassem-naim', name: 'Bassem Naim', kind: 'person', gender: 'm',
      // No Arabic alias: «باسم نعيم» also reads «in the name of Naim …» («المتحدث باسم نعيم قاسم»).
      aliases: ['Bassem Naim', 'Basem Naim', 'Басем Наим', 'Бассем Наим'],
    },
    {
      id: 'hazem-qassem', name: 'Hazem Qassem', kind: 'person', gender: 'm',
      aliases: ['Hazem Qassem', 'Hazem Qasem', 'حازم قاسم', 'Хазем Касем'],
    },
    {
      id: 'mostafa-madbouly', name: 'Mostafa Madbouly', kind: 'person', gender: 'm',
      aliases: ['Mostafa Madbouly', 'Moustafa Madbouly', 'Mustafa Madbouly', 'Madbouly', 'مصطفى مدبولي', 'مدبولي', 'Мустафа Мадбули', 'Мадбули'],
    },
    {
      id: 'ibrahim-kalin', name: 'İbrahim Kalın', kind: 'person', gender: 'm',
      aliases: ['İbrahim Kalın', 'Ibrahim Kalin', 'Kalın', 'Kalin', 'إبراهيم قالن', 'إبراهيم كالين', 'قالن', 'Ибрагим Калын', 'Калын'],
    },
    {
      id: 'mohammad-eslami', name: 'Mohammad Eslami', kind: 'person', gender: 'm',
      aliases: ['Mohammad Eslami', 'Mohammad Islami', 'Eslami', 'محمد إسلامي', 'Мохаммад Эслами', 'Мохаммед Эслами', 'Эслами'],
    },
    {
      id: 'kazem-gharibabadi', name: 'Kazem Gharibabadi', kind: 'person', gender: 'm',
      aliases: ['Kazem Gharibabadi', 'Gharibabadi', 'كاظم غريب آبادي', 'غريب آبادي', 'Казем Гарибабади', 'Гарибабади'],
    },
    {
      id: 'majid-takht-ravanchi', name: 'Majid Takht-Ravanchi', kind: 'person', gender: 'm',
      aliases: ['Majid Takht-Ravanchi', 'Takht-Ravanchi', 'مجيد تخت روانجي', 'تخت روانجي', 'Маджид Тахт-Раванчи', 'Тахт-Раванчи'],
    },
    {
      id: 'fatemeh-mohajerani', name: 'Fatemeh Mohajerani', kind: 'person', gender: 'f',
      aliases: ['Fatemeh Mohajerani', 'Mohajerani', 'فاطمة مهاجراني', 'مهاجراني', 'Фатеме Мохаджерани', 'Мохаджерани'],
    },
    {
      id: 'hossein-salami', name: 'Hossein Salami', kind: 'person', gender: 'm',
      aliases: ['Hossein Salami', 'حسين سلامي', 'Хосейн Салами', 'Хоссейн Салами'],
    },
    {
      id: 'ali-shamkhani', name: 'Ali Shamkhani', kind: 'person', gender: 'm',
      aliases: ['Ali Shamkhani', 'Shamkhani', 'علي شمخاني', 'شمخاني', 'Али Шамхани', 'Шамхани'],
    },
    {
      id: 'ron-dermer', name: 'Ron Dermer', kind: 'person', gender: 'm',
      aliases: ['Ron Dermer', 'Dermer', 'رون ديرمر', 'ديرمر', 'Рон Дермер', 'Дермер'],
    },
    {
      id: 'david-barnea', name: 'David Barnea', kind: 'person', gender: 'm',
      aliases: ['David Barnea', 'Barnea', 'ديفيد برنياع', 'دافيد برنياع', 'برنياع', 'Давид Барнеа', 'Барнеа'],
    },
    {
      id: 'danny-danon', name: 'Danny Danon', kind: 'person', gender: 'm',
      aliases: ['Danny Danon', 'Danon', 'داني دانون', 'Дани Данон', 'Дэнни Данон'],
    },
    {
      id: 'anwar-gargash', name: 'Anwar Gargash', kind: 'person', gender: 'm',
      aliases: ['Anwar Gargash', 'Gargash', 'أنور قرقاش', 'قرقاش', 'Анвар Гаргаш', 'Гаргаш'],
    },
    {
      id: 'khalid-bin-salman', name: 'Khalid bin Salman', kind: 'person', gender: 'm',
      aliases: ['Khalid bin Salman', 'Khaled bin Salman', 'خالد بن سلمان', 'Халид бен Салман', 'Халид бин Салман'],
    },
    {
      id: 'mahdi-al-mashat', name: 'Mahdi al-Mashat', kind: 'person', gender: 'm',
      aliases: ['Mahdi al-Mashat', 'مهدي المشاط', 'Махди аль-Машат'],
    },
    {
      id: 'idf', name: 'Israel Defense Forces', kind: 'org',
      aliases: [
        'IDF', 'Israel Defense Forces', 'Israeli military', 'Israeli army', 'the Israeli military',
        'الجيش الإسرائيلي', 'جيش الاحتلال', 'جيش الاحتلال الإسرائيلي', 'جيش الدفاع الإسرائيلي',
        'ЦАХАЛ', 'Армия обороны Израиля', 'израильская армия', 'израильские военные',
      ],
    },
    {
      id: 'israeli-pmo', name: 'Israeli Prime Minister’s Office', kind: 'org',
      aliases: [
        'Israeli Prime Minister’s Office', 'Netanyahu’s office', "Netanyahu's office",
        'مكتب نتنياهو', 'مكتب رئيس الوزراء الإسرائيلي', 'مكتب رئيس الحكومة الإسرائيلية',
        'канцелярия премьер-министра Израиля', 'офис Нетаньяху', 'канцелярия Нетаньяху', 'офис премьер-министра Израиля',
      ],
    },
    {
      id: 'irgc', name: 'Islamic Revolutionary Guard Corps', kind: 'org',
      aliases: ['IRGC', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Iran’s Revolutionary Guards', 'الحرس الثوري', 'الحرس الثوري الإيراني', 'КСИР', 'Корпус стражей исламской революции'],
    },
    {
      id: 'hamas', name: 'Hamas', kind: 'org',
      aliases: ['Hamas', 'حماس', 'حركة حماس', 'حركة المقاومة الإسلامية', 'ХАМАС'],
    },
    {
      id: 'qassam-brigades', name: 'Qassam Brigades', kind: 'org',
      aliases: ['Qassam Brigades', 'al-Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'كتائب القسام', 'كتائب عز الدين القسام', 'Бригады «Изз ад-Дин аль-Кассам»'],
    },
    {
      id: 'hezbollah', name: 'Hezbollah', kind: 'org',
      aliases: ['Hezbollah', 'Hizbollah', 'Hizballah', 'حزب الله', 'Хезболла', 'Хизбалла', '«Хезболла»'],
    },
    {
      id: 'houthis', name: 'Houthis', kind: 'org',
      aliases: ['Houthis', 'Houthi movement', 'Houthi rebels', 'Ansar Allah', 'الحوثيون', 'الحوثيين', 'جماعة الحوثي', 'جماعة أنصار الله', 'أنصار الله', 'хуситы', 'йеменские хуситы', 'Ансар Аллах', 'движение «Ансар Аллах»'],
    },
    {
      id: 'palestinian-islamic-jihad', name: 'Palestinian Islamic Jihad', kind: 'org',
      aliases: ['Palestinian Islamic Jihad', 'Islamic Jihad', 'حركة الجهاد الإسلامي', 'الجهاد الإسلامي', 'حركة الجهاد الإسلامي في فلسطين', 'Исламский джихад', 'Палестинский исламский джихад'],
    },
    {
      id: 'palestinian-authority', name: 'Palestinian Authority', kind: 'org',
      aliases: ['Palestinian Authority', 'السلطة الفلسطينية', 'السلطة الوطنية الفلسطينية', 'Палестинская национальная администрация', 'ПНА'],
    },
    {
      id: 'gaza-health-ministry', name: 'Gaza Health Ministry', kind: 'org',
      aliases: [
        'Gaza Health Ministry', 'Gaza’s Health Ministry', 'Health Ministry in Gaza', 'Gaza health ministry',
        'وزارة الصحة في غزة', 'وزارة الصحة في قطاع غزة', 'وزارة الصحة بغزة', 'وزارة الصحة الفلسطينية في غزة',
        'Минздрав сектора Газа', 'министерство здравоохранения сектора Газа',
      ],
    },
  ],
};

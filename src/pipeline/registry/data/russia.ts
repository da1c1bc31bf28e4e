import type { RegistryData } from '../types';

// Russia: the Kremlin, the government, the Foreign and Defence ministries, the Security Council.
export const russia: RegistryData = {
  source: 'Wikidata; kremlin.ru, government.ru, mid.ru and mil.ru official biographies',
  roles: [
    {
      id: 'russian-president',
      titles: [
        'Russian President', 'President of Russia', 'Russia’s president', 'the Kremlin leader', 'Kremlin chief', 'Russian leader',
        'الرئيس الروسي', 'رئيس روسيا', 'رئيس روسيا الاتحادية', 'سيد الكرملين', 'الزعيم الروسي',
        'президент России', 'президент РФ', 'российский президент', 'президент Российской Федерации', 'российский лидер', 'глава Кремля',
      ],
      org: 'kremlin',
    },
    {
      id: 'russian-prime-minister',
      titles: [
        'Russian Prime Minister', 'Russian PM', 'Prime Minister of Russia',
        'رئيس الوزراء الروسي', 'رئيس الحكومة الروسية', 'رئيس الوزراء الروسى',
        'премьер-министр России', 'председатель правительства России', 'председатель правительства РФ', 'глава правительства России', 'российский премьер',
      ],
      org: 'russian-government',
    },
    {
      id: 'russian-foreign-minister',
      titles: [
        'Russian Foreign Minister', 'Russia’s foreign minister', 'Russia’s top diplomat', 'Foreign Minister of Russia',
        'وزير الخارجية الروسي', 'رئيس الدبلوماسية الروسية',
        'министр иностранных дел России', 'министр иностранных дел РФ', 'глава МИД России', 'глава МИД РФ', 'глава российского МИД', 'российский министр иностранных дел',
      ],
      org: 'russian-foreign-ministry',
    },
    {
      id: 'russian-mfa-spokesperson',
      titles: [
        'Russian Foreign Ministry spokeswoman', 'Russian Foreign Ministry spokesperson', 'Russian foreign ministry spokeswoman', 'Russian Foreign Ministry spokesman',
        'المتحدثة باسم وزارة الخارجية الروسية', 'المتحدثة باسم الخارجية الروسية', 'المتحدثة الرسمية باسم الخارجية الروسية',
        'الناطقة باسم الخارجية الروسية', 'الناطقة الرسمية باسم الخارجية الروسية', 'المتحدث باسم وزارة الخارجية الروسية', 'المتحدث باسم الخارجية الروسية',
        'официальный представитель МИД России', 'официальный представитель МИД РФ', 'официальный представитель российского МИД',
        'представитель МИД России', 'директор Департамента информации и печати МИД России',
      ],
      org: 'russian-foreign-ministry',
    },
    {
      id: 'russian-defence-minister',
      titles: [
        'Russian Defence Minister', 'Russian Defense Minister', 'Russia’s defence minister', 'Russia’s defense minister',
        'وزير الدفاع الروسي',
        'министр обороны России', 'министр обороны РФ', 'глава Минобороны России', 'глава Минобороны РФ', 'глава российского военного ведомства',
      ],
      org: 'russian-defence-ministry',
    },
    {
      id: 'russian-security-council-secretary',
      titles: [
        'Secretary of the Russian Security Council', 'Russian Security Council Secretary', 'Russian Security Council secretary',
        'أمين مجلس الأمن الروسي', 'سكرتير مجلس الأمن الروسي',
        'секретарь Совета безопасности России', 'секретарь Совбеза России', 'секретарь Совбеза РФ', 'секретарь Совета безопасности РФ',
      ],
    },
    {
      id: 'russian-security-council-deputy-chairman',
      titles: [
        'Deputy Chairman of the Russian Security Council', 'deputy chairman of Russia’s Security Council', 'deputy head of Russia’s Security Council',
        'نائب رئيس مجلس الأمن الروسي', 'نائب رئيس مجلس الأمن القومي الروسي',
        'заместитель председателя Совета безопасности России', 'зампред Совбеза России', 'зампред Совбеза РФ', 'заместитель председателя Совбеза',
      ],
    },
    {
      id: 'kremlin-spokesperson',
      titles: [
        'Kremlin spokesman', 'Kremlin spokesperson', 'Kremlin press secretary', 'presidential press secretary', "Putin's spokesman", 'Putin’s spokesman', "Putin's press secretary", 'Putin’s press secretary',
        'المتحدث باسم الكرملين', 'المتحدث الرسمي باسم الكرملين', 'الناطق باسم الكرملين', 'الناطق الرسمي باسم الكرملين',
        'السكرتير الصحفي للرئيس الروسي', 'السكرتير الصحفي للكرملين', 'المتحدث باسم الرئيس الروسي', 'المتحدث باسم الرئاسة الروسية',
        'пресс-секретарь Кремля', 'пресс-секретарь президента России', 'пресс-секретарь президента РФ', 'пресс-секретарь президента',
      ],
      org: 'kremlin',
    },
    {
      id: 'kremlin-foreign-policy-aide',
      titles: [
        'Kremlin foreign policy aide', 'Kremlin aide', 'Putin’s foreign policy adviser', 'Putin’s foreign policy aide',
        'مساعد الرئيس الروسي للشؤون الخارجية', 'مستشار الكرملين للسياسة الخارجية', 'مساعد الرئيس الروسي للسياسة الخارجية',
        'помощник президента России по международным делам', 'помощник президента РФ по внешней политике', 'помощник президента России по внешнеполитическим вопросам',
      ],
      org: 'kremlin',
    },
    {
      id: 'russian-ambassador-to-us',
      titles: [
        'Russian ambassador to the United States', 'Russian ambassador to Washington', 'Russia’s ambassador to the U.S.',
        'السفير الروسي لدى واشنطن', 'السفير الروسي لدى الولايات المتحدة', 'السفير الروسي في واشنطن', 'السفير الروسي في الولايات المتحدة',
        'посол России в США', 'российский посол в США',
      ],
    },
    {
      id: 'russian-ambassador-to-un',
      titles: [
        'Russian Ambassador to the UN', 'Russia’s ambassador to the UN', 'Russian UN ambassador', 'Russia’s UN envoy',
        'المندوب الروسي لدى الأمم المتحدة', 'مندوب روسيا لدى الأمم المتحدة', 'السفير الروسي لدى الأمم المتحدة', 'المندوب الروسي الدائم لدى الأمم المتحدة',
        'постпред России при ООН', 'постоянный представитель России при ООН', 'постпред РФ при ООН',
      ],
    },
    {
      id: 'russian-chief-of-general-staff',
      titles: [
        'Chief of the Russian General Staff', 'Russia’s chief of general staff', 'Russian Chief of General Staff',
        'رئيس الأركان الروسي', 'رئيس هيئة الأركان العامة الروسية', 'رئيس هيئة الأركان الروسية',
        'начальник Генштаба ВС РФ', 'начальник Генерального штаба ВС России', 'начальник Генштаба России',
      ],
    },
    {
      id: 'state-duma-chairman',
      titles: [
        'State Duma Speaker', 'Speaker of the State Duma', 'Chairman of the State Duma', 'Duma speaker',
        'رئيس مجلس الدوما', 'رئيس الدوما الروسي', 'رئيس مجلس الدوما الروسي',
        'председатель Госдумы', 'председатель Государственной думы', 'спикер Госдумы',
      ],
    },
    {
      id: 'federation-council-chairman',
      titles: [
        'Federation Council Speaker', 'Chair of the Federation Council', 'Speaker of the Federation Council',
        'رئيسة مجلس الاتحاد الروسي', 'رئيسة مجلس الاتحاد', 'رئيس مجلس الاتحاد الروسي',
        'председатель Совета Федерации', 'спикер Совфеда', 'спикер Совета Федерации',
      ],
    },
    {
      id: 'bank-of-russia-governor',
      titles: [
        'Governor of the Bank of Russia', 'Russian central bank governor', 'Bank of Russia Governor', 'Russian central bank chief',
        'محافظة البنك المركزي الروسي', 'رئيسة البنك المركزي الروسي', 'محافظ البنك المركزي الروسي',
        'председатель Банка России', 'председатель ЦБ', 'глава ЦБ РФ', 'глава Центробанка', 'глава ЦБ',
      ],
      org: 'bank-of-russia',
    },
    {
      id: 'moscow-mayor',
      titles: ['Mayor of Moscow', 'Moscow Mayor', 'عمدة موسكو', 'رئيس بلدية موسكو', 'мэр Москвы'],
    },
  ],
  speakers: [
    {
      id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', gender: 'm', wikidata: 'Q7747',
      aliases: ['Vladimir Putin', 'Putin', 'فلاديمير بوتين', 'بوتين', 'Владимир Путин', 'Владимир Владимирович Путин', 'Путин'],
      roles: [
        { role: 'russian-president', from: '2000-05-07', to: '2008-05-07' },
        { role: 'russian-prime-minister', from: '2008-05-08', to: '2012-05-07' },
        { role: 'russian-president', from: '2012-05-07' },
      ],
    },
    {
      id: 'dmitry-medvedev', name: 'Dmitry Medvedev', kind: 'person', gender: 'm', wikidata: 'Q23530',
      aliases: ['Dmitry Medvedev', 'Dmitri Medvedev', 'Medvedev', 'دميتري ميدفيديف', 'ديمتري ميدفيديف', 'ميدفيديف', 'Дмитрий Медведев', 'Медведев'],
      roles: [
        { role: 'russian-president', from: '2008-05-07', to: '2012-05-07' },
        { role: 'russian-prime-minister', from: '2012-05-08', to: '2020-01-16' },
        { role: 'russian-security-council-deputy-chairman', from: '2020-01-16' },
      ],
    },
    {
      id: 'mikhail-mishustin', name: 'Mikhail Mishustin', kind: 'person', gender: 'm',
      aliases: ['Mikhail Mishustin', 'Mishustin', 'ميخائيل ميشوستين', 'ميشوستين', 'Михаил Мишустин', 'Мишустин'],
      roles: [{ role: 'russian-prime-minister', from: '2020-01-16' }],
    },
    {
      id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', gender: 'm',
      aliases: ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov', 'سيرغي لافروف', 'سيرجي لافروف', 'سيرغيه لافروف', 'لافروف', 'Сергей Лавров', 'Лавров'],
      roles: [{ role: 'russian-foreign-minister', from: '2004-03-09' }],
    },
    {
      id: 'maria-zakharova', name: 'Maria Zakharova', kind: 'person', gender: 'f',
      aliases: ['Maria Zakharova', 'Mariya Zakharova', 'Zakharova', 'ماريا زاخاروفا', 'زاخاروفا', 'Мария Захарова', 'Захарова'],
      roles: [{ role: 'russian-mfa-spokesperson', from: '2015-08-10' }],
    },
    {
      id: 'sergei-shoigu', name: 'Sergei Shoigu', kind: 'person', gender: 'm',
      aliases: ['Sergei Shoigu', 'Sergey Shoigu', 'Shoigu', 'سيرغي شويغو', 'سيرجي شويجو', 'شويغو', 'شويجو', 'Сергей Шойгу', 'Шойгу'],
      roles: [
        { role: 'russian-defence-minister', from: '2012-11-06', to: '2024-05-12' },
        { role: 'russian-security-council-secretary', from: '2024-05-12' },
      ],
    },
    {
      id: 'andrei-belousov', name: 'Andrei Belousov', kind: 'person', gender: 'm',
      aliases: ['Andrei Belousov', 'Andrey Belousov', 'Belousov', 'أندريه بيلوسوف', 'اندريه بيلوسوف', 'بيلوسوف', 'Андрей Белоусов', 'Белоусов'],
      roles: [{ role: 'russian-defence-minister', from: '2024-05-14' }],
    },
    {
      id: 'nikolai-patrushev', name: 'Nikolai Patrushev', kind: 'person', gender: 'm',
      aliases: ['Nikolai Patrushev', 'Nikolay Patrushev', 'نيكولاي باتروشيف', 'باتروشيف', 'Николай Патрушев'],
      roles: [{ role: 'russian-security-council-secretary', from: '2008-05-12', to: '2024-05-12' }],
    },
    {
      id: 'dmitry-peskov', name: 'Dmitry Peskov', kind: 'person', gender: 'm',
      aliases: ['Dmitry Peskov', 'Dmitri Peskov', 'Peskov', 'دميتري بيسكوف', 'ديمتري بيسكوف', 'ديميتري بيسكوف', 'بيسكوف', 'Дмитрий Песков', 'Песков'],
      roles: [{ role: 'kremlin-spokesperson', from: '2012-05' }],
    },
    {
      id: 'yuri-ushakov', name: 'Yuri Ushakov', kind: 'person', gender: 'm',
      aliases: ['Yuri Ushakov', 'Yury Ushakov', 'Ushakov', 'يوري أوشاكوف', 'أوشاكوف', 'Юрий Ушаков', 'Ушаков'],
      roles: [{ role: 'kremlin-foreign-policy-aide', from: '2012-05' }],
    },
    {
      id: 'kirill-dmitriev', name: 'Kirill Dmitriev', kind: 'person', gender: 'm',
      aliases: ['Kirill Dmitriev', 'Dmitriev', 'كيريل دميترييف', 'كيريل ديميترييف', 'دميترييف', 'ديميترييف', 'Кирилл Дмитриев', 'Дмитриев'],
    },
    {
      id: 'alexander-darchiev', name: 'Alexander Darchiev', kind: 'person', gender: 'm',
      aliases: ['Alexander Darchiev', 'Aleksandr Darchiev', 'Darchiev', 'ألكسندر دارتشييف', 'الكسندر دارتشييف', 'دارتشييف', 'دارشيف', 'ألكسندر دارشيف', 'Александр Дарчиев', 'Дарчиев'],
      roles: [{ role: 'russian-ambassador-to-us' }],
    },
    {
      id: 'anatoly-antonov', name: 'Anatoly Antonov', kind: 'person', gender: 'm',
      aliases: ['Anatoly Antonov', 'أناتولي أنطونوف', 'اناتولي انطونوف', 'Анатолий Антонов'],
    },
    {
      id: 'vassily-nebenzia', name: 'Vassily Nebenzia', kind: 'person', gender: 'm',
      aliases: ['Vassily Nebenzia', 'Vasily Nebenzya', 'Nebenzia', 'Nebenzya', 'فاسيلي نيبينزيا', 'فاسيلي نيبيينزيا', 'نيبينزيا', 'نيبنزيا', 'Василий Небензя', 'Небензя'],
      roles: [{ role: 'russian-ambassador-to-un', from: '2017-07' }],
    },
    {
      id: 'mikhail-ulyanov', name: 'Mikhail Ulyanov', kind: 'person', gender: 'm',
      aliases: ['Mikhail Ulyanov', 'ميخائيل أوليانوف', 'أوليانوف', 'Михаил Ульянов'],
    },
    {
      id: 'sergei-ryabkov', name: 'Sergei Ryabkov', kind: 'person', gender: 'm',
      aliases: ['Sergei Ryabkov', 'Sergey Ryabkov', 'Ryabkov', 'سيرغي ريابكوف', 'ريابكوف', 'Сергей Рябков', 'Рябков'],
    },
    {
      id: 'valery-gerasimov', name: 'Valery Gerasimov', kind: 'person', gender: 'm',
      aliases: ['Valery Gerasimov', 'Valeriy Gerasimov', 'Gerasimov', 'فاليري غيراسيموف', 'فاليري جيراسيموف', 'غيراسيموف', 'Валерий Герасимов', 'Герасимов'],
      roles: [{ role: 'russian-chief-of-general-staff', from: '2012-11-09' }],
    },
    {
      id: 'igor-konashenkov', name: 'Igor Konashenkov', kind: 'person', gender: 'm',
      aliases: ['Igor Konashenkov', 'Konashenkov', 'إيغور كوناشينكوف', 'إيغور كوناشنكوف', 'كوناشينكوف', 'Игорь Конашенков', 'Конашенков'],
    },
    {
      id: 'vyacheslav-volodin', name: 'Vyacheslav Volodin', kind: 'person', gender: 'm',
      aliases: ['Vyacheslav Volodin', 'Volodin', 'فياتشيسلاف فولودين', 'فولودين', 'Вячеслав Володин', 'Володин'],
      roles: [{ role: 'state-duma-chairman', from: '2016-10-05' }],
    },
    {
      id: 'valentina-matviyenko', name: 'Valentina Matviyenko', kind: 'person', gender: 'f',
      aliases: ['Valentina Matviyenko', 'Valentina Matvienko', 'Matviyenko', 'فالنتينا ماتفيينكو', 'ماتفيينكو', 'Валентина Матвиенко', 'Матвиенко'],
      roles: [{ role: 'federation-council-chairman', from: '2011-09-21' }],
    },
    {
      id: 'elvira-nabiullina', name: 'Elvira Nabiullina', kind: 'person', gender: 'f',
      aliases: ['Elvira Nabiullina', 'Nabiullina', 'إلفيرا نابيولينا', 'نابيولينا', 'Эльвира Набиуллина', 'Набиуллина'],
      roles: [{ role: 'bank-of-russia-governor', from: '2013-06-24' }],
    },
    {
      id: 'sergei-naryshkin', name: 'Sergei Naryshkin', kind: 'person', gender: 'm',
      aliases: ['Sergei Naryshkin', 'Sergey Naryshkin', 'Naryshkin', 'سيرغي ناريشكين', 'ناريشكين', 'Сергей Нарышкин', 'Нарышкин'],
    },
    {
      id: 'sergei-sobyanin', name: 'Sergei Sobyanin', kind: 'person', gender: 'm',
      aliases: ['Sergei Sobyanin', 'Sergey Sobyanin', 'Sobyanin', 'سيرغي سوبيانين', 'سوبيانين', 'Сергей Собянин', 'Собянин'],
      roles: [{ role: 'moscow-mayor', from: '2010-10-21' }],
    },
    {
      id: 'ramzan-kadyrov', name: 'Ramzan Kadyrov', kind: 'person', gender: 'm',
      aliases: ['Ramzan Kadyrov', 'Kadyrov', 'رمضان قديروف', 'قديروف', 'Рамзан Кадыров', 'Кадыров'],
    },
    {
      id: 'yevgeny-prigozhin', name: 'Yevgeny Prigozhin', kind: 'person', gender: 'm',
      aliases: ['Yevgeny Prigozhin', 'Prigozhin', 'يفغيني بريغوجين', 'بريغوجين', 'Евгений Пригожин', 'Пригожин'],
    },
    {
      id: 'alexei-navalny', name: 'Alexei Navalny', kind: 'person', gender: 'm',
      aliases: ['Alexei Navalny', 'Alexey Navalny', 'Navalny', 'أليكسي نافالني', 'ألكسي نافالني', 'نافالني', 'Алексей Навальный', 'Навальный'],
    },
    {
      id: 'vladimir-medinsky', name: 'Vladimir Medinsky', kind: 'person', gender: 'm',
      aliases: ['Vladimir Medinsky', 'Vladimir Medinskiy', 'Medinsky', 'Medinskiy', 'فلاديمير ميدينسكي', 'فلاديمير مدينسكي', 'ميدينسكي', 'مدينسكي', 'Владимир Мединский', 'Мединский'],
    },
    {
      id: 'alexander-novak', name: 'Alexander Novak', kind: 'person', gender: 'm',
      // Novak alone is also a given name (Novak Djokovic): full names only.
      aliases: ['Alexander Novak', 'Aleksandr Novak', 'ألكسندر نوفاك', 'Александр Новак'],
    },
    {
      id: 'anton-siluanov', name: 'Anton Siluanov', kind: 'person', gender: 'm',
      aliases: ['Anton Siluanov', 'Siluanov', 'أنطون سيلوانوف', 'سيلوانوف', 'Антон Силуанов', 'Силуанов'],
    },
    {
      id: 'konstantin-kosachev', name: 'Konstantin Kosachev', kind: 'person', gender: 'm',
      aliases: ['Konstantin Kosachev', 'Kosachev', 'كونستانتين كوساتشوف', 'قسطنطين كوساتشوف', 'كوساتشوف', 'كوساتشيف', 'Константин Косачев', 'Косачев'],
    },
    {
      id: 'leonid-slutsky', name: 'Leonid Slutsky', kind: 'person', gender: 'm',
      aliases: ['Leonid Slutsky', 'Leonid Slutskiy', 'Slutsky', 'Slutskiy', 'ليونيد سلوتسكي', 'سلوتسكي', 'Леонид Слуцкий', 'Слуцкий'],
    },
    {
      id: 'mikhail-galuzin', name: 'Mikhail Galuzin', kind: 'person', gender: 'm',
      aliases: ['Mikhail Galuzin', 'Galuzin', 'ميخائيل غالوزين', 'ميخائيل جالوزين', 'غالوزين', 'جالوزين', 'Михаил Галузин', 'Галузин'],
    },
    {
      id: 'alexander-grushko', name: 'Alexander Grushko', kind: 'person', gender: 'm',
      aliases: ['Alexander Grushko', 'Aleksandr Grushko', 'Grushko', 'ألكسندر غروشكو', 'ألكسندر جروشكو', 'غروشكو', 'جروشكو', 'Александр Грушко', 'Грушко'],
    },
    {
      id: 'andrei-rudenko', name: 'Andrei Rudenko', kind: 'person', gender: 'm',
      aliases: ['Andrei Rudenko', 'Andrey Rudenko', 'Rudenko', 'أندريه رودينكو', 'أندري رودينكو', 'رودينكو', 'Андрей Руденко', 'Руденко'],
    },
    {
      id: 'sergei-kiriyenko', name: 'Sergei Kiriyenko', kind: 'person', gender: 'm',
      aliases: ['Sergei Kiriyenko', 'Sergey Kiriyenko', 'Sergei Kiriienko', 'Kiriyenko', 'Kiriienko', 'سيرغي كيريينكو', 'سيرغي كيرينكو', 'كيريينكو', 'كيرينكو', 'Сергей Кириенко', 'Кириенко'],
    },
    {
      id: 'maria-lvova-belova', name: 'Maria Lvova-Belova', kind: 'person', gender: 'f',
      aliases: ['Maria Lvova-Belova', 'Lvova-Belova', 'ماريا لفوفا بيلوفا', 'لفوفا بيلوفا', 'Мария Львова-Белова', 'Львова-Белова'],
    },
    {
      id: 'tatyana-moskalkova', name: 'Tatyana Moskalkova', kind: 'person', gender: 'f',
      aliases: ['Tatyana Moskalkova', 'Tatiana Moskalkova', 'Moskalkova', 'تاتيانا موسكالكوفا', 'موسكالكوفا', 'Татьяна Москалькова', 'Москалькова'],
    },
    {
      id: 'rodion-miroshnik', name: 'Rodion Miroshnik', kind: 'person', gender: 'm',
      aliases: ['Rodion Miroshnik', 'Miroshnik', 'روديون ميروشنيك', 'ميروشنيك', 'Родион Мирошник', 'Мирошник'],
    },
    {
      id: 'alexei-likhachev', name: 'Alexei Likhachev', kind: 'person', gender: 'm',
      aliases: ['Alexei Likhachev', 'Alexey Likhachev', 'Likhachev', 'Likhachyov', 'أليكسي ليخاتشوف', 'أليكسي ليخاتشيف', 'ليخاتشوف', 'ليخاتشيف', 'Алексей Лихачев', 'Лихачев'],
    },
    {
      id: 'denis-pushilin', name: 'Denis Pushilin', kind: 'person', gender: 'm',
      aliases: ['Denis Pushilin', 'Pushilin', 'دينيس بوشيلين', 'بوشيلين', 'Денис Пушилин', 'Пушилин'],
    },
    {
      id: 'vladimir-saldo', name: 'Vladimir Saldo', kind: 'person', gender: 'm',
      // «сальдо» is an ordinary Russian word (a balance): no bare Cyrillic surname.
      aliases: ['Vladimir Saldo', 'Saldo', 'فلاديمير سالدو', 'سالدو', 'Владимир Сальдо'],
    },
    {
      id: 'alexander-bortnikov', name: 'Alexander Bortnikov', kind: 'person', gender: 'm',
      aliases: ['Alexander Bortnikov', 'Aleksandr Bortnikov', 'Bortnikov', 'ألكسندر بورتنيكوف', 'بورتنيكوف', 'Александр Бортников', 'Бортников'],
    },
    {
      id: 'dmitry-polyansky', name: 'Dmitry Polyansky', kind: 'person', gender: 'm',
      aliases: ['Dmitry Polyansky', 'Dmitry Polyanskiy', 'Polyansky', 'Polyanskiy', 'دميتري بوليانسكي', 'ديمتري بوليانسكي', 'بوليانسكي', 'Дмитрий Полянский', 'Полянский'],
    },
    {
      id: 'margarita-simonyan', name: 'Margarita Simonyan', kind: 'person', gender: 'f',
      aliases: ['Margarita Simonyan', 'Simonyan', 'مارغريتا سيمونيان', 'مارغاريتا سيمونيان', 'سيمونيان', 'Маргарита Симоньян', 'Симоньян'],
    },
    {
      id: 'kremlin', name: 'Kremlin', kind: 'org',
      aliases: ['The Kremlin', 'الكرملين', 'Кремль'],
    },
    {
      id: 'bank-of-russia', name: 'Bank of Russia', kind: 'org',
      aliases: ['Bank of Russia', 'Russian Central Bank', 'Russia’s central bank', 'البنك المركزي الروسي', 'Банк России', 'ЦБ РФ', 'Центробанк'],
    },
    {
      id: 'wagner-group', name: 'Wagner Group', kind: 'org',
      aliases: ['Wagner Group', 'Wagner', 'مجموعة فاغنر', 'فاغنر', 'فاجنر', 'ЧВК «Вагнер»', 'ЧВК Вагнер', 'Вагнер'],
    },
    {
      id: 'gazprom', name: 'Gazprom', kind: 'org',
      aliases: ['Gazprom', 'غازبروم', 'جازبروم', 'Газпром'],
    },
  ],
};

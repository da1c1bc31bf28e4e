import type { RegistryData } from '../types';

// Governments and ministries as speakers, including the capital-for-government metonyms of news style
// ("Moscow said", "قالت موسكو", «Москва заявила»; "Kyiv says", "كييف", «Киев»).
// Bare country names are aliases of the government because the press quotes them as speakers ("Russia said").
export const governments: RegistryData = {
  source: 'Official names of governments and ministries as given on their own sites (government.ru, mid.ru, mil.ru, state.gov, defense.gov, kmu.gov.ua, mfa.gov.ua, gov.uk, canada.ca)',
  speakers: [
    {
      id: 'russian-government', name: 'Russian Government', kind: 'org',
      aliases: [
        'Russian Government', 'Russian government', 'Government of Russia', 'Moscow', 'Russia', 'the Russian side',
        'الحكومة الروسية', 'موسكو', 'روسيا', 'الجانب الروسي',
        'Правительство России', 'Правительство РФ', 'Москва', 'Россия', 'российская сторона', 'Российская Федерация',
      ],
    },
    {
      id: 'russian-foreign-ministry', name: 'Russian Foreign Ministry', kind: 'org',
      aliases: [
        'Russian Foreign Ministry', 'Russia’s Foreign Ministry', "Russia's Foreign Ministry", 'Russian Ministry of Foreign Affairs', 'Russian MFA',
        'الخارجية الروسية', 'وزارة الخارجية الروسية', 'وزارة الخارجية في روسيا',
        'МИД России', 'МИД РФ', 'Министерство иностранных дел России', 'Министерство иностранных дел РФ', 'российский МИД', 'российское внешнеполитическое ведомство',
      ],
    },
    {
      id: 'russian-defence-ministry', name: 'Russian Defence Ministry', kind: 'org',
      aliases: [
        'Russian Defence Ministry', 'Russian Defense Ministry', 'Russia’s Defence Ministry', 'Russia’s Defense Ministry', "Russia's Defense Ministry", 'Russian Ministry of Defence',
        'وزارة الدفاع الروسية', 'الدفاع الروسية',
        'Минобороны России', 'Минобороны РФ', 'Министерство обороны России', 'Министерство обороны РФ', 'российское военное ведомство',
      ],
    },
    {
      id: 'ukrainian-government', name: 'Ukrainian Government', kind: 'org',
      aliases: [
        'Ukrainian Government', 'Ukrainian government', 'Government of Ukraine', 'Kyiv', 'Kiev', 'Ukraine', 'the Ukrainian side',
        'الحكومة الأوكرانية', 'كييف', 'أوكرانيا', 'الجانب الأوكراني',
        'Правительство Украины', 'Киев', 'Украина', 'украинская сторона', 'киевский режим',
      ],
    },
    {
      id: 'ukrainian-foreign-ministry', name: 'Ukrainian Foreign Ministry', kind: 'org',
      aliases: [
        'Ukrainian Foreign Ministry', 'Ukraine’s Foreign Ministry', "Ukraine's Foreign Ministry", 'Ukrainian Ministry of Foreign Affairs',
        'الخارجية الأوكرانية', 'وزارة الخارجية الأوكرانية',
        'МИД Украины', 'украинский МИД', 'Министерство иностранных дел Украины',
      ],
    },
    {
      id: 'ukrainian-defence-ministry', name: 'Ukrainian Defence Ministry', kind: 'org',
      aliases: [
        'Ukrainian Defence Ministry', 'Ukrainian Defense Ministry', 'Ukraine’s Defence Ministry', 'Ukraine’s Defense Ministry', "Ukraine's Defense Ministry",
        'وزارة الدفاع الأوكرانية', 'الدفاع الأوكرانية',
        'Минобороны Украины', 'Министерство обороны Украины',
      ],
    },
    {
      id: 'us-government', name: 'US Government', kind: 'org',
      aliases: [
        'US Government', 'U.S. Government', 'US government', 'United States Government', 'Washington', 'United States', 'the United States', 'the U.S.', 'America', 'the American side',
        'الحكومة الأمريكية', 'الحكومة الأميركية', 'واشنطن', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'أمريكا', 'أميركا', 'الجانب الأمريكي', 'الجانب الأميركي',
        'Правительство США', 'Вашингтон', 'США', 'Соединенные Штаты', 'американская сторона',
      ],
    },
    {
      id: 'us-state-department', name: 'US State Department', kind: 'org',
      aliases: [
        'US State Department', 'U.S. State Department', 'State Department', 'the State Department', 'Department of State', 'State Dept.',
        'الخارجية الأمريكية', 'الخارجية الأميركية', 'وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية',
        'Госдепартамент', 'Госдепартамент США', 'Госдеп', 'Госдеп США', 'государственный департамент США',
      ],
    },
    {
      id: 'pentagon', name: 'Pentagon', kind: 'org',
      aliases: [
        'The Pentagon', 'Pentagon', 'US Department of Defense', 'U.S. Department of Defense', 'Department of Defense', 'Defense Department', 'Department of War', 'War Department',
        'البنتاغون', 'البنتاجون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية', 'وزارة الحرب الأمريكية', 'وزارة الحرب الأميركية',
        'Пентагон', 'Министерство обороны США', 'Минобороны США', 'Министерство войны США',
      ],
    },
    {
      id: 'us-treasury', name: 'US Treasury', kind: 'org',
      aliases: [
        'US Treasury', 'U.S. Treasury', 'Treasury Department', 'US Treasury Department', 'Department of the Treasury',
        'وزارة الخزانة الأمريكية', 'وزارة الخزانة الأميركية', 'الخزانة الأمريكية', 'الخزانة الأميركية',
        'Минфин США', 'Министерство финансов США',
      ],
    },
    {
      id: 'chinese-government', name: 'Chinese Government', kind: 'org',
      aliases: [
        'Chinese Government', 'Chinese government', 'Government of China', 'Beijing', 'China', 'the Chinese side',
        'الحكومة الصينية', 'بكين', 'الصين', 'الجانب الصيني',
        'Правительство КНР', 'Пекин', 'Китай', 'КНР', 'китайская сторона',
      ],
    },
    {
      id: 'chinese-foreign-ministry', name: 'Chinese Foreign Ministry', kind: 'org',
      aliases: [
        'Chinese Foreign Ministry', 'China’s Foreign Ministry', "China's Foreign Ministry", 'Chinese Ministry of Foreign Affairs',
        'الخارجية الصينية', 'وزارة الخارجية الصينية',
        'МИД КНР', 'МИД Китая', 'китайский МИД',
      ],
    },
    {
      id: 'uk-government', name: 'UK Government', kind: 'org',
      aliases: [
        'UK Government', 'British Government', 'British government', 'UK government', 'London', 'Britain', 'United Kingdom', 'the UK', 'Downing Street',
        'الحكومة البريطانية', 'لندن', 'بريطانيا', 'المملكة المتحدة', 'داونينغ ستريت',
        'Правительство Великобритании', 'Лондон', 'Великобритания', 'Британия', 'Даунинг-стрит',
      ],
    },
    {
      id: 'uk-foreign-office', name: 'UK Foreign Office', kind: 'org',
      aliases: [
        'Foreign Office', 'UK Foreign Office', 'British Foreign Office', 'Foreign, Commonwealth and Development Office', 'FCDO',
        'الخارجية البريطانية', 'وزارة الخارجية البريطانية',
        'МИД Великобритании', 'британский МИД', 'Форин-офис',
      ],
    },
    {
      id: 'french-government', name: 'French Government', kind: 'org',
      aliases: ['French Government', 'French government', 'Paris', 'France', 'Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace', 'French presidency', 'الحكومة الفرنسية', 'باريس', 'فرنسا', 'الإليزيه', 'قصر الإليزيه', 'الرئاسة الفرنسية', 'Правительство Франции', 'Париж', 'Франция', 'Елисейский дворец'],
    },
    {
      id: 'french-foreign-ministry', name: 'French Foreign Ministry', kind: 'org',
      aliases: ['French Foreign Ministry', 'France’s Foreign Ministry', 'Quai d’Orsay', "Quai d'Orsay", 'الخارجية الفرنسية', 'وزارة الخارجية الفرنسية', 'МИД Франции', 'французский МИД'],
    },
    {
      id: 'german-government', name: 'German Government', kind: 'org',
      aliases: ['German Government', 'German government', 'Berlin', 'Germany', 'الحكومة الألمانية', 'برلين', 'ألمانيا', 'Правительство Германии', 'Правительство ФРГ', 'Берлин', 'Германия', 'ФРГ'],
    },
    {
      id: 'german-foreign-office', name: 'German Foreign Office', kind: 'org',
      aliases: ['German Foreign Office', 'German Foreign Ministry', 'Auswärtiges Amt', 'الخارجية الألمانية', 'وزارة الخارجية الألمانية', 'МИД Германии', 'МИД ФРГ'],
    },
    {
      id: 'israeli-government', name: 'Israeli Government', kind: 'org',
      aliases: ['Israeli Government', 'Israeli government', 'Israel', 'the Israeli side', 'الحكومة الإسرائيلية', 'حكومة الاحتلال', 'إسرائيل', 'الجانب الإسرائيلي', 'Правительство Израиля', 'Израиль', 'израильская сторона'],
    },
    {
      id: 'israeli-foreign-ministry', name: 'Israeli Foreign Ministry', kind: 'org',
      aliases: ['Israeli Foreign Ministry', 'Israel’s Foreign Ministry', "Israel's Foreign Ministry", 'الخارجية الإسرائيلية', 'وزارة الخارجية الإسرائيلية', 'МИД Израиля'],
    },
    {
      id: 'iranian-government', name: 'Iranian Government', kind: 'org',
      aliases: ['Iranian Government', 'Iranian government', 'Tehran', 'Teheran', 'Iran', 'الحكومة الإيرانية', 'طهران', 'إيران', 'الجانب الإيراني', 'Правительство Ирана', 'Тегеран', 'Иран', 'иранская сторона'],
    },
    {
      id: 'iranian-foreign-ministry', name: 'Iranian Foreign Ministry', kind: 'org',
      aliases: ['Iranian Foreign Ministry', 'Iran’s Foreign Ministry', "Iran's Foreign Ministry", 'الخارجية الإيرانية', 'وزارة الخارجية الإيرانية', 'МИД Ирана', 'МИД ИРИ'],
    },
    {
      id: 'turkish-government', name: 'Turkish Government', kind: 'org',
      aliases: ['Turkish Government', 'Turkish government', 'Ankara', 'Turkey', 'Türkiye', 'الحكومة التركية', 'أنقرة', 'تركيا', 'Правительство Турции', 'Анкара', 'Турция'],
    },
    {
      id: 'turkish-foreign-ministry', name: 'Turkish Foreign Ministry', kind: 'org',
      aliases: ['Turkish Foreign Ministry', 'Turkey’s Foreign Ministry', 'الخارجية التركية', 'وزارة الخارجية التركية', 'МИД Турции'],
    },
    {
      id: 'saudi-government', name: 'Saudi Government', kind: 'org',
      aliases: ['Saudi Government', 'Saudi government', 'Riyadh', 'Saudi Arabia', 'الحكومة السعودية', 'الرياض', 'السعودية', 'المملكة العربية السعودية', 'Правительство Саудовской Аравии', 'Эр-Рияд', 'Саудовская Аравия'],
    },
    {
      id: 'saudi-foreign-ministry', name: 'Saudi Foreign Ministry', kind: 'org',
      aliases: ['Saudi Foreign Ministry', 'Saudi Arabia’s Foreign Ministry', 'الخارجية السعودية', 'وزارة الخارجية السعودية', 'МИД Саудовской Аравии', 'МИД КСА'],
    },
    {
      id: 'egyptian-government', name: 'Egyptian Government', kind: 'org',
      aliases: ['Egyptian Government', 'Egyptian government', 'Cairo', 'Egypt', 'الحكومة المصرية', 'القاهرة', 'مصر', 'Правительство Египта', 'Каир', 'Египет'],
    },
    {
      id: 'egyptian-foreign-ministry', name: 'Egyptian Foreign Ministry', kind: 'org',
      aliases: ['Egyptian Foreign Ministry', 'Egypt’s Foreign Ministry', 'الخارجية المصرية', 'وزارة الخارجية المصرية', 'МИД Египта'],
    },
    {
      id: 'qatari-government', name: 'Qatari Government', kind: 'org',
      aliases: ['Qatari Government', 'Qatari government', 'Doha', 'Qatar', 'الحكومة القطرية', 'الدوحة', 'قطر', 'Правительство Катара', 'Доха', 'Катар'],
    },
    {
      id: 'qatari-foreign-ministry', name: 'Qatari Foreign Ministry', kind: 'org',
      aliases: ['Qatari Foreign Ministry', 'Qatar’s Foreign Ministry', 'الخارجية القطرية', 'وزارة الخارجية القطرية', 'МИД Катара'],
    },
    {
      id: 'uae-government', name: 'UAE Government', kind: 'org',
      aliases: ['UAE Government', 'Emirati government', 'Abu Dhabi', 'United Arab Emirates', 'the UAE', 'الحكومة الإماراتية', 'أبوظبي', 'أبو ظبي', 'الإمارات', 'الإمارات العربية المتحدة', 'Абу-Даби', 'ОАЭ', 'Объединенные Арабские Эмираты'],
    },
    {
      id: 'syrian-government', name: 'Syrian Government', kind: 'org',
      aliases: ['Syrian Government', 'Syrian government', 'Damascus', 'Syria', 'الحكومة السورية', 'دمشق', 'سوريا', 'سورية', 'Правительство Сирии', 'Дамаск', 'Сирия'],
    },
    {
      id: 'lebanese-government', name: 'Lebanese Government', kind: 'org',
      aliases: ['Lebanese Government', 'Lebanese government', 'Beirut', 'Lebanon', 'الحكومة اللبنانية', 'بيروت', 'لبنان', 'Правительство Ливана', 'Бейрут', 'Ливан'],
    },
    {
      id: 'iraqi-government', name: 'Iraqi Government', kind: 'org',
      aliases: ['Iraqi Government', 'Iraqi government', 'Baghdad', 'Iraq', 'الحكومة العراقية', 'بغداد', 'العراق', 'Правительство Ирака', 'Багдад', 'Ирак'],
    },
    {
      id: 'canadian-government', name: 'Government of Canada', kind: 'org',
      aliases: ['Government of Canada', 'Canadian government', 'Ottawa', 'Canada', 'الحكومة الكندية', 'أوتاوا', 'كندا', 'Правительство Канады', 'Оттава', 'Канада'],
    },
    {
      id: 'global-affairs-canada', name: 'Global Affairs Canada', kind: 'org',
      aliases: ['Global Affairs Canada', 'الخارجية الكندية', 'وزارة الخارجية الكندية', 'МИД Канады'],
    },
    {
      id: 'indian-government', name: 'Indian Government', kind: 'org',
      aliases: ['Indian Government', 'Indian government', 'New Delhi', 'India', 'الحكومة الهندية', 'نيودلهي', 'الهند', 'Правительство Индии', 'Нью-Дели', 'Индия'],
    },
    {
      id: 'japanese-government', name: 'Japanese Government', kind: 'org',
      aliases: ['Japanese Government', 'Japanese government', 'Tokyo', 'Japan', 'الحكومة اليابانية', 'طوكيو', 'اليابان', 'Правительство Японии', 'Токио', 'Япония'],
    },
    {
      id: 'north-korean-government', name: 'North Korean Government', kind: 'org',
      aliases: ['North Korean Government', 'Pyongyang', 'North Korea', 'بيونغ يانغ', 'بيونغيانغ', 'كوريا الشمالية', 'Пхеньян', 'КНДР', 'Северная Корея'],
    },
    {
      id: 'south-korean-government', name: 'South Korean Government', kind: 'org',
      aliases: ['South Korean Government', 'Seoul', 'South Korea', 'سيول', 'كوريا الجنوبية', 'Сеул', 'Южная Корея', 'Республика Корея'],
    },
    {
      id: 'polish-government', name: 'Polish Government', kind: 'org',
      aliases: ['Polish Government', 'Polish government', 'Warsaw', 'Poland', 'الحكومة البولندية', 'وارسو', 'بولندا', 'Правительство Польши', 'Варшава', 'Польша'],
    },
    {
      id: 'belarusian-government', name: 'Belarusian Government', kind: 'org',
      aliases: ['Belarusian Government', 'Minsk', 'Belarus', 'مينسك', 'بيلاروسيا', 'Минск', 'Белоруссия', 'Беларусь'],
    },
  ],
};

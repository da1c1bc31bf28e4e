import type { RegistryData } from '../types';

// Asia: China and Taiwan, India and Pakistan, Japan, the two Koreas, Indonesia, Afghanistan.
export const asia: RegistryData = {
  source: 'Wikidata; official government sites (gov.cn, fmprc.gov.cn, pmindia.gov.in, mea.gov.in, kantei.go.jp, president.go.kr) and official biographies',
  roles: [
    {
      id: 'chinese-president',
      titles: [
        'Chinese President', 'President of China', 'China’s president', 'Chinese leader',
        'الرئيس الصيني', 'رئيس الصين', 'رئيس جمهورية الصين الشعبية',
        'председатель КНР', 'председатель Китайской Народной Республики', 'китайский лидер', 'председатель Китая',
      ],
    },
    {
      id: 'chinese-premier',
      titles: ['Chinese Premier', 'Premier of China', 'China’s premier', 'رئيس مجلس الدولة الصيني', 'رئيس الوزراء الصيني', 'премьер Госсовета КНР', 'премьер Госсовета Китая', 'премьер-министр Китая'],
    },
    {
      id: 'chinese-foreign-minister',
      titles: [
        'Chinese Foreign Minister', 'China’s foreign minister', 'China’s top diplomat', 'Foreign Minister of China',
        'وزير الخارجية الصيني', 'رئيس الدبلوماسية الصينية',
        'министр иностранных дел КНР', 'министр иностранных дел Китая', 'глава МИД КНР', 'глава МИД Китая',
      ],
      org: 'chinese-foreign-ministry',
    },
    {
      id: 'taiwanese-president',
      titles: ['Taiwanese President', 'President of Taiwan', 'Taiwan’s president', 'رئيس تايوان', 'رئيسة تايوان', 'الرئيس التايواني', 'الرئيسة التايوانية', 'глава администрации Тайваня', 'президент Тайваня'],
    },
    {
      id: 'indian-prime-minister',
      titles: ['Indian Prime Minister', 'Prime Minister of India', 'India’s prime minister', 'رئيس الوزراء الهندي', 'رئيس وزراء الهند', 'премьер-министр Индии', 'индийский премьер'],
    },
    {
      id: 'indian-external-affairs-minister',
      titles: [
        'Indian External Affairs Minister', 'India’s External Affairs Minister', 'Indian Foreign Minister', 'India’s foreign minister',
        'وزير الخارجية الهندي', 'министр иностранных дел Индии', 'глава МИД Индии',
      ],
    },
    {
      id: 'pakistani-prime-minister',
      titles: ['Pakistani Prime Minister', 'Prime Minister of Pakistan', 'Pakistan’s prime minister', 'رئيس الوزراء الباكستاني', 'رئيس وزراء باكستان', 'премьер-министр Пакистана'],
    },
    {
      id: 'japanese-prime-minister',
      titles: [
        'Japanese Prime Minister', 'Prime Minister of Japan', 'Japan’s prime minister',
        'رئيس الوزراء الياباني', 'رئيسة الوزراء اليابانية', 'رئيس الحكومة اليابانية', 'رئيسة الحكومة اليابانية',
        'премьер-министр Японии', 'японский премьер',
      ],
    },
    {
      id: 'south-korean-president',
      titles: ['South Korean President', 'President of South Korea', 'South Korea’s president', 'الرئيس الكوري الجنوبي', 'رئيس كوريا الجنوبية', 'президент Южной Кореи', 'президент Республики Корея'],
    },
    {
      id: 'north-korean-leader',
      titles: ['North Korean leader', 'North Korea’s leader', 'الزعيم الكوري الشمالي', 'زعيم كوريا الشمالية', 'лидер КНДР', 'северокорейский лидер', 'руководитель КНДР'],
    },
    {
      id: 'indonesian-president',
      titles: ['Indonesian President', 'President of Indonesia', 'الرئيس الإندونيسي', 'президент Индонезии'],
    },
  ],
  speakers: [
    {
      id: 'xi-jinping', name: 'Xi Jinping', kind: 'person', gender: 'm', wikidata: 'Q15031',
      aliases: ['Xi Jinping', 'Xi', 'شي جين بينغ', 'شي جينبينغ', 'شي جين بينج', 'Си Цзиньпин', 'Си'],
      roles: [{ role: 'chinese-president', from: '2013-03-14' }],
    },
    {
      id: 'li-qiang', name: 'Li Qiang', kind: 'person', gender: 'm',
      aliases: ['Li Qiang', 'لي تشيانغ', 'لي تشيانج', 'Ли Цян'],
      roles: [{ role: 'chinese-premier', from: '2023-03-11' }],
    },
    {
      id: 'li-keqiang', name: 'Li Keqiang', kind: 'person', gender: 'm',
      aliases: ['Li Keqiang', 'لي كه تشيانغ', 'لي كيكيانغ', 'Ли Кэцян'],
      roles: [{ role: 'chinese-premier', from: '2013-03-15', to: '2023-03-11' }],
    },
    {
      id: 'wang-yi', name: 'Wang Yi', kind: 'person', gender: 'm',
      aliases: ['Wang Yi', 'وانغ يي', 'وانج يي', 'Ван И'],
      roles: [
        { role: 'chinese-foreign-minister', from: '2013-03-16', to: '2022-12-30' },
        { role: 'chinese-foreign-minister', from: '2023-07-25' },
      ],
    },
    {
      id: 'qin-gang', name: 'Qin Gang', kind: 'person', gender: 'm',
      aliases: ['Qin Gang', 'تشين قانغ', 'تشين غانغ', 'Цинь Ган'],
      roles: [{ role: 'chinese-foreign-minister', from: '2022-12-30', to: '2023-07-25' }],
    },
    {
      id: 'mao-ning', name: 'Mao Ning', kind: 'person', gender: 'f',
      aliases: ['Mao Ning', 'ماو نينغ', 'ماو نينج', 'Мао Нин'],
    },
    {
      id: 'lin-jian', name: 'Lin Jian', kind: 'person', gender: 'm',
      aliases: ['Lin Jian', 'لين جيان', 'Линь Цзянь'],
    },
    {
      id: 'wang-wenbin', name: 'Wang Wenbin', kind: 'person', gender: 'm',
      aliases: ['Wang Wenbin', 'وانغ وين بين', 'وانغ ون بين', 'Ван Вэньбинь'],
    },
    {
      id: 'guo-jiakun', name: 'Guo Jiakun', kind: 'person', gender: 'm',
      aliases: ['Guo Jiakun', 'Го Цзякунь'],
    },
    {
      id: 'lai-ching-te', name: 'Lai Ching-te', kind: 'person', gender: 'm',
      aliases: ['Lai Ching-te', 'William Lai', 'لاي تشينغ تي', 'Лай Циндэ'],
      roles: [{ role: 'taiwanese-president', from: '2024-05-20' }],
    },
    {
      id: 'tsai-ing-wen', name: 'Tsai Ing-wen', kind: 'person', gender: 'f',
      aliases: ['Tsai Ing-wen', 'تساي إنغ ون', 'تساي إينغ وين', 'Цай Инвэнь'],
      roles: [{ role: 'taiwanese-president', from: '2016-05-20', to: '2024-05-20' }],
    },
    {
      id: 'narendra-modi', name: 'Narendra Modi', kind: 'person', gender: 'm', wikidata: 'Q1058',
      aliases: ['Narendra Modi', 'Modi', 'ناريندرا مودي', 'مودي', 'Нарендра Моди', 'Моди'],
      roles: [{ role: 'indian-prime-minister', from: '2014-05-26' }],
    },
    {
      id: 'subrahmanyam-jaishankar', name: 'Subrahmanyam Jaishankar', kind: 'person', gender: 'm',
      aliases: ['Subrahmanyam Jaishankar', 'S. Jaishankar', 'Jaishankar', 'سوبراهمانيام جايشانكار', 'جايشانكار', 'Субраманьям Джайшанкар', 'Джайшанкар'],
      roles: [{ role: 'indian-external-affairs-minister', from: '2019-05-30' }],
    },
    {
      id: 'shehbaz-sharif', name: 'Shehbaz Sharif', kind: 'person', gender: 'm',
      aliases: ['Shehbaz Sharif', 'Shahbaz Sharif', 'شهباز شريف', 'Шахбаз Шариф'],
      roles: [
        { role: 'pakistani-prime-minister', from: '2022-04-11', to: '2023-08-14' },
        { role: 'pakistani-prime-minister', from: '2024-03-04' },
      ],
    },
    {
      id: 'imran-khan', name: 'Imran Khan', kind: 'person', gender: 'm',
      aliases: ['Imran Khan', 'عمران خان', 'Имран Хан'],
      roles: [{ role: 'pakistani-prime-minister', from: '2018-08-18', to: '2022-04-10' }],
    },
    {
      id: 'asim-munir', name: 'Asim Munir', kind: 'person', gender: 'm',
      aliases: ['Asim Munir', 'عاصم منير', 'Асим Мунир'],
    },
    {
      id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'person', gender: 'm',
      aliases: ['Fumio Kishida', 'Kishida', 'فوميو كيشيدا', 'كيشيدا', 'Фумио Кисида', 'Кисида'],
      roles: [{ role: 'japanese-prime-minister', from: '2021-10-04', to: '2024-10-01' }],
    },
    {
      id: 'shigeru-ishiba', name: 'Shigeru Ishiba', kind: 'person', gender: 'm',
      aliases: ['Shigeru Ishiba', 'Ishiba', 'شيغيرو إيشيبا', 'إيشيبا', 'Сигэру Исиба', 'Исиба'],
      roles: [{ role: 'japanese-prime-minister', from: '2024-10-01', to: '2025-10-21' }],
    },
    {
      id: 'sanae-takaichi', name: 'Sanae Takaichi', kind: 'person', gender: 'f',
      aliases: ['Sanae Takaichi', 'Takaichi', 'ساناي تاكايتشي', 'تاكايتشي', 'Санаэ Такаити', 'Такаити'],
      roles: [{ role: 'japanese-prime-minister', from: '2025-10-21' }],
    },
    {
      id: 'yoon-suk-yeol', name: 'Yoon Suk Yeol', kind: 'person', gender: 'm',
      aliases: ['Yoon Suk Yeol', 'Yoon Suk-yeol', 'يون سوك يول', 'يون سوك-يول', 'Юн Сок Ёль', 'Юн Сок Ель'],
      roles: [{ role: 'south-korean-president', from: '2022-05-10', to: '2025-04-04' }],
    },
    {
      id: 'lee-jae-myung', name: 'Lee Jae-myung', kind: 'person', gender: 'm',
      aliases: ['Lee Jae-myung', 'Lee Jae Myung', 'لي جاي ميونغ', 'لي جيه ميونغ', 'Ли Чжэ Мён', 'Ли Джэ Мён'],
      roles: [{ role: 'south-korean-president', from: '2025-06-04' }],
    },
    {
      id: 'kim-jong-un', name: 'Kim Jong Un', kind: 'person', gender: 'm', wikidata: 'Q56226',
      aliases: ['Kim Jong Un', 'Kim Jong-un', 'كيم جونغ أون', 'كيم جونغ اون', 'كيم جونج أون', 'Ким Чен Ын'],
      roles: [{ role: 'north-korean-leader', from: '2011-12' }],
    },
    {
      id: 'kim-yo-jong', name: 'Kim Yo Jong', kind: 'person', gender: 'f',
      aliases: ['Kim Yo Jong', 'Kim Yo-jong', 'كيم يو جونغ', 'كيم يو جونج', 'Ким Ё Чжон', 'Ким Е Чжон'],
    },
    {
      id: 'joko-widodo', name: 'Joko Widodo', kind: 'person', gender: 'm',
      aliases: ['Joko Widodo', 'Jokowi', 'جوكو ويدودو', 'Джоко Видодо'],
      roles: [{ role: 'indonesian-president', from: '2014-10-20', to: '2024-10-20' }],
    },
    {
      id: 'prabowo-subianto', name: 'Prabowo Subianto', kind: 'person', gender: 'm',
      aliases: ['Prabowo Subianto', 'Prabowo', 'برابوو سوبيانتو', 'برابوو', 'Прабово Субианто', 'Прабово'],
      roles: [{ role: 'indonesian-president', from: '2024-10-20' }],
    },
    {
      id: 'zabihullah-mujahid', name: 'Zabihullah Mujahid', kind: 'person', gender: 'm',
      aliases: ['Zabihullah Mujahid', 'ذبيح الله مجاهد', 'Забихулла Муджахид'],
    },
    {
      id: 'taliban', name: 'Taliban', kind: 'org',
      aliases: ['Taliban', 'the Taliban', 'طالبان', 'حركة طالبان', 'Талибан', 'движение «Талибан»', 'талибы'],
    },
  ],
};

import type { RegistryData } from '../types';

// Ukraine: the President and his Office, the Cabinet, the military command.
export const ukraine: RegistryData = {
  source: 'Wikidata; president.gov.ua, kmu.gov.ua and mfa.gov.ua official biographies; Verkhovna Rada resolutions',
  roles: [
    {
      id: 'ukrainian-president',
      titles: [
        'Ukrainian President', 'President of Ukraine', 'Ukraine’s president', 'Ukrainian leader', 'Ukraine’s leader',
        'الرئيس الأوكراني', 'رئيس أوكرانيا', 'الزعيم الأوكراني',
        'президент Украины', 'украинский президент', 'глава киевского режима', 'украинский лидер',
      ],
      org: 'ukrainian-presidential-office',
    },
    {
      id: 'ukrainian-presidential-office-head',
      titles: [
        'head of the Ukrainian presidential office', 'head of Ukraine’s presidential office', 'Zelensky’s chief of staff', 'head of the Office of the President of Ukraine',
        'رئيس مكتب الرئاسة الأوكرانية', 'رئيس مكتب الرئيس الأوكراني', 'مدير مكتب الرئيس الأوكراني',
        'глава Офиса президента Украины', 'руководитель Офиса президента Украины', 'глава офиса Зеленского',
      ],
      org: 'ukrainian-presidential-office',
    },
    {
      id: 'ukrainian-prime-minister',
      titles: [
        'Ukrainian Prime Minister', 'Prime Minister of Ukraine', 'Ukraine’s prime minister',
        'رئيس الوزراء الأوكراني', 'رئيسة الوزراء الأوكرانية', 'رئيس الحكومة الأوكرانية', 'رئيسة الحكومة الأوكرانية',
        'премьер-министр Украины', 'глава правительства Украины', 'украинский премьер',
      ],
      org: 'ukrainian-government',
    },
    {
      id: 'ukrainian-foreign-minister',
      titles: [
        'Ukrainian Foreign Minister', 'Ukraine’s foreign minister', 'Foreign Minister of Ukraine', 'Ukraine’s top diplomat',
        'وزير الخارجية الأوكراني', 'رئيس الدبلوماسية الأوكرانية',
        'министр иностранных дел Украины', 'глава МИД Украины', 'глава украинского МИД',
      ],
      org: 'ukrainian-foreign-ministry',
    },
    {
      id: 'ukrainian-defence-minister',
      titles: [
        'Ukrainian Defence Minister', 'Ukrainian Defense Minister', 'Ukraine’s defence minister', 'Ukraine’s defense minister',
        'وزير الدفاع الأوكراني',
        'министр обороны Украины', 'глава Минобороны Украины',
      ],
      org: 'ukrainian-defence-ministry',
    },
    {
      id: 'ukrainian-commander-in-chief',
      titles: [
        'Commander-in-Chief of the Armed Forces of Ukraine', 'Ukraine’s commander-in-chief', 'Ukrainian commander-in-chief', 'Ukraine’s top general',
        'القائد العام للقوات المسلحة الأوكرانية', 'قائد الجيش الأوكراني', 'القائد الأعلى للجيش الأوكراني',
        'главнокомандующий ВСУ', 'главком ВСУ', 'главнокомандующий Вооруженными силами Украины',
      ],
    },
  ],
  speakers: [
    {
      id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person', gender: 'm', wikidata: 'Q3881415',
      aliases: [
        'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Zelensky', 'Zelenskyy', 'Zelenskiy',
        'فولوديمير زيلينسكي', 'فولوديمير زيلنسكي', 'فلاديمير زيلينسكي', 'زيلينسكي', 'زيلنسكي',
        'Владимир Зеленский', 'Зеленский',
      ],
      roles: [{ role: 'ukrainian-president', from: '2019-05-20' }],
    },
    {
      id: 'petro-poroshenko', name: 'Petro Poroshenko', kind: 'person', gender: 'm',
      aliases: ['Petro Poroshenko', 'Poroshenko', 'بيترو بوروشينكو', 'بترو بوروشينكو', 'بوروشينكو', 'Петр Порошенко', 'Пётр Порошенко', 'Порошенко'],
      roles: [{ role: 'ukrainian-president', from: '2014-06-07', to: '2019-05-20' }],
    },
    {
      id: 'andriy-yermak', name: 'Andriy Yermak', kind: 'person', gender: 'm',
      aliases: ['Andriy Yermak', 'Andrii Yermak', 'Yermak', 'أندريه يرماك', 'أندري يرماك', 'يرماك', 'Андрей Ермак', 'Ермак'],
      roles: [{ role: 'ukrainian-presidential-office-head', from: '2020-02-11', to: '2025-11-28' }],
    },
    {
      id: 'denys-shmyhal', name: 'Denys Shmyhal', kind: 'person', gender: 'm',
      aliases: ['Denys Shmyhal', 'Denis Shmygal', 'Shmyhal', 'دينيس شميهال', 'شميهال', 'Денис Шмыгаль', 'Шмыгаль'],
      roles: [
        { role: 'ukrainian-prime-minister', from: '2020-03-04', to: '2025-07-17' },
        { role: 'ukrainian-defence-minister', from: '2025-07-17' },
      ],
    },
    {
      id: 'yulia-svyrydenko', name: 'Yulia Svyrydenko', kind: 'person', gender: 'f',
      aliases: ['Yulia Svyrydenko', 'Yuliia Svyrydenko', 'Svyrydenko', 'يوليا سفيريدينكو', 'سفيريدينكو', 'Юлия Свириденко', 'Свириденко'],
      roles: [{ role: 'ukrainian-prime-minister', from: '2025-07-17' }],
    },
    {
      id: 'dmytro-kuleba', name: 'Dmytro Kuleba', kind: 'person', gender: 'm',
      aliases: ['Dmytro Kuleba', 'Dmitry Kuleba', 'Kuleba', 'دميترو كوليبا', 'ديميترو كوليبا', 'كوليبا', 'Дмитрий Кулеба', 'Кулеба'],
      roles: [{ role: 'ukrainian-foreign-minister', from: '2020-03-04', to: '2024-09-04' }],
    },
    {
      id: 'andrii-sybiha', name: 'Andrii Sybiha', kind: 'person', gender: 'm',
      aliases: ['Andrii Sybiha', 'Andriy Sybiha', 'Sybiha', 'أندريه سيبيها', 'أندري سيبيها', 'سيبيها', 'سيبيغا', 'Андрей Сибига', 'Сибига'],
      roles: [{ role: 'ukrainian-foreign-minister', from: '2024-09-05' }],
    },
    {
      id: 'oleksii-reznikov', name: 'Oleksii Reznikov', kind: 'person', gender: 'm',
      aliases: ['Oleksii Reznikov', 'Oleksiy Reznikov', 'Reznikov', 'أوليكسي ريزنيكوف', 'ريزنيكوف', 'Алексей Резников', 'Резников'],
      roles: [{ role: 'ukrainian-defence-minister', from: '2021-11-04', to: '2023-09-05' }],
    },
    {
      id: 'rustem-umerov', name: 'Rustem Umerov', kind: 'person', gender: 'm',
      aliases: ['Rustem Umerov', 'Umerov', 'رستم عمروف', 'روستم عمروف', 'رستم أوميروف', 'عمروف', 'أوميروف', 'Рустем Умеров', 'Умеров'],
      roles: [{ role: 'ukrainian-defence-minister', from: '2023-09-06', to: '2025-07-17' }],
    },
    {
      id: 'valerii-zaluzhnyi', name: 'Valerii Zaluzhnyi', kind: 'person', gender: 'm',
      aliases: ['Valerii Zaluzhnyi', 'Valery Zaluzhny', 'Zaluzhnyi', 'Zaluzhny', 'فاليري زالوجني', 'فاليري زالوزني', 'زالوجني', 'زالوزني', 'Валерий Залужный', 'Залужный'],
      roles: [{ role: 'ukrainian-commander-in-chief', from: '2021-07-27', to: '2024-02-08' }],
    },
    {
      id: 'oleksandr-syrskyi', name: 'Oleksandr Syrskyi', kind: 'person', gender: 'm',
      aliases: ['Oleksandr Syrskyi', 'Oleksandr Syrsky', 'Syrskyi', 'Syrsky', 'أولكسندر سيرسكي', 'ألكسندر سيرسكي', 'سيرسكي', 'Александр Сырский', 'Сырский'],
      roles: [{ role: 'ukrainian-commander-in-chief', from: '2024-02-08' }],
    },
    {
      id: 'kyrylo-budanov', name: 'Kyrylo Budanov', kind: 'person', gender: 'm',
      aliases: ['Kyrylo Budanov', 'Budanov', 'كيريلو بودانوف', 'كيريل بودانوف', 'بودانوف', 'Кирилл Буданов', 'Буданов'],
    },
    {
      id: 'mykhailo-podolyak', name: 'Mykhailo Podolyak', kind: 'person', gender: 'm',
      aliases: ['Mykhailo Podolyak', 'Mykhailo Podoliak', 'Podolyak', 'Podoliak', 'ميخايلو بودولياك', 'ميخايلو بودولياك', 'بودولياك', 'Михаил Подоляк', 'Подоляк'],
    },
    {
      id: 'vitali-klitschko', name: 'Vitali Klitschko', kind: 'person', gender: 'm',
      aliases: ['Vitali Klitschko', 'Vitaliy Klitschko', 'Klitschko', 'فيتالي كليتشكو', 'كليتشكو', 'Виталий Кличко', 'Кличко'],
    },
    {
      id: 'ruslan-stefanchuk', name: 'Ruslan Stefanchuk', kind: 'person', gender: 'm',
      aliases: ['Ruslan Stefanchuk', 'Stefanchuk', 'رسلان ستيفانشوك', 'روسلان ستيفانتشوك', 'Руслан Стефанчук', 'Стефанчук'],
    },
    {
      id: 'dmytro-lubinets', name: 'Dmytro Lubinets', kind: 'person', gender: 'm',
      aliases: ['Dmytro Lubinets', 'Lubinets', 'دميترو لوبينيتس', 'لوبينيتس', 'Дмитрий Лубинец', 'Лубинец'],
    },
    {
      id: 'heorhii-tykhyi', name: 'Heorhii Tykhyi', kind: 'person', gender: 'm',
      aliases: ['Heorhii Tykhyi', 'Heorhiy Tykhyi', 'Georgii Tykhyi', 'Tykhyi', 'هيورهي تيخي', 'غيورغي تيخي', 'جورجي تيخي', 'تيخي', 'Георгий Тихий'],
    },
    {
      id: 'ihor-klymenko', name: 'Ihor Klymenko', kind: 'person', gender: 'm',
      aliases: ['Ihor Klymenko', 'Igor Klymenko', 'Klymenko', 'إيهور كليمينكو', 'إيغور كليمينكو', 'كليمينكو', 'Игорь Клименко', 'Клименко'],
    },
    {
      id: 'yuriy-ihnat', name: 'Yuriy Ihnat', kind: 'person', gender: 'm',
      aliases: ['Yuriy Ihnat', 'Yurii Ihnat', 'Ihnat', 'يوري إهنات', 'يوري إغنات', 'إهنات', 'Юрий Игнат'],
    },
    {
      id: 'serhiy-kyslytsya', name: 'Serhiy Kyslytsya', kind: 'person', gender: 'm',
      aliases: ['Serhiy Kyslytsya', 'Sergiy Kyslytsya', 'Serhii Kyslytsia', 'Kyslytsya', 'سيرغي كيسليتسا', 'كيسليتسا', 'Сергей Кислица'],
    },
    {
      id: 'olha-stefanishyna', name: 'Olha Stefanishyna', kind: 'person', gender: 'f',
      aliases: ['Olha Stefanishyna', 'Olga Stefanishyna', 'Stefanishyna', 'أولغا ستيفانيشينا', 'ستيفانيشينا', 'Ольга Стефанишина', 'Стефанишина'],
    },
    {
      id: 'mykhailo-fedorov', name: 'Mykhailo Fedorov', kind: 'person', gender: 'm',
      aliases: ['Mykhailo Fedorov', 'ميخايلو فيدوروف', 'Михаил Федоров'],
    },
    {
      id: 'ukrainian-presidential-office', name: 'Office of the President of Ukraine', kind: 'org',
      aliases: [
        'Ukrainian presidential office', 'Ukraine’s presidential office', 'Office of the President of Ukraine',
        'مكتب الرئاسة الأوكرانية', 'مكتب الرئيس الأوكراني', 'الرئاسة الأوكرانية',
        'Офис президента Украины', 'Офис президента', 'ОП Украины',
      ],
    },
    {
      id: 'ukrainian-general-staff', name: 'General Staff of the Armed Forces of Ukraine', kind: 'org',
      aliases: [
        'Ukrainian General Staff', 'Ukraine’s General Staff', 'General Staff of Ukraine’s armed forces',
        'هيئة الأركان الأوكرانية', 'هيئة الأركان العامة الأوكرانية', 'الأركان الأوكرانية', 'هيئة الأركان العامة للقوات المسلحة الأوكرانية',
        'Генштаб ВСУ', 'Генштаб Украины', 'Генеральный штаб ВСУ',
      ],
    },
    {
      id: 'ukrainian-air-force', name: 'Ukrainian Air Force', kind: 'org',
      aliases: ['Ukrainian Air Force', 'Ukraine’s air force', 'سلاح الجو الأوكراني', 'القوات الجوية الأوكرانية', 'Воздушные силы Украины', 'ВВС Украины'],
    },
    {
      id: 'sbu', name: 'Security Service of Ukraine', kind: 'org',
      aliases: ['SBU', 'Security Service of Ukraine', 'Ukraine’s Security Service', 'جهاز الأمن الأوكراني', 'جهاز أمن الدولة الأوكراني', 'СБУ', 'Служба безопасности Украины'],
    },
    {
      id: 'verkhovna-rada', name: 'Verkhovna Rada', kind: 'org',
      aliases: ['Verkhovna Rada', 'Ukrainian parliament', 'Ukraine’s parliament', 'البرلمان الأوكراني', 'الرادا', 'Верховная рада', 'Верховная рада Украины'],
    },
  ],
};

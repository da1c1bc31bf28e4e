import type { RegistryData } from '../types';

// The Americas: Canada (federal cabinet, party leaders, provincial premiers, big-city mayors), Mexico and South America.
export const americas: RegistryData = {
  source: 'Wikidata; pm.gc.ca, Parliament of Canada (ourcommons.ca, lop.parl.ca) and provincial government biographies; official presidency sites of Mexico, Brazil and Argentina',
  roles: [
    {
      id: 'canadian-prime-minister',
      titles: [
        'Canadian Prime Minister', 'Prime Minister of Canada', 'Canada’s prime minister',
        'رئيس الوزراء الكندي', 'رئيس وزراء كندا', 'رئيس الحكومة الكندية',
        'премьер-министр Канады', 'канадский премьер',
      ],
      org: 'canadian-government',
    },
    {
      id: 'canadian-deputy-prime-minister',
      titles: ['Deputy Prime Minister of Canada', 'Canadian Deputy Prime Minister', 'Canada’s deputy prime minister', 'نائبة رئيس الوزراء الكندي', 'вице-премьер Канады'],
      org: 'canadian-government',
    },
    {
      id: 'canadian-foreign-minister',
      titles: [
        'Canadian Foreign Minister', 'Canada’s foreign minister', 'Minister of Foreign Affairs of Canada', 'Canadian Foreign Affairs Minister',
        'وزير الخارجية الكندي', 'وزيرة الخارجية الكندية',
        'министр иностранных дел Канады', 'глава МИД Канады',
      ],
      org: 'global-affairs-canada',
    },
    {
      id: 'canadian-defence-minister',
      titles: [
        'Canadian Defence Minister', 'Canada’s defence minister', 'Minister of National Defence', 'National Defence Minister',
        'وزير الدفاع الكندي', 'وزيرة الدفاع الكندية',
        'министр обороны Канады', 'министр национальной обороны Канады',
      ],
      org: 'canadian-government',
    },
    {
      id: 'canadian-finance-minister',
      titles: [
        'Canadian Finance Minister', 'Canada’s finance minister', 'federal Finance Minister', 'Minister of Finance of Canada',
        'وزير المالية الكندي', 'وزيرة المالية الكندية',
        'министр финансов Канады',
      ],
      org: 'canadian-government',
    },
    {
      id: 'conservative-party-of-canada-leader',
      titles: ['Conservative Leader', 'Conservative Party leader', 'leader of the Conservative Party of Canada', 'federal Conservative leader', 'زعيم حزب المحافظين الكندي', 'лидер Консервативной партии Канады'],
    },
    {
      id: 'governor-general-of-canada',
      titles: ['Governor General of Canada', 'Governor General', 'الحاكمة العامة لكندا', 'الحاكم العام لكندا', 'генерал-губернатор Канады'],
    },
    {
      id: 'bank-of-canada-governor',
      titles: ['Bank of Canada Governor', 'Governor of the Bank of Canada', 'محافظ بنك كندا', 'محافظ البنك المركزي الكندي', 'глава Банка Канады', 'управляющий Банком Канады'],
      org: 'bank-of-canada',
    },
    { id: 'ontario-premier', titles: ['Ontario Premier', 'Premier of Ontario', 'رئيس وزراء أونتاريو', 'премьер Онтарио', 'премьер-министр Онтарио'] },
    { id: 'quebec-premier', titles: ['Quebec Premier', 'Premier of Quebec', 'Québec Premier', 'رئيس وزراء كيبيك', 'премьер Квебека', 'премьер-министр Квебека'] },
    { id: 'alberta-premier', titles: ['Alberta Premier', 'Premier of Alberta', 'رئيسة وزراء ألبرتا', 'رئيس وزراء ألبرتا', 'премьер Альберты', 'премьер-министр Альберты'] },
    { id: 'british-columbia-premier', titles: ['B.C. Premier', 'BC Premier', 'British Columbia Premier', 'Premier of British Columbia', 'رئيس وزراء كولومبيا البريطانية', 'премьер Британской Колумбии'] },
    { id: 'saskatchewan-premier', titles: ['Saskatchewan Premier', 'Premier of Saskatchewan', 'премьер Саскачевана'] },
    { id: 'manitoba-premier', titles: ['Manitoba Premier', 'Premier of Manitoba', 'премьер Манитобы'] },
    { id: 'nova-scotia-premier', titles: ['Nova Scotia Premier', 'Premier of Nova Scotia', 'премьер Новой Шотландии'] },
    { id: 'new-brunswick-premier', titles: ['New Brunswick Premier', 'Premier of New Brunswick', 'премьер Нью-Брансуика'] },
    { id: 'toronto-mayor', titles: ['Toronto Mayor', 'Mayor of Toronto', 'عمدة تورنتو', 'мэр Торонто'] },
    {
      id: 'mexican-president',
      titles: ['Mexican President', 'President of Mexico', 'Mexico’s president', 'الرئيس المكسيكي', 'الرئيسة المكسيكية', 'رئيس المكسيك', 'رئيسة المكسيك', 'президент Мексики'],
    },
    {
      id: 'brazilian-president',
      titles: ['Brazilian President', 'President of Brazil', 'Brazil’s president', 'الرئيس البرازيلي', 'رئيس البرازيل', 'президент Бразилии', 'бразильский президент'],
    },
    {
      id: 'argentine-president',
      titles: ['Argentine President', 'Argentinian President', 'President of Argentina', 'الرئيس الأرجنتيني', 'رئيس الأرجنتين', 'президент Аргентины'],
    },
    {
      id: 'venezuelan-president',
      titles: ['Venezuelan President', 'President of Venezuela', 'الرئيس الفنزويلي', 'رئيس فنزويلا', 'президент Венесуэлы'],
    },
    {
      id: 'colombian-president',
      titles: ['Colombian President', 'President of Colombia', 'الرئيس الكولومبي', 'президент Колумбии'],
    },
  ],
  speakers: [
    {
      id: 'mark-carney', name: 'Mark Carney', kind: 'person', gender: 'm',
      aliases: ['Mark Carney', 'Carney', 'مارك كارني', 'كارني', 'Марк Карни', 'Карни'],
      roles: [{ role: 'canadian-prime-minister', from: '2025-03-14' }],
    },
    {
      id: 'justin-trudeau', name: 'Justin Trudeau', kind: 'person', gender: 'm', wikidata: 'Q3099714',
      aliases: ['Justin Trudeau', 'Trudeau', 'جاستن ترودو', 'جاستين ترودو', 'ترودو', 'Джастин Трюдо', 'Трюдо'],
      roles: [{ role: 'canadian-prime-minister', from: '2015-11-04', to: '2025-03-14' }],
    },
    {
      id: 'stephen-harper', name: 'Stephen Harper', kind: 'person', gender: 'm',
      aliases: ['Stephen Harper', 'Harper', 'ستيفن هاربر', 'هاربر', 'Стивен Харпер', 'Харпер'],
      roles: [{ role: 'canadian-prime-minister', from: '2006-02-06', to: '2015-11-04' }],
    },
    {
      id: 'chrystia-freeland', name: 'Chrystia Freeland', kind: 'person', gender: 'f',
      aliases: ['Chrystia Freeland', 'Freeland', 'كريستيا فريلاند', 'فريلاند', 'Христя Фриланд', 'Кристия Фриланд', 'Фриланд'],
      roles: [
        { role: 'canadian-foreign-minister', from: '2017-01-10', to: '2019-11-20' },
        { role: 'canadian-deputy-prime-minister', from: '2019-11-20', to: '2024-12-16' },
        { role: 'canadian-finance-minister', from: '2020-08-18', to: '2024-12-16' },
      ],
    },
    {
      id: 'stephane-dion', name: 'Stéphane Dion', kind: 'person', gender: 'm',
      aliases: ['Stéphane Dion', 'Stephane Dion', 'ستيفان ديون', 'Стефан Дион'],
      roles: [{ role: 'canadian-foreign-minister', from: '2015-11-04', to: '2017-01-10' }],
    },
    {
      id: 'francois-philippe-champagne', name: 'François-Philippe Champagne', kind: 'person', gender: 'm',
      aliases: ['François-Philippe Champagne', 'Francois-Philippe Champagne', 'فرانسوا فيليب شامبين', 'Франсуа-Филипп Шампань'],
      roles: [
        { role: 'canadian-foreign-minister', from: '2019-11-20', to: '2021-01-12' },
        { role: 'canadian-finance-minister', from: '2025-03-14' },
      ],
    },
    {
      id: 'marc-garneau', name: 'Marc Garneau', kind: 'person', gender: 'm',
      aliases: ['Marc Garneau', 'Garneau', 'مارك غارنو', 'Марк Гарно', 'Гарно'],
      roles: [{ role: 'canadian-foreign-minister', from: '2021-01-12', to: '2021-10-26' }],
    },
    {
      id: 'melanie-joly', name: 'Mélanie Joly', kind: 'person', gender: 'f',
      aliases: ['Mélanie Joly', 'Melanie Joly', 'Joly', 'ميلاني جولي', 'ميلاني جولي', 'Мелани Жоли', 'Жоли'],
      roles: [{ role: 'canadian-foreign-minister', from: '2021-10-26', to: '2025-05-13' }],
    },
    {
      id: 'anita-anand', name: 'Anita Anand', kind: 'person', gender: 'f',
      aliases: ['Anita Anand', 'أنيتا أناند', 'Анита Ананд'],
      roles: [
        { role: 'canadian-defence-minister', from: '2021-10-26', to: '2023-07-26' },
        { role: 'canadian-foreign-minister', from: '2025-05-13' },
      ],
    },
    {
      id: 'harjit-sajjan', name: 'Harjit Sajjan', kind: 'person', gender: 'm',
      aliases: ['Harjit Sajjan', 'Sajjan', 'هارجيت ساجان', 'Харджит Саджан'],
      roles: [{ role: 'canadian-defence-minister', from: '2015-11-04', to: '2021-10-26' }],
    },
    {
      id: 'bill-blair', name: 'Bill Blair', kind: 'person', gender: 'm',
      aliases: ['Bill Blair', 'بيل بلير', 'Билл Блэр'],
      roles: [{ role: 'canadian-defence-minister', from: '2023-07-26', to: '2025-05-13' }],
    },
    {
      id: 'david-mcguinty', name: 'David McGuinty', kind: 'person', gender: 'm',
      aliases: ['David McGuinty', 'ديفيد ماكغينتي', 'Дэвид Макгинти'],
      roles: [{ role: 'canadian-defence-minister', from: '2025-05-13' }],
    },
    {
      id: 'bill-morneau', name: 'Bill Morneau', kind: 'person', gender: 'm',
      aliases: ['Bill Morneau', 'Morneau', 'بيل مورنو', 'Билл Морно'],
      roles: [{ role: 'canadian-finance-minister', from: '2015-11-04', to: '2020-08-17' }],
    },
    {
      id: 'dominic-leblanc', name: 'Dominic LeBlanc', kind: 'person', gender: 'm',
      aliases: ['Dominic LeBlanc', 'LeBlanc', 'دومينيك لوبلان', 'Доминик Леблан'],
      roles: [{ role: 'canadian-finance-minister', from: '2024-12-16', to: '2025-03-14' }],
    },
    {
      id: 'pierre-poilievre', name: 'Pierre Poilievre', kind: 'person', gender: 'm',
      aliases: ['Pierre Poilievre', 'Poilievre', 'بيير بوالييفر', 'بواليافر', 'Пьер Пуальевр', 'Пуальевр'],
      roles: [{ role: 'conservative-party-of-canada-leader', from: '2022-09-10' }],
    },
    {
      id: 'andrew-scheer', name: 'Andrew Scheer', kind: 'person', gender: 'm',
      aliases: ['Andrew Scheer', 'Scheer', 'أندرو شير', 'Эндрю Шир', 'Шир'],
      roles: [{ role: 'conservative-party-of-canada-leader', from: '2017-05-27', to: '2020-08-24' }],
    },
    {
      id: 'erin-otoole', name: 'Erin O’Toole', kind: 'person', gender: 'm',
      aliases: ['Erin O’Toole', "Erin O'Toole", 'O’Toole', "O'Toole", 'إيرين أوتول', 'Эрин О’Тул', 'Эрин О\'Тул'],
      roles: [{ role: 'conservative-party-of-canada-leader', from: '2020-08-24', to: '2022-02-02' }],
    },
    {
      id: 'jagmeet-singh', name: 'Jagmeet Singh', kind: 'person', gender: 'm',
      aliases: ['Jagmeet Singh', 'جاغميت سينغ', 'Джагмит Сингх'],
    },
    {
      id: 'yves-francois-blanchet', name: 'Yves-François Blanchet', kind: 'person', gender: 'm',
      aliases: ['Yves-François Blanchet', 'Yves-Francois Blanchet', 'Blanchet', 'إيف فرانسوا بلانشيه', 'Ив-Франсуа Бланше'],
    },
    {
      id: 'elizabeth-may', name: 'Elizabeth May', kind: 'person', gender: 'f',
      aliases: ['Elizabeth May'],
    },
    {
      id: 'jody-wilson-raybould', name: 'Jody Wilson-Raybould', kind: 'person', gender: 'f',
      aliases: ['Jody Wilson-Raybould', 'Wilson-Raybould'],
    },
    {
      id: 'carolyn-bennett', name: 'Carolyn Bennett', kind: 'person', gender: 'f',
      aliases: ['Carolyn Bennett'],
    },
    {
      id: 'ralph-goodale', name: 'Ralph Goodale', kind: 'person', gender: 'm',
      aliases: ['Ralph Goodale', 'Goodale'],
    },
    {
      id: 'catherine-mckenna', name: 'Catherine McKenna', kind: 'person', gender: 'f',
      aliases: ['Catherine McKenna'],
    },
    {
      id: 'mary-simon', name: 'Mary Simon', kind: 'person', gender: 'f',
      aliases: ['Mary Simon', 'ماري سايمون', 'Мэри Саймон'],
      roles: [{ role: 'governor-general-of-canada', from: '2021-07-26' }],
    },
    {
      id: 'tiff-macklem', name: 'Tiff Macklem', kind: 'person', gender: 'm',
      aliases: ['Tiff Macklem', 'Macklem', 'تيف ماكليم', 'Тифф Маклем', 'Маклем'],
      roles: [{ role: 'bank-of-canada-governor', from: '2020-06-03' }],
    },
    {
      id: 'stephen-poloz', name: 'Stephen Poloz', kind: 'person', gender: 'm',
      aliases: ['Stephen Poloz', 'Poloz'],
      roles: [{ role: 'bank-of-canada-governor', from: '2013-06', to: '2020-06-03' }],
    },
    {
      id: 'doug-ford', name: 'Doug Ford', kind: 'person', gender: 'm',
      aliases: ['Doug Ford', 'دوغ فورد', 'دوج فورد', 'Даг Форд', 'Дуг Форд'],
      roles: [{ role: 'ontario-premier', from: '2018-06-29' }],
    },
    {
      id: 'kathleen-wynne', name: 'Kathleen Wynne', kind: 'person', gender: 'f',
      aliases: ['Kathleen Wynne', 'Wynne'],
      roles: [{ role: 'ontario-premier', from: '2013-02-11', to: '2018-06-29' }],
    },
    {
      id: 'francois-legault', name: 'François Legault', kind: 'person', gender: 'm',
      aliases: ['François Legault', 'Francois Legault', 'Legault'],
      roles: [{ role: 'quebec-premier', from: '2018-10-18' }],
    },
    {
      id: 'philippe-couillard', name: 'Philippe Couillard', kind: 'person', gender: 'm',
      aliases: ['Philippe Couillard', 'Couillard'],
      roles: [{ role: 'quebec-premier', from: '2014-04-23', to: '2018-10-18' }],
    },
    {
      id: 'danielle-smith', name: 'Danielle Smith', kind: 'person', gender: 'f',
      aliases: ['Danielle Smith', 'دانييل سميث', 'Даниэль Смит'],
      roles: [{ role: 'alberta-premier', from: '2022-10-11' }],
    },
    {
      id: 'jason-kenney', name: 'Jason Kenney', kind: 'person', gender: 'm',
      aliases: ['Jason Kenney', 'Kenney'],
      roles: [{ role: 'alberta-premier', from: '2019-04-30', to: '2022-10-11' }],
    },
    {
      id: 'rachel-notley', name: 'Rachel Notley', kind: 'person', gender: 'f',
      aliases: ['Rachel Notley', 'Notley'],
      roles: [{ role: 'alberta-premier', from: '2015-05-24', to: '2019-04-30' }],
    },
    {
      id: 'david-eby', name: 'David Eby', kind: 'person', gender: 'm',
      aliases: ['David Eby', 'Eby'],
      roles: [{ role: 'british-columbia-premier', from: '2022-11-18' }],
    },
    {
      id: 'john-horgan', name: 'John Horgan', kind: 'person', gender: 'm',
      aliases: ['John Horgan', 'Horgan'],
      roles: [{ role: 'british-columbia-premier', from: '2017-07-18', to: '2022-11-18' }],
    },
    {
      id: 'christy-clark', name: 'Christy Clark', kind: 'person', gender: 'f',
      aliases: ['Christy Clark'],
      roles: [{ role: 'british-columbia-premier', from: '2011-03-14', to: '2017-07-18' }],
    },
    {
      id: 'scott-moe', name: 'Scott Moe', kind: 'person', gender: 'm',
      aliases: ['Scott Moe'],
      roles: [{ role: 'saskatchewan-premier', from: '2018-02-02' }],
    },
    {
      id: 'wab-kinew', name: 'Wab Kinew', kind: 'person', gender: 'm',
      aliases: ['Wab Kinew', 'Kinew'],
      roles: [{ role: 'manitoba-premier', from: '2023-10-18' }],
    },
    {
      id: 'brian-pallister', name: 'Brian Pallister', kind: 'person', gender: 'm',
      aliases: ['Brian Pallister', 'Pallister'],
      roles: [{ role: 'manitoba-premier', from: '2016-05-03', to: '2021-09-01' }],
    },
    {
      id: 'tim-houston', name: 'Tim Houston', kind: 'person', gender: 'm',
      aliases: ['Tim Houston'],
      roles: [{ role: 'nova-scotia-premier', from: '2021-08-31' }],
    },
    {
      id: 'blaine-higgs', name: 'Blaine Higgs', kind: 'person', gender: 'm',
      aliases: ['Blaine Higgs'],
      roles: [{ role: 'new-brunswick-premier', from: '2018-11-09', to: '2024-11-02' }],
    },
    {
      id: 'susan-holt', name: 'Susan Holt', kind: 'person', gender: 'f',
      aliases: ['Susan Holt'],
      roles: [{ role: 'new-brunswick-premier', from: '2024-11-02' }],
    },
    {
      id: 'olivia-chow', name: 'Olivia Chow', kind: 'person', gender: 'f',
      aliases: ['Olivia Chow'],
      roles: [{ role: 'toronto-mayor', from: '2023-07-12' }],
    },
    {
      id: 'john-tory', name: 'John Tory', kind: 'person', gender: 'm',
      aliases: ['John Tory'],
      roles: [{ role: 'toronto-mayor', from: '2014-12-01', to: '2023-02-17' }],
    },
    {
      id: 'valerie-plante', name: 'Valérie Plante', kind: 'person', gender: 'f',
      aliases: ['Valérie Plante', 'Valerie Plante'],
    },
    {
      id: 'claudia-sheinbaum', name: 'Claudia Sheinbaum', kind: 'person', gender: 'f',
      aliases: ['Claudia Sheinbaum', 'Sheinbaum', 'كلاوديا شينباوم', 'شينباوم', 'Клаудия Шейнбаум', 'Шейнбаум'],
      roles: [{ role: 'mexican-president', from: '2024-10-01' }],
    },
    {
      id: 'andres-manuel-lopez-obrador', name: 'Andrés Manuel López Obrador', kind: 'person', gender: 'm',
      aliases: ['Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador', 'López Obrador', 'Lopez Obrador', 'AMLO', 'أندريس مانويل لوبيز أوبرادور', 'لوبيز أوبرادور', 'Андрес Мануэль Лопес Обрадор', 'Лопес Обрадор'],
      roles: [{ role: 'mexican-president', from: '2018-12-01', to: '2024-10-01' }],
    },
    {
      id: 'lula-da-silva', name: 'Luiz Inácio Lula da Silva', kind: 'person', gender: 'm',
      aliases: ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula', 'لويس إيناسيو لولا دا سيلفا', 'لولا دا سيلفا', 'Луис Инасиу Лула да Силва', 'Лула да Силва', 'Лула'],
      roles: [
        { role: 'brazilian-president', from: '2003-01-01', to: '2011-01-01' },
        { role: 'brazilian-president', from: '2023-01-01' },
      ],
    },
    {
      id: 'jair-bolsonaro', name: 'Jair Bolsonaro', kind: 'person', gender: 'm',
      aliases: ['Jair Bolsonaro', 'Bolsonaro', 'جايير بولسونارو', 'بولسونارو', 'Жаир Болсонару', 'Болсонару'],
      roles: [{ role: 'brazilian-president', from: '2019-01-01', to: '2023-01-01' }],
    },
    {
      id: 'javier-milei', name: 'Javier Milei', kind: 'person', gender: 'm',
      aliases: ['Javier Milei', 'Milei', 'خافيير ميلي', 'ميلي', 'Хавьер Милей', 'Милей'],
      roles: [{ role: 'argentine-president', from: '2023-12-10' }],
    },
    {
      id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', gender: 'm',
      aliases: ['Nicolás Maduro', 'Nicolas Maduro', 'Maduro', 'نيكولاس مادورو', 'مادورو', 'Николас Мадуро', 'Мадуро'],
      roles: [{ role: 'venezuelan-president', from: '2013-04-19' }],
    },
    {
      id: 'gustavo-petro', name: 'Gustavo Petro', kind: 'person', gender: 'm',
      aliases: ['Gustavo Petro', 'غوستافو بيترو', 'Густаво Петро'],
      roles: [{ role: 'colombian-president', from: '2022-08-07' }],
    },
    {
      id: 'miguel-diaz-canel', name: 'Miguel Díaz-Canel', kind: 'person', gender: 'm',
      aliases: ['Miguel Díaz-Canel', 'Miguel Diaz-Canel', 'Díaz-Canel', 'Diaz-Canel', 'ميغيل دياز كانيل', 'دياز كانيل', 'Мигель Диас-Канель', 'Диас-Канель'],
    },
    {
      id: 'rcmp', name: 'Royal Canadian Mounted Police', kind: 'org',
      aliases: ['RCMP', 'Royal Canadian Mounted Police', 'Mounties', 'الشرطة الملكية الكندية', 'Королевская канадская конная полиция'],
    },
    {
      id: 'bank-of-canada', name: 'Bank of Canada', kind: 'org',
      aliases: ['Bank of Canada', 'بنك كندا', 'Банк Канады'],
    },
    {
      id: 'statistics-canada', name: 'Statistics Canada', kind: 'org',
      aliases: ['Statistics Canada', 'StatCan', 'Statscan'],
    },
    {
      id: 'health-canada', name: 'Health Canada', kind: 'org',
      aliases: ['Health Canada', 'وزارة الصحة الكندية'],
    },
    {
      id: 'assembly-of-first-nations', name: 'Assembly of First Nations', kind: 'org',
      aliases: ['Assembly of First Nations', 'AFN'],
    },
  ],
};

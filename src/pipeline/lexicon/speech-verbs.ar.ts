// Arabic speech and claim verbs in the forms the press uses: past masculine/feminine/plural, present,
// and the circumstantial participle. "وقالت المتحدثة: …" → feminine; "مشيرا إلى أن …" → participle, masculine.
// `prep` is the preposition that introduces the content (أشار إلى أن، شدد على أن، أعرب عن).


export interface ArabicVerb {
  m: string;
  f: string;
  pl?: string;
  presM?: string;
  presF?: string;
  partM?: string;
  partF?: string;
  prep?: string[];
}

export const AR_VERBS: readonly ArabicVerb[] = [
  { m: 'قال', f: 'قالت', pl: 'قالوا', presM: 'يقول', presF: 'تقول', partM: 'قائلا', partF: 'قائلة' },
  { m: 'أضاف', f: 'أضافت', pl: 'أضافوا', presM: 'يضيف', presF: 'تضيف', partM: 'مضيفا', partF: 'مضيفة' },
  { m: 'أكد', f: 'أكدت', pl: 'أكدوا', presM: 'يؤكد', presF: 'تؤكد', partM: 'مؤكدا', partF: 'مؤكدة', prep: ['على'] },
  { m: 'أوضح', f: 'أوضحت', pl: 'أوضحوا', presM: 'يوضح', presF: 'توضح', partM: 'موضحا', partF: 'موضحة' },
  { m: 'أشار', f: 'أشارت', pl: 'أشاروا', presM: 'يشير', presF: 'تشير', partM: 'مشيرا', partF: 'مشيرة', prep: ['إلى', 'الى'] },
  { m: 'لفت', f: 'لفتت', pl: 'لفتوا', presM: 'يلفت', presF: 'تلفت', partM: 'لافتا', partF: 'لافتة', prep: ['إلى', 'الى'] },
  { m: 'شدد', f: 'شددت', pl: 'شددوا', presM: 'يشدد', presF: 'تشدد', partM: 'مشددا', partF: 'مشددة', prep: ['على'] },
  { m: 'أعلن', f: 'أعلنت', pl: 'أعلنوا', presM: 'يعلن', presF: 'تعلن', partM: 'معلنا', partF: 'معلنة', prep: ['عن'] },
  { m: 'بين', f: 'بينت', pl: 'بينوا', presM: 'يبين', presF: 'تبين', partM: 'مبينا', partF: 'مبينة' },
  { m: 'تابع', f: 'تابعت', pl: 'تابعوا', presM: 'يتابع', presF: 'تتابع', partM: 'متابعا', partF: 'متابعة' },
  { m: 'اعتبر', f: 'اعتبرت', pl: 'اعتبروا', presM: 'يعتبر', presF: 'تعتبر', partM: 'معتبرا', partF: 'معتبرة' },
  { m: 'نفى', f: 'نفت', pl: 'نفوا', presM: 'ينفي', presF: 'تنفي', partM: 'نافيا', partF: 'نافية' },
  { m: 'حذر', f: 'حذرت', pl: 'حذروا', presM: 'يحذر', presF: 'تحذر', partM: 'محذرا', partF: 'محذرة', prep: ['من'] },
  { m: 'دعا', f: 'دعت', pl: 'دعوا', presM: 'يدعو', presF: 'تدعو', partM: 'داعيا', partF: 'داعية' },
  { m: 'اقترح', f: 'اقترحت', pl: 'اقترحوا', presM: 'يقترح', presF: 'تقترح', partM: 'مقترحا', partF: 'مقترحة' },
  { m: 'أعرب', f: 'أعربت', pl: 'أعربوا', presM: 'يعرب', presF: 'تعرب', partM: 'معربا', partF: 'معربة', prep: ['عن'] },
  { m: 'عبر', f: 'عبرت', pl: 'عبروا', presM: 'يعبر', presF: 'تعبر', partM: 'معبرا', partF: 'معبرة', prep: ['عن'] },
  { m: 'تعهد', f: 'تعهدت', pl: 'تعهدوا', presM: 'يتعهد', presF: 'تتعهد', partM: 'متعهدا', partF: 'متعهدة', prep: ['ب'] },
  // («توعد كاتس بـ"رد قاس"»: vowed — a pledge of retaliation.)
  { m: 'توعد', f: 'توعدت', pl: 'توعدوا', presM: 'يتوعد', presF: 'تتوعد', partM: 'متوعدا', partF: 'متوعدة', prep: ['ب'] },
  { m: 'أقر', f: 'أقرت', pl: 'أقروا', presM: 'يقر', presF: 'تقر', partM: 'مقرا', partF: 'مقرة', prep: ['ب'] },
  { m: 'زعم', f: 'زعمت', pl: 'زعموا', presM: 'يزعم', presF: 'تزعم', partM: 'زاعما', partF: 'زاعمة' },
  { m: 'ذكر', f: 'ذكرت', pl: 'ذكروا', presM: 'يذكر', presF: 'تذكر', partM: 'ذاكرا', partF: 'ذاكرة' },
  { m: 'صرح', f: 'صرحت', pl: 'صرحوا', presM: 'يصرح', presF: 'تصرح', partM: 'مصرحا', partF: 'مصرحة' },
  { m: 'رأى', f: 'رأت', pl: 'رأوا', presM: 'يرى', presF: 'ترى', partM: 'رائيا' },
  { m: 'أفاد', f: 'أفادت', pl: 'أفادوا', presM: 'يفيد', presF: 'تفيد', partM: 'مفيدا', partF: 'مفيدة' },
  { m: 'كشف', f: 'كشفت', pl: 'كشفوا', presM: 'يكشف', presF: 'تكشف', partM: 'كاشفا', partF: 'كاشفة', prep: ['عن'] },
  { m: 'نوه', f: 'نوهت', pl: 'نوهوا', presM: 'ينوه', presF: 'تنوه', partM: 'منوها', partF: 'منوهة', prep: ['إلى', 'الى', 'ب'] },
  { m: 'أردف', f: 'أردفت', pl: 'أردفوا', presM: 'يردف', presF: 'تردف', partM: 'مردفا', partF: 'مردفة' },
  { m: 'استطرد', f: 'استطردت', partM: 'مستطردا', partF: 'مستطردة' },
  { m: 'اختتم', f: 'اختتمت', partM: 'مختتما', partF: 'مختتمة' },
  { m: 'ختم', f: 'ختمت', partM: 'خاتما' },
  { m: 'علق', f: 'علقت', pl: 'علقوا', presM: 'يعلق', presF: 'تعلق', partM: 'معلقا', partF: 'معلقة', prep: ['على'] },
  { m: 'وصف', f: 'وصفت', pl: 'وصفوا', presM: 'يصف', presF: 'تصف', partM: 'واصفا', partF: 'واصفة' },
  { m: 'اتهم', f: 'اتهمت', pl: 'اتهموا', presM: 'يتهم', presF: 'تتهم', partM: 'متهما', partF: 'متهمة' },
  { m: 'أبلغ', f: 'أبلغت', pl: 'أبلغوا', presM: 'يبلغ', presF: 'تبلغ', partM: 'مبلغا', partF: 'مبلغة' },
  { m: 'أعتبر', f: 'أعتبرت' },
  { m: 'أوضح', f: 'أوضحت' },
  { m: 'جدد', f: 'جددت', pl: 'جددوا', partM: 'مجددا', partF: 'مجددة', prep: ['التأكيد على'] },
  { m: 'طالب', f: 'طالبت', pl: 'طالبوا', presM: 'يطالب', presF: 'تطالب', partM: 'مطالبا', partF: 'مطالبة', prep: ['ب'] },
  { m: 'أجاب', f: 'أجابت', pl: 'أجابوا', partM: 'مجيبا', partF: 'مجيبة' },
  { m: 'رد', f: 'ردت', pl: 'ردوا', partM: 'رادا', partF: 'رادة' },
  { m: 'سأل', f: 'سألت', pl: 'سألوا' },
  { m: 'كتب', f: 'كتبت', pl: 'كتبوا', presM: 'يكتب', presF: 'تكتب', partM: 'كاتبا' },
  { m: 'نقل', f: 'نقلت', pl: 'نقلوا', prep: ['عن'] },
  { m: 'توقع', f: 'توقعت', pl: 'توقعوا', presM: 'يتوقع', presF: 'تتوقع', partM: 'متوقعا', partF: 'متوقعة' },
  { m: 'أبدى', f: 'أبدت', pl: 'أبدوا', partM: 'مبديا', partF: 'مبدية' },
  { m: 'أعاد', f: 'أعادت' },
  { m: 'تساءل', f: 'تساءلت', pl: 'تساءلوا', presM: 'يتساءل', presF: 'تتساءل', partM: 'متسائلا', partF: 'متسائلة' },
  { m: 'استبعد', f: 'استبعدت', pl: 'استبعدوا', presM: 'يستبعد', presF: 'تستبعد', partM: 'مستبعدا', partF: 'مستبعدة' },
  { m: 'أشاد', f: 'أشادت', pl: 'أشادوا', partM: 'مشيدا', partF: 'مشيدة', prep: ['ب'] },
  // Stance verbs: a report only when their content carries a quote (AR_QUOTE_ONLY): «نددت الخارجية بما
  // وصفته بـ"الاعتداء السافر"», «انتقد الوزير "ازدواجية المعايير"».
  { m: 'ندد', f: 'نددت', pl: 'نددوا', partM: 'منددا', partF: 'منددة' },
  { m: 'أدان', f: 'أدانت', pl: 'أدانوا', partM: 'مدينا', partF: 'مدينة' },
  { m: 'انتقد', f: 'انتقدت', pl: 'انتقدوا', partM: 'منتقدا', partF: 'منتقدة' },
  { m: 'هاجم', f: 'هاجمت', pl: 'هاجموا', partM: 'مهاجما', partF: 'مهاجمة' },
  { m: 'رحب', f: 'رحبت', pl: 'رحبوا', partM: 'مرحبا', partF: 'مرحبة' },
];

/** Verbs that report only with a quote in their content (see the stance verbs above, and اتهم). */
export const AR_QUOTE_ONLY = ['ندد', 'أدان', 'انتقد', 'هاجم', 'رحب', 'اتهم'];

/** Complementisers that open reported content: أن، إن، بأن، and their pronoun-suffixed forms. */
export const AR_COMPLEMENTISERS = [
  'أن', 'إن', 'بأن', 'بان', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'أنهما', 'إنهما', 'بأنه', 'بأنها', 'بأنهم',
  'أنّ', 'إنّ', 'أننا', 'إننا', 'أنني', 'إنني', 'بأننا', 'أنكم', 'إنكم', 'أنهن', 'إنهن', 'بأنهما', 'بأنني', 'بأنكم', 'بأنهن',
];

/** "according to X": the source follows; the content is the rest of the sentence. */
export const AR_ACCORDING = ['وفقا ل', 'وفقا لـ', 'بحسب', 'حسب', 'حسبما', 'نقلا عن', 'طبقا ل', 'وبحسب', 'ووفقا ل', 'وفق', 'ووفق'];

/** Nouns that carry a speech act: "في تصريح", "قوله". */
export const AR_SPEECH_NOUNS = ['قوله', 'قولها', 'تصريحه', 'تصريحها', 'تعليقه', 'تعليقها'];

/** Documents that carry someone's words: «أصدر بيانا قال فيه …», «وجاء في البيان أن …», «وأشار التقرير إلى …». */
export const AR_DOCUMENT_NOUNS = ['بيان', 'رسالة', 'تغريدة', 'منشور', 'تقرير', 'كلمة', 'خطاب', 'تصريح', 'مقال', 'إعلان', 'وثيقة', 'مذكرة', 'نص'];

/** Discourse openers before a sentence's verb («بدوره، حذر …», «من جهتها، …»): the verb still opens the clause. */
export const AR_SENTENCE_OPENERS = [
  'بدوره', 'بدورها', 'بدورهم', 'من جانبه', 'من جانبها', 'من جانبهم', 'من جهته', 'من جهتها', 'من جهتهم', 'كما', 'وكما',
  'في المقابل', 'وفي المقابل', 'في غضون ذلك', 'وفي غضون ذلك', 'في الأثناء', 'وفي الأثناء', 'في سياق متصل', 'وفي سياق متصل',
];

/** Words between a verb and its subject that are not the subject: time and manner adverbials. */
export const AR_ADVERBIALS = [
  'اليوم', 'أمس', 'مساء', 'صباح', 'ظهر', 'الجمعة', 'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس',
  'في', 'وقت', 'سابق', 'لاحق', 'أيضا', 'كذلك', 'بدوره', 'بدورها', 'خلال', 'مؤتمر', 'صحفي', 'صحافي', 'تصريحات', 'تصريح',
  'حديث', 'لقاء', 'مقابلة', 'مع', 'الصحفيين', 'الصحافيين', 'للصحفيين', 'للصحافيين', 'لوكالة', 'لقناة', 'لصحيفة', 'الأسبوع',
  'الماضي', 'الماضية', 'الجاري', 'الحالي', 'هذا', 'هذه', 'الشهر', 'العام', 'يوم', 'ليلة', 'اليومي', 'الأخير', 'الأخيرة',
];

/** Anonymous sources: a statement credited to them has no speaker. */
export const AR_ANONYMOUS = ['شهود', 'شاهد', 'سكان', 'كثيرون', 'آخرون', 'ناشطون', 'نشطاء', 'أهالي', 'مسؤولو', 'مسؤولي', 'مصدر', 'مصادر', 'المصدر', 'المصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'مراقبون', 'محللون', 'خبراء', 'مطلع', 'مطلعة', 'دبلوماسي', 'دبلوماسيون', 'أحد', 'مراسل', 'مراسلين', 'مراسلة', 'مراسلو', 'مراسلون', 'مراسلنا', 'مراسلتنا', 'مراسلها', 'مراسله', 'وسائل', 'تقارير', 'صحف'];

// Lines of a scraped page that are not article prose. A "read also" line starts a different article:
// "إقرأ أيضاً:" / "اقرأ أيضا:" / "Read also:" / "Читайте также:" — nothing after it belongs to the page's article.

/** A line that opens a related-article block (the rest of the line may hold its title). */
export const RELATED_MARKER = /^[ \t]*(?:[إا]قر[أا]\s+[أا]يض[اًٌ]*|شاهد\s+[أا]يض[اًٌ]*|(?:read|see)\s+(?:also|more)|related(?:\s+articles?)?|читайте\s+также|см\.\s+также)\s*[:：]?/iu;
/** `تاريخ النشر: …` / `Published: …` / `Опубликовано: …` */
export const DATE_LINE = /^[ \t]*(?:تاريخ\s+النشر|نشر\s+في|published(?:\s+on)?|date|опубликовано|дата\s+публикации)\s*[:：]\s*(.+)$/iu;
/** `المصدر: …` / `Source: …` / `Источник: …` */
export const SOURCE_LINE = /^[ \t]*(?:المصدر|source|источник)\s*[:：]\s*(.+)$/iu;
/** `كلمات دلالية: …` / `Tags: …` / `Теги: …` */
export const TAGS_LINE = /^[ \t]*(?:كلمات\s+دلالية|الكلمات\s+المفتاحية|وسوم|tags|keywords|теги|ключевые\s+слова)\s*[:：]\s*(.*)$/iu;
/** "READ MORE: <another story's headline>": a link to another story inside the article, which goes on after it. */
export const INLINE_TEASER = /^[ \t]*(?:read|see|watch)\s+more\s*[:：]\s*\S/iu;
/** Lines a news site puts between paragraphs: "Story continues below advertisement", "Article Continued Below",
 *  "Also on HuffPost:", "Open this photo in gallery:", "WATCH: …", a picture's credit "(Getty Images)". */
export const PAGE_FURNITURE = /^[ \t]*(?:story\s+continues\s+below(?:\s+advertisement)?|article\s+continue[sd]\s+below|advertisement|also\s+on\s+\p{Lu}\p{L}+\s*:?|open\s+this\s+photo\s+in\s+gallery\s*:?|read\s+more\s+about\s*:?|(?:watch|listen|look|photos?|video)\s*:.*)$/iu;
/** The end of a picture's caption: its credit, "(Luis Tato/AFP/Getty Images)", "… Quyen Cheng/THE CANADIAN PRESS".
 *  Tested on a line's last characters only. */
export const CREDIT_END = /(?:\(\s*[^()]{0,80}(?:\/|\bphoto\b|getty|\bpress\b|reuters|\bafp\b|\bap\b|\bcbc\b|\bctv\b)[^()]{0,80}\)|\S\s*\/\s*(?:the\s+canadian\s+press|the\s+associated\s+press|reuters|afp|ap|getty\s+images))\s*$/iu;
/** A picture's caption that opens with its credit: "Ryan Remiorz / The Canadian Press Kevin Vickers speaks …",
 *  "The Canadian Press A train derailment is shown near Field". */
export const CAPTION_LINE = /^[ \t]*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:\/\s*)?(?:the\s+canadian\s+press|the\s+associated\s+press|getty\s+images|reuters|afp)\s+\p{Lu}[^\n]{0,300}?\b(?:is|are)\s+(?:seen|shown|pictured)|^[ \t]*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}\/\s*(?:[\p{L}.'’-]+\s+){0,4}?(?:the\s+canadian\s+press|the\s+associated\s+press|getty\s+images|reuters|afp|ap)\s+\p{Lu}/iu;

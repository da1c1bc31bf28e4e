export { parsePage } from './parse-page';
export type { ParsedArticle, ParsedPage, ParsePageOptions } from './parse-page';
export { parseDate } from './dates';
export { splitTags, tagPhrasesFrom, TAG_PHRASES } from './tags';
export type { TagPhrases } from './tags';

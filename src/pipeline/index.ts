// extract(article) → statements with speakers. The stages, in order, are listed in ./extract.ts.
export { extract, PIPELINE_VERSION } from './extract';
export type { ExtractOptions } from './extract';
export * from './types';
export { detectLanguage, isLang, LANGS } from './normalize/language';
export { normalizeText, foldLetters } from './normalize/text';
export { defaultRegistry, Registry } from './registry';
export type { RegistryData, RoleDef, RoleTenure, SpeakerEntry } from './registry';

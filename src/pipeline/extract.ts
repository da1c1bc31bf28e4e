import { detectLanguage } from './normalize/language';
import type { Registry } from './registry';
import { defaultRegistry } from './registry';
import type { ArticleInput, ExtractResult } from './types';

/** Bumped whenever a change to the pipeline can change its output; stored with every extraction. */
export const PIPELINE_VERSION = '0.1.0';

export interface ExtractOptions {
  registry?: Registry;
}

export function extract(input: ArticleInput, opts: ExtractOptions = {}): ExtractResult {
  const registry = opts.registry ?? defaultRegistry();
  void registry;
  const lang = input.lang ?? detectLanguage(input.text);
  return { lang, statements: [] };
}

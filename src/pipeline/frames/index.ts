// Frame finders by language: the only place the pipeline picks rules by language.
import type { Lang } from '../types';
import type { Doc, Frame } from './frame';
import { arabicFrames } from './frames.ar';
import { englishFrames } from './frames.en';
import { russianFrames } from './frames.ru';

export const FRAME_FINDERS: Readonly<Record<Lang, (doc: Doc) => Frame[]>> = {
  ar: arabicFrames,
  en: englishFrames,
  ru: russianFrames,
};

export type { Doc, Frame } from './frame';

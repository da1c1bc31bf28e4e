import { normalizeText } from '../../pipeline';
import { driftOf } from './drift';

const CANONICAL = {
  ar: 'موسكو مستعدة لمواصلة الحوار حول صادرات الحبوب، ولكن بشروط عادلة فقط',
  en: 'Moscow is ready to continue the dialogue on grain exports, but only on fair terms',
  ru: 'Москва готова продолжить диалог об экспорте зерна, но только на справедливых условиях',
};

describe('driftOf', () => {
  it.each([
    ['ar', 'exact', '«موسكو مستعدّة لمواصلة الحوار حول صادرات الحبوب ، ولكن بشروط عادلة فقط»', 0, 0],
    ['ar', 'cut', 'موسكو مستعدة لمواصلة الحوار حول صادرات الحبوب', 4, 0],
    ['ar', 'substitution', 'موسكو مستعدة لمواصلة النقاش حول صادرات الحبوب، ولكن بشروط عادلة فقط', 1, 1],
    ['en', 'exact', '“Moscow is ready to continue the dialogue on grain exports — but only on fair terms,”', 0, 0],
    ['en', 'cut', 'ready to continue the dialogue on grain exports', 7, 0],
    ['en', 'addition', 'Moscow is ready to continue the dialogue on grain exports, but only on fair and equal terms', 0, 2],
    ['en', 'substitution', 'Moscow is willing to continue the talks on grain exports, but only on fair terms', 2, 2],
    ['ru', 'exact', '„Москва готова продолжить диалог об экспорте зерна — но только на справедливых условиях“', 0, 0],
    ['ru', 'cut', 'Москва готова продолжить диалог об экспорте зерна', 5, 0],
  ] as const)('%s: %s', (lang, drift, variant, removedWords, addedWords) => {
    expect(driftOf(normalizeText(variant), normalizeText(CANONICAL[lang]))).toEqual({ drift, removedWords, addedWords });
  });

  it('counts shared words when the texts are too long to align', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const cut = long.split(' ').slice(0, 2000).join(' ');
    expect(driftOf(cut, long)).toEqual({ drift: 'cut', removedWords: 1000, addedWords: 0 });
  });
});

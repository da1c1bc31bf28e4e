import { normalizeText } from '../../pipeline';
import { lshBands } from './minhash';

const shared = (a: string, b: string) => {
  const x = new Set(lshBands(normalizeText(a)));
  return lshBands(normalizeText(b)).filter((k) => x.has(k)).length;
};

describe('lshBands', () => {
  it('gives 20 signed 32-bit keys, the same for the same text, none for one word', () => {
    const bands = lshBands('the talks in riyadh were constructive and useful');
    expect(bands).toHaveLength(20);
    expect(bands.every((k) => Number.isInteger(k) && k >= -(2 ** 31) && k < 2 ** 31)).toBe(true);
    expect(lshBands('the talks in riyadh were constructive and useful')).toEqual(bands);
    expect(lshBands('hello')).toEqual([]);
    expect(lshBands('')).toEqual([]);
  });

  it.each([
    ['ar', 'موسكو مستعدة لمواصلة الحوار حول صادرات الحبوب، ولكن بشروط عادلة فقط', '«موسكو مستعدّة لمواصلة الحوار حول صادرات الحبوب»'],
    ['en', 'Moscow is ready to continue the dialogue on grain exports, but only on fair terms', 'Moscow is ready to continue the dialogue on grain exports'],
    ['ru', 'Москва готова продолжить диалог об экспорте зерна, но только на справедливых условиях', 'Москва готова продолжить диалог об экспорте зерна, но на справедливых условиях'],
  ])('%s: a cut or edited report shares band keys with the original', (_lang, original, variant) => {
    expect(shared(original, variant)).toBeGreaterThan(0);
  });

  it('unrelated statements share none', () => {
    expect(shared('the talks in riyadh were constructive and useful', 'the budget will be approved before the end of the year')).toBe(0);
    expect(shared('موسكو مستعدة لمواصلة الحوار حول صادرات الحبوب', 'الحكومة ترفض تأجيل الانتخابات البرلمانية')).toBe(0);
  });
});

import { contextOf } from './statement-context';

describe('contextOf', () => {
  it.each([
    ['ar', 'افتتح المؤتمر صباحا. وقال الوزير: "لن نتراجع عن الاتفاق". ثم غادر القاعة.', '"لن نتراجع عن الاتفاق"', 'وقال الوزير: "لن نتراجع عن الاتفاق".'],
    ['en', 'The talks ended. "We will not move," the minister said. Reporters left.', '"We will not move,"', '"We will not move," the minister said.'],
    ['ru', 'Встреча закончилась.\nМинистр заявил, что сделка состоится. Журналисты ушли.', 'сделка состоится', 'Министр заявил, что сделка состоится.'],
  ])('%s: the sentence around the statement', (_lang, body, statement, expected) => {
    const start = body.indexOf(statement);
    expect(contextOf(body, start, start + statement.length)).toBe(expected);
  });

  it('keeps a closing quote after the full stop, and stops at a paragraph break', () => {
    const body = 'He said: "It is over."\nNext paragraph.';
    const start = body.indexOf('It is');
    expect(contextOf(body, start, start + 'It is over'.length)).toBe('He said: "It is over."');
  });

  it('reaches at most `reach` characters beyond the statement', () => {
    const body = `${'a'.repeat(50)} quoted words ${'b'.repeat(50)}`;
    const start = body.indexOf('quoted');
    expect(contextOf(body, start, start + 12, 10)).toBe(body.slice(start - 10, start + 22).trim());
  });
});

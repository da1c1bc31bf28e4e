// Reads the publication date of a page's date line, in the ways outlets write it:
// "12th, April 2025 GMT", "١٢ نيسان ٢٠٢٥", "12 أبريل 2025 - 10:30", "12 апреля 2025", "April 12, 2025", "2025-04-12", "12/04/2025".
// Returns an ISO string (date only, or with the time read as UTC when one is given), or null.
import { foldLetters } from '../normalize/text';

/** Month names and stems, folded (see foldLetters), mapped to month numbers. */
const MONTHS: ReadonlyArray<[RegExp, number]> = [
  ['january|jan|يناير|كانون الثاني|январ\\p{L}*', 1],
  ['february|feb|فبراير|شباط|феврал\\p{L}*', 2],
  ['march|mar|مارس|اذار|март\\p{L}*', 3],
  ['april|apr|ابريل|نيسان|апрел\\p{L}*', 4],
  ['may|مايو|ايار|ма[йя]', 5],
  ['june|jun|يونيو|يونيه|حزيران|июн\\p{L}*', 6],
  ['july|jul|يوليو|يوليه|تموز|июл\\p{L}*', 7],
  ['august|aug|اغسطس|اب|август\\p{L}*', 8],
  ['september|sept|sep|سبتمبر|ايلول|сентябр\\p{L}*', 9],
  ['october|oct|اكتوبر|تشرين الاول|октябр\\p{L}*', 10],
  ['november|nov|نوفمبر|تشرين الثاني|ноябр\\p{L}*', 11],
  ['december|dec|ديسمبر|كانون الاول|декабр\\p{L}*', 12],
].map(([names, month]) => [new RegExp(`(?<!\\p{L})(?:${names})(?!\\p{L})`, 'u'), month as number]);

function asciiDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function iso(year: number, month: number, day: number, time?: [number, number]): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day, time?.[0] ?? 0, time?.[1] ?? 0));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null; // 31 April, 29 Feb 2025
  if (time && (time[0] > 23 || time[1] > 59)) return null;
  return time ? date.toISOString() : date.toISOString().slice(0, 10);
}

/** Reads "HH:MM" (with am/pm or Arabic ص/م) and removes it from the string. */
function takeTime(s: string): [string, [number, number] | undefined] {
  const m = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.|ص|م)?(?!\p{L})/iu.exec(s);
  if (!m) return [s, undefined];
  let hour = Number(m[1]);
  const mark = m[3]?.toLowerCase();
  if ((mark?.startsWith('p') || mark === 'م') && hour < 12) hour += 12;
  if ((mark?.startsWith('a') || mark === 'ص') && hour === 12) hour = 0;
  return [s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length), [hour, Number(m[2])]];
}

export function parseDate(raw: string): string | null {
  const folded = foldLetters(asciiDigits(raw));
  const isoMatch = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2}))?/.exec(folded);
  if (isoMatch) {
    const time = isoMatch[4] ? ([Number(isoMatch[4]), Number(isoMatch[5])] as [number, number]) : undefined;
    return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]), time);
  }
  const [rest, time] = takeTime(folded);
  const numeric = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/.exec(rest);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), time); // day first
  const month = MONTHS.find(([re]) => re.test(rest));
  if (!month) return null;
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(rest);
  const withoutYear = year ? rest.slice(0, year.index) + ' ' + rest.slice(year.index + 4) : rest;
  const day = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(withoutYear);
  if (!year || !day) return null;
  return iso(Number(year[1]), month[1], Number(day[1]), time);
}

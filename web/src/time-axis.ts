/**
 * Calendar ticks for the timeline's axis, labelled with Intl.DateTimeFormat in the page's language:
 * days ("8 Aug"), months ("Aug 2025") or years, whichever step gives at most `count` ticks.
 */
import type { Lang } from './i18n.js';

const DAY = 86_400_000;
const STEPS = [
  { days: 1 }, { days: 2 }, { days: 7 }, { days: 14 }, { months: 1 }, { months: 3 }, { months: 6 }, { months: 12 }, { months: 24 }, { months: 60 },
] as const;

function format(lang: Lang, unit: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB'; // Western digits, as the article writes them
  const options: Intl.DateTimeFormatOptions = unit === 'day' ? { day: 'numeric', month: 'short' } : unit === 'month' ? { month: 'short', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}

/** Ticks between two instants (ms since the epoch, UTC days). */
export function axisTicks(lang: Lang, first: number, last: number, count: number): { time: number; text: string }[] {
  const span = last - first;
  const step = STEPS.find((s) => ('days' in s ? s.days * DAY : s.months * 30.44 * DAY) * count >= span) ?? STEPS[9];
  const ticks: number[] = [];
  if ('days' in step) {
    for (let t = Math.ceil(first / DAY) * DAY; t <= last; t += step.days * DAY) ticks.push(t);
  } else {
    const start = new Date(first);
    let month = Math.ceil((start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0)) / step.months) * step.months;
    for (let t = Date.UTC(Math.floor(month / 12), month % 12, 1); t <= last; month += step.months, t = Date.UTC(Math.floor(month / 12), month % 12, 1)) ticks.push(t);
  }
  const unit = 'days' in step ? 'day' : step.months >= 12 ? 'year' : 'month';
  const f = format(lang, unit);
  return ticks.map((time) => ({ time, text: f.format(new Date(time)) }));
}

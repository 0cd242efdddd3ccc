import { toGregorian, toJalaali } from 'jalaali-js';

import { addDays } from '../../shared/platform/dates';

/**
 * The solar years this graph accepts. Within them the Borkowski algorithm of
 * `jalaali-js` and ICU's Persian calendar agree on every Nowruz (a test checks
 * it); the first year on which they part is 1503. Trade figures fall well inside.
 */
export const FIRST_SOLAR_YEAR = 1200;
/** The last solar year this graph accepts. */
export const LAST_SOLAR_YEAR = 1500;

/** A span of whole days, both ends included, as ISO `YYYY-MM-DD` dates. */
export interface DateRange {
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Whether `year` is a whole number within the accepted solar years. */
export function isSupportedSolarYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_SOLAR_YEAR && year <= LAST_SOLAR_YEAR;
}

/**
 * Returns the Gregorian dates of the first day (1 Farvardin, Nowruz) and the
 * last day (29 or 30 Esfand) of a Persian solar year: 1403 is 2024-03-20 to
 * 2025-03-20. Throws a RangeError outside the accepted years.
 */
export function solarYearRange(year: number): DateRange {
  if (!isSupportedSolarYear(year)) {
    throw new RangeError(`Solar year ${year} is outside ${FIRST_SOLAR_YEAR}–${LAST_SOLAR_YEAR}.`);
  }
  const first = toGregorian(year, 1, 1);
  const next = toGregorian(year + 1, 1, 1);
  return { startsOn: isoDate(first.gy, first.gm, first.gd), endsOn: addDays(isoDate(next.gy, next.gm, next.gd), -1) };
}

/** Returns the solar year that `range` covers exactly (Nowruz to the eve of the next), or null when it is any other span. */
export function solarYearOfRange(range: DateRange): number | null {
  const year = solarYearContaining(range.startsOn);
  if (year === null) {
    return null;
  }
  const exact = solarYearRange(year);
  return exact.startsOn === range.startsOn && exact.endsOn === range.endsOn ? year : null;
}

/** Returns the solar year that contains an ISO date, or null when that year is not accepted. */
export function solarYearContaining(isoDay: string): number | null {
  const [year, month, day] = isoDay.split('-').map(Number);
  const { jy } = toJalaali(year, month, day);
  return isSupportedSolarYear(jy) ? jy : null;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

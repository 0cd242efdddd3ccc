import { isStorableIsoDate } from '../../shared/platform/graphql';
import {
  FIRST_SOLAR_YEAR,
  isSupportedSolarYear,
  LAST_SOLAR_YEAR,
  solarYearContaining,
  solarYearOfRange,
  solarYearRange,
} from './persian-calendar';

/** A period that figures are stated for: a whole Persian solar year, or any other span of days. */
export interface TradePeriodValue {
  /** The solar year when the period is exactly one; null for any other span. */
  readonly solarYear: number | null;
  readonly startsOn: string;
  /** Last day, included. */
  readonly endsOn: string;
}

/** Returns the period of a whole solar year. */
export function solarYearPeriod(year: number): TradePeriodValue {
  return { solarYear: year, ...solarYearRange(year) };
}

/**
 * Returns the period of a span of days, recognised as a solar year when it is
 * exactly one; or a sentence saying what is wrong with it.
 */
export function rangePeriod(startsOn: string, endsOn: string): TradePeriodValue | string {
  for (const day of [startsOn, endsOn]) {
    if (!isIsoDate(day)) {
      return `${JSON.stringify(day)} is not a date of the form YYYY-MM-DD.`;
    }
    if (solarYearContaining(day) === null) {
      return `${day} lies outside the solar years ${FIRST_SOLAR_YEAR}–${LAST_SOLAR_YEAR}.`;
    }
  }
  if (endsOn < startsOn) {
    return `the period ends (${endsOn}) before it starts (${startsOn}).`;
  }
  return { solarYear: solarYearOfRange({ startsOn, endsOn }), startsOn, endsOn };
}

/**
 * Reads a period as written in a CSV file: a solar year (`1403`) or two dates
 * joined by `..` (`2024-01-01..2024-12-31`, both days included). Returns the
 * period or a sentence saying what is wrong with the text.
 */
export function parsePeriodText(text: string): TradePeriodValue | string {
  const trimmed = text.trim();
  if (/^\d{1,4}$/.test(trimmed)) {
    const year = Number(trimmed);
    return isSupportedSolarYear(year) ? solarYearPeriod(year) : `solar year ${year} is outside ${FIRST_SOLAR_YEAR}–${LAST_SOLAR_YEAR}.`;
  }
  const range = /^(\S+)\s*\.\.\s*(\S+)$/.exec(trimmed);
  if (!range) {
    return `${JSON.stringify(text)} is neither a solar year such as 1403 nor a date range such as 2024-01-01..2024-12-31.`;
  }
  return rangePeriod(range[1], range[2]);
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`, in a year the graph stores (0001 to 9999: PostgreSQL has no year 0). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !isStorableIsoDate(text)) {
    return false;
  }
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

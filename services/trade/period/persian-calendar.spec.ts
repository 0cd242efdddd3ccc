import { addDays } from '../../shared/platform/dates';
import { isSupportedSolarYear, solarYearContaining, solarYearOfRange, solarYearRange } from './persian-calendar';

/** ICU's Persian calendar (through Intl), an implementation independent of the jalaali-js algorithm the code uses. */
const persian = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function persianDate(isoDay: string): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(persian.formatToParts(new Date(`${isoDay}T00:00:00Z`)).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** Days from the first to the last day of a range, both included. */
function daysIn({ startsOn, endsOn }: { startsOn: string; endsOn: string }): number {
  return (Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000 + 1;
}

describe('Persian solar years', () => {
  it('start on Nowruz and end on the eve of the next Nowruz for every accepted year, as ICU has them', () => {
    const disagreements: string[] = [];
    for (let year = 1200; year <= 1500; year += 1) {
      const { startsOn, endsOn } = solarYearRange(year);
      const first = persianDate(startsOn);
      const eve = persianDate(addDays(startsOn, -1));
      const last = persianDate(endsOn);
      const next = persianDate(addDays(endsOn, 1));
      const exact =
        first.year === year &&
        first.month === 1 &&
        first.day === 1 &&
        eve.year === year - 1 &&
        last.year === year &&
        last.month === 12 &&
        next.year === year + 1 &&
        next.month === 1 &&
        next.day === 1;
      if (!exact) {
        disagreements.push(`${year}: ${startsOn}..${endsOn}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('make 1403 a leap year from 2024-03-20 to 2025-03-20, and start 1404 on 2025-03-21', () => {
    expect(solarYearRange(1403)).toEqual({ startsOn: '2024-03-20', endsOn: '2025-03-20' });
    expect(solarYearRange(1404).startsOn).toBe('2025-03-21');
    expect(solarYearRange(1402)).toEqual({ startsOn: '2023-03-21', endsOn: '2024-03-19' });
    expect(persianDate('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
  });

  it('give the leap years of the 1390s and 1400s 366 days and the others 365, with known Nowruz dates', () => {
    // Leap years by the official calendar: 1391, 1395, 1399, 1403, 1408 (a five-year gap after 1403).
    const leap = new Set([1391, 1395, 1399, 1403, 1408]);
    for (let year = 1390; year <= 1410; year += 1) {
      expect([year, daysIn(solarYearRange(year))]).toEqual([year, leap.has(year) ? 366 : 365]);
    }
    expect(solarYearRange(1399)).toEqual({ startsOn: '2020-03-20', endsOn: '2021-03-20' });
    expect(solarYearRange(1400).startsOn).toBe('2021-03-21');
    expect(solarYearRange(1408)).toEqual({ startsOn: '2029-03-20', endsOn: '2030-03-20' });
  });

  it('put Nowruz in the new year and its eve in the old one, in leap and common years alike', () => {
    expect(solarYearContaining('2024-03-19')).toBe(1402);
    expect(solarYearContaining('2024-03-20')).toBe(1403);
    // 30 Esfand of the leap year 1403.
    expect(solarYearContaining('2025-03-20')).toBe(1403);
    expect(solarYearContaining('2025-03-21')).toBe(1404);
    expect(solarYearContaining('2024-12-31')).toBe(1403);
    expect(solarYearContaining('2025-01-01')).toBe(1403);
  });

  it('recognise a span of days as a solar year only when it is exactly one', () => {
    expect(solarYearOfRange({ startsOn: '2024-03-20', endsOn: '2025-03-20' })).toBe(1403);
    expect(solarYearOfRange({ startsOn: '2024-03-20', endsOn: '2025-03-19' })).toBeNull();
    expect(solarYearOfRange({ startsOn: '2024-03-21', endsOn: '2025-03-20' })).toBeNull();
    expect(solarYearOfRange({ startsOn: '2024-03-20', endsOn: '2025-03-21' })).toBeNull();
    expect(solarYearOfRange({ startsOn: '2024-01-01', endsOn: '2024-12-31' })).toBeNull();
    expect(solarYearContaining('2025-03-21')).toBe(1404);
  });

  it('accept the whole years 1200 to 1500 only, and refuse the others with a RangeError', () => {
    expect([1200, 1500].map(isSupportedSolarYear)).toEqual([true, true]);
    expect([1199, 1501, 1403.5, Number.NaN].map(isSupportedSolarYear)).toEqual([false, false, false, false]);
    expect(() => solarYearRange(1199)).toThrow(RangeError);
    expect(() => solarYearRange(1501)).toThrow(/outside 1200–1500/);
    // The eve of 1 Farvardin 1200 lies in 1199, a year the graph does not accept.
    expect(solarYearContaining(addDays(solarYearRange(1200).startsOn, -1))).toBeNull();
    expect(solarYearContaining(solarYearRange(1500).endsOn)).toBe(1500);
    expect(solarYearContaining(addDays(solarYearRange(1500).endsOn, 1))).toBeNull();
    expect(solarYearOfRange({ startsOn: '1700-01-01', endsOn: '1700-12-31' })).toBeNull();
  });
});

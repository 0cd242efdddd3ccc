import { isIsoDate, parsePeriodText, rangePeriod } from './trade-period';

describe('periods written in a CSV file', () => {
  it('read a solar year, and a date range that is exactly one as that year', () => {
    expect(parsePeriodText('1403')).toEqual({ solarYear: 1403, startsOn: '2024-03-20', endsOn: '2025-03-20' });
    expect(parsePeriodText(' 2024-03-20..2025-03-20 ')).toEqual({ solarYear: 1403, startsOn: '2024-03-20', endsOn: '2025-03-20' });
    expect(parsePeriodText('2024-03-20 .. 2025-03-20')).toEqual({ solarYear: 1403, startsOn: '2024-03-20', endsOn: '2025-03-20' });
    expect(parsePeriodText('2024-01-01..2024-12-31')).toEqual({ solarYear: null, startsOn: '2024-01-01', endsOn: '2024-12-31' });
  });

  it('refuse malformed periods with a reason', () => {
    expect(parsePeriodText('1403/04')).toMatch(/neither a solar year/);
    expect(parsePeriodText('2024-02-30..2024-12-31')).toMatch(/not a date/);
    expect(parsePeriodText('2024-12-31..2024-01-01')).toMatch(/ends .* before it starts/);
    expect(parsePeriodText('1600')).toMatch(/outside 1200–1500/);
    expect(parsePeriodText('')).toMatch(/neither a solar year/);
  });

  it('take a one-day range, and refuse a day outside the accepted solar years', () => {
    expect(rangePeriod('2024-03-20', '2024-03-20')).toEqual({ solarYear: null, startsOn: '2024-03-20', endsOn: '2024-03-20' });
    expect(rangePeriod('1700-01-01', '2024-03-20')).toMatch(/1700-01-01 lies outside the solar years 1200–1500/);
  });
});

describe('ISO dates', () => {
  it('accept real days only, 29 February in leap years alone', () => {
    expect(['2024-02-29', '2000-02-29', '2025-12-31'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '20240101', ' 2024-01-01'].map(isIsoDate)).toEqual(
      Array(7).fill(false),
    );
  });
});

import { addDays, todayInDomainZone } from './dates';

describe('todayInDomainZone', () => {
  it("changes day at Tehran's midnight (UTC+3:30), not at UTC's", () => {
    expect(todayInDomainZone(new Date('2024-03-19T20:29:59Z'))).toBe('2024-03-19');
    expect(todayInDomainZone(new Date('2024-03-19T20:30:00Z'))).toBe('2024-03-20');
    expect(todayInDomainZone(new Date('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
  });

  it('follows the summer time Iran kept until 2022 (UTC+4:30)', () => {
    expect(todayInDomainZone(new Date('2021-06-01T19:29:59Z'))).toBe('2021-06-01');
    expect(todayInDomainZone(new Date('2021-06-01T19:30:00Z'))).toBe('2021-06-02');
    // No summer time from 2023 on.
    expect(todayInDomainZone(new Date('2023-06-01T19:30:00Z'))).toBe('2023-06-01');
  });
});

describe('addDays', () => {
  it('crosses months, years and 29 February, both ways', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-21', -1)).toBe('2025-03-20');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('2024-05-05', 0)).toBe('2024-05-05');
  });
});

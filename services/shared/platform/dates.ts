/** The time zone whose calendar decides "today" for course and agreement rules: the sector is Iran's. */
export const DOMAIN_TIME_ZONE = 'Asia/Tehran';

const isoDateInDomainZone = new Intl.DateTimeFormat('en-CA', {
  timeZone: DOMAIN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Returns today's date in Tehran as `YYYY-MM-DD`. */
export function todayInDomainZone(now: Date = new Date()): string {
  return isoDateInDomainZone.format(now);
}

/** Returns the ISO date `days` days after `isoDate` (before it for negative `days`). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

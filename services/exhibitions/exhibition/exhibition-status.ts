import { type Exhibition, ExhibitionStatus } from './exhibition.entity';

/** SQL for the earliest day an exhibition can have opened: its opening day, else the start of its window; null when open-ended. */
export const EARLIEST_START_SQL = 'COALESCE(exhibition.starts_on, exhibition.starts_no_earlier_than)';
/** SQL for the day by which an exhibition is known to have opened; null when unknown. */
export const LATEST_START_SQL = 'COALESCE(exhibition.starts_on, exhibition.starts_no_later_than)';
/** SQL for the last day an exhibition is known to be open: its last day, else its opening day. */
const LAST_KNOWN_OPEN_DAY_SQL = 'COALESCE(exhibition.ends_on, exhibition.starts_on)';
const NOT_CANCELLED_SQL = '(exhibition.cancelled_on IS NULL OR exhibition.cancelled_on > :statusOn)';

/**
 * Returns where an exhibition stands on `on`, or null when the sources cannot
 * tell (a start known only within a window that includes `on`, or an
 * unknown last day after the opening). A cancelled exhibition is CANCELLED
 * from its cancellation day on, and before that whatever it was then.
 */
export function exhibitionStatusOn(exhibition: Exhibition, on: string): ExhibitionStatus | null {
  if (exhibition.cancelledOn !== null && exhibition.cancelledOn <= on) {
    return ExhibitionStatus.CANCELLED;
  }
  const earliestStart = exhibition.startsOn ?? exhibition.startsNoEarlierThan;
  const latestStart = exhibition.startsOn ?? exhibition.startsNoLaterThan;
  const lastKnownOpenDay = exhibition.endsOn ?? exhibition.startsOn;
  if (earliestStart !== null && on < earliestStart) {
    return ExhibitionStatus.UPCOMING;
  }
  const latestEnd = exhibition.endsOn ?? exhibition.endsNoLaterThan;
  if (latestEnd !== null && on > latestEnd) {
    return ExhibitionStatus.PAST;
  }
  if (latestStart !== null && lastKnownOpenDay !== null && latestStart <= on && on <= lastKnownOpenDay) {
    return ExhibitionStatus.ONGOING;
  }
  return null;
}

/**
 * Returns the SQL condition, on alias `exhibition` with parameter
 * `:statusOn`, that holds exactly when `exhibitionStatusOn(…, statusOn)` is
 * `status`; rows whose status cannot be told match no status.
 */
export function statusConditionSql(status: ExhibitionStatus): string {
  switch (status) {
    case ExhibitionStatus.CANCELLED:
      return 'exhibition.cancelled_on <= :statusOn';
    case ExhibitionStatus.UPCOMING:
      return `${NOT_CANCELLED_SQL} AND ${EARLIEST_START_SQL} > :statusOn`;
    case ExhibitionStatus.PAST:
      // The table's checks keep the last day (or the latest possible one) on or after the earliest start, so a PAST row is never UPCOMING.
      return `${NOT_CANCELLED_SQL} AND COALESCE(exhibition.ends_on, exhibition.ends_no_later_than) < :statusOn`;
    case ExhibitionStatus.ONGOING:
      return `${NOT_CANCELLED_SQL} AND ${LATEST_START_SQL} <= :statusOn AND ${LAST_KNOWN_OPEN_DAY_SQL} >= :statusOn`;
  }
}

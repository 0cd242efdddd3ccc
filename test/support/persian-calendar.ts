/**
 * The trade subgraph's Persian calendar and period parsing, for the calendar's
 * unit tests. Apart from subgraphs.ts so that those tests do not load every
 * subgraph.
 */
export { solarYearContaining, solarYearOfRange, solarYearRange } from '../../services/trade/period/persian-calendar';
export { parsePeriodText } from '../../services/trade/period/trade-period';

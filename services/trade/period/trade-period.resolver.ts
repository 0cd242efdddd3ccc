import { Arg, Int, Query, Resolver } from 'type-graphql';

import { BadUserInputError, CATALOGUE_MAX_AGE, PublicCacheHint } from '../../shared/platform/graphql';
import { FIRST_SOLAR_YEAR, isSupportedSolarYear, LAST_SOLAR_YEAR } from './persian-calendar';
import { solarYearPeriod } from './trade-period';
import { TradePeriod } from './trade-period.type';

/** The Persian calendar, for clients that need a solar year's dates. */
@Resolver(() => TradePeriod)
export class TradePeriodResolver {
  @PublicCacheHint(CATALOGUE_MAX_AGE)
  @Query(() => TradePeriod, {
    nullable: true,
    description: `The Gregorian first and last days of a Persian solar year (${FIRST_SOLAR_YEAR}–${LAST_SOLAR_YEAR}), e.g. 1403: 2024-03-20 to 2025-03-20.`,
  })
  solarYear(@Arg('year', () => Int, { description: 'The solar year, e.g. 1403.' }) year: number): TradePeriod {
    if (!isSupportedSolarYear(year)) {
      throw new BadUserInputError('year', `must be a solar year from ${FIRST_SOLAR_YEAR} to ${LAST_SOLAR_YEAR}, got ${year}.`);
    }
    return solarYearPeriod(year);
  }
}

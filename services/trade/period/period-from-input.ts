import { BadUserInputError } from '../../shared/platform/graphql';
import { FIRST_SOLAR_YEAR, isSupportedSolarYear, LAST_SOLAR_YEAR } from './persian-calendar';
import { rangePeriod, solarYearPeriod, type TradePeriodValue } from './trade-period';
import type { TradePeriodInput } from './trade-period.type';

/** Returns the period an input names; throws BAD_USER_INPUT naming the argument when it is malformed. */
export function periodFromInput(argumentName: string, input: TradePeriodInput): TradePeriodValue {
  const hasYear = input.solarYear !== undefined && input.solarYear !== null;
  const hasRange = Boolean(input.startsOn) || Boolean(input.endsOn);
  if (hasYear === hasRange) {
    throw new BadUserInputError(argumentName, 'give either solarYear, or startsOn and endsOn.');
  }
  if (hasYear) {
    if (!isSupportedSolarYear(input.solarYear!)) {
      throw new BadUserInputError(
        `${argumentName}.solarYear`,
        `must be a solar year from ${FIRST_SOLAR_YEAR} to ${LAST_SOLAR_YEAR}, got ${input.solarYear}.`,
      );
    }
    return solarYearPeriod(input.solarYear!);
  }
  if (!input.startsOn || !input.endsOn) {
    throw new BadUserInputError(
      `${argumentName}.${input.startsOn ? 'endsOn' : 'startsOn'}`,
      'a span of days needs both startsOn and endsOn.',
    );
  }
  const period = rangePeriod(input.startsOn, input.endsOn);
  if (typeof period === 'string') {
    throw new BadUserInputError(`${argumentName}.endsOn`, period);
  }
  return period;
}

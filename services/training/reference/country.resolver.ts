import { Arg, Query, Resolver } from 'type-graphql';

import { CountryCodeScalar } from '../../shared/catalogue';
import { type CountryRecord, findCountry } from '../../shared/catalogue';
import { Country } from './country.type';

/** Countries by ISO code. */
@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'The country with this ISO 3166-1 alpha-2 code.' })
  country(
    @Arg('code', () => CountryCodeScalar, { description: 'ISO 3166-1 alpha-2 code, e.g. `IQ`.' }) code: string,
  ): CountryRecord | null {
    return findCountry(code) ?? null;
  }
}

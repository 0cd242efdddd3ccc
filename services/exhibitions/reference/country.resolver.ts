import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CountryRecord } from '../../shared/catalogue';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { ExhibitionConnection } from '../exhibition/exhibition.connection';
import { ExhibitionListArgs } from '../exhibition/exhibition.inputs';
import { findExhibitionsOf } from '../exhibition/exhibition.service';
import { ExportMarket } from '../export-market/export-market.entity';
import { Country } from './country.type';

/** The exhibitions each country hosts, and its place among export markets. */
@Resolver(() => Country)
export class CountryResolver {
  @ConnectionListSize()
  @FieldResolver(() => ExhibitionConnection, {
    nullable: true,
    description:
      'Exhibitions held in this country, by start date. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exhibitionsHosted(@Root() country: CountryRecord, @Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitionsOf(context.loaders.exhibitionPagesByCountry, country.code, args);
  }

  @FieldResolver(() => [ExportMarket], {
    nullable: true,
    description:
      'Its entries as a market for Iranian handicraft exports (one per target group it belongs to, one on its own); empty when it is none. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exportMarkets(@Root() country: CountryRecord, @Ctx() context: ExhibitionsContext) {
    return context.loaders.exportMarketsByCountry.load(country.code);
  }
}

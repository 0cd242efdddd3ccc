import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { CountryCodeScalar } from '../../shared/catalogue';
import { type CountryRecord, findCountry } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE } from '../../shared/platform/graphql';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { Country } from '../reference/country.type';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { ExportMarketConnection } from './export-market.connection';
import { ExportMarket, ExportMarketGroup } from './export-market.entity';
import { ExportMarketListArgs } from './export-market.inputs';
import { findExportMarkets, listExportMarkets } from './export-market.service';

/** Target markets for handicraft exports, with their countries and sources. */
@Resolver(() => ExportMarket)
export class ExportMarketResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @Query(() => [ExportMarket], {
    nullable: true,
    deprecationReason: 'Use `exportMarketsConnection`, which takes `filter`, `orderBy`, `first` and `after`. Removal after 2027-06-01.',
    description: 'Markets for Iranian handicraft exports, all in one list, by group (markets on their own last), then country code.',
  })
  exportMarkets(
    @Arg('group', () => ExportMarketGroup, { nullable: true, description: 'Only the members of this target group.' })
    group: ExportMarketGroup | null,
    @Arg('countryCode', () => CountryCodeScalar, { nullable: true, description: 'Only the entries of this country.' })
    countryCode: string | null,
    @Ctx() context: ExhibitionsContext,
  ) {
    return listExportMarkets(context, group, countryCode);
  }

  @ConnectionListSize()
  @Query(() => ExportMarketConnection, {
    nullable: true,
    description:
      'Markets for Iranian handicraft exports, a page at a time, by group (markets on their own last), then country code unless `orderBy` says otherwise. Replaces `exportMarkets`.',
  })
  exportMarketsConnection(@Args() args: ExportMarketListArgs, @Ctx() context: ExhibitionsContext) {
    return findExportMarkets(context, args);
  }

  @FieldResolver(() => Country, { description: 'The country.' })
  country(@Root() market: ExportMarket): CountryRecord | undefined {
    return findCountry(market.countryCode);
  }

  @FieldResolver(() => [Source], { description: 'Reports that name the market.' })
  sources(@Root() market: ExportMarket, @Ctx() context: ExhibitionsContext) {
    return sourcesOf(context, context.loaders.attributionsByExportMarket.load(market.id));
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the entry rests on, in which report and words.' })
  attributions(@Root() market: ExportMarket, @Ctx() context: ExhibitionsContext) {
    return attributionsOf(context, context.loaders.attributionsByExportMarket.load(market.id));
  }
}

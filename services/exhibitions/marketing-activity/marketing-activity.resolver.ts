import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { countryOf, provinceOf } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE, PublicCacheHint } from '../../shared/platform/graphql';
import type { ExhibitionsContext } from '../context';
import { Organization, organizationReferenceTo } from '../organization/organization.type';
import { Country } from '../reference/country.type';
import { Province } from '../reference/province.type';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { MarketingActivity } from './marketing-activity.entity';

/** Marketing of Iranian handicrafts abroad: who markets what, where, and the sources. */
@Resolver(() => MarketingActivity)
export class MarketingActivityResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @PublicCacheHint()
  @Query(() => [MarketingActivity], {
    nullable: true,
    description: 'Marketing of Iranian handicrafts that the reports tell of, latest first.',
  })
  marketingActivities(@Ctx() context: ExhibitionsContext) {
    return context.dataSource
      .getRepository(MarketingActivity)
      .find({ order: { begunNoLaterThan: { direction: 'DESC', nulls: 'LAST' }, id: 'ASC' } });
  }

  @FieldResolver(() => Organization, { description: 'The organisation that markets the products.' })
  marketer(@Root() activity: MarketingActivity): Organization {
    return organizationReferenceTo(activity.marketerId);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province whose products are marketed; null when not stated.' })
  province(@Root() activity: MarketingActivity) {
    return provinceOf(activity.provinceCode);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country they are marketed in; null when the report does not say.' })
  market(@Root() activity: MarketingActivity) {
    return countryOf(activity.marketCountryCode);
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the record rests on, in which report and words.' })
  attributions(@Root() activity: MarketingActivity, @Ctx() context: ExhibitionsContext) {
    return attributionsOf(context, context.loaders.attributionsByMarketingActivity.load(activity.id));
  }

  @FieldResolver(() => [Source], { description: 'Reports the record comes from.' })
  sources(@Root() activity: MarketingActivity, @Ctx() context: ExhibitionsContext) {
    return sourcesOf(context, context.loaders.attributionsByMarketingActivity.load(activity.id));
  }
}

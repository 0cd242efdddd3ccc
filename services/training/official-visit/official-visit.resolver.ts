import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { countryOf, type CountryRecord } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE, PublicCacheHint } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import { Agreement } from '../agreement/agreement.entity';
import type { TrainingContext } from '../context';
import { Organization } from '../organization/organization.entity';
import { Country } from '../reference/country.type';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { OfficialVisit } from './official-visit.entity';

/** Official visits and talks: listing, who visited whom, what was proposed, and their sources. */
@Resolver(() => OfficialVisit)
export class OfficialVisitResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @PublicCacheHint()
  @Query(() => [OfficialVisit], { nullable: true, description: 'Official visits and talks the reports tell of, latest first.' })
  officialVisits(@Ctx() context: TrainingContext) {
    return context.dataSource
      .getRepository(OfficialVisit)
      .createQueryBuilder('visit')
      .orderBy('COALESCE(visit.held_on, visit.held_no_later_than)', 'DESC')
      .addOrderBy('visit.id')
      .getMany();
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Whose delegation or officials visited; null when not stated.' })
  visitingOrganization(@Root() visit: OfficialVisit, @Ctx() context: TrainingContext) {
    return visit.visitingOrganizationId ? context.loaders.organizationById.load(visit.visitingOrganizationId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Whose officials received them; null when not stated.' })
  hostOrganization(@Root() visit: OfficialVisit, @Ctx() context: TrainingContext) {
    return visit.hostOrganizationId ? context.loaders.organizationById.load(visit.hostOrganizationId) : null;
  }

  @FieldResolver(() => Country, { description: 'Country visited.' })
  country(@Root() visit: OfficialVisit): CountryRecord | null {
    return countryOf(visit.countryCode);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements proposed during the visit (see `Agreement.stage`).' })
  async proposedAgreements(@Root() visit: OfficialVisit, @Ctx() context: TrainingContext) {
    return loadAll(context.loaders.agreementById, await context.loaders.proposedAgreementIdsByVisit.load(visit.id));
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the record rests on, in which report and words.' })
  attributions(@Root() visit: OfficialVisit, @Ctx() context: TrainingContext) {
    return attributionsOf(context, context.loaders.attributionsByOfficialVisit.load(visit.id));
  }

  @FieldResolver(() => [Source], { description: 'Reports the visit facts come from.' })
  sources(@Root() visit: OfficialVisit, @Ctx() context: TrainingContext) {
    return sourcesOf(context, context.loaders.attributionsByOfficialVisit.load(visit.id));
  }
}

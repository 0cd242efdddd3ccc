import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { ProvinceCodeScalar } from '../../shared/catalogue';
import { findProvince } from '../../shared/catalogue';
import { ConnectionListSize } from '../../shared/platform/paging';
import { Agreement } from '../agreement/agreement.entity';
import type { TrainingContext } from '../context';
import { Organization } from '../organization/organization.entity';
import { Province } from '../reference/province.type';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { TrainingCentreConnection } from './training-centre.connection';
import { TrainingCentre, TrainingCentreStatus } from './training-centre.entity';
import { TrainingCentreListArgs } from './training-centre.inputs';
import { findTrainingCentres } from './training-centre.service';

/** Training centres and skills hubs: listing, place, licence and sources. */
@Resolver(() => TrainingCentre)
export class TrainingCentreResolver {
  @ConnectionListSize()
  @Query(() => TrainingCentreConnection, {
    nullable: true,
    description: 'Licensed training centres and skills hubs, by name unless `orderBy` says otherwise.',
  })
  trainingCentres(
    @Arg('provinceCode', () => ProvinceCodeScalar, {
      nullable: true,
      deprecationReason: 'Use `filter: { provinceCode }`. Removal after 2027-06-01.',
      description: 'Only centres in this province; the same as `filter.provinceCode`.',
    })
    provinceCode: string | null,
    @Arg('status', () => TrainingCentreStatus, {
      nullable: true,
      deprecationReason: 'Use `filter: { status }`. Removal after 2027-06-01.',
      description: 'Only centres in this state; the same as `filter.status`.',
    })
    status: TrainingCentreStatus | null,
    @Args() args: TrainingCentreListArgs,
    @Ctx() context: TrainingContext,
  ) {
    return findTrainingCentres(context, { provinceCode, status }, args);
  }

  @FieldResolver(() => Province, { description: 'Province it is in.' })
  province(@Root() centre: TrainingCentre) {
    return findProvince(centre.provinceCode);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that licensed it.' })
  licensedBy(@Root() centre: TrainingCentre, @Ctx() context: TrainingContext) {
    return centre.licensedById ? context.loaders.organizationById.load(centre.licensedById) : null;
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement that set it up.' })
  agreement(@Root() centre: TrainingCentre, @Ctx() context: TrainingContext) {
    return centre.agreementId ? context.loaders.agreementById.load(centre.agreementId) : null;
  }

  @FieldResolver(() => [Source], { description: 'Reports the centre facts come from.' })
  sources(@Root() centre: TrainingCentre, @Ctx() context: TrainingContext) {
    return sourcesOf(context, context.loaders.attributionsByTrainingCentre.load(centre.id));
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the centre rests on, in which report and words.' })
  attributions(@Root() centre: TrainingCentre, @Ctx() context: TrainingContext) {
    return attributionsOf(context, context.loaders.attributionsByTrainingCentre.load(centre.id));
  }
}

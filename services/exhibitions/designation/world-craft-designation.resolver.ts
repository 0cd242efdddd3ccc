import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { findProvince } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE, runMutation } from '../../shared/platform/graphql';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { Province } from '../reference/province.type';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { WorldCraftDesignationConnection } from './world-craft-designation.connection';
import { WorldCraftDesignation } from './world-craft-designation.entity';
import { RecordWorldCraftDesignationInput, WorldCraftDesignationListArgs } from './world-craft-designation.inputs';
import { WorldCraftDesignationPayload } from './world-craft-designation.payload';
import { designationCounts, findDesignations, recordDesignation } from './world-craft-designation.service';
import { WorldCraftDesignationCount } from './world-craft-designation-count.type';

/** World Crafts Council designations of Iranian cities and villages: those registered by name, and the counts reports give. */
@Resolver(() => WorldCraftDesignation)
export class WorldCraftDesignationResolver {
  @ConnectionListSize()
  @Query(() => WorldCraftDesignationConnection, {
    nullable: true,
    description: 'World craft cities and villages registered here by name, by province and place name unless `orderBy` says otherwise.',
  })
  worldCraftDesignations(@Args() args: WorldCraftDesignationListArgs, @Ctx() context: ExhibitionsContext) {
    return findDesignations(context, args);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @Query(() => [WorldCraftDesignationCount], {
    nullable: true,
    description:
      'How many world craft cities and villages Iran has: the latest reported count of each kind with its report, beside the number registered by name.',
  })
  worldCraftDesignationCounts(@Ctx() context: ExhibitionsContext) {
    return designationCounts(context);
  }

  @FieldResolver(() => Province, { description: 'Province the place is in.' })
  province(@Root() designation: WorldCraftDesignation) {
    return findProvince(designation.provinceCode);
  }

  @FieldResolver(() => [Source], { description: 'Reports that name the designation.' })
  sources(@Root() designation: WorldCraftDesignation, @Ctx() context: ExhibitionsContext) {
    return sourcesOf(context, context.loaders.attributionsByDesignation.load(designation.id));
  }

  @Mutation(() => WorldCraftDesignationPayload, {
    nullable: true,
    description: 'Registers by name a place designated a world craft city or village. Admins only.',
  })
  recordWorldCraftDesignation(
    @Arg('input', () => RecordWorldCraftDesignationInput, { description: 'What to write.' }) input: RecordWorldCraftDesignationInput,
    @Ctx() context: ExhibitionsContext,
  ) {
    return runMutation(context.loaders, async () => ({ designation: await recordDesignation(context, input) }));
  }
}

/** Who reported each count of world craft cities and villages. */
@Resolver(() => WorldCraftDesignationCount)
export class WorldCraftDesignationCountResolver {
  @FieldResolver(() => [Attribution], { description: 'Who reported the count, in which report and words; empty when no report gives one.' })
  async attributions(@Root() count: WorldCraftDesignationCount, @Ctx() context: ExhibitionsContext) {
    return count.reportId ? attributionsOf(context, context.loaders.attributionsByDesignationCount.load(count.reportId)) : [];
  }
}

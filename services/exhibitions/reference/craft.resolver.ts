import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CraftRecord } from '../../shared/catalogue';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { ExhibitionConnection } from '../exhibition/exhibition.connection';
import { ExhibitionListArgs } from '../exhibition/exhibition.inputs';
import { findExhibitionsOf } from '../exhibition/exhibition.service';
import { Craft } from './craft.type';

/** The exhibitions each craft is shown at. */
@Resolver(() => Craft)
export class CraftResolver {
  @ConnectionListSize()
  @FieldResolver(() => ExhibitionConnection, {
    nullable: true,
    description:
      'Exhibitions showing this craft, by start date. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exhibitions(@Root() craft: CraftRecord, @Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitionsOf(context.loaders.exhibitionPagesByCraft, craft.slug, args);
  }
}

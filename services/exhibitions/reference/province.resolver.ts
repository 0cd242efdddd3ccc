import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { ProvinceRecord } from '../../shared/catalogue';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { ExhibitionConnection } from '../exhibition/exhibition.connection';
import { ExhibitionListArgs } from '../exhibition/exhibition.inputs';
import { findExhibitionsOf } from '../exhibition/exhibition.service';
import { Province } from './province.type';

/** The exhibitions each province is represented at. */
@Resolver(() => Province)
export class ProvinceResolver {
  @ConnectionListSize()
  @FieldResolver(() => ExhibitionConnection, {
    nullable: true,
    description:
      'Exhibitions representing this province, at home or abroad (`filter: { heldAbroad: true }` for those abroad), by start date. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exhibitions(@Root() province: ProvinceRecord, @Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitionsOf(context.loaders.exhibitionPagesByProvince, province.code, args);
  }
}

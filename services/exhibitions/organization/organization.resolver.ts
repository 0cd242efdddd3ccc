import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { ExhibitionConnection } from '../exhibition/exhibition.connection';
import { ExhibitionListArgs } from '../exhibition/exhibition.inputs';
import { findExhibitionsOf } from '../exhibition/exhibition.service';
import { Organization } from './organization.type';

/** The exhibitions each organisation organises. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @ConnectionListSize()
  @FieldResolver(() => ExhibitionConnection, {
    nullable: true,
    description:
      'Exhibitions the organisation organises, by start date. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exhibitionsOrganized(@Root() organization: Organization, @Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitionsOf(context.loaders.exhibitionPagesByOrganizer, organization.id, args);
  }
}

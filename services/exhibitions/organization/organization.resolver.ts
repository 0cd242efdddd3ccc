import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { ExhibitionsContext } from '../context';
import { ExhibitionConnection } from '../exhibition/exhibition.connection';
import { ExhibitionListArgs } from '../exhibition/exhibition.inputs';
import { findExhibitionsOf } from '../exhibition/exhibition.service';
import { Organization } from './organization.type';

/** The exhibitions each organisation organises. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => ExhibitionConnection, { description: 'Exhibitions the organisation organises, by start date.' })
  exhibitionsOrganized(@Root() organization: Organization, @Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitionsOf(context.loaders.exhibitionPagesByOrganizer, organization.id, args);
  }
}

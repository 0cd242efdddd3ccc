import { Ctx, Query, Resolver } from 'type-graphql';

import type { AccessContext } from '../context';
import { organizationReferenceTo } from '../organization/organization.type';
import { Viewer } from './viewer.type';

/** `viewer`: who the caller is. */
@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description:
      'Who is calling: the role, organisation and key name of the API key sent (`role: ANONYMOUS` and the rest null without a key).',
  })
  viewer(@Ctx() context: AccessContext): Viewer {
    const { role, organizationId, keyName, keyPrefix } = context.viewer;
    return { role, organization: organizationReferenceTo(organizationId), keyName, keyPrefix };
  }
}

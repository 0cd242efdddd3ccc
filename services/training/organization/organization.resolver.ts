import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { countryOf, type CountryRecord } from '../../shared/catalogue';
import { runMutation } from '../../shared/platform/graphql';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { Country } from '../reference/country.type';
import { sourcesOf } from '../source/source.resolver';
import { Source } from '../source/source.type';
import { OrganizationConnection } from './organization.connection';
import { Organization } from './organization.entity';
import { CreateOrganizationInput, OrganizationListArgs } from './organization.inputs';
import { OrganizationPayload } from './organization.payload';
import { createOrganization, findOrganizations } from './organization.service';

/** Organisations: lookup, listing, creation, and their country and sources. */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'The organisation with this id; null when there is none.' })
  organization(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: TrainingContext) {
    return context.loaders.organizationById.load(id);
  }

  @ConnectionListSize()
  @Query(() => OrganizationConnection, { nullable: true, description: 'Organisations, by name unless `orderBy` says otherwise.' })
  organizations(@Args() args: OrganizationListArgs, @Ctx() context: TrainingContext) {
    return findOrganizations(context, args);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country it is based in; null for international bodies.' })
  country(@Root() organization: Organization): CountryRecord | null {
    return countryOf(organization.countryCode);
  }

  @FieldResolver(() => [Source], { description: 'Reports that mention the organisation.' })
  sources(@Root() organization: Organization, @Ctx() context: TrainingContext) {
    return sourcesOf(context, context.loaders.attributionsByOrganization.load(organization.id));
  }

  @Mutation(() => OrganizationPayload, { nullable: true, description: 'Registers an organisation. Admins only.' })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput, { description: 'What to write.' }) input: CreateOrganizationInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ organization: await createOrganization(context, input) }));
  }
}

import { assertPerformAction } from '../../shared/platform/auth';
import { applyFilter } from '../../shared/platform/database';
import { optionalText, trimmedText } from '../../shared/platform/graphql';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { ORGANIZATION_ORDERS } from './organization.connection';
import { Organization } from './organization.entity';
import type { CreateOrganizationInput, OrganizationListArgs } from './organization.inputs';

/** Returns a page of organisations matching the filter, in the order asked for. */
export async function findOrganizations(context: TrainingContext, args: OrganizationListArgs): Promise<Connection<Organization>> {
  const query = applyFilter(context.dataSource.getRepository(Organization).createQueryBuilder('organization'), args.filter, {
    search: { search: ['organization.name', 'organization.name_fa'] },
    kind: { equals: 'organization.kind' },
    countryCode: { equals: 'organization.country_code' },
    isSynthetic: { equals: 'organization.is_synthetic' },
  });
  return pageOf('Query.organizations', query, args, ORGANIZATION_ORDERS[args.orderBy], context.loaders.organizationById);
}

/** Saves a new organisation and returns it; admins only. */
export async function createOrganization(context: TrainingContext, input: CreateOrganizationInput): Promise<Organization> {
  assertPerformAction(context.viewer, 'organization:create');
  const repository = context.dataSource.getRepository(Organization);
  return repository.save(
    repository.create({
      name: trimmedText('input.name', input.name),
      nameFa: optionalText(input.nameFa),
      kind: input.kind,
      countryCode: input.countryCode ?? null,
    }),
  );
}

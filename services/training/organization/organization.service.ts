import { requireRole, Role } from '../../shared/platform/auth';
import { applyFilter } from '../../shared/platform/database';
import { optionalText, trimmedText } from '../../shared/platform/graphql';
import { type Connection, PageArgs, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { ORGANIZATION_ORDER } from './organization.connection';
import { Organization } from './organization.entity';
import type { CreateOrganizationInput, OrganizationFilter } from './organization.inputs';

/** Returns a page of organisations matching `filter`, by name. */
export async function findOrganizations(
  context: TrainingContext,
  filter: OrganizationFilter | null | undefined,
  page: PageArgs,
): Promise<Connection<Organization>> {
  const query = applyFilter(context.dataSource.getRepository(Organization).createQueryBuilder('organization'), filter, {
    search: { search: ['organization.name', 'organization.name_fa'] },
    kind: { equals: 'organization.kind' },
    countryCode: { equals: 'organization.country_code' },
  });
  return pageOf(query, page, ORGANIZATION_ORDER, context.loaders.organizationById);
}

/** Saves a new organisation and returns it; admins only. */
export async function createOrganization(context: TrainingContext, input: CreateOrganizationInput): Promise<Organization> {
  requireRole(context.viewer, [Role.ADMIN], 'Registering organisations');
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

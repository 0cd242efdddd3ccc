import { In } from 'typeorm';

import { BUILTIN_ORGANIZATION_IDS } from '../../shared/catalogue';
import { assertPerformAction } from '../../shared/platform/auth';
import { applyFilter } from '../../shared/platform/database';
import { todayInDomainZone } from '../../shared/platform/dates';
import { checkRange, trimmedText } from '../../shared/platform/graphql';
import { type Connection, pageOf } from '../../shared/platform/paging';
import { MutationRefusal } from '../../shared/platform/refusal';
import type { ExhibitionsContext } from '../context';
import { MutationErrorCode } from '../mutation-error.type';
import { organizationReferenceTo } from '../organization/organization.type';
import { DESIGNATION_ORDERS } from './world-craft-designation.connection';
import { WorldCraftDesignation, WorldCraftDesignationKind } from './world-craft-designation.entity';
import type { RecordWorldCraftDesignationInput, WorldCraftDesignationListArgs } from './world-craft-designation.inputs';
import type { WorldCraftDesignationCount } from './world-craft-designation-count.type';
import { WorldCraftDesignationCountReport } from './world-craft-designation-count-report.entity';

/** The year the World Crafts Council was founded: no designation is older. */
const FIRST_POSSIBLE_YEAR = 1964;

/** Returns a page of the designations registered by name that match the filter, in the order asked for. */
export async function findDesignations(
  context: ExhibitionsContext,
  args: WorldCraftDesignationListArgs,
): Promise<Connection<WorldCraftDesignation>> {
  const query = applyFilter(context.dataSource.getRepository(WorldCraftDesignation).createQueryBuilder('designation'), args.filter, {
    kind: { equals: 'designation.kind' },
    provinceCode: { equals: 'designation.province_code' },
  });
  return pageOf('Query.worldCraftDesignations', query, args, DESIGNATION_ORDERS[args.orderBy]);
}

/** Returns, for cities and for villages, the latest reported count with its report, and the number registered by name. */
export async function designationCounts(context: ExhibitionsContext): Promise<WorldCraftDesignationCount[]> {
  const latestReports: WorldCraftDesignationCountReport[] = await context.dataSource
    .getRepository(WorldCraftDesignationCountReport)
    .createQueryBuilder('report')
    .distinctOn(['report.kind'])
    .orderBy('report.kind')
    .addOrderBy('report.as_of', 'DESC')
    .getMany();
  const registered: Array<{ kind: WorldCraftDesignationKind; count: string }> = await context.dataSource.query(
    'SELECT kind, count(*) FROM world_craft_designation GROUP BY kind',
  );
  return Promise.all(
    Object.values(WorldCraftDesignationKind).map(async (kind) => {
      const report = latestReports.find((row) => row.kind === kind);
      return {
        kind,
        reportedCount: report?.reportedCount ?? null,
        reportedAsOf: report?.asOf ?? null,
        reportedIn: report ? await context.loaders.sourceById.load(report.sourceId) : null,
        registeredCount: Number(registered.find((row) => row.kind === kind)?.count ?? 0),
        designatedBy: organizationReferenceTo(BUILTIN_ORGANIZATION_IDS.worldCraftsCouncil),
        reportId: report?.id ?? null,
        derivations: report?.derivations ?? [],
      };
    }),
  );
}

/** Registers a designated place by name and returns it; admins only. Refuses a place that already holds the designation (any letter case). */
export async function recordDesignation(
  context: ExhibitionsContext,
  input: RecordWorldCraftDesignationInput,
): Promise<WorldCraftDesignation> {
  assertPerformAction(context.viewer, 'designation:create');
  const placeName = trimmedText('input.placeName', input.placeName);
  if (input.designatedIn !== undefined && input.designatedIn !== null) {
    checkRange('input.designatedIn', input.designatedIn, FIRST_POSSIBLE_YEAR, Number(todayInDomainZone().slice(0, 4)));
  }
  const inserted: Array<{ id: string }> = await context.dataSource.query(
    `INSERT INTO world_craft_designation (kind, place_name, province_code, designated_in) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING id`,
    [input.kind, placeName, input.provinceCode, input.designatedIn ?? null],
  );
  if (inserted.length === 0) {
    throw new MutationRefusal(
      MutationErrorCode.ALREADY_DESIGNATED,
      `${placeName} (${input.provinceCode}) is already registered as a world craft ${input.kind.toLowerCase()}.`,
      'placeName',
    );
  }
  return context.dataSource.getRepository(WorldCraftDesignation).findOneByOrFail({ id: inserted[0].id });
}

/** Returns the counts that the count reports with these ids give, as `WorldCraftDesignationCount`s, by kind. */
export async function designationCountsReportedIn(
  context: ExhibitionsContext,
  reportIds: readonly string[],
): Promise<WorldCraftDesignationCount[]> {
  if (reportIds.length === 0) {
    return [];
  }
  const reports = await context.dataSource
    .getRepository(WorldCraftDesignationCountReport)
    .find({ where: { id: In([...reportIds]) }, order: { kind: 'ASC', asOf: 'DESC' } });
  const registered: Array<{ kind: WorldCraftDesignationKind; count: string }> = await context.dataSource.query(
    'SELECT kind, count(*) FROM world_craft_designation GROUP BY kind',
  );
  return Promise.all(
    reports.map(async (report) => ({
      kind: report.kind,
      reportedCount: report.reportedCount,
      reportedAsOf: report.asOf,
      reportedIn: await context.loaders.sourceById.load(report.sourceId),
      registeredCount: Number(registered.find((row) => row.kind === report.kind)?.count ?? 0),
      designatedBy: organizationReferenceTo(BUILTIN_ORGANIZATION_IDS.worldCraftsCouncil),
      reportId: report.id,
      derivations: report.derivations,
    })),
  );
}

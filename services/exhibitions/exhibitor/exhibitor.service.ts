import { assertPerformAction, performsOnAll } from '../../shared/platform/auth';
import { lockOrRefuse } from '../../shared/platform/database';
import { todayInDomainZone } from '../../shared/platform/dates';
import { isUuid } from '../../shared/platform/ids';
import type { Connection } from '../../shared/platform/paging';
import { MutationRefusal } from '../../shared/platform/refusal';
import { type Artisan, artisanReferenceTo } from '../artisan/artisan.type';
import type { ExhibitionsContext } from '../context';
import { Exhibition } from '../exhibition/exhibition.entity';
import { refuseEarlyUnlessOrganizer, refuseIfCancelled, refuseIfEnded, requireOrganizerRights } from '../exhibition/exhibition.service';
import { MutationErrorCode } from '../mutation-error.type';
import { EXHIBITOR_ORDERS, type ExhibitorNode } from './exhibitor.connection';
import { exhibitorConditions } from './exhibitor.filter';
import type { ExhibitorInput, ExhibitorListArgs } from './exhibitor.inputs';

/** What an exhibitor mutation returns: the exhibition and the artisan. */
export interface ExhibitorChange {
  readonly exhibition: Exhibition;
  readonly artisan: Artisan;
}

/**
 * Returns a page of an exhibition's exhibitors matching the filter, in the
 * order asked for, batched with the other exhibitions of the request. An
 * exhibitor whose artisan the caller may not see (`artisan:read-personal`, as
 * the training subgraph answers it, one request for the whole operation) is
 * listed and counted with a null node, so that no id links one artisan
 * across exhibitions; when the training subgraph does not answer, every
 * node but those an analyst or admin asks for is null.
 */
export async function findExhibitorsOf(
  context: ExhibitionsContext,
  exhibitionId: string,
  args: ExhibitorListArgs,
): Promise<Connection<ExhibitorNode | null>> {
  const page = await context.loaders.exhibitorPagesByExhibition.load(
    exhibitionId,
    args,
    EXHIBITOR_ORDERS[args.orderBy],
    exhibitorConditions(args.filter),
  );
  if (performsOnAll(context.viewer, 'artisan:read-personal')) {
    return page;
  }
  const sights = await context.artisanSight.loadMany(page.edges.map((edge) => edge.node.id));
  const edges = page.edges.map((edge, index) => {
    const sight = sights[index];
    return { cursor: edge.cursor, node: !(sight instanceof Error) && sight.readable ? edge.node : null };
  });
  return {
    edges,
    pageInfo: page.pageInfo,
    // Still counted only when selected.
    get totalCount() {
      return page.totalCount;
    },
  };
}

/** Returns how many artisans are registered to exhibit at the exhibition, counted with its siblings in one statement. */
export function registeredExhibitorCount(context: ExhibitionsContext, exhibitionId: string): Promise<number> {
  return context.loaders.exhibitorPagesByExhibition.count(exhibitionId, exhibitorConditions(null));
}

/**
 * Registers an artisan as an exhibitor and returns the exhibition and the
 * artisan. The artisan is checked with the training subgraph first (one
 * request): one the caller may not see (`artisan:read-personal`) is refused
 * as unknown, so that no registration grants sight; then, with the
 * exhibition row locked, refuses an unknown, cancelled or ended exhibition
 * and a second registration.
 */
export async function registerExhibitor(context: ExhibitionsContext, input: ExhibitorInput): Promise<ExhibitorChange> {
  await refuseEarlyUnlessOrganizer(context, input.exhibitionId, 'exhibitor:register');
  const unknownArtisan = !isUuid(input.artisanId) || !(await context.training.artisanSight([input.artisanId]))[0].readable;
  if (unknownArtisan) {
    throw new MutationRefusal(MutationErrorCode.NOT_FOUND, `No artisan has id ${input.artisanId}.`, 'artisanId');
  }
  return context.dataSource.transaction(async (manager) => {
    const exhibition = await lockOrRefuse(manager, Exhibition, input.exhibitionId, { label: 'exhibition', field: 'exhibitionId' });
    requireOrganizerRights(context.viewer, exhibition, 'exhibitor:register');
    refuseIfCancelled(exhibition, 'exhibitionId');
    refuseIfEnded(exhibition, todayInDomainZone(), 'exhibitionId');
    const inserted: unknown[] = await manager.query(
      'INSERT INTO exhibitor (exhibition_id, artisan_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
      [exhibition.id, input.artisanId],
    );
    if (inserted.length === 0) {
      throw new MutationRefusal(
        MutationErrorCode.ALREADY_REGISTERED,
        'The artisan is already registered as an exhibitor of this exhibition.',
        'artisanId',
      );
    }
    return { exhibition, artisan: artisanReferenceTo(input.artisanId) };
  });
}

/**
 * Removes an artisan from an exhibition's exhibitors and returns the
 * exhibition and the artisan. Refuses an unknown, cancelled or ended
 * exhibition (the exhibitors of a past exhibition are its record), and an
 * artisan who is not registered.
 */
export async function removeExhibitor(context: ExhibitionsContext, input: ExhibitorInput): Promise<ExhibitorChange> {
  assertPerformAction(context.viewer, 'exhibitor:remove');
  return context.dataSource.transaction(async (manager) => {
    const exhibition = await lockOrRefuse(manager, Exhibition, input.exhibitionId, { label: 'exhibition', field: 'exhibitionId' });
    requireOrganizerRights(context.viewer, exhibition, 'exhibitor:remove');
    refuseIfCancelled(exhibition, 'exhibitionId');
    refuseIfEnded(exhibition, todayInDomainZone(), 'exhibitionId');
    const [, removed]: [unknown, number] = isUuid(input.artisanId)
      ? await manager.query('DELETE FROM exhibitor WHERE exhibition_id = $1 AND artisan_id = $2', [exhibition.id, input.artisanId])
      : [[], 0];
    if (removed === 0) {
      throw new MutationRefusal(
        MutationErrorCode.NOT_REGISTERED,
        'The artisan is not registered as an exhibitor of this exhibition.',
        'artisanId',
      );
    }
    return { exhibition, artisan: artisanReferenceTo(input.artisanId) };
  });
}

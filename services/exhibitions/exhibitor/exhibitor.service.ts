import { requireRole, Role } from '../../shared/platform/auth';
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
 * order asked for, batched with the other exhibitions of the request. Every
 * caller gets every exhibitor's reference: what it may see of each artisan is
 * the training subgraph's to decide.
 */
export function findExhibitorsOf(
  context: ExhibitionsContext,
  exhibitionId: string,
  args: ExhibitorListArgs,
): Promise<Connection<ExhibitorNode>> {
  return context.loaders.exhibitorPagesByExhibition.load(
    exhibitionId,
    args,
    EXHIBITOR_ORDERS[args.orderBy],
    exhibitorConditions(args.filter),
  );
}

/** Returns how many artisans are registered to exhibit at the exhibition, counted with its siblings in one statement. */
export function registeredExhibitorCount(context: ExhibitionsContext, exhibitionId: string): Promise<number> {
  return context.loaders.exhibitorPagesByExhibition.count(exhibitionId, exhibitorConditions(null));
}

/**
 * Registers an artisan as an exhibitor and returns the exhibition and the
 * artisan. The artisan is checked with the training subgraph first (one
 * request); then, with the exhibition row locked, refuses an unknown,
 * cancelled or ended exhibition and a second registration.
 */
export async function registerExhibitor(context: ExhibitionsContext, input: ExhibitorInput): Promise<ExhibitorChange> {
  await refuseEarlyUnlessOrganizer(context, input.exhibitionId, 'Registering exhibitors of this exhibition');
  const unknownArtisan =
    !isUuid(input.artisanId) || (await context.training.findMissing([{ __typename: 'Artisan', id: input.artisanId }])).length > 0;
  if (unknownArtisan) {
    throw new MutationRefusal(MutationErrorCode.NOT_FOUND, `No artisan has id ${input.artisanId}.`, 'artisanId');
  }
  return context.dataSource.transaction(async (manager) => {
    const exhibition = await lockOrRefuse(manager, Exhibition, input.exhibitionId, { label: 'exhibition', field: 'exhibitionId' });
    requireOrganizerRights(context.viewer, exhibition, 'Registering exhibitors of this exhibition');
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
  requireRole(context.viewer, [Role.ADMIN, Role.PARTNER], 'Removing exhibitors');
  return context.dataSource.transaction(async (manager) => {
    const exhibition = await lockOrRefuse(manager, Exhibition, input.exhibitionId, { label: 'exhibition', field: 'exhibitionId' });
    requireOrganizerRights(context.viewer, exhibition, 'Removing exhibitors of this exhibition');
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

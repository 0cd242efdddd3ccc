import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from '../loaders';

/**
 * Returns the row of `entity` with this id, locked FOR UPDATE until the
 * caller's transaction ends, or null when there is none (an id that is not a
 * UUID names none).
 */
export async function findForUpdate<TEntity extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<TEntity>, id: string): Promise<TEntity | null> {
  if (!isUuid(id)) {
    return null;
  }
  return manager.getRepository(entity).createQueryBuilder('row').setLock('pessimistic_write').where('row.id = :id', { id }).getOne();
}

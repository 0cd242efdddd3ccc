import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { isUuid } from '../ids';
import { MutationRefusal, NOT_FOUND } from '../refusal';

/** Names a record for a NOT_FOUND refusal: what it is ("course") and the input field that gave its id. */
export interface RecordLabel {
  readonly label: string;
  readonly field: string;
}

/**
 * Returns the row of `entity` with this id, locked FOR UPDATE until the
 * caller's transaction ends; refuses with NOT_FOUND, naming `field`, when
 * there is none (an id that is not a UUID names none).
 */
export async function lockOrRefuse<TEntity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<TEntity>,
  id: string,
  { label, field }: RecordLabel,
): Promise<TEntity> {
  const row = isUuid(id)
    ? await manager.getRepository(entity).createQueryBuilder('row').setLock('pessimistic_write').where('row.id = :id', { id }).getOne()
    : null;
  if (!row) {
    throw new MutationRefusal(NOT_FOUND, `No ${label} has id ${id}.`, field);
  }
  return row;
}

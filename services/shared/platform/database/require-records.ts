import { type EntityManager, type EntityTarget, In, type ObjectLiteral } from 'typeorm';

import { isUuid } from '../ids';
import { MutationRefusal, NOT_FOUND } from '../refusal';

/**
 * Refuses with NOT_FOUND, naming the input field, unless every id names a row
 * of `entity`; one query for all ids.
 */
export async function requireRecords(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  ids: readonly string[],
  field: string,
  label: string,
): Promise<void> {
  const wanted = [...new Set(ids)];
  const found = new Set(
    wanted.some((id) => !isUuid(id))
      ? []
      : (await manager.getRepository(entity).find({ select: { id: true }, where: { id: In(wanted) } })).map((row) => row.id as string),
  );
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) {
    throw new MutationRefusal(NOT_FOUND, `No ${label} has id ${missing}.`, field);
  }
}

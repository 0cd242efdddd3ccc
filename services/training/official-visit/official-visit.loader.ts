import type { DataSource } from 'typeorm';

import { entityByIdLoader, linkedIdsLoader } from '../../shared/platform/loaders';
import { OfficialVisit } from './official-visit.entity';

/** Per-request loaders of official visits by id, and of the agreements proposed during each. */
export function createOfficialVisitLoaders(dataSource: DataSource) {
  return {
    officialVisitById: entityByIdLoader(dataSource.getRepository(OfficialVisit)),
    proposedAgreementIdsByVisit: linkedIdsLoader(
      (sql, parameters) => dataSource.query(sql, parameters),
      `SELECT proposed_at_visit_id AS parent_id, id AS child_id FROM agreement
       WHERE proposed_at_visit_id = ANY($1::uuid[]) ORDER BY title, id`,
    ),
  };
}

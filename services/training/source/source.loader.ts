import type { DataSource } from 'typeorm';

import { Source } from '../../shared/catalogue/source.entity';
import { sourceIdsLoader } from '../../shared/catalogue/source-links';
import { entityByIdLoader } from '../../shared/platform/loaders';

/** Per-request loaders of sources and of the source ids each kind of record cites. */
export function createSourceLoaders(dataSource: DataSource) {
  return {
    sourceById: entityByIdLoader(dataSource.getRepository(Source)),
    sourceIdsByOrganization: sourceIdsLoader(dataSource, 'organization_source', 'organization_id'),
    sourceIdsByCourse: sourceIdsLoader(dataSource, 'course_source', 'course_id'),
    sourceIdsByAgreement: sourceIdsLoader(dataSource, 'agreement_source', 'agreement_id'),
    sourceIdsByTrainingCentre: sourceIdsLoader(dataSource, 'training_centre_source', 'training_centre_id'),
  };
}

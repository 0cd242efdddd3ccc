import type { DataSource } from 'typeorm';

import { attributionRowsLoader, citingRecordIdsLoader } from '../../shared/catalogue';
import { Source } from '../../shared/catalogue/source.entity';
import { entityByIdLoader } from '../../shared/platform/loaders';

/** Per-request loaders of sources, of each kind of record's attributions, and of the records of each kind that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return {
    sourceById: entityByIdLoader(dataSource.getRepository(Source)),
    attributionsByOrganization: attributionRowsLoader(dataSource, 'organization_id'),
    attributionsByCourse: attributionRowsLoader(dataSource, 'course_id'),
    attributionsByAgreement: attributionRowsLoader(dataSource, 'agreement_id'),
    attributionsByTrainingCentre: attributionRowsLoader(dataSource, 'training_centre_id'),
    attributionsByOfficialVisit: attributionRowsLoader(dataSource, 'official_visit_id'),
    organizationIdsBySource: citingRecordIdsLoader(dataSource, 'organization_id'),
    courseIdsBySource: citingRecordIdsLoader(dataSource, 'course_id'),
    agreementIdsBySource: citingRecordIdsLoader(dataSource, 'agreement_id'),
    trainingCentreIdsBySource: citingRecordIdsLoader(dataSource, 'training_centre_id'),
    officialVisitIdsBySource: citingRecordIdsLoader(dataSource, 'official_visit_id'),
  };
}

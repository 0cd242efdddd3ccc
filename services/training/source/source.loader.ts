import type { DataSource } from 'typeorm';

import { sourceLoaders } from '../../shared/catalogue';

/** Per-request loaders of sources, of each kind of record's attributions, and of the records of each kind that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return sourceLoaders(
    dataSource,
    {
      Organization: 'organization_id',
      Course: 'course_id',
      Agreement: 'agreement_id',
      TrainingCentre: 'training_centre_id',
      OfficialVisit: 'official_visit_id',
    },
    ['Organization', 'Course', 'Agreement', 'TrainingCentre', 'OfficialVisit'],
  );
}

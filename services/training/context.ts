import type { DataSource } from 'typeorm';

import type { OwnContext, SubgraphContext } from '../shared/platform/server';
import { createAgreementLoaders } from './agreement/agreement.loader';
import { createArtisanLoaders } from './artisan/artisan.loader';
import { createCertificateLoaders } from './certificate/certificate.loader';
import { createCompetencyStandardLoaders } from './competency-standard/competency-standard.loader';
import { createCourseLoaders } from './course/course.loader';
import { createEnrollmentLoaders } from './enrollment/enrollment.loader';
import { createInstructorLoaders } from './instructor/instructor.loader';
import { createOfficialVisitLoaders } from './official-visit/official-visit.loader';
import { createOrganizationLoaders } from './organization/organization.loader';
import { createSourceLoaders } from './source/source.loader';
import { createTrainingCentreLoaders } from './training-centre/training-centre.loader';

/** Returns a fresh set of the training subgraph's DataLoaders: one set per operation, never shared. */
export function createTrainingLoaders(dataSource: DataSource) {
  return {
    ...createAgreementLoaders(dataSource),
    ...createArtisanLoaders(dataSource),
    ...createCertificateLoaders(dataSource),
    ...createCompetencyStandardLoaders(dataSource),
    ...createCourseLoaders(dataSource),
    ...createEnrollmentLoaders(dataSource),
    ...createInstructorLoaders(dataSource),
    ...createOfficialVisitLoaders(dataSource),
    ...createOrganizationLoaders(dataSource),
    ...createSourceLoaders(dataSource),
    ...createTrainingCentreLoaders(dataSource),
  };
}

/** The training subgraph's loaders, by name. */
export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;

/** What every training resolver receives. */
export type TrainingContext = SubgraphContext<TrainingLoaders>;

/** Returns the context of one operation. */
export function createTrainingContext(dataSource: DataSource): OwnContext<TrainingContext> {
  return { dataSource, loaders: createTrainingLoaders(dataSource) };
}

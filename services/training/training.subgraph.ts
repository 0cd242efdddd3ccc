import { Source } from '../shared/catalogue/source.entity';
import type { SubgraphDefinition } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { Agreement } from './agreement/agreement.entity';
import { AgreementCommitment } from './agreement/agreement-commitment.entity';
import { AgreementParty } from './agreement/agreement-party.entity';
import { Artisan } from './artisan/artisan.entity';
import { Certificate } from './certificate/certificate.entity';
import { CompetencyStandard } from './competency-standard/competency-standard.entity';
import { createTrainingContext, type TrainingContext } from './context';
import { Course } from './course/course.entity';
import { Enrollment } from './enrollment/enrollment.entity';
import { Instructor } from './instructor/instructor.entity';
import { TRAINING_MIGRATIONS } from './migrations';
import { OfficialVisit } from './official-visit/official-visit.entity';
import { Organization } from './organization/organization.entity';
import { buildTrainingSchema } from './schema';
import { seedSyntheticTraining } from './synthetic/synthetic-training.seeder';
import { TrainingCentre } from './training-centre/training-centre.entity';

/** The training subgraph: artisans, courses, enrolments, certificates, agreements, standards, centres. */
export const trainingSubgraph: SubgraphDefinition<TrainingContext> = {
  ...SUBGRAPH_LOCATIONS.training,
  databaseSchema: 'training',
  entities: [
    Agreement,
    AgreementCommitment,
    AgreementParty,
    Artisan,
    Certificate,
    CompetencyStandard,
    Course,
    Enrollment,
    Instructor,
    OfficialVisit,
    Organization,
    Source,
    TrainingCentre,
  ],
  migrations: TRAINING_MIGRATIONS,
  buildSchema: buildTrainingSchema,
  createContext: (dataSource) => createTrainingContext(dataSource),
  seedSynthetic: (manager, sizes) => seedSyntheticTraining(manager, { artisans: sizes.artisans }),
};

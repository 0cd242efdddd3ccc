import type { GraphQLSchema } from 'graphql';

import { catalogueReferenceResolvers, sourceReferenceResolvers } from '../shared/catalogue';
import { nodeTypesResolver } from '../shared/platform/federation';
import { buildFederatedSchema } from '../shared/platform/graphql';
import { Agreement } from './agreement/agreement.entity';
import { agreementReference } from './agreement/agreement.reference';
import { AgreementCommitmentResolver, AgreementPartyResolver, AgreementResolver } from './agreement/agreement.resolver';
import { Artisan } from './artisan/artisan.entity';
import { artisanReference } from './artisan/artisan.reference';
import { ArtisanResolver } from './artisan/artisan.resolver';
import { CertificateResolver } from './certificate/certificate.resolver';
import { CompetencyStandard } from './competency-standard/competency-standard.entity';
import { competencyStandardReference } from './competency-standard/competency-standard.reference';
import { CompetencyStandardResolver } from './competency-standard/competency-standard.resolver';
import type { TrainingContext } from './context';
import { Course } from './course/course.entity';
import { courseReference } from './course/course.reference';
import { CourseResolver } from './course/course.resolver';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { Instructor } from './instructor/instructor.entity';
import { instructorReference } from './instructor/instructor.reference';
import { InstructorResolver } from './instructor/instructor.resolver';
import { OfficialVisit } from './official-visit/official-visit.entity';
import { officialVisitReference } from './official-visit/official-visit.reference';
import { OfficialVisitResolver } from './official-visit/official-visit.resolver';
import { Organization } from './organization/organization.entity';
import { organizationReference } from './organization/organization.reference';
import { OrganizationResolver } from './organization/organization.resolver';
import { CountryResolver } from './reference/country.resolver';
import { CraftResolver } from './reference/craft.resolver';
import { ProvinceResolver } from './reference/province.resolver';
import { SourceFactsResolver } from './source/source.resolver';
import { SourceFactsFieldResolver } from './source/source.type';
import { TrainingCentre } from './training-centre/training-centre.entity';
import { trainingCentreReference } from './training-centre/training-centre.reference';
import { TrainingCentreResolver } from './training-centre/training-centre.resolver';

/** `trainingNodeTypes(ids:)` for the graph's `node(id:)`: the records `agreement(id:)`, `artisan(id:)`, `course(id:)` and `organization(id:)` answer, and those of the public lists of competency standards, instructors, official visits and training centres. */
const NodeTypesResolver = nodeTypesResolver('training', [
  { typeName: 'Agreement', entity: Agreement },
  { typeName: 'Artisan', entity: Artisan },
  { typeName: 'CompetencyStandard', entity: CompetencyStandard },
  { typeName: 'Course', entity: Course },
  { typeName: 'Instructor', entity: Instructor },
  { typeName: 'OfficialVisit', entity: OfficialVisit },
  { typeName: 'Organization', entity: Organization },
  { typeName: 'TrainingCentre', entity: TrainingCentre },
]);

/** Returns the training subgraph's federated schema. */
export function buildTrainingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<TrainingContext>({
    resolvers: [
      AgreementResolver,
      AgreementPartyResolver,
      AgreementCommitmentResolver,
      ArtisanResolver,
      CertificateResolver,
      CompetencyStandardResolver,
      CountryResolver,
      CourseResolver,
      CraftResolver,
      EnrollmentResolver,
      InstructorResolver,
      NodeTypesResolver,
      OfficialVisitResolver,
      OrganizationResolver,
      ProvinceResolver,
      SourceFactsFieldResolver,
      SourceFactsResolver,
      TrainingCentreResolver,
    ],
    referenceResolvers: {
      ...catalogueReferenceResolvers,
      ...sourceReferenceResolvers,
      Agreement: agreementReference,
      Artisan: artisanReference,
      CompetencyStandard: competencyStandardReference,
      Course: courseReference,
      Instructor: instructorReference,
      OfficialVisit: officialVisitReference,
      Organization: organizationReference,
      TrainingCentre: trainingCentreReference,
    },
  });
}

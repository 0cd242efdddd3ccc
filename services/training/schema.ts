import type { GraphQLSchema } from 'graphql';

import { catalogueReferenceResolvers, sourceReferenceResolvers } from '../shared/catalogue';
import { buildFederatedSchema } from '../shared/platform/graphql';
import { AgreementCommitmentResolver, AgreementPartyResolver, AgreementResolver } from './agreement/agreement.resolver';
import { artisanReference } from './artisan/artisan.reference';
import { ArtisanResolver } from './artisan/artisan.resolver';
import { CertificateResolver } from './certificate/certificate.resolver';
import { CompetencyStandardResolver } from './competency-standard/competency-standard.resolver';
import type { TrainingContext } from './context';
import { courseReference } from './course/course.reference';
import { CourseResolver } from './course/course.resolver';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { InstructorResolver } from './instructor/instructor.resolver';
import { OfficialVisitResolver } from './official-visit/official-visit.resolver';
import { organizationReference } from './organization/organization.reference';
import { OrganizationResolver } from './organization/organization.resolver';
import { CountryResolver } from './reference/country.resolver';
import { CraftResolver } from './reference/craft.resolver';
import { ProvinceResolver } from './reference/province.resolver';
import { SourceFactsResolver } from './source/source.resolver';
import { SourceFactsFieldResolver } from './source/source.type';
import { TrainingCentreResolver } from './training-centre/training-centre.resolver';

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
      Artisan: artisanReference,
      Course: courseReference,
      Organization: organizationReference,
    },
  });
}

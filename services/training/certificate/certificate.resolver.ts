import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { NonEmptyStringScalar } from '../../shared/platform/graphql';
import { Artisan } from '../artisan/artisan.entity';
import type { TrainingContext } from '../context';
import { Course } from '../course/course.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Organization } from '../organization/organization.entity';
import { Certificate } from './certificate.entity';
import { findCertificate } from './certificate.service';

/** Certificates: lookup by serial (for verification) and what each certifies. */
@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => Certificate, {
    nullable: true,
    description:
      'The certificate with this serial number, for verifying one; null when there is none. Personal: FORBIDDEN without a key, and for a partner key unless its organisation provides the course.',
  })
  certificate(
    @Arg('serial', () => NonEmptyStringScalar, { description: 'Serial number as printed, e.g. `HC-2025-000042`.' }) serial: string,
    @Ctx() context: TrainingContext,
  ) {
    return findCertificate(context, serial);
  }

  @FieldResolver(() => Organization, { description: 'The organisation that issued it.' })
  issuer(@Root() certificate: Certificate, @Ctx() context: TrainingContext) {
    return context.loaders.organizationById.load(certificate.issuerId);
  }

  @FieldResolver(() => Enrollment, { description: 'The enrolment whose passed exam it certifies.' })
  enrollment(@Root() certificate: Certificate, @Ctx() context: TrainingContext) {
    return context.loaders.enrollmentById.load(certificate.enrollmentId);
  }

  @FieldResolver(() => Artisan, { description: 'The artisan it was issued to.' })
  async artisan(@Root() certificate: Certificate, @Ctx() context: TrainingContext) {
    const enrollment = await context.loaders.enrollmentById.load(certificate.enrollmentId);
    return enrollment && context.loaders.artisanById.load(enrollment.artisanId);
  }

  @FieldResolver(() => Course, { description: 'The course it certifies.' })
  async course(@Root() certificate: Certificate, @Ctx() context: TrainingContext) {
    const enrollment = await context.loaders.enrollmentById.load(certificate.enrollmentId);
    return enrollment && context.loaders.courseById.load(enrollment.courseId);
  }
}

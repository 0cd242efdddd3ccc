import type { EntityManager } from 'typeorm';

import { mayEverPerformAction, mayPerformAction, performsOnAll } from '../../shared/platform/auth';
import { todayInDomainZone } from '../../shared/platform/dates';
import { ForbiddenError } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import type { Connection } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import type { Course } from '../course/course.entity';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { enrollmentVisibility } from '../enrollment/enrollment-visibility';
import { CERTIFICATE_ORDERS } from './certificate.connection';
import { Certificate } from './certificate.entity';
import { certificateConditions } from './certificate.filter';
import type { CertificateListArgs } from './certificate.inputs';

/**
 * Returns whether the caller may read a certificate: analysts and admins,
 * and partner keys of the organisation that provides the course it
 * certifies (`certificate:read`).
 */
export async function mayReadCertificate(context: TrainingContext, certificate: Certificate): Promise<boolean> {
  if (performsOnAll(context.viewer, 'certificate:read')) {
    return true;
  }
  if (!mayEverPerformAction(context.viewer, 'certificate:read')) {
    return false;
  }
  const enrollment = await context.loaders.enrollmentById.load(certificate.enrollmentId);
  const course = enrollment && (await context.loaders.courseById.load(enrollment.courseId));
  return course !== null && mayPerformAction(context.viewer, 'certificate:read', { organizationIds: [course.providerId] });
}

/**
 * Returns the certificate with this serial, or null when there is none.
 * Certificates are personal: FORBIDDEN for a caller whose role may read none
 * (no key), or for a key that may not read it (see `mayReadCertificate`).
 */
export async function findCertificate(context: TrainingContext, serial: string): Promise<Certificate | null> {
  const refusal = "Certificates need an analyst's or admin's key, or the partner key of the organisation that provides the course.";
  if (!mayEverPerformAction(context.viewer, 'certificate:read')) {
    throw new ForbiddenError(refusal);
  }
  const certificate = await context.dataSource.getRepository(Certificate).findOneBy({ serial: serial.trim() });
  if (certificate && !(await mayReadCertificate(context, certificate))) {
    throw new ForbiddenError(refusal);
  }
  return certificate;
}

/** Returns the artisan's certificates, oldest first, that the caller may read (see `mayReadCertificate`), loaded in batches. */
export async function certificatesOfArtisan(context: TrainingContext, artisanId: string): Promise<Certificate[]> {
  const certificates = await loadAll(context.loaders.certificateById, await context.loaders.certificateIdsByArtisan.load(artisanId));
  const readable = await Promise.all(certificates.map((certificate) => mayReadCertificate(context, certificate)));
  return certificates.filter((_, index) => readable[index]);
}

/**
 * Returns a page of the artisan's certificates matching the filter that the
 * caller may read (all for analysts and admins, those of its own courses for
 * a partner: the rule of `mayReadCertificate`, in SQL), batched with the
 * other artisans of the request.
 */
export function findCertificatesOfArtisan(
  context: TrainingContext,
  artisanId: string,
  args: CertificateListArgs,
): Promise<Connection<Certificate>> {
  return context.loaders.certificatePagesByArtisan.load(
    artisanId,
    args,
    CERTIFICATE_ORDERS[args.orderBy],
    certificateConditions(args.filter, enrollmentVisibility(context.viewer)),
  );
}

/**
 * Issues the certificate of a passed enrolment inside the caller's transaction
 * and returns it: serial `HC-<year>-<number>`, issuer the course's certificate
 * issuer (or its provider). The unique enrolment column keeps it to one.
 */
export async function issueCertificate(manager: EntityManager, enrollment: Enrollment, course: Course): Promise<Certificate> {
  const issuedOn = todayInDomainZone();
  const [{ number }] = await manager.query("SELECT nextval('certificate_serial_seq') AS number");
  return manager.save(
    manager.create(Certificate, {
      enrollmentId: enrollment.id,
      serial: `HC-${issuedOn.slice(0, 4)}-${String(number).padStart(6, '0')}`,
      issuerId: course.certificateIssuerId ?? course.providerId,
      issuedOn,
    }),
  );
}

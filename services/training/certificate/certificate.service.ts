import type { EntityManager } from 'typeorm';

import { todayInDomainZone } from '../../shared/platform/dates';
import type { Course } from '../course/course.entity';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { Certificate } from './certificate.entity';

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

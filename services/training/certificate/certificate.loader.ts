import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { isUuid } from '../../shared/platform/ids';
import { alignByKey, entityByIdLoader, linkedIdsLoader } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { Certificate } from './certificate.entity';
import { applyCertificateConditions, type CertificateConditions } from './certificate.filter';

/** Per-request loaders of certificates: by id, by enrolment, the ids of each artisan's, and each artisan's as pages. */
export function createCertificateLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Certificate);
  const certificateById = entityByIdLoader(repository);
  return {
    certificateById,
    certificateByEnrollment: new DataLoader<string, Certificate | null>(async (enrollmentIds) => {
      const wellFormed = enrollmentIds.filter(isUuid);
      const rows = wellFormed.length ? await repository.findBy({ enrollmentId: In(wellFormed) }) : [];
      return alignByKey(enrollmentIds, rows, (row) => row.enrollmentId);
    }),
    certificateIdsByArtisan: linkedIdsLoader(
      (sql, parameters) => dataSource.query(sql, parameters),
      `SELECT enrollment.artisan_id AS parent_id, certificate.id AS child_id
       FROM certificate JOIN enrollment ON enrollment.id = certificate.enrollment_id
       WHERE enrollment.artisan_id = ANY($1::uuid[]) ORDER BY certificate.issued_on, certificate.serial`,
    ),
    certificatePagesByArtisan: new ChildPages<Certificate, CertificateConditions>({
      list: 'Artisan.certificates',
      query: (artisanIds, conditions) =>
        applyCertificateConditions(
          repository
            .createQueryBuilder('certificate')
            .innerJoin('enrollment', 'enrollment', 'enrollment.id = certificate.enrollment_id')
            .where('enrollment.artisan_id IN (:...artisanIds)', { artisanIds }),
          conditions,
        ),
      parentSql: 'enrollment.artisan_id',
      parentKeyIsUuid: true,
      nodes: { idSql: 'certificate.id', nodeById: certificateById },
    }),
  };
}

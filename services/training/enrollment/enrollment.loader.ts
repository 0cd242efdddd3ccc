import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { KeysetOrder, rankedIdsByParent } from '../../shared/graphql';
import { countByParentLoader, entityByIdLoader, groupByKey, isUuid, pagedByParentLoader, resolveIdsByParent } from '../../shared/loaders';
import { Enrollment, SEAT_HOLDING_STATUSES } from './enrollment.entity';

/** Enrolments by enrolment time, then id. */
export const ENROLLMENT_ORDER = new KeysetOrder<Enrollment>([
  { sql: 'enrollment.enrolled_at', type: 'timestamptz', valueOf: (enrollment) => enrollment.enrolledAt.toISOString() },
  { sql: 'enrollment.id', type: 'uuid', valueOf: (enrollment) => enrollment.id },
]);

/** Per-request loaders of enrolments: by id, by artisan, and each course's as a connection. */
export function createEnrollmentLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Enrollment);
  const query = (sql: string, parameters: unknown[]) => dataSource.query(sql, parameters);
  const enrollmentById = entityByIdLoader(repository);
  const enrollmentCountByCourse = countByParentLoader(
    query,
    'SELECT course_id AS parent_id, count(*) FROM enrollment WHERE course_id = ANY($1::uuid[]) GROUP BY course_id',
  );
  return {
    enrollmentById,
    enrollmentsByArtisan: new DataLoader<string, Enrollment[]>(async (artisanIds) => {
      const wellFormed = artisanIds.filter(isUuid);
      const rows = wellFormed.length
        ? await repository.find({ where: { artisanId: In(wellFormed) }, order: { enrolledAt: 'ASC', id: 'ASC' } })
        : [];
      return groupByKey(artisanIds, rows, (row) => row.artisanId);
    }),
    enrollmentCountByCourse,
    seatsTakenByCourse: countByParentLoader(
      (sql, parameters) => dataSource.query(sql, [...parameters, SEAT_HOLDING_STATUSES]),
      'SELECT course_id AS parent_id, count(*) FROM enrollment WHERE course_id = ANY($1::uuid[]) AND status = ANY($2::text[]) GROUP BY course_id',
    ),
    enrollmentPagesByCourse: pagedByParentLoader(
      ENROLLMENT_ORDER,
      async (courseIds, page) => {
        const base = repository.createQueryBuilder('enrollment').where('enrollment.course_id IN (:...courseIds)', { courseIds });
        return resolveIdsByParent(await rankedIdsByParent(base, 'enrollment.course_id', 'enrollment.id', page, ENROLLMENT_ORDER), enrollmentById);
      },
      enrollmentCountByCourse,
    ),
  };
}

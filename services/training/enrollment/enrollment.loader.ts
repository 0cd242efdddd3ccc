import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { isUuid } from '../../shared/platform/ids';
import { countByParentLoader, entityByIdLoader, groupByKey } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { Enrollment, SEAT_HOLDING_STATUSES } from './enrollment.entity';

/** Per-request loaders of enrolments: by id, by artisan, and each course's as a connection. */
export function createEnrollmentLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Enrollment);
  const enrollmentById = entityByIdLoader(repository);
  return {
    enrollmentById,
    enrollmentsByArtisan: new DataLoader<string, Enrollment[]>(async (artisanIds) => {
      const wellFormed = artisanIds.filter(isUuid);
      const rows = wellFormed.length
        ? await repository.find({ where: { artisanId: In(wellFormed) }, order: { enrolledAt: 'ASC', id: 'ASC' } })
        : [];
      return groupByKey(artisanIds, rows, (row) => row.artisanId);
    }),
    seatsTakenByCourse: countByParentLoader(
      (sql, parameters) => dataSource.query(sql, [...parameters, SEAT_HOLDING_STATUSES]),
      'SELECT course_id AS parent_id, count(*) FROM enrollment WHERE course_id = ANY($1::uuid[]) AND status = ANY($2::text[]) GROUP BY course_id',
    ),
    enrollmentPagesByCourse: new ChildPages<Enrollment>({
      query: (courseIds) => repository.createQueryBuilder('enrollment').where('enrollment.course_id IN (:...courseIds)', { courseIds }),
      parentSql: 'enrollment.course_id',
      parentKeyIsUuid: true,
      nodes: { idSql: 'enrollment.id', nodeById: enrollmentById },
    }),
  };
}

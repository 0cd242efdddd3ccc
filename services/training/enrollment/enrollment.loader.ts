import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { isUuid } from '../../shared/platform/ids';
import { countByParentLoader, entityByIdLoader, groupByKey } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { Enrollment, SEAT_HOLDING_STATUSES } from './enrollment.entity';
import { applyEnrollmentConditions, type EnrollmentConditions } from './enrollment.filter';

/** Per-request loaders of enrolments: by id, by artisan, and each course's and each artisan's as pages. */
export function createEnrollmentLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Enrollment);
  const enrollmentById = entityByIdLoader(repository);
  /** Returns the pages of enrolments of one kind of parent (a course, an artisan), filtered: one statement for all parents. */
  const pagesBy = (parentColumn: 'course_id' | 'artisan_id') =>
    new ChildPages<Enrollment, EnrollmentConditions>({
      list: `enrollments by ${parentColumn}`,
      query: (parentKeys, conditions) =>
        applyEnrollmentConditions(
          repository.createQueryBuilder('enrollment').where(`enrollment.${parentColumn} IN (:...parentKeys)`, { parentKeys }),
          conditions,
        ),
      parentSql: `enrollment.${parentColumn}`,
      parentKeyIsUuid: true,
      nodes: { idSql: 'enrollment.id', nodeById: enrollmentById },
    });
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
    enrollmentPagesByCourse: pagesBy('course_id'),
    enrollmentPagesByArtisan: pagesBy('artisan_id'),
  };
}

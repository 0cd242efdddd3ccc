import type { DataSource } from 'typeorm';
import { KeysetOrder, rankedIdsByParent } from '../../shared/graphql';
import { countByParentLoader, entityByIdLoader, linkedIdsLoader, pagedByParentLoader, resolveIdsByParent } from '../../shared/loaders';
import { Course } from './course.entity';

/** Courses by start date (unannounced dates last), then id. */
export const COURSE_ORDER = new KeysetOrder<Course>([
  { sql: "COALESCE(course.starts_on, 'infinity'::date)", type: 'date', valueOf: (course) => course.startsOn ?? 'infinity' },
  { sql: 'course.id', type: 'uuid', valueOf: (course) => course.id },
]);

/** Per-request loaders of courses, their linked records, and each province's courses as a connection. */
export function createCourseLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Course);
  const query = (sql: string, parameters: unknown[]) => dataSource.query(sql, parameters);
  const courseById = entityByIdLoader(repository);
  const courseCountByProvince = countByParentLoader(
    query,
    'SELECT province_code AS parent_id, count(*) FROM course_province WHERE province_code = ANY($1::text[]) GROUP BY province_code',
  );
  const coursePagesByProvince = pagedByParentLoader(
    COURSE_ORDER,
    async (provinceCodes, page) => {
      const base = repository
        .createQueryBuilder('course')
        .innerJoin('course_province', 'course_province', 'course_province.course_id = course.id')
        .where('course_province.province_code IN (:...provinceCodes)', { provinceCodes });
      return resolveIdsByParent(await rankedIdsByParent(base, 'course_province.province_code', 'course.id', page, COURSE_ORDER), courseById);
    },
    courseCountByProvince,
  );
  return {
    courseById,
    courseCountByProvince,
    coursePagesByProvince,
    provinceCodesByCourse: linkedIdsLoader(
      query,
      'SELECT course_id AS parent_id, province_code AS child_id FROM course_province WHERE course_id = ANY($1::uuid[]) ORDER BY province_code',
    ),
    partnerIdsByCourse: linkedIdsLoader(
      query,
      'SELECT course_id AS parent_id, organization_id AS child_id FROM course_partner WHERE course_id = ANY($1::uuid[]) ORDER BY position',
    ),
    instructorIdsByCourse: linkedIdsLoader(
      query,
      `SELECT link.course_id AS parent_id, link.instructor_id AS child_id FROM course_instructor link
       JOIN instructor ON instructor.id = link.instructor_id WHERE link.course_id = ANY($1::uuid[]) ORDER BY instructor.name`,
    ),
    competencyStandardIdsByCourse: linkedIdsLoader(
      query,
      `SELECT link.course_id AS parent_id, link.competency_standard_id AS child_id FROM course_competency_standard link
       JOIN competency_standard ON competency_standard.id = link.competency_standard_id
       WHERE link.course_id = ANY($1::uuid[]) ORDER BY competency_standard.code`,
    ),
  };
}

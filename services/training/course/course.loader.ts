import type { DataSource } from 'typeorm';

import { entityByIdLoader, linkedIdsLoader } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { Course } from './course.entity';
import { applyCourseConditions, type CourseConditions } from './course.filter';

/** Per-request loaders of courses, their linked records, and each province's courses (filtered) as pages. */
export function createCourseLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Course);
  const query = (sql: string, parameters: unknown[]) => dataSource.query(sql, parameters);
  const courseById = entityByIdLoader(repository);
  return {
    courseById,
    coursePagesByProvince: new ChildPages<Course, CourseConditions>({
      list: 'Province.courses',
      query: (provinceCodes, conditions) =>
        applyCourseConditions(
          repository
            .createQueryBuilder('course')
            .innerJoin('course_province', 'course_province', 'course_province.course_id = course.id')
            .where('course_province.province_code IN (:...provinceCodes)', { provinceCodes }),
          conditions,
        ),
      parentSql: 'course_province.province_code',
      nodes: { idSql: 'course.id', nodeById: courseById },
    }),
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

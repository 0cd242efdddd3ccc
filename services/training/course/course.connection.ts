import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Course } from './course.entity';
import { CourseOrder } from './course.inputs';

/** A page of courses. */
export const CourseConnection = ConnectionType(Course, 'Course', 'courses', PUBLIC_RECORD_MAX_AGE);

/** The keyset order of each `CourseOrder`; courses without an announced start come last either way. */
export const COURSE_ORDERS: Readonly<Record<CourseOrder, KeysetOrder<Course>>> = {
  [CourseOrder.START_DATE_ASC]: new KeysetOrder<Course>([
    { sql: "COALESCE(course.starts_on, 'infinity'::date)", type: 'date', valueOf: (course) => course.startsOn ?? 'infinity' },
    { sql: 'course.id', type: 'uuid', valueOf: (course) => course.id },
  ]),
  [CourseOrder.START_DATE_DESC]: new KeysetOrder<Course>(
    [
      { sql: "COALESCE(course.starts_on, '-infinity'::date)", type: 'date', valueOf: (course) => course.startsOn ?? '-infinity' },
      { sql: 'course.id', type: 'uuid', valueOf: (course) => course.id },
    ],
    'DESC',
  ),
  [CourseOrder.TITLE_ASC]: new KeysetOrder<Course>([
    { sql: 'course.title', type: 'text', valueOf: (course) => course.title },
    { sql: 'course.id', type: 'uuid', valueOf: (course) => course.id },
  ]),
};

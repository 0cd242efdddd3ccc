import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Course } from './course.entity';

/** A page of courses. */
export const CourseConnection = ConnectionType(Course, 'Course', 'courses', PUBLIC_RECORD_MAX_AGE);

/** Courses by start date (unannounced dates last), then id. */
export const COURSE_ORDER = new KeysetOrder<Course>([
  { sql: "COALESCE(course.starts_on, 'infinity'::date)", type: 'date', valueOf: (course) => course.startsOn ?? 'infinity' },
  { sql: 'course.id', type: 'uuid', valueOf: (course) => course.id },
]);

import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { Course } from './course.entity';

/** A page of courses. */
export const CourseConnection = ConnectionType(Course, 'Course', 'courses', PUBLIC_RECORD_MAX_AGE);

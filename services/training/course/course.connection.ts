import { ConnectionType } from '../../shared/graphql';
import { Course } from './course.entity';

/** A page of courses. */
export const CourseConnection = ConnectionType(Course, 'Course', 'courses');

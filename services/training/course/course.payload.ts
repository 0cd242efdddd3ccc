import { Field, ObjectType } from 'type-graphql';

import { MutationError } from '../mutation-error.type';
import { Course } from './course.entity';

/** Result of a course mutation. */
@ObjectType({ description: 'Result of a course mutation: the course, or why nothing was written.' })
export class CoursePayload {
  @Field(() => Course, { nullable: true, description: 'The course as saved; null when refused.' })
  course?: Course | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}

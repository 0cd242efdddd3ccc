import { Field, ObjectType } from 'type-graphql';

import { Certificate } from '../certificate/certificate.entity';
import { MutationError } from '../mutation-error.type';
import { Enrollment } from './enrollment.entity';

/** Result of an enrolment mutation. */
@ObjectType({ description: 'Result of an enrolment mutation: the enrolment, or why nothing was written.' })
export class EnrollmentPayload {
  @Field(() => Enrollment, { nullable: true, description: 'The enrolment as saved; null when refused.' })
  enrollment?: Enrollment | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}

/** Result of recording an exam result. */
@ObjectType({ description: 'Result of recording an exam result: the enrolment and any certificate issued, or why nothing was written.' })
export class ExamResultPayload {
  @Field(() => Enrollment, { nullable: true, description: 'The enrolment with its new status; null when refused.' })
  enrollment?: Enrollment | null;

  @Field(() => Certificate, { nullable: true, description: 'The certificate issued by a pass; null for a fail or a refusal.' })
  certificate?: Certificate | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}

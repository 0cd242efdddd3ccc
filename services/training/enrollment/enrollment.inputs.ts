import { ArgsType, Field, Float, ID, InputType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { EnrollmentStatus } from './enrollment.entity';

/** The outcome of a final exam. */
export enum ExamOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

registerEnumType(ExamOutcome, {
  name: 'ExamOutcome',
  description: 'The outcome of a final exam.',
  valuesConfig: {
    PASSED: { description: 'Passed: a certificate is issued.' },
    FAILED: { description: 'Failed: no certificate; a later result may still be recorded.' },
  },
});

/** Puts an artisan in a course. */
@InputType({ description: 'Puts an artisan in a course.' })
export class EnrollArtisanInput {
  @Field(() => ID, { description: 'The artisan to enrol.' })
  artisanId: string;

  @Field(() => ID, { description: 'The course to enrol in.' })
  courseId: string;
}

/** Records a final exam result. */
@InputType({ description: 'Records the result of the final exam of an enrolment.' })
export class RecordExamResultInput {
  @Field(() => ID, { description: 'The enrolment the exam belongs to.' })
  enrollmentId: string;

  @Field(() => ExamOutcome, { description: 'Passed or failed; a pass issues the certificate.' })
  outcome: ExamOutcome;

  @Field(() => Float, { nullable: true, description: 'Score from 0 to 100, where the exam gives one.' })
  score?: number | null;
}

/** Takes an artisan out of a course. */
@InputType({ description: 'Takes an artisan out of a course, freeing the seat.' })
export class WithdrawEnrollmentInput {
  @Field(() => ID, { description: 'The enrolment to withdraw.' })
  enrollmentId: string;
}

/** How to order a list of enrolments. */
export enum EnrollmentOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}

registerEnumType(EnrollmentOrder, {
  name: 'EnrollmentOrder',
  description: 'How to order enrolments: by when the artisan enrolled.',
  valuesConfig: {
    OLDEST_FIRST: { description: 'In the order they were made (the default).' },
    NEWEST_FIRST: { description: 'Most recent first.' },
  },
});

/** Which enrolments to list. */
@InputType({ description: 'Which enrolments to list; all given conditions must hold.' })
export class EnrollmentFilter {
  @Field(() => EnrollmentStatus, { nullable: true, description: 'Only enrolments where the artisan stands so.' })
  status?: EnrollmentStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only enrolments made on or after this day (in Tehran).' })
  enrolledFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only enrolments made on or before this day (in Tehran).' })
  enrolledTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration enrolments (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of enrolments. */
@ArgsType()
export class EnrollmentListArgs extends PageArgs {
  @Field(() => EnrollmentFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: EnrollmentFilter | null;

  @Field(() => EnrollmentOrder, { defaultValue: EnrollmentOrder.OLDEST_FIRST, description: 'Order of the items.' })
  orderBy: EnrollmentOrder;
}

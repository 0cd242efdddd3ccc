import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';

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

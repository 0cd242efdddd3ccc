/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A commitment of one party, or of all parties jointly. */
export type AgreementCommitmentInput = {
  /** What is committed to. */
  description: string;
  /** The committed party (one of the parties); omit for a joint commitment. */
  partyId?: string | number | null | undefined;
};

/** A party to an agreement. */
export type AgreementPartyInput = {
  /** The organisation. */
  organizationId: string | number;
  /** The representative's office. */
  representativeRole?: string | null | undefined;
  /** Who signed for it. */
  representedBy?: string | null | undefined;
};

/** Whether an agreement is in force on a given date. */
export type AgreementStatus =
  /** Signed and not expired on that date. */
  | 'ACTIVE'
  /** Its validity ended before that date. */
  | 'EXPIRED'
  /** Not signed yet on that date. */
  | 'UPCOMING';

/** Which artisans to list; all given conditions must hold. */
export type ArtisanFilter = {
  /** Only artisans practising this craft. */
  craftSlug?: string | null | undefined;
  /** Only artisans of this province. */
  provinceCode?: string | null | undefined;
  /** Part of the name, any letter case. */
  search?: string | null | undefined;
};

/** Who a course is meant for. */
export type CourseAudience =
  /** People new to the craft. */
  | 'BEGINNERS'
  /** Instructors on refresher training. */
  | 'INSTRUCTORS'
  /** Working handicraft professionals. */
  | 'PROFESSIONALS'
  /** University graduates. */
  | 'UNIVERSITY_GRADUATES';

/** Which courses to list; all given conditions must hold. */
export type CourseFilter = {
  /** Only courses that teach this craft. */
  craftSlug?: string | null | undefined;
  /** Only courses taught this way. */
  mode?: DeliveryMode | null | undefined;
  /** Only courses provided by this organisation. */
  providerId?: string | number | null | undefined;
  /** Only courses with classes in this province. */
  provinceCode?: string | null | undefined;
  /** Part of the title, any letter case. */
  search?: string | null | undefined;
  /** Only courses starting on or after this date. */
  startsFrom?: string | null | undefined;
  /** Only courses starting on or before this date. */
  startsTo?: string | null | undefined;
};

/** A new agreement with its parties and commitments. */
export type CreateAgreementInput = {
  /** Commitments, in the order the agreement lists them. */
  commitments?: Array<AgreementCommitmentInput>;
  /** Whether it can be extended. */
  extendable?: boolean | null | undefined;
  /** How it can be extended. */
  extensionTerms?: string | null | undefined;
  /** Whether it creates financial obligations. */
  financialObligations?: boolean | null | undefined;
  /** How costs are settled. */
  financialTerms?: string | null | undefined;
  /** The parties, at least two, in the order the agreement lists them. */
  parties: Array<AgreementPartyInput>;
  /** What the agreement is for. */
  purpose?: string | null | undefined;
  /** When the signing date is unknown: the date by which it was signed. One of the two is required. */
  signedNoLaterThan?: string | null | undefined;
  /** Date of signature. */
  signedOn?: string | null | undefined;
  /** Title. */
  title: string;
  /** Last day of validity; omit when open-ended. */
  validUntil?: string | null | undefined;
};

/** A new artisan. */
export type CreateArtisanInput = {
  /** Crafts the artisan practises. */
  craftSlugs?: Array<string>;
  /** Full name. */
  name: string;
  /** Province the artisan works in. */
  provinceCode: string;
};

/** A new course. */
export type CreateCourseInput = {
  /** The agreement under which it runs. */
  agreementId?: string | number | null | undefined;
  /** Who it is meant for. */
  audiences?: Array<CourseAudience>;
  /** Most active enrolments it takes; omit for no limit. */
  capacity?: number | null | undefined;
  /** Whether its certificate is internationally recognised. */
  certificateInternationallyRecognized?: boolean;
  /** Organisation that issues its certificates; the provider when omitted. */
  certificateIssuerId?: string | number | null | undefined;
  /** Crafts it teaches. */
  craftSlugs?: Array<string>;
  /** What the course teaches and how. */
  description?: string | null | undefined;
  /** Last day; not before `startsOn`. */
  endsOn?: string | null | undefined;
  /** Whether it ends with a final exam. */
  hasFinalExam?: boolean;
  /** Language of instruction. */
  language?: string | null | undefined;
  /** How it is taught. */
  mode: DeliveryMode;
  /** Partner organisations, in the order to show them. */
  partnerIds?: Array<string | number>;
  /** The organisation that provides it. */
  providerId: string | number;
  /** Provinces where classes run (several at once for a multi-site course). */
  provinceCodes?: Array<string>;
  /** First day. */
  startsOn?: string | null | undefined;
  /** Title. */
  title: string;
};

/** A new exhibition. Give its opening day, or the window it opens in when the day is not known. */
export type CreateExhibitionInput = {
  /** City where it is held. */
  city?: string | null | undefined;
  /** Country where it is held. */
  countryCode: string;
  /** Crafts shown, in the order to list them. */
  craftSlugs?: Array<string>;
  /** How the sources date it, where that is less than exact days. */
  datesAsReported?: string | null | undefined;
  /** What it is for, and what is not known about it. */
  description?: string | null | undefined;
  /** Last day; not before the opening day (or the start of its window). */
  endsOn?: string | null | undefined;
  /** National or international; an exhibition held outside Iran is INTERNATIONAL. */
  kind: ExhibitionKind;
  /** Name. */
  name: string;
  /** The organisation that organises it. */
  organizerId?: string | number | null | undefined;
  /** Partner organisations, in the order to show them. */
  partnerIds?: Array<string | number>;
  /** The province of Iran it represents, if any. */
  provinceCode?: string | null | undefined;
  /** Province, governorate or state where it is held. */
  region?: string | null | undefined;
  /** How many exhibitors a report or the organiser gives, registered here or not. */
  reportedExhibitorCount?: number | null | undefined;
  /** When the opening day is not known: the earliest day it can open. Not with `startsOn`. */
  startsNoEarlierThan?: string | null | undefined;
  /** When the opening day is not known: the day by which it opens. Not with `startsOn`. */
  startsNoLaterThan?: string | null | undefined;
  /** Opening day. */
  startsOn?: string | null | undefined;
};

/** How a course is taught. */
export type DeliveryMode =
  /** Both virtual and in-person classes. */
  | 'HYBRID'
  /** Classes in a room only. */
  | 'IN_PERSON'
  /** Virtual classes only. */
  | 'ONLINE';

/** Puts an artisan in a course. */
export type EnrollArtisanInput = {
  /** The artisan to enrol. */
  artisanId: string | number;
  /** The course to enrol in. */
  courseId: string | number;
};

/** Where an artisan stands in a course. */
export type EnrollmentStatus =
  /** Taking the course; no exam result yet. */
  | 'ENROLLED'
  /** Failed the final exam; a later result may still be recorded. */
  | 'FAILED'
  /** Passed the final exam; a certificate has been issued. */
  | 'PASSED'
  /** Left the course; the seat is free again. */
  | 'WITHDRAWN';

/** The outcome of a final exam. */
export type ExamOutcome =
  /** Failed: no certificate; a later result may still be recorded. */
  | 'FAILED'
  /** Passed: a certificate is issued. */
  | 'PASSED';

/** Whether an exhibition is national or international in scope. */
export type ExhibitionKind =
  /** A national or provincial exhibition held in Iran. */
  | 'DOMESTIC'
  /** An exhibition held abroad, or an international fair held in Iran. */
  | 'INTERNATIONAL';

/** An artisan and an exhibition, to register or remove the artisan as one of its exhibitors. */
export type ExhibitorInput = {
  /** The artisan (an artisan of the graph). */
  artisanId: string | number;
  /** The exhibition. */
  exhibitionId: string | number;
};

/** Why a mutation refused to act. */
export type MutationErrorCode =
  /** The place already holds this world craft designation. */
  | 'ALREADY_DESIGNATED'
  /** The artisan already holds an enrolment in this course. */
  | 'ALREADY_ENROLLED'
  /** The artisan is already registered as an exhibitor of this exhibition. */
  | 'ALREADY_REGISTERED'
  /** The new capacity is below the number of seats already taken. */
  | 'CAPACITY_BELOW_SEATS_TAKEN'
  /** The course ended before today. */
  | 'COURSE_ENDED'
  /** The course has as many active enrolments as its capacity. */
  | 'COURSE_FULL'
  /** The enrolment is withdrawn or already passed, so this change no longer applies. */
  | 'ENROLLMENT_NOT_ACTIVE'
  /** The exhibition has been cancelled, so it no longer changes. */
  | 'EXHIBITION_CANCELLED'
  /** The exhibition ended before today, so its exhibitors and its status no longer change. */
  | 'EXHIBITION_ENDED'
  /** The source already has a figure for this period, channel, destination, craft and province; correct that figure instead. */
  | 'FIGURE_ALREADY_RECORDED'
  /** A record named in the input does not exist. */
  | 'NOT_FOUND'
  /** The artisan is not registered as an exhibitor of this exhibition. */
  | 'NOT_REGISTERED'
  /** The course has no final exam, so no result can be recorded. */
  | 'NO_FINAL_EXAM';

/** What kind of body an organisation is. */
export type OrganizationKind =
  /** An association, union or non-governmental organisation. */
  | 'ASSOCIATION'
  /** A private company. */
  | 'COMPANY'
  /** A national ministry, deputy ministry or state organisation. */
  | 'GOVERNMENT_BODY'
  /** A body with members in several countries. */
  | 'INTERNATIONAL_ORGANIZATION'
  /** A provincial governorate or provincial directorate. */
  | 'PROVINCIAL_GOVERNMENT'
  /** A licensed training centre. */
  | 'TRAINING_CENTRE'
  /** A university or group of universities. */
  | 'UNIVERSITY';

/** Records the result of the final exam of an enrolment. */
export type RecordExamResultInput = {
  /** The enrolment the exam belongs to. */
  enrollmentId: string | number;
  /** Passed or failed; a pass issues the certificate. */
  outcome: ExamOutcome;
  /** Score from 0 to 100, where the exam gives one. */
  score?: number | null | undefined;
};

/** What kind of place a training centre is. */
export type TrainingCentreKind =
  /** A private centre licensed to train artisans. */
  | 'PRIVATE_TRAINING_CENTRE'
  /** A regional hub for handicraft skills training. */
  | 'SKILLS_HUB';

/** Where a training centre stands. */
export type TrainingCentreStatus =
  /** No longer training. */
  | 'CLOSED'
  /** Open and training. */
  | 'OPERATING'
  /** Agreed or announced, not yet open. */
  | 'PLANNED';

/** Changes to an agreement; omitted fields stay as they are, lists given replace the old ones. */
export type UpdateAgreementInput = {
  /** New commitments. */
  commitments?: Array<AgreementCommitmentInput> | null | undefined;
  /** Whether it can be extended. */
  extendable?: boolean | null | undefined;
  /** How it can be extended. */
  extensionTerms?: string | null | undefined;
  /** Whether it creates financial obligations. */
  financialObligations?: boolean | null | undefined;
  /** How costs are settled. */
  financialTerms?: string | null | undefined;
  /** The agreement to change. */
  id: string | number;
  /** New parties, at least two. */
  parties?: Array<AgreementPartyInput> | null | undefined;
  /** New purpose. */
  purpose?: string | null | undefined;
  /** New latest possible signing date. */
  signedNoLaterThan?: string | null | undefined;
  /** New date of signature. */
  signedOn?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** New last day of validity. */
  validUntil?: string | null | undefined;
};

/** Changes to an artisan; omitted fields stay as they are. */
export type UpdateArtisanInput = {
  /** New list of crafts, replacing the old one. */
  craftSlugs?: Array<string> | null | undefined;
  /** The artisan to change. */
  id: string | number;
  /** New full name. */
  name?: string | null | undefined;
  /** New province. */
  provinceCode?: string | null | undefined;
};

/** Changes to a course; omitted fields stay as they are, lists given replace the old ones. */
export type UpdateCourseInput = {
  /** New audiences. */
  audiences?: Array<CourseAudience> | null | undefined;
  /** New capacity; not below the seats already taken. */
  capacity?: number | null | undefined;
  /** New crafts. */
  craftSlugs?: Array<string> | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New last day. */
  endsOn?: string | null | undefined;
  /** Whether it ends with a final exam. */
  hasFinalExam?: boolean | null | undefined;
  /** The course to change. */
  id: string | number;
  /** New language of instruction. */
  language?: string | null | undefined;
  /** New delivery mode. */
  mode?: DeliveryMode | null | undefined;
  /** New partner organisations. */
  partnerIds?: Array<string | number> | null | undefined;
  /** New provinces where classes run. */
  provinceCodes?: Array<string> | null | undefined;
  /** New first day. */
  startsOn?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

export type FixtureCreateExhibitionMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type FixtureCreateExhibitionMutation = { createExhibition: { exhibition: { id: string } | null, error: { code: MutationErrorCode, message: string, field: string | null } | null } };

export type FixtureRegisterExhibitorMutationVariables = Exact<{
  input: ExhibitorInput;
}>;


export type FixtureRegisterExhibitorMutation = { registerExhibitor: { exhibition: { id: string } | null, artisan: { id: string } | null, error: { code: MutationErrorCode, message: string, field: string | null } | null } };

export type FixtureCreateArtisanMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type FixtureCreateArtisanMutation = { createArtisan: { artisan: { id: string } | null, error: { code: MutationErrorCode, message: string } | null } };

export type FixtureCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type FixtureCreateCourseMutation = { createCourse: { course: { id: string } | null, error: { code: MutationErrorCode, message: string } | null } };

export type FixtureEnrollMutationVariables = Exact<{
  input: EnrollArtisanInput;
}>;


export type FixtureEnrollMutation = { enrollArtisan: { enrollment: { id: string, status: EnrollmentStatus } | null, error: { code: MutationErrorCode, message: string, field: string | null } | null } };

export type AgreementsCreateMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type AgreementsCreateMutation = { createAgreement: { agreement: { id: string, title: string, parties: Array<{ representedBy: string | null, organization: { name: string } }>, commitments: Array<{ joint: boolean, description: string, party: { name: string } | null }> } | null, error: { code: MutationErrorCode, field: string | null } | null } };

export type AgreementsMemorandumQueryVariables = Exact<{
  partyId: string | number;
  on?: string | null | undefined;
}>;


export type AgreementsMemorandumQuery = { agreements: { edges: Array<{ node: { title: string, signedOn: string | null, validUntil: string | null, extendable: boolean | null, extensionTerms: string | null, financialObligations: boolean | null, financialTerms: string | null, status: AgreementStatus | null, parties: Array<{ representedBy: string | null, representativeRole: string | null, organization: { name: string } }>, commitments: Array<{ joint: boolean, description: string, party: { name: string } | null }>, sources: Array<{ title: string, publisher: string }> } }> } };

export type AgreementsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementsCountQuery = { agreements: { totalCount: number } };

export type AgreementsActiveOnQueryVariables = Exact<{
  d: string;
}>;


export type AgreementsActiveOnQuery = { agreements: { edges: Array<{ node: { title: string, status: AgreementStatus | null } }> } };

export type AgreementsUpdateMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type AgreementsUpdateMutation = { updateAgreement: { agreement: { validUntil: string | null, commitments: Array<{ description: string }> } | null, error: { code: MutationErrorCode } | null } };

export type ArtisansCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ArtisansCountQuery = { artisans: { totalCount: number } };

export type ArtisansOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ArtisansOneQuery = { artisan: { id: string, name: string, isSynthetic: boolean, province: { code: string, name: string, nameFa: string }, crafts: Array<{ slug: string, name: string, hsCodes: Array<string> }>, enrollments: Array<{ id: string }>, certificates: Array<{ id: string }> } | null };

export type ArtisansUpdateMutationVariables = Exact<{
  input: UpdateArtisanInput;
}>;


export type ArtisansUpdateMutation = { updateArtisan: { artisan: { name: string, province: { code: string }, crafts: Array<{ slug: string }> } | null, error: { code: MutationErrorCode } | null } };

export type ArtisansUpdateUnknownMutationVariables = Exact<{ [key: string]: never; }>;


export type ArtisansUpdateUnknownMutation = { updateArtisan: { artisan: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } };

export type ArtisansUnknownQueryVariables = Exact<{ [key: string]: never; }>;


export type ArtisansUnknownQuery = { a: { id: string } | null, b: { id: string } | null };

export type ArtisansFilteredQueryVariables = Exact<{
  filter?: ArtisanFilter | null | undefined;
}>;


export type ArtisansFilteredQuery = { artisans: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type ArtisansPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ArtisansPageQuery = { artisans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { name: string } }> } };

export type ArtisansOfProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type ArtisansOfProvinceQuery = { province: { name: string, artisans: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { name: string } }> } } | null };

export type ArtisansCreateBadMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type ArtisansCreateBadMutation = { createArtisan: { artisan: { id: string } | null } };

export type BatchingCreateArtisanMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type BatchingCreateArtisanMutation = { createArtisan: { artisan: { id: string } | null } };

export type BatchingEnrollMutationVariables = Exact<{
  input: EnrollArtisanInput;
}>;


export type BatchingEnrollMutation = { enrollArtisan: { enrollment: { id: string } | null, error: { code: MutationErrorCode } | null } };

export type BatchingRecordResultMutationVariables = Exact<{
  input: RecordExamResultInput;
}>;


export type BatchingRecordResultMutation = { recordExamResult: { certificate: { serial: string } | null } };

export type BatchingArtisansQueryVariables = Exact<{
  first: number;
}>;


export type BatchingArtisansQuery = { artisans: { totalCount: number, edges: Array<{ node: { name: string, province: { name: string }, crafts: Array<{ name: string }>, enrollments: Array<{ status: EnrollmentStatus, course: { title: string, provider: { name: string }, partners: Array<{ name: string }>, provinces: Array<{ name: string, courses: { totalCount: number, edges: Array<{ node: { title: string } }> } }> } }>, certificates: Array<{ serial: string, issuer: { name: string } }> } }> } };

export type CoursesCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCountQuery = { courses: { totalCount: number } };

export type CoursesBuiltInQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesBuiltInQuery = { courses: { totalCount: number, edges: Array<{ node: { title: string, mode: DeliveryMode, audiences: Array<CourseAudience>, startsOn: string | null, endsOn: string | null, capacity: number | null, hasFinalExam: boolean, certificateInternationallyRecognized: boolean, isSynthetic: boolean, provider: { name: string, kind: OrganizationKind, country: { code: string, name: string } | null }, partners: Array<{ name: string, kind: OrganizationKind }>, certificateIssuer: { name: string } | null, provinces: Array<{ code: string, name: string }>, agreement: { title: string, signedOn: string | null, signedNoLaterThan: string | null } | null, sources: Array<{ title: string, publisher: string, publishedOn: string | null, url: string | null }> } }> } };

export type CoursesTrainingCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesTrainingCentresQuery = { trainingCentres: { edges: Array<{ node: { name: string, kind: TrainingCentreKind, status: TrainingCentreStatus, city: string | null, licenceNumber: string | null, province: { name: string }, agreement: { signedOn: string | null } | null, sources: Array<{ publisher: string }> } }> } };

export type CoursesCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCatalogueQuery = { provinces: Array<{ code: string }>, crafts: Array<{ slug: string }> };

export type CoursesFilteredQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
}>;


export type CoursesFilteredQuery = { courses: { edges: Array<{ node: { title: string } }> } };

export type CoursesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CoursesOneQuery = { course: { seatsTaken: number, capacity: number | null, provinces: Array<{ code: string }>, partners: Array<{ name: string }>, certificateIssuer: { name: string } | null } | null };

export type CoursesOfProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesOfProvincesQuery = { provinces: Array<{ code: string, courses: { totalCount: number, edges: Array<{ node: { title: string } }> } }> };

export type CoursesUpdateMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type CoursesUpdateMutation = { updateCourse: { course: { title: string, capacity: number | null, provinces: Array<{ code: string }> } | null, error: { code: MutationErrorCode } | null } };

export type CoursesOrphanMutationVariables = Exact<{ [key: string]: never; }>;


export type CoursesOrphanMutation = { createCourse: { course: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } };

export type CoursesCacheListingQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheListingQuery = { courses: { totalCount: number, edges: Array<{ node: { title: string, provider: { name: string }, provinces: Array<{ name: string }>, sources: Array<{ title: string }> } }> } };

export type CoursesCacheCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheCatalogueQuery = { provinces: Array<{ code: string, name: string }>, crafts: Array<{ slug: string, hsCodes: Array<string> }> };

export type CoursesCacheArtisansQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheArtisansQuery = { artisans: { totalCount: number } };

export type CoursesCacheEnrollmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheEnrollmentsQuery = { courses: { edges: Array<{ node: { title: string, enrollments: { totalCount: number } } }> } };

export type EnrollmentsRecordResultMutationVariables = Exact<{
  input: RecordExamResultInput;
}>;


export type EnrollmentsRecordResultMutation = { recordExamResult: { enrollment: { status: EnrollmentStatus, examScore: number | null, certificate: { serial: string } | null } | null, certificate: { serial: string, issuedOn: string, issuer: { name: string }, artisan: { name: string }, course: { title: string } } | null, error: { code: MutationErrorCode, field: string | null } | null } };

export type EnrollmentsWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type EnrollmentsWithdrawMutation = { withdrawEnrollment: { enrollment: { status: EnrollmentStatus } | null, error: { code: MutationErrorCode } | null } };

export type EnrollmentsBothSidesQueryVariables = Exact<{
  a: string | number;
  c: string | number;
}>;


export type EnrollmentsBothSidesQuery = { artisan: { enrollments: Array<{ status: EnrollmentStatus, course: { title: string } }> } | null, course: { seatsTaken: number, enrollments: { totalCount: number, edges: Array<{ node: { artisan: { name: string } } }> } } | null };

export type EnrollmentsCertificatesQueryVariables = Exact<{
  a: string | number;
  s: string;
}>;


export type EnrollmentsCertificatesQuery = { artisan: { certificates: Array<{ serial: string }> } | null, certificate: { artisan: { name: string } } | null };

export type EnrollmentsNoCertificateQueryVariables = Exact<{
  a: string | number;
}>;


export type EnrollmentsNoCertificateQuery = { artisan: { certificates: Array<{ serial: string }> } | null };

export type SyntheticTrainingArtisansQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticTrainingArtisansQuery = { artisans: { totalCount: number, edges: Array<{ node: { name: string, isSynthetic: boolean, province: { name: string }, enrollments: Array<{ status: EnrollmentStatus, course: { isSynthetic: boolean } }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FixtureCreateExhibitionDocument = new TypedDocumentString(`
    mutation FixtureCreateExhibition($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
    }
    error {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateExhibitionMutation, FixtureCreateExhibitionMutationVariables>;
export const FixtureRegisterExhibitorDocument = new TypedDocumentString(`
    mutation FixtureRegisterExhibitor($input: ExhibitorInput!) {
  registerExhibitor(input: $input) {
    exhibition {
      id
    }
    artisan {
      id
    }
    error {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureRegisterExhibitorMutation, FixtureRegisterExhibitorMutationVariables>;
export const FixtureCreateArtisanDocument = new TypedDocumentString(`
    mutation FixtureCreateArtisan($input: CreateArtisanInput!) {
  createArtisan(input: $input) {
    artisan {
      id
    }
    error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateArtisanMutation, FixtureCreateArtisanMutationVariables>;
export const FixtureCreateCourseDocument = new TypedDocumentString(`
    mutation FixtureCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
    }
    error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateCourseMutation, FixtureCreateCourseMutationVariables>;
export const FixtureEnrollDocument = new TypedDocumentString(`
    mutation FixtureEnroll($input: EnrollArtisanInput!) {
  enrollArtisan(input: $input) {
    enrollment {
      id
      status
    }
    error {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureEnrollMutation, FixtureEnrollMutationVariables>;
export const AgreementsCreateDocument = new TypedDocumentString(`
    mutation AgreementsCreate($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    agreement {
      id
      title
      parties {
        organization {
          name
        }
        representedBy
      }
      commitments {
        joint
        description
        party {
          name
        }
      }
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsCreateMutation, AgreementsCreateMutationVariables>;
export const AgreementsMemorandumDocument = new TypedDocumentString(`
    query AgreementsMemorandum($partyId: ID!, $on: Date) {
  agreements(filter: {partyId: $partyId}) {
    edges {
      node {
        title
        signedOn
        validUntil
        extendable
        extensionTerms
        financialObligations
        financialTerms
        status(on: $on)
        parties {
          organization {
            name
          }
          representedBy
          representativeRole
        }
        commitments {
          joint
          party {
            name
          }
          description
        }
        sources {
          title
          publisher
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsMemorandumQuery, AgreementsMemorandumQueryVariables>;
export const AgreementsCountDocument = new TypedDocumentString(`
    query AgreementsCount {
  agreements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AgreementsCountQuery, AgreementsCountQueryVariables>;
export const AgreementsActiveOnDocument = new TypedDocumentString(`
    query AgreementsActiveOn($d: Date!) {
  agreements(filter: {activeOn: $d}) {
    edges {
      node {
        title
        status(on: $d)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsActiveOnQuery, AgreementsActiveOnQueryVariables>;
export const AgreementsUpdateDocument = new TypedDocumentString(`
    mutation AgreementsUpdate($input: UpdateAgreementInput!) {
  updateAgreement(input: $input) {
    agreement {
      validUntil
      commitments {
        description
      }
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsUpdateMutation, AgreementsUpdateMutationVariables>;
export const ArtisansCountDocument = new TypedDocumentString(`
    query ArtisansCount {
  artisans {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ArtisansCountQuery, ArtisansCountQueryVariables>;
export const ArtisansOneDocument = new TypedDocumentString(`
    query ArtisansOne($id: ID!) {
  artisan(id: $id) {
    id
    name
    isSynthetic
    province {
      code
      name
      nameFa
    }
    crafts {
      slug
      name
      hsCodes
    }
    enrollments {
      id
    }
    certificates {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ArtisansOneQuery, ArtisansOneQueryVariables>;
export const ArtisansUpdateDocument = new TypedDocumentString(`
    mutation ArtisansUpdate($input: UpdateArtisanInput!) {
  updateArtisan(input: $input) {
    artisan {
      name
      province {
        code
      }
      crafts {
        slug
      }
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArtisansUpdateMutation, ArtisansUpdateMutationVariables>;
export const ArtisansUpdateUnknownDocument = new TypedDocumentString(`
    mutation ArtisansUpdateUnknown {
  updateArtisan(input: {id: "00000000-0000-4000-8000-00000000abcd", name: "x"}) {
    artisan {
      id
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ArtisansUpdateUnknownMutation, ArtisansUpdateUnknownMutationVariables>;
export const ArtisansUnknownDocument = new TypedDocumentString(`
    query ArtisansUnknown {
  a: artisan(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
  b: artisan(id: "not-an-id") {
    id
  }
}
    `) as unknown as TypedDocumentString<ArtisansUnknownQuery, ArtisansUnknownQueryVariables>;
export const ArtisansFilteredDocument = new TypedDocumentString(`
    query ArtisansFiltered($filter: ArtisanFilter) {
  artisans(filter: $filter) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArtisansFilteredQuery, ArtisansFilteredQueryVariables>;
export const ArtisansPageDocument = new TypedDocumentString(`
    query ArtisansPage($after: String) {
  artisans(first: 3, after: $after, filter: {search: "Paging"}) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      cursor
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArtisansPageQuery, ArtisansPageQueryVariables>;
export const ArtisansOfProvinceDocument = new TypedDocumentString(`
    query ArtisansOfProvince {
  province(code: "IR-20") {
    name
    artisans(first: 1) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArtisansOfProvinceQuery, ArtisansOfProvinceQueryVariables>;
export const ArtisansCreateBadDocument = new TypedDocumentString(`
    mutation ArtisansCreateBad($input: CreateArtisanInput!) {
  createArtisan(input: $input) {
    artisan {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ArtisansCreateBadMutation, ArtisansCreateBadMutationVariables>;
export const BatchingCreateArtisanDocument = new TypedDocumentString(`
    mutation BatchingCreateArtisan($input: CreateArtisanInput!) {
  createArtisan(input: $input) {
    artisan {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingCreateArtisanMutation, BatchingCreateArtisanMutationVariables>;
export const BatchingEnrollDocument = new TypedDocumentString(`
    mutation BatchingEnroll($input: EnrollArtisanInput!) {
  enrollArtisan(input: $input) {
    enrollment {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingEnrollMutation, BatchingEnrollMutationVariables>;
export const BatchingRecordResultDocument = new TypedDocumentString(`
    mutation BatchingRecordResult($input: RecordExamResultInput!) {
  recordExamResult(input: $input) {
    certificate {
      serial
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingRecordResultMutation, BatchingRecordResultMutationVariables>;
export const BatchingArtisansDocument = new TypedDocumentString(`
    query BatchingArtisans($first: Int!) {
  artisans(first: $first, filter: {search: "Batch artisan"}) {
    totalCount
    edges {
      node {
        name
        province {
          name
        }
        crafts {
          name
        }
        enrollments {
          status
          course {
            title
            provider {
              name
            }
            partners {
              name
            }
            provinces {
              name
              courses(first: 2) {
                totalCount
                edges {
                  node {
                    title
                  }
                }
              }
            }
          }
        }
        certificates {
          serial
          issuer {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingArtisansQuery, BatchingArtisansQueryVariables>;
export const CoursesCountDocument = new TypedDocumentString(`
    query CoursesCount {
  courses {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CoursesCountQuery, CoursesCountQueryVariables>;
export const CoursesBuiltInDocument = new TypedDocumentString(`
    query CoursesBuiltIn {
  courses(filter: {provinceCode: "IR-02"}) {
    totalCount
    edges {
      node {
        title
        mode
        audiences
        startsOn
        endsOn
        capacity
        hasFinalExam
        certificateInternationallyRecognized
        isSynthetic
        provider {
          name
          kind
          country {
            code
            name
          }
        }
        partners {
          name
          kind
        }
        certificateIssuer {
          name
        }
        provinces {
          code
          name
        }
        agreement {
          title
          signedOn
          signedNoLaterThan
        }
        sources {
          title
          publisher
          publishedOn
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesBuiltInQuery, CoursesBuiltInQueryVariables>;
export const CoursesTrainingCentresDocument = new TypedDocumentString(`
    query CoursesTrainingCentres {
  trainingCentres(provinceCode: "IR-10") {
    edges {
      node {
        name
        kind
        status
        city
        licenceNumber
        province {
          name
        }
        agreement {
          signedOn
        }
        sources {
          publisher
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesTrainingCentresQuery, CoursesTrainingCentresQueryVariables>;
export const CoursesCatalogueDocument = new TypedDocumentString(`
    query CoursesCatalogue {
  provinces {
    code
  }
  crafts {
    slug
  }
}
    `) as unknown as TypedDocumentString<CoursesCatalogueQuery, CoursesCatalogueQueryVariables>;
export const CoursesFilteredDocument = new TypedDocumentString(`
    query CoursesFiltered($filter: CourseFilter) {
  courses(filter: $filter) {
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesFilteredQuery, CoursesFilteredQueryVariables>;
export const CoursesOneDocument = new TypedDocumentString(`
    query CoursesOne($id: ID!) {
  course(id: $id) {
    provinces {
      code
    }
    partners {
      name
    }
    certificateIssuer {
      name
    }
    seatsTaken
    capacity
  }
}
    `) as unknown as TypedDocumentString<CoursesOneQuery, CoursesOneQueryVariables>;
export const CoursesOfProvincesDocument = new TypedDocumentString(`
    query CoursesOfProvinces {
  provinces {
    code
    courses(first: 1) {
      totalCount
      edges {
        node {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesOfProvincesQuery, CoursesOfProvincesQueryVariables>;
export const CoursesUpdateDocument = new TypedDocumentString(`
    mutation CoursesUpdate($input: UpdateCourseInput!) {
  updateCourse(input: $input) {
    course {
      title
      provinces {
        code
      }
      capacity
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesUpdateMutation, CoursesUpdateMutationVariables>;
export const CoursesOrphanDocument = new TypedDocumentString(`
    mutation CoursesOrphan {
  createCourse(
    input: {title: "Orphan", providerId: "00000000-0000-4000-8000-000000000099", mode: ONLINE, provinceCodes: ["IR-02"]}
  ) {
    course {
      id
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesOrphanMutation, CoursesOrphanMutationVariables>;
export const CoursesCacheListingDocument = new TypedDocumentString(`
    query CoursesCacheListing {
  courses {
    totalCount
    edges {
      node {
        title
        provider {
          name
        }
        provinces {
          name
        }
        sources {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesCacheListingQuery, CoursesCacheListingQueryVariables>;
export const CoursesCacheCatalogueDocument = new TypedDocumentString(`
    query CoursesCacheCatalogue {
  provinces {
    code
    name
  }
  crafts {
    slug
    hsCodes
  }
}
    `) as unknown as TypedDocumentString<CoursesCacheCatalogueQuery, CoursesCacheCatalogueQueryVariables>;
export const CoursesCacheArtisansDocument = new TypedDocumentString(`
    query CoursesCacheArtisans {
  artisans {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CoursesCacheArtisansQuery, CoursesCacheArtisansQueryVariables>;
export const CoursesCacheEnrollmentsDocument = new TypedDocumentString(`
    query CoursesCacheEnrollments {
  courses {
    edges {
      node {
        title
        enrollments {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoursesCacheEnrollmentsQuery, CoursesCacheEnrollmentsQueryVariables>;
export const EnrollmentsRecordResultDocument = new TypedDocumentString(`
    mutation EnrollmentsRecordResult($input: RecordExamResultInput!) {
  recordExamResult(input: $input) {
    enrollment {
      status
      examScore
      certificate {
        serial
      }
    }
    certificate {
      serial
      issuedOn
      issuer {
        name
      }
      artisan {
        name
      }
      course {
        title
      }
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<EnrollmentsRecordResultMutation, EnrollmentsRecordResultMutationVariables>;
export const EnrollmentsWithdrawDocument = new TypedDocumentString(`
    mutation EnrollmentsWithdraw($id: ID!) {
  withdrawEnrollment(input: {enrollmentId: $id}) {
    enrollment {
      status
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EnrollmentsWithdrawMutation, EnrollmentsWithdrawMutationVariables>;
export const EnrollmentsBothSidesDocument = new TypedDocumentString(`
    query EnrollmentsBothSides($a: ID!, $c: ID!) {
  artisan(id: $a) {
    enrollments {
      status
      course {
        title
      }
    }
  }
  course(id: $c) {
    seatsTaken
    enrollments {
      totalCount
      edges {
        node {
          artisan {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnrollmentsBothSidesQuery, EnrollmentsBothSidesQueryVariables>;
export const EnrollmentsCertificatesDocument = new TypedDocumentString(`
    query EnrollmentsCertificates($a: ID!, $s: NonEmptyString!) {
  artisan(id: $a) {
    certificates {
      serial
    }
  }
  certificate(serial: $s) {
    artisan {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EnrollmentsCertificatesQuery, EnrollmentsCertificatesQueryVariables>;
export const EnrollmentsNoCertificateDocument = new TypedDocumentString(`
    query EnrollmentsNoCertificate($a: ID!) {
  artisan(id: $a) {
    certificates {
      serial
    }
  }
}
    `) as unknown as TypedDocumentString<EnrollmentsNoCertificateQuery, EnrollmentsNoCertificateQueryVariables>;
export const SyntheticTrainingArtisansDocument = new TypedDocumentString(`
    query SyntheticTrainingArtisans {
  artisans(first: 3) {
    totalCount
    edges {
      node {
        name
        isSynthetic
        province {
          name
        }
        enrollments {
          status
          course {
            isSynthetic
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyntheticTrainingArtisansQuery, SyntheticTrainingArtisansQueryVariables>;
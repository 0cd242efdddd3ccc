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
  /** PARTY with `partyId`; JOINT (the default without one) or OTHER_PROVISION (names no one) without. */
  kind?: CommitmentKind | null | undefined;
  /** The committed party (one of the parties); omit for a joint commitment or another provision. */
  partyId?: string | number | null | undefined;
};

/** How to order agreements. The date is the day of signature, else the day it was signed by, else (for a proposed agreement) the last day it is known to be still unsigned. */
export type AgreementOrder =
  /** Earliest signed first. */
  | 'SIGNED_DATE_ASC'
  /** Most recently signed first (the default). */
  | 'SIGNED_DATE_DESC';

/** A party to an agreement. */
export type AgreementPartyInput = {
  /** The organisation. */
  organizationId: string | number;
  /** The representative's office. */
  representativeRole?: string | null | undefined;
  /** Who signed for it. */
  representedBy?: string | null | undefined;
};

/** Whether an agreement has been signed or only proposed. */
export type AgreementStage =
  /** Proposed, not signed as of `unsignedAsOf`; it has no signing date. */
  | 'PROPOSED'
  /** Signed, on `signedOn` or by `signedNoLaterThan`. */
  | 'SIGNED';

/** Whether an agreement is in force on a given date. */
export type AgreementStatus =
  /** Signed and in force on that date. */
  | 'ACTIVE'
  /** Its validity ended before that date. */
  | 'EXPIRED'
  /** Not signed yet on that date (for a proposed agreement: up to the day it is known still unsigned). */
  | 'UPCOMING';

/** How long an agreement is in force: what `validUntil` null means. */
export type AgreementTerm =
  /** Until `validUntil`, its last day. */
  | 'FIXED'
  /** The sources give no term (`validUntil` is null): after the day it is known to be signed, whether it is in force cannot be told, so `status` is null. */
  | 'NOT_STATED'
  /** Without an end: in force until ended (`validUntil` is null). */
  | 'OPEN_ENDED';

/** Which artisans to list; all given conditions must hold. */
export type ArtisanFilter = {
  /** Only artisans practising this craft. */
  craftSlug?: string | null | undefined;
  /** Only generated demonstration artisans (true) or only registered ones (false); both when omitted. */
  isSynthetic?: boolean | null | undefined;
  /** Only artisans of this province. */
  provinceCode?: string | null | undefined;
  /** Part of the name, any letter case. */
  search?: string | null | undefined;
};

/** How to order artisans. */
export type ArtisanOrder =
  /** By name, A to Z (the default). */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** How a report supports a fact: in its own voice, by reporting what someone said, or by citing data. */
export type AttributionBasis =
  /** The report gives it as data, "according to" or "compiled by" `speaker` (an office or an organisation, not necessarily a named person). */
  | 'CITED_DATA'
  /** The report relays what `speaker` said ("Izadi added that …", "she said …"). */
  | 'REPORTED_SPEECH'
  /** The report states it in its own voice, crediting no one. */
  | 'STATED';

/** Conditions the audit events must meet; all events when omitted. */
export type AuditEventFilter = {
  /** Only events at or after this time. */
  from?: string | null | undefined;
  /** Only events of the key with this prefix. */
  keyPrefix?: string | null | undefined;
  /** Only runs of this mutation field, for example `createCourse`. */
  mutation?: string | null | undefined;
  /** Only events of partner keys of this organisation. */
  organizationId?: string | number | null | undefined;
  /** Only events that ended this way. */
  outcome?: AuditOutcome | null | undefined;
  /** Only events of callers with this role. */
  role?: Role | null | undefined;
  /** Only events that named this record. */
  targetId?: string | number | null | undefined;
  /** Only events at or before this time. */
  to?: string | null | undefined;
};

/** How to order audit events: by when the mutation ran. */
export type AuditEventOrder =
  /** Most recent first (the default). */
  | 'NEWEST_FIRST'
  /** Earliest first. */
  | 'OLDEST_FIRST';

/** How a recorded mutation ended. */
export type AuditOutcome =
  /** The caller had no key or no right to run it (UNAUTHENTICATED, FORBIDDEN); nothing was written. */
  | 'DENIED'
  /** It failed with another error (bad input, a service unavailable, …); nothing was written. */
  | 'FAILED'
  /** It refused with a payload error (`MutationErrorCode`); nothing was written. */
  | 'REFUSED'
  /** It wrote what it was asked to. */
  | 'SUCCEEDED';

/** Cancels an exhibition that has not ended; it stays listed, with status CANCELLED from today. */
export type CancelExhibitionInput = {
  /** The exhibition to cancel. */
  id: string | number;
  /** Why it is cancelled. */
  reason?: string | null | undefined;
};

/** Whether a course has a number of places, none, or one not announced. */
export type CapacityStatus =
  /** `capacity` places; enrolments beyond it are refused (COURSE_FULL). */
  | 'LIMITED'
  /** The sources announce no number of places; enrolments are not refused for lack of places. */
  | 'NOT_ANNOUNCED'
  /** No limit on places. */
  | 'UNLIMITED';

/** Which certificates to list; all given conditions must hold. */
export type CertificateFilter = {
  /** Only generated demonstration certificates (true) or only real ones (false); both when omitted. */
  isSynthetic?: boolean | null | undefined;
  /** Only certificates issued on or after this date. */
  issuedFrom?: string | null | undefined;
  /** Only certificates issued on or before this date. */
  issuedTo?: string | null | undefined;
};

/** How to order certificates: by date of issue, then serial number. */
export type CertificateOrder =
  /** Most recently issued first. */
  | 'NEWEST_FIRST'
  /** Earliest issued first (the default). */
  | 'OLDEST_FIRST';

/** Who an item of an agreement binds. */
export type CommitmentKind =
  /** The parties jointly, as the source says. */
  | 'JOINT'
  /** A provision the source lists without saying who is bound (for example "among the other provisions"). */
  | 'OTHER_PROVISION'
  /** One party (`party`). */
  | 'PARTY';

/** Corrections to a recorded figure; omitted fields stay as they are, and `null` clears a destination, craft, HS code, province or note. */
export type CorrectExportFigureInput = {
  /** New channel. */
  channel?: ExportChannel | null | undefined;
  /** New craft; null for none. */
  craftSlug?: string | null | undefined;
  /** New destination country; null for none. */
  destinationCode?: string | null | undefined;
  /** New HS code it was reported under; null for none. */
  hsCode?: string | null | undefined;
  /** The figure to correct. */
  id: string | number;
  /** New wording of the source's statement; null for none. */
  note?: string | null | undefined;
  /** New period. */
  period?: TradePeriodInput | null | undefined;
  /** New period basis. */
  periodBasis?: PeriodBasis | null | undefined;
  /** New precision. */
  precision?: FigurePrecision | null | undefined;
  /** New province of origin; null for none. */
  provinceCode?: string | null | undefined;
  /** New value in US dollars. */
  valueUsd?: string | null | undefined;
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
  /** Only generated demonstration courses (true) or only real ones (false); both when omitted. */
  isSynthetic?: boolean | null | undefined;
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

/** How to order courses. */
export type CourseOrder =
  /** Earliest start first, courses without an announced start last (the default). */
  | 'START_DATE_ASC'
  /** Latest start first, courses without an announced start last. */
  | 'START_DATE_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC';

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
  /** When the signing date is unknown: the date by which it was signed. A signed agreement needs one of the two. */
  signedNoLaterThan?: string | null | undefined;
  /** Date of signature. */
  signedOn?: string | null | undefined;
  /** Signed (the default) or only proposed. */
  stage?: AgreementStage;
  /** FIXED with `validUntil`; without it OPEN_ENDED (the default) or NOT_STATED when the source gives no term. */
  term?: AgreementTerm | null | undefined;
  /** Title. */
  title: string;
  /** For a proposed agreement (required then): the last day it is known to be still unsigned. */
  unsignedAsOf?: string | null | undefined;
  /** Last day of validity; omit when open-ended or not stated (see `term`). */
  validUntil?: string | null | undefined;
};

/** A new artisan. */
export type CreateArtisanInput = {
  /** Crafts the artisan practises. */
  craftSlugs?: Array<string>;
  /** Whether the artisan chose to be listed publicly (anyone may then see their personal fields); false unless given. */
  listedPublicly?: boolean;
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
  /** Most active enrolments it takes; omit for no limit or when not announced. */
  capacity?: number | null | undefined;
  /** LIMITED with `capacity`; without it UNLIMITED (the default) or NOT_ANNOUNCED. */
  capacityStatus?: CapacityStatus | null | undefined;
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

/** A new organisation. */
export type CreateOrganizationInput = {
  /** Country it is based in; omit for international bodies. */
  countryCode?: string | null | undefined;
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** Name in English. */
  name: string;
  /** Name in Persian. */
  nameFa?: string | null | undefined;
};

/** How a course is taught. */
export type DeliveryMode =
  /** Both virtual and in-person classes. */
  | 'HYBRID'
  /** Classes in a room only. */
  | 'IN_PERSON'
  /** Virtual classes only. */
  | 'ONLINE';

/** How a value that its source does not state word for word was obtained. */
export type DerivationMethod =
  /** Worked out from what the source states by a rule anyone can repeat (calendar arithmetic, the date of the report, a count), with nothing assumed beyond `statement`. */
  | 'DERIVED'
  /** A reading of the source that it supports but does not state: another reading is possible. `statement` gives the words and the reading. */
  | 'INFERRED'
  /** The source speaks to the field without settling it; the field is null (or says "not stated") rather than a guess, and `statement` gives the words. */
  | 'UNDETERMINED';

/** Puts an artisan in a course. */
export type EnrollArtisanInput = {
  /** The artisan to enrol. */
  artisanId: string | number;
  /** The course to enrol in. */
  courseId: string | number;
};

/** Which enrolments to list; all given conditions must hold. */
export type EnrollmentFilter = {
  /** Only enrolments made on or after this day (in Tehran). */
  enrolledFrom?: string | null | undefined;
  /** Only enrolments made on or before this day (in Tehran). */
  enrolledTo?: string | null | undefined;
  /** Only generated demonstration enrolments (true) or only real ones (false); both when omitted. */
  isSynthetic?: boolean | null | undefined;
  /** Only enrolments where the artisan stands so. */
  status?: EnrollmentStatus | null | undefined;
};

/** How to order enrolments: by when the artisan enrolled. */
export type EnrollmentOrder =
  /** Most recent first. */
  | 'NEWEST_FIRST'
  /** In the order they were made (the default). */
  | 'OLDEST_FIRST';

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

/** Which exhibitions to list; all given conditions must hold. */
export type ExhibitionFilter = {
  /** Only exhibitions held in this city, any letter case. */
  city?: string | null | undefined;
  /** Only exhibitions held in this country. */
  countryCode?: string | null | undefined;
  /** Only exhibitions showing this craft. */
  craftSlug?: string | null | undefined;
  /** True: only exhibitions held outside Iran; false: only those held in Iran. */
  heldAbroad?: boolean | null | undefined;
  /** Only generated demonstration exhibitions (true) or only real ones (false); both when omitted. */
  isSynthetic?: boolean | null | undefined;
  /** Only exhibitions of this kind. */
  kind?: ExhibitionKind | null | undefined;
  /** Only exhibitions organised by this organisation. */
  organizerId?: string | number | null | undefined;
  /** Only exhibitions representing this province of Iran. */
  provinceCode?: string | null | undefined;
  /** Only exhibitions held in this region (province, governorate or state), any letter case. */
  region?: string | null | undefined;
  /** Only exhibitions known to open on or after this date; one known to open within a window matches only when the whole window does. */
  startsFrom?: string | null | undefined;
  /** Only exhibitions known to open on or before this date; one known to open within a window matches only when the whole window does. */
  startsTo?: string | null | undefined;
  /** Only exhibitions with this status on `statusOn`; exhibitions whose status the sources cannot tell on that date are left out. */
  status?: ExhibitionStatus | null | undefined;
  /** The date `status` is judged on; today in Tehran when omitted. Needs `status`. */
  statusOn?: string | null | undefined;
};

/** Whether an exhibition is national or international in scope. */
export type ExhibitionKind =
  /** A national or provincial exhibition held in Iran. */
  | 'DOMESTIC'
  /** An exhibition held abroad, or an international fair held in Iran. */
  | 'INTERNATIONAL';

/** How to order exhibitions. The start date is the opening day, else the earliest day the exhibition can have opened; an exhibition known only to have opened by some date counts as the earliest of all. */
export type ExhibitionOrder =
  /** Earliest start first. */
  | 'START_DATE_ASC'
  /** Latest start first. */
  | 'START_DATE_DESC';

/** Where an exhibition stands on a given date. */
export type ExhibitionStatus =
  /** It was cancelled on or before that date. */
  | 'CANCELLED'
  /** It is open on that date. */
  | 'ONGOING'
  /** Its last day (or the latest day it can have ended) was before that date. */
  | 'PAST'
  /** It has not opened yet on that date. */
  | 'UPCOMING';

/** Which of an exhibition's exhibitors to list; all given conditions must hold. Conditions are on the registration only: the artisans' personal data cannot be filtered on here. */
export type ExhibitorFilter = {
  /** Only exhibitors registered on or after this day (in Tehran). */
  registeredFrom?: string | null | undefined;
  /** Only exhibitors registered on or before this day (in Tehran). */
  registeredTo?: string | null | undefined;
};

/** An artisan and an exhibition, to register or remove the artisan as one of its exhibitors. */
export type ExhibitorInput = {
  /** The artisan (an artisan of the graph). */
  artisanId: string | number;
  /** The exhibition. */
  exhibitionId: string | number;
};

/** How to order an exhibition's exhibitors: by when they were registered. */
export type ExhibitorOrder =
  /** In the order they were registered (the default). */
  | 'REGISTRATION_ASC'
  /** Latest registered first. */
  | 'REGISTRATION_DESC';

/** How handicrafts left the country. */
export type ExportChannel =
  /** Formal exports declared at customs. */
  | 'CUSTOMS'
  /** Informal "suitcase" trade: goods carried out by travellers, not declared as exports. */
  | 'SUITCASE';

/** Which export figures to list or add up; all given conditions must hold. */
export type ExportFigureFilter = {
  /** Only figures for this channel. */
  channel?: ExportChannel | null | undefined;
  /** Only figures that count towards this craft (reported for it, or under a code that covers it alone). */
  craftSlug?: string | null | undefined;
  /** Only figures for exports to this country. */
  destinationCode?: string | null | undefined;
  /** Only figures reported under exactly this HS code (2, 4 or 6 digits, dots allowed): not those under its subheadings. */
  hsCode?: string | null | undefined;
  /** Only synthetic figures (true) or only real ones (false); both when omitted. */
  isSynthetic?: boolean | null | undefined;
  /** Only figures for exports from this province. */
  provinceCode?: string | null | undefined;
  /** Only figures stated for one of these Persian solar years, e.g. `[1402, 1403]`. */
  solarYears?: Array<number> | null | undefined;
  /** Only figures of at least this value in US dollars. Lists of figures only: `exportTotals` refuses it. */
  valueUsdFrom?: string | null | undefined;
  /** Only figures of at most this value in US dollars. Lists of figures only: `exportTotals` refuses it. */
  valueUsdTo?: string | null | undefined;
};

/** How to order export figures. */
export type ExportFigureOrder =
  /** Earliest period first. */
  | 'PERIOD_ASC'
  /** Most recent period first, by the first day of the period (the default). */
  | 'PERIOD_DESC'
  /** Smallest value in US dollars first. */
  | 'VALUE_ASC'
  /** Largest value in US dollars first. */
  | 'VALUE_DESC';

/** A dimension that export totals are broken down by. */
export type ExportGrouping =
  /** One total per channel (customs, suitcase). */
  | 'CHANNEL'
  /** One total per craft a figure counts towards (reported for the craft, or under a code covering it alone); figures reported only under an HS code broader than any one craft form a group of that code (`hsCode`); figures with neither are left out. */
  | 'CRAFT'
  /** One total per destination country; figures without a destination are left out. */
  | 'DESTINATION'
  /** One total per HS code the figures were reported under, as reported; figures without a code are left out. */
  | 'HS_CODE'
  /** One total per province of origin; figures without a province are left out. */
  | 'PROVINCE'
  /** One total per Persian solar year, with year-on-year growth. */
  | 'YEAR';

/** Which export market entries to list; all given conditions must hold. */
export type ExportMarketFilter = {
  /** Only the entries of this country. */
  countryCode?: string | null | undefined;
  /** Only the members of this target group. */
  group?: ExportMarketGroup | null | undefined;
  /** Only markets the sources give this weight. */
  priority?: ExportMarketPriority | null | undefined;
};

/** A group of countries that officials name together as an export target. */
export type ExportMarketGroup =
  /** The states on the Caspian Sea other than Iran: Russia, Kazakhstan, Turkmenistan and Azerbaijan. */
  | 'CASPIAN_LITTORAL'
  /** The countries on the Persian Gulf other than Iran: Iraq, Kuwait, Saudi Arabia, Bahrain, Qatar, the United Arab Emirates and Oman. */
  | 'PERSIAN_GULF';

/** How to order export market entries. */
export type ExportMarketOrder =
  /** By country code, then the country's groups (its entry on its own last). */
  | 'COUNTRY_CODE_ASC'
  /** By target group (markets on their own last), then country code (the default). */
  | 'GROUP_ASC';

/** How much weight a market has in the sources. */
export type ExportMarketPriority =
  /** The sources report marketing, expected exports or exhibitions there, without naming it a main target. */
  | 'ACTIVE_MARKET'
  /** Officials name it a main target for handicraft exports. */
  | 'MAIN_TARGET';

/** Names one source, as people cite it: its outlet or an agency it credits, plus its title or date when that names several. */
export type ExportSourceSelector = {
  /** Publication date. */
  publishedOn?: string | null | undefined;
  /** The outlet that published it (`Source.publisher`) or an agency it credits (one of `Source.credits`), any letter case, e.g. `IRNA`. Reports are cited by the agency they quote as often as by their outlet; the four built-in reports name no outlet. */
  publisher: string;
  /** Part of the title, any letter case. */
  titleContains?: string | null | undefined;
};

/** How exact a figure is, as its source states it; the default preference rule ranks them in this order. */
export type FigurePrecision =
  /** Stated as "about" or "around" a measured amount. */
  | 'APPROXIMATE'
  /** An estimate of something not measured, such as informal suitcase trade or the size of a market. */
  | 'ESTIMATED'
  /** Stated as a measured amount, without qualification (it may still be rounded to the unit stated, such as millions). */
  | 'EXACT';

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

/** How the source ties the figure to its period. */
export type PeriodBasis =
  /** The source describes the figure as the current annual level ("currently stand at"); it is attached to the last solar year completed when the source appeared. Totals prefer a STATED figure for the same quantity. */
  | 'CURRENT_ANNUAL'
  /** The source states the figure for exactly this period. */
  | 'STATED';

/** What kind of policy document. */
export type PolicyDocumentKind =
  /** A national policy document, such as the National Handicrafts Document. */
  | 'NATIONAL_DOCUMENT'
  /** A plan of measures, such as the rescue plan for the sector. */
  | 'PLAN';

/** Where a policy document stands, as of `statusAsOf`. */
export type PolicyDocumentStatus =
  /** Adopted and in force. */
  | 'ADOPTED'
  /** Being drafted or compiled. */
  | 'IN_PREPARATION';

/** Records the result of the final exam of an enrolment. */
export type RecordExamResultInput = {
  /** The enrolment the exam belongs to. */
  enrollmentId: string | number;
  /** Passed or failed; a pass issues the certificate. */
  outcome: ExamOutcome;
  /** Score from 0 to 100, where the exam gives one. */
  score?: number | null | undefined;
};

/** A new export figure, with the report it comes from. */
export type RecordExportFigureInput = {
  /** How the goods left the country. */
  channel: ExportChannel;
  /** The craft, when the figure is for one. */
  craftSlug?: string | null | undefined;
  /** Destination country, when the figure is for one. */
  destinationCode?: string | null | undefined;
  /** The HS 2022 code the figure was reported under (2, 4 or 6 digits, dots allowed, e.g. `570210` or `9503`), kept as reported; with `craftSlug`, one that the craft is declared under. */
  hsCode?: string | null | undefined;
  /** The source's own words for the figure. */
  note?: string | null | undefined;
  /** The period the figure is for. */
  period: TradePeriodInput;
  /** How the source ties the figure to the period. */
  periodBasis?: PeriodBasis;
  /** How exact the source says the figure is. */
  precision: FigurePrecision;
  /** Province of origin, when the figure is for one. */
  provinceCode?: string | null | undefined;
  /** The report that states the figure. */
  source: SourceInput;
  /** Value in US dollars, e.g. `"224000000"`; zero or more. */
  valueUsd: string;
};

/** A place designated a world craft city or village, to register by name. */
export type RecordWorldCraftDesignationInput = {
  /** Year of the designation, from 1964 (when the World Crafts Council was founded) to this year. */
  designatedIn?: number | null | undefined;
  /** City or village. */
  kind: WorldCraftDesignationKind;
  /** Name of the city or village. */
  placeName: string;
  /** Province it is in. */
  provinceCode: string;
};

/** What a caller may do, from the API key it sends. */
export type Role =
  /** Reads and writes everything, including figures, designations, agreements and keys. */
  | 'ADMIN'
  /** Reads everything at full detail; writes nothing. */
  | 'ANALYST'
  /** No key: reads public data, writes nothing. */
  | 'ANONYMOUS'
  /** A partner organisation's key: public data, plus the enrolments and certificates of its own courses and the exhibitors of its own exhibitions; writes its own courses, enrolments, exam results and exhibitions. */
  | 'PARTNER';

/** The report a figure comes from; a report with the same publisher, title and date as a known one is that one. */
export type SourceInput = {
  /** Publication date, when known. */
  publishedOn?: string | null | undefined;
  /** The outlet or agency the report is credited to. */
  publisher: string;
  /** Headline of the report, or a short description in brackets when it has none. */
  title: string;
  /** Where the report can be read, when known. */
  url?: string | null | undefined;
};

/** How to order sources. */
export type SourceOrder =
  /** Most recently published first, undated sources last. */
  | 'PUBLISHED_ON_DESC'
  /** By title, A to Z (the default). */
  | 'TITLE_ASC';

/** A period: either `solarYear` alone, or `startsOn` and `endsOn` together (a span that is exactly a solar year is recorded as that year). */
export type TradePeriodInput = {
  /** Last day of a span of days, included. */
  endsOn?: string | null | undefined;
  /** A Persian solar year, e.g. 1403. */
  solarYear?: number | null | undefined;
  /** First day of a span of days. */
  startsOn?: string | null | undefined;
};

/** Which training centres and skills hubs to list; all given conditions must hold. */
export type TrainingCentreFilter = {
  /** Only generated demonstration centres (true) or only real ones (false); both when omitted. */
  isSynthetic?: boolean | null | undefined;
  /** Only centres of this kind. */
  kind?: TrainingCentreKind | null | undefined;
  /** Only centres in this province. */
  provinceCode?: string | null | undefined;
  /** Part of the name or city, any letter case. */
  search?: string | null | undefined;
  /** Only centres in this state. */
  status?: TrainingCentreStatus | null | undefined;
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
  /** New latest possible signing date; a proposed agreement becomes signed. */
  signedNoLaterThan?: string | null | undefined;
  /** New date of signature; a proposed agreement becomes signed. */
  signedOn?: string | null | undefined;
  /** New term: OPEN_ENDED or NOT_STATED clear `validUntil`; FIXED needs one. */
  term?: AgreementTerm | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** For a proposed agreement: a later day it is known to be still unsigned. */
  unsignedAsOf?: string | null | undefined;
  /** New last day of validity (the term becomes FIXED). */
  validUntil?: string | null | undefined;
};

/** Changes to an artisan; omitted fields stay as they are. */
export type UpdateArtisanInput = {
  /** New list of crafts, replacing the old one. */
  craftSlugs?: Array<string> | null | undefined;
  /** The artisan to change. */
  id: string | number;
  /** Whether the artisan is now listed publicly. */
  listedPublicly?: boolean | null | undefined;
  /** New full name. */
  name?: string | null | undefined;
  /** New province. */
  provinceCode?: string | null | undefined;
};

/** Changes to a course; omitted fields stay as they are, lists given replace the old ones. */
export type UpdateCourseInput = {
  /** New audiences. */
  audiences?: Array<CourseAudience> | null | undefined;
  /** New capacity; not below the seats already taken. Null for none (see `capacityStatus`). */
  capacity?: number | null | undefined;
  /** New capacity status: UNLIMITED or NOT_ANNOUNCED clear `capacity`; LIMITED needs one. */
  capacityStatus?: CapacityStatus | null | undefined;
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

/** Changes to an exhibition; omitted fields stay as they are, null clears an optional field, lists given replace the old ones. A new `startsOn` replaces a window unless a window is given too. */
export type UpdateExhibitionInput = {
  /** New city. */
  city?: string | null | undefined;
  /** New host country. */
  countryCode?: string | null | undefined;
  /** New crafts shown. */
  craftSlugs?: Array<string> | null | undefined;
  /** New wording of the dates as reported. */
  datesAsReported?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New last day. */
  endsOn?: string | null | undefined;
  /** The exhibition to change. */
  id: string | number;
  /** New kind. */
  kind?: ExhibitionKind | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New organiser. */
  organizerId?: string | number | null | undefined;
  /** New partner organisations. */
  partnerIds?: Array<string | number> | null | undefined;
  /** New province it represents. */
  provinceCode?: string | null | undefined;
  /** New region. */
  region?: string | null | undefined;
  /** New reported number of exhibitors. */
  reportedExhibitorCount?: number | null | undefined;
  /** New earliest possible opening day. */
  startsNoEarlierThan?: string | null | undefined;
  /** New day by which it opens. */
  startsNoLaterThan?: string | null | undefined;
  /** New opening day. */
  startsOn?: string | null | undefined;
};

/** Takes an artisan out of a course, freeing the seat. */
export type WithdrawEnrollmentInput = {
  /** The enrolment to withdraw. */
  enrollmentId: string | number;
};

/** What kind of place a World Crafts Council designation is given to. */
export type WorldCraftDesignationKind =
  /** A world craft city. */
  | 'CITY'
  /** A world craft village. */
  | 'VILLAGE';

/** How to order world craft designations. */
export type WorldCraftDesignationOrder =
  /** By place name, A to Z. */
  | 'PLACE_NAME_ASC'
  /** By province code, then place name (the default). */
  | 'PROVINCE_ASC';

export type AuthorizationExistingQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationExistingQuery = { agreements: { edges: Array<{ node: { id: string } }> } | null, exportFigures: { edges: Array<{ node: { id: string } }> } | null };

export type AuthorizationCreateArtisanMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type AuthorizationCreateArtisanMutation = { createArtisan: { artisan: { id: string, listedPublicly: boolean } | null } | null };

export type AuthorizationUpdateArtisanMutationVariables = Exact<{
  input: UpdateArtisanInput;
}>;


export type AuthorizationUpdateArtisanMutation = { updateArtisan: { artisan: { id: string, listedPublicly: boolean } | null } | null };

export type AuthorizationCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AuthorizationCreateOrganizationMutation = { createOrganization: { __typename: 'OrganizationPayload' } | null };

export type AuthorizationCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type AuthorizationCreateAgreementMutation = { createAgreement: { __typename: 'AgreementPayload' } | null };

export type AuthorizationUpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type AuthorizationUpdateAgreementMutation = { updateAgreement: { __typename: 'AgreementPayload' } | null };

export type AuthorizationCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type AuthorizationCreateCourseMutation = { createCourse: { course: { id: string, title: string } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationUpdateCourseMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type AuthorizationUpdateCourseMutation = { updateCourse: { course: { title: string } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationEnrollMutationVariables = Exact<{
  input: EnrollArtisanInput;
}>;


export type AuthorizationEnrollMutation = { enrollArtisan: { enrollment: { id: string, status: EnrollmentStatus } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationRecordExamResultMutationVariables = Exact<{
  input: RecordExamResultInput;
}>;


export type AuthorizationRecordExamResultMutation = { recordExamResult: { enrollment: { status: EnrollmentStatus, examScore: number | null } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationWithdrawMutationVariables = Exact<{
  input: WithdrawEnrollmentInput;
}>;


export type AuthorizationWithdrawMutation = { withdrawEnrollment: { enrollment: { status: EnrollmentStatus } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationCreateExhibitionMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type AuthorizationCreateExhibitionMutation = { createExhibition: { exhibition: { id: string, organizer: { id: string } | null } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationUpdateExhibitionMutationVariables = Exact<{
  input: UpdateExhibitionInput;
}>;


export type AuthorizationUpdateExhibitionMutation = { updateExhibition: { exhibition: { name: string } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationCancelExhibitionMutationVariables = Exact<{
  input: CancelExhibitionInput;
}>;


export type AuthorizationCancelExhibitionMutation = { cancelExhibition: { exhibition: { status: ExhibitionStatus | null } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationRegisterExhibitorMutationVariables = Exact<{
  input: ExhibitorInput;
}>;


export type AuthorizationRegisterExhibitorMutation = { registerExhibitor: { exhibition: { exhibitorCount: number | null } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationRemoveExhibitorMutationVariables = Exact<{
  input: ExhibitorInput;
}>;


export type AuthorizationRemoveExhibitorMutation = { removeExhibitor: { exhibition: { exhibitorCount: number | null } | null, error: { code: MutationErrorCode } | null } | null };

export type AuthorizationRecordDesignationMutationVariables = Exact<{
  input: RecordWorldCraftDesignationInput;
}>;


export type AuthorizationRecordDesignationMutation = { recordWorldCraftDesignation: { __typename: 'WorldCraftDesignationPayload' } | null };

export type AuthorizationRecordFigureMutationVariables = Exact<{
  input: RecordExportFigureInput;
}>;


export type AuthorizationRecordFigureMutation = { recordExportFigure: { __typename: 'ExportFigurePayload' } | null };

export type AuthorizationCorrectFigureMutationVariables = Exact<{
  input: CorrectExportFigureInput;
}>;


export type AuthorizationCorrectFigureMutation = { correctExportFigure: { __typename: 'ExportFigurePayload' } | null };

export type GlobalIdsNodeOfEachSubgraphQueryVariables = Exact<{
  artisan: string | number;
  exhibition: string | number;
  figure: string | number;
  country: string | number;
}>;


export type GlobalIdsNodeOfEachSubgraphQuery = { artisan:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', name: string | null, id: string, province: { code: string } | null }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'Craft', id: string }
    | { __typename: 'Exhibition', id: string }
    | { __typename: 'ExportFigure', id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null, exhibition:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', id: string }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'Craft', id: string }
    | { __typename: 'Exhibition', name: string, id: string, organizer: { id: string, name: string } | null }
    | { __typename: 'ExportFigure', id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null, figure:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', id: string }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'Craft', id: string }
    | { __typename: 'Exhibition', id: string }
    | { __typename: 'ExportFigure', valueUsd: string, channel: ExportChannel, id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null, country:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', id: string }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', code: string, name: string, id: string, exhibitionsHosted: { totalCount: number } | null }
    | { __typename: 'Course', id: string }
    | { __typename: 'Craft', id: string }
    | { __typename: 'Exhibition', id: string }
    | { __typename: 'ExportFigure', id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null };

export type GlobalIdsFirstExportFigureQueryVariables = Exact<{ [key: string]: never; }>;


export type GlobalIdsFirstExportFigureQuery = { exportFigures: { edges: Array<{ node: { id: string, valueUsd: string, channel: ExportChannel } }> } | null };

export type GlobalIdsCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type GlobalIdsCatalogueQuery = { province: { id: string, name: string } | null, craft: { id: string, name: string } | null, country: { id: string, name: string } | null };

export type GlobalIdsNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GlobalIdsNodesQuery = { nodes: Array<
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', id: string }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Course', title: string, id: string }
    | { __typename: 'Craft', slug: string, id: string }
    | { __typename: 'Exhibition', name: string, id: string }
    | { __typename: 'ExportFigure', id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', code: string, name: string, id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null> | null };

export type GlobalIdsCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type GlobalIdsCoursesQuery = { courses: { edges: Array<{ node: { id: string, title: string } }> } | null };

export type GlobalIdsCourseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type GlobalIdsCourseByIdQuery = { course: { id: string, title: string } | null };

export type GlobalIdsArtisanAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type GlobalIdsArtisanAndNodeQuery = { artisan: { id: string, name: string | null, listedPublicly: boolean } | null, node:
    | { id: string }
    | { name: string | null, listedPublicly: boolean, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GlobalIdsOfEveryNodeTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type GlobalIdsOfEveryNodeTypeQuery = { agreements: { edges: Array<{ node: { __typename: 'Agreement', id: string } }> } | null, artisans: { edges: Array<{ node: { __typename: 'Artisan', id: string } }> } | null, competencyStandards: { edges: Array<{ node: { __typename: 'CompetencyStandard', id: string } }> } | null, courses: { edges: Array<{ node: { __typename: 'Course', id: string } }> } | null, instructors: { edges: Array<{ node: { __typename: 'Instructor', id: string } }> } | null, officialVisits: Array<{ __typename: 'OfficialVisit', id: string }> | null, organizations: { edges: Array<{ node: { __typename: 'Organization', id: string } }> } | null, trainingCentres: { edges: Array<{ node: { __typename: 'TrainingCentre', id: string } }> } | null, exhibitions: { edges: Array<{ node: { __typename: 'Exhibition', id: string } }> } | null, marketingActivities: Array<{ __typename: 'MarketingActivity', id: string }> | null, worldCraftDesignations: { edges: Array<{ node: { __typename: 'WorldCraftDesignation', id: string } }> } | null, exportFigures: { edges: Array<{ node: { __typename: 'ExportFigure', id: string } }> } | null, growthTargets: Array<{ __typename: 'GrowthTarget', id: string }> | null, marketSizes: Array<{ __typename: 'MarketSizeFigure', id: string }> | null, policyDocuments: Array<{ __typename: 'PolicyDocument', id: string }> | null, sources: { edges: Array<{ node: { __typename: 'Source', id: string } }> } | null, yearSlogans: Array<{ __typename: 'YearSlogan', id: string }> | null, countries: Array<{ country: { __typename: 'Country', id: string } }> | null, provinces: Array<{ __typename: 'Province', id: string }> | null, crafts: Array<{ __typename: 'Craft', id: string }> | null, __type: { possibleTypes: Array<{ name: string | null }> | null } | null };

export type GlobalIdsTypesOfNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GlobalIdsTypesOfNodesQuery = { nodes: Array<
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', id: string }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'Craft', id: string }
    | { __typename: 'Exhibition', id: string }
    | { __typename: 'ExportFigure', id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null> | null };

export type GlobalIdsRecordDesignationMutationVariables = Exact<{
  input: RecordWorldCraftDesignationInput;
}>;


export type GlobalIdsRecordDesignationMutation = { recordWorldCraftDesignation: { designation: { id: string } | null } | null };

export type GlobalIdsCountryByCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type GlobalIdsCountryByCodeQuery = { country: { id: string, name: string } | null };

export type GlobalIdsCountryByNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type GlobalIdsCountryByNodeQuery = { node:
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', id: string }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', code: string, name: string, id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'Craft', id: string }
    | { __typename: 'Exhibition', id: string }
    | { __typename: 'ExportFigure', id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null };

export type AccessViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerQuery = { viewer: { role: Role, keyName: string | null, keyPrefix: string | null, organization: { id: string, name: string } | null } | null };

export type AccessAuditedArtisanMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type AccessAuditedArtisanMutation = { createArtisan: { artisan: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type AccessAuditedRefusalMutationVariables = Exact<{
  input: UpdateArtisanInput;
}>;


export type AccessAuditedRefusalMutation = { updateArtisan: { error: { code: MutationErrorCode } | null } | null };

export type AccessAuditTrailQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AccessAuditTrailQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { mutation: string, outcome: AuditOutcome, errorCodes: Array<string>, targetIds: Array<string>, role: Role, keyName: string | null, keyPrefix: string | null, operationName: string | null, requestId: string, organization: { id: string } | null } }> } | null };

export type AccessPublicDataQueryVariables = Exact<{
  code: string;
}>;


export type AccessPublicDataQuery = { provinces: Array<{ code: string }> | null, crafts: Array<{ slug: string }> | null, country: { name: string } | null, organizations: { totalCount: number } | null, courses: { totalCount: number, edges: Array<{ node: { title: string, seatsTaken: number, provider: { name: string } } }> } | null, agreements: { totalCount: number } | null, exhibitions: { totalCount: number, edges: Array<{ node: { name: string, exhibitorCount: number | null, organizer: { name: string } | null } }> } | null, exportMarkets: Array<{ priority: ExportMarketPriority }> | null, worldCraftDesignationCounts: Array<{ reportedCount: number | null }> | null, exportTotals: Array<{ valueUsd: string, figures: Array<{ valueUsd: string }> }> | null, province: { name: string } | null };

export type AccessArtisanListsQueryVariables = Exact<{
  code: string;
}>;


export type AccessArtisanListsQuery = { artisans: { totalCount: number, edges: Array<{ node: { id: string, name: string | null } }> } | null, province: { artisans: { totalCount: number, edges: Array<{ node: { id: string, name: string | null } }> } | null } | null };

export type AccessArtisanQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessArtisanQuery = { artisan: { id: string, listedPublicly: boolean, name: string | null, isSynthetic: boolean | null, province: { code: string } | null, crafts: Array<{ slug: string }> | null, enrollments: Array<{ id: string, status: EnrollmentStatus, examScore: number | null, course: { id: string } }> | null, certificates: Array<{ serial: string, course: { id: string } }> | null, exhibitions: { totalCount: number } | null } | null };

export type AccessCourseEnrollmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessCourseEnrollmentsQuery = { course: { title: string, seatsTaken: number, enrollments: { totalCount: number, edges: Array<{ node: { status: EnrollmentStatus, examScore: number | null, artisan: { name: string | null } } }> } | null } | null };

export type AccessExhibitorsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessExhibitorsQuery = { exhibition: { name: string, exhibitors: { totalCount: number, edges: Array<{ node: { id: string, listedPublicly: boolean, name: string | null, enrollments: Array<{ examScore: number | null }> | null, exhibitions: { edges: Array<{ node: { id: string } }> } | null } | null }> } } | null };

export type AccessExhibitorNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessExhibitorNamesQuery = { exhibition: { exhibitors: { edges: Array<{ node: { name: string | null } | null }> } } | null };

export type AccessCertificateQueryVariables = Exact<{
  serial: string;
}>;


export type AccessCertificateQuery = { certificate: { serial: string, artisan: { id: string } } | null };

export type SightArtisanNameQueryVariables = Exact<{
  id: string | number;
}>;


export type SightArtisanNameQuery = { artisan: { id: string, name: string | null, province: { code: string } | null } | null };

export type SightEnrollMutationVariables = Exact<{
  input: EnrollArtisanInput;
}>;


export type SightEnrollMutation = { enrollArtisan: { enrollment: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type SightWithdrawMutationVariables = Exact<{
  input: WithdrawEnrollmentInput;
}>;


export type SightWithdrawMutation = { withdrawEnrollment: { enrollment: { status: EnrollmentStatus } | null, error: { code: MutationErrorCode } | null } | null };

export type SightArtisansOfProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type SightArtisansOfProvinceQuery = { artisans: { edges: Array<{ node: { id: string } }> } | null };

export type SightExhibitorsOfAllQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SightExhibitorsOfAllQuery = { exhibitions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, exhibitorCount: number | null, exhibitors: { totalCount: number, pageInfo: { endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, listedPublicly: boolean } | null }> } } }> } | null };

export type SightExhibitorPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type SightExhibitorPageQuery = { exhibition: { exhibitors: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } | null }> } } | null };

export type SightCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type SightCreateCourseMutation = { createCourse: { course: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type SightUpdateCourseMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type SightUpdateCourseMutation = { updateCourse: { course: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type SightCreateExhibitionMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type SightCreateExhibitionMutation = { createExhibition: { exhibition: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type SightUpdateExhibitionMutationVariables = Exact<{
  input: UpdateExhibitionInput;
}>;


export type SightUpdateExhibitionMutation = { updateExhibition: { exhibition: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type SightAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SightAgreementsQuery = { agreements: { edges: Array<{ node: { id: string, parties: Array<{ organization: { id: string } }> } }> } | null };

export type ClientsProvinceNameQueryVariables = Exact<{
  code?: string;
}>;


export type ClientsProvinceNameQuery = { province: { id: string, code: string, name: string } | null };

export type BatchingExhibitionsQueryVariables = Exact<{
  first: number;
}>;


export type BatchingExhibitionsQuery = { exhibitions: { edges: Array<{ node: { name: string, crafts: Array<{ name: string }>, exhibitors: { edges: Array<{ node: { name: string | null, province: { name: string } | null } | null }> } } }> } | null };

export type BatchingProvinceExhibitionsQueryVariables = Exact<{
  first: number;
}>;


export type BatchingProvinceExhibitionsQuery = { provinces: Array<{ code: string, exhibitions: { totalCount: number, edges: Array<{ node: { name: string, exhibitorCount: number | null, organizer: { name: string } | null, country: { name: string } } }> } | null }> | null };

export type BatchingExhibitionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingExhibitionIdsQuery = { exhibitions: { edges: Array<{ node: { id: string } }> } | null };

export type BatchingArtisanIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingArtisanIdsQuery = { artisans: { edges: Array<{ node: { id: string } }> } | null };

export type CrossSubgraphArtisanPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CrossSubgraphArtisanPageQuery = { artisan: { name: string | null, province: { name: string } | null, crafts: Array<{ name: string }> | null, enrollments: Array<{ status: EnrollmentStatus, course: { title: string, provider: { name: string } } }> | null, exhibitions: { totalCount: number, edges: Array<{ node: { name: string, startsOn: string | null, status: ExhibitionStatus | null, country: { name: string }, crafts: Array<{ name: string }> } }> } | null, abroad: { edges: Array<{ node: { name: string } }> } | null } | null };

export type CrossSubgraphProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossSubgraphProvinceQuery = { province: { name: string, courses: { edges: Array<{ node: { title: string } }> } | null, exhibitions: { totalCount: number, edges: Array<{ node: { name: string, region: string | null, startsOn: string | null, country: { code: string }, sources: Array<{ publisher: string | null }> } }> } | null, everywhere: { totalCount: number } | null } | null };

export type CrossSubgraphHostedShownOrganizedQueryVariables = Exact<{
  org: string | number;
}>;


export type CrossSubgraphHostedShownOrganizedQuery = { country: { name: string, exhibitionsHosted: { edges: Array<{ node: { id: string, name: string, organizer: { name: string, kind: OrganizationKind } | null, partners: Array<{ name: string }> } }> } | null, exportMarkets: Array<{ group: ExportMarketGroup | null, priority: ExportMarketPriority }> | null } | null, craft: { name: string, exhibitions: { edges: Array<{ node: { name: string } }> } | null } | null, organization: { name: string, exhibitionsOrganized: { totalCount: number, edges: Array<{ node: { name: string } }> } | null } | null };

export type CrossSubgraphProvincePagesQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossSubgraphProvincePagesQuery = { provinces: Array<{ code: string, exhibitions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string } }> } | null }> | null };

export type CrossSubgraphGolestanNextQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CrossSubgraphGolestanNextQuery = { province: { exhibitions: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { name: string } }> } | null } | null };

export type ExhibitionsNamesQueryVariables = Exact<{
  filter?: ExhibitionFilter | null | undefined;
  orderBy: ExhibitionOrder;
}>;


export type ExhibitionsNamesQuery = { exhibitions: { edges: Array<{ node: { name: string } }> } | null };

export type ExhibitionsCancelByIdMutationVariables = Exact<{
  id: string | number;
}>;


export type ExhibitionsCancelByIdMutation = { cancelExhibition: { error: { code: MutationErrorCode } | null } | null };

export type ExhibitionsAllFieldsFragment = { id: string, name: string, description: string | null, kind: ExhibitionKind, city: string | null, region: string | null, startsOn: string | null, endsOn: string | null, startsNoEarlierThan: string | null, startsNoLaterThan: string | null, datesAsReported: string | null, reportedExhibitorCount: number | null, exhibitorCount: number | null, cancelledOn: string | null, isSynthetic: boolean, country: { code: string, name: string }, province: { code: string, name: string } | null, crafts: Array<{ slug: string }>, organizer: { id: string } | null, partners: Array<{ id: string }>, exhibitors: { totalCount: number }, sources: Array<{ title: string, publisher: string | null, publishedOn: string | null, url: string | null }> };

export type ExhibitionsIlamQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsIlamQuery = { exhibitions: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string | null, kind: ExhibitionKind, city: string | null, region: string | null, startsOn: string | null, endsOn: string | null, startsNoEarlierThan: string | null, startsNoLaterThan: string | null, datesAsReported: string | null, reportedExhibitorCount: number | null, exhibitorCount: number | null, cancelledOn: string | null, isSynthetic: boolean, before: ExhibitionStatus | null, opening: ExhibitionStatus | null, last: ExhibitionStatus | null, after: ExhibitionStatus | null, country: { code: string, name: string }, province: { code: string, name: string } | null, crafts: Array<{ slug: string }>, organizer: { id: string } | null, partners: Array<{ id: string }>, exhibitors: { totalCount: number }, sources: Array<{ title: string, publisher: string | null, publishedOn: string | null, url: string | null }> } }> } | null };

export type ExhibitionsIraqQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsIraqQuery = { country: { name: string, exhibitionsHosted: { totalCount: number, edges: Array<{ node: { status: ExhibitionStatus | null, id: string, name: string, description: string | null, kind: ExhibitionKind, city: string | null, region: string | null, startsOn: string | null, endsOn: string | null, startsNoEarlierThan: string | null, startsNoLaterThan: string | null, datesAsReported: string | null, reportedExhibitorCount: number | null, exhibitorCount: number | null, cancelledOn: string | null, isSynthetic: boolean, country: { code: string, name: string }, province: { code: string, name: string } | null, crafts: Array<{ slug: string }>, organizer: { id: string } | null, partners: Array<{ id: string }>, exhibitors: { totalCount: number }, sources: Array<{ title: string, publisher: string | null, publishedOn: string | null, url: string | null }> } }> } | null } | null };

export type ExhibitionsItalyQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsItalyQuery = { exhibitions: { edges: Array<{ node: { id: string, name: string, description: string | null, kind: ExhibitionKind, city: string | null, region: string | null, startsOn: string | null, endsOn: string | null, startsNoEarlierThan: string | null, startsNoLaterThan: string | null, datesAsReported: string | null, reportedExhibitorCount: number | null, exhibitorCount: number | null, cancelledOn: string | null, isSynthetic: boolean, announced: ExhibitionStatus | null, inMay: ExhibitionStatus | null, country: { code: string, name: string }, province: { code: string, name: string } | null, crafts: Array<{ slug: string }>, organizer: { id: string } | null, partners: Array<{ id: string }>, exhibitors: { totalCount: number }, sources: Array<{ title: string, publisher: string | null, publishedOn: string | null, url: string | null }> } }> } | null };

export type ExhibitionsPartnerQuestionQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExhibitionsPartnerQuestionQuery = { exhibitions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { name: string, startsOn: string | null, region: string | null, exhibitorCount: number | null, crafts: Array<{ name: string }>, province: { name: string } | null } }> } | null };

export type ExhibitionsCancelWithReasonMutationVariables = Exact<{
  id: string | number;
}>;


export type ExhibitionsCancelWithReasonMutation = { cancelExhibition: { error: { code: MutationErrorCode } | null } | null };

export type ExhibitionsStatusOnQueryVariables = Exact<{
  on: string;
}>;


export type ExhibitionsStatusOnQuery = { exhibitions: { totalCount: number, edges: Array<{ node: { name: string, status: ExhibitionStatus | null } }> } | null };

export type ExhibitionsOngoingQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsOngoingQuery = { exhibitions: { edges: Array<{ node: { name: string, status: ExhibitionStatus | null } }> } | null };

export type ExhibitionsCreateMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type ExhibitionsCreateMutation = { createExhibition: { exhibition: { id: string, name: string, kind: ExhibitionKind, startsOn: string | null, endsOn: string | null, status: ExhibitionStatus | null, country: { name: string }, crafts: Array<{ slug: string }>, province: { name: string } | null, organizer: { id: string, name: string } | null, partners: Array<{ name: string }> } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ExhibitionsUpdateMutationVariables = Exact<{
  input: UpdateExhibitionInput;
}>;


export type ExhibitionsUpdateMutation = { updateExhibition: { exhibition: { name: string, startsOn: string | null, endsOn: string | null, startsNoEarlierThan: string | null, startsNoLaterThan: string | null, datesAsReported: string | null, reportedExhibitorCount: number | null, crafts: Array<{ slug: string }>, partners: Array<{ name: string }> } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ExhibitionsCancelMutationVariables = Exact<{
  input: CancelExhibitionInput;
}>;


export type ExhibitionsCancelMutation = { cancelExhibition: { exhibition: { cancelledOn: string | null, cancellationReason: string | null, status: ExhibitionStatus | null } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ExhibitionsOrganizedQueryVariables = Exact<{
  id: string | number;
}>;


export type ExhibitionsOrganizedQuery = { organization: { exhibitionsOrganized: { totalCount: number, edges: Array<{ node: { name: string } }> } | null } | null };

export type ExhibitionsUpdatePartnersMutationVariables = Exact<{
  input: UpdateExhibitionInput;
}>;


export type ExhibitionsUpdatePartnersMutation = { updateExhibition: { exhibition: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ExhibitionsPartnersQueryVariables = Exact<{
  id: string | number;
}>;


export type ExhibitionsPartnersQuery = { exhibition: { name: string, partners: Array<{ name: string }> } | null };

export type ExhibitionsStatusBeforeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExhibitionsStatusBeforeQuery = { exhibition: { name: string, before: ExhibitionStatus | null } | null };

export type ExhibitionsUnknownQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsUnknownQuery = { a: { id: string } | null, b: { id: string } | null };

export type ExhibitionsCreateBadMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type ExhibitionsCreateBadMutation = { createExhibition: { exhibition: { id: string } | null } | null };

export type ExhibitionsCacheListingQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsCacheListingQuery = { exhibitions: { totalCount: number, edges: Array<{ node: { name: string, exhibitorCount: number | null, status: ExhibitionStatus | null, country: { name: string }, province: { name: string } | null, crafts: Array<{ name: string }>, sources: Array<{ title: string }> } }> } | null };

export type ExhibitionsCacheHostedQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsCacheHostedQuery = { country: { name: string, exhibitionsHosted: { totalCount: number, edges: Array<{ node: { name: string } }> } | null, exportMarkets: Array<{ group: ExportMarketGroup | null }> | null } | null };

export type ExhibitionsCacheMarketsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsCacheMarketsQuery = { exportMarkets: Array<{ group: ExportMarketGroup | null, country: { name: string }, sources: Array<{ title: string }> }> | null, worldCraftDesignationCounts: Array<{ reportedCount: number | null }> | null };

export type ExhibitionsCacheExhibitorCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsCacheExhibitorCountQuery = { exhibitions: { edges: Array<{ node: { name: string, exhibitors: { totalCount: number } } }> } | null };

export type ExhibitionsCacheExhibitorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitionsCacheExhibitorsQuery = { exhibitions: { edges: Array<{ node: { exhibitors: { edges: Array<{ node: { name: string | null } | null }> } } }> } | null };

export type ExhibitorsRemoveMutationVariables = Exact<{
  input: ExhibitorInput;
}>;


export type ExhibitorsRemoveMutation = { removeExhibitor: { exhibition: { id: string } | null, artisan: { id: string, name: string | null } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ExhibitorsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ExhibitorsCancelMutation = { cancelExhibition: { error: { code: MutationErrorCode } | null } | null };

export type ExhibitorsPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ExhibitorsPageQuery = { exhibition: { exhibitorCount: number | null, reportedExhibitorCount: number | null, exhibitors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, province: { name: string } | null } | null }> } } | null };

export type ExhibitorsCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExhibitorsCountsQuery = { exhibition: { exhibitorCount: number | null, reportedExhibitorCount: number | null, exhibitors: { totalCount: number } } | null };

export type ExhibitorsRaceQueryVariables = Exact<{
  id: string | number;
}>;


export type ExhibitorsRaceQuery = { exhibition: { exhibitors: { totalCount: number } } | null };

export type ExhibitorsBothSidesQueryVariables = Exact<{
  e: string | number;
  a: string | number;
}>;


export type ExhibitorsBothSidesQuery = { exhibition: { exhibitors: { totalCount: number } } | null, artisan: { exhibitions: { totalCount: number } | null } | null };

export type ExhibitorsMoveToPastMutationVariables = Exact<{
  id: string | number;
}>;


export type ExhibitorsMoveToPastMutation = { updateExhibition: { error: { code: MutationErrorCode } | null } | null };

export type ExhibitorsIsolatedRegisterMutationVariables = Exact<{
  input: ExhibitorInput;
}>;


export type ExhibitorsIsolatedRegisterMutation = { registerExhibitor: { exhibition: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type ExhibitorsIsolatedCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ExhibitorsIsolatedCountQuery = { exhibitions: { totalCount: number } | null };

export type ExhibitorsIsolatedCreateMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type ExhibitorsIsolatedCreateMutation = { createExhibition: { exhibition: { id: string } | null } | null };

export type ExhibitorsIsolatedSelfContainedMutationVariables = Exact<{ [key: string]: never; }>;


export type ExhibitorsIsolatedSelfContainedMutation = { createExhibition: { exhibition: { name: string } | null, error: { code: MutationErrorCode } | null } | null };

export type MarketsDesignationsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketsDesignationsCountQuery = { worldCraftDesignations: { totalCount: number } | null };

export type MarketsTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketsTargetsQuery = { caspian: Array<{ priority: ExportMarketPriority, rationale: string, country: { code: string }, sources: Array<{ title: string, publisher: string | null, publishedOn: string | null }> }> | null, gulf: Array<{ priority: ExportMarketPriority, country: { code: string, name: string } }> | null };

export type MarketsActiveQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketsActiveQuery = { all: Array<{ group: ExportMarketGroup | null, country: { code: string } }> | null, iraq: { exportMarkets: Array<{ group: ExportMarketGroup | null, priority: ExportMarketPriority, rationale: string, sources: Array<{ publisher: string | null, publishedOn: string | null }> }> | null } | null, italy: Array<{ group: ExportMarketGroup | null, priority: ExportMarketPriority, rationale: string, sources: Array<{ publisher: string | null, publishedOn: string | null }> }> | null, iran: { exportMarkets: Array<{ group: ExportMarketGroup | null }> | null } | null };

export type MarketsRecordDesignationMutationVariables = Exact<{
  input: RecordWorldCraftDesignationInput;
}>;


export type MarketsRecordDesignationMutation = { recordWorldCraftDesignation: { designation: { kind: WorldCraftDesignationKind, placeName: string, designatedIn: number | null, province: { name: string }, sources: Array<{ title: string }> } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type MarketsDesignationCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketsDesignationCountsQuery = { worldCraftDesignationCounts: Array<{ kind: WorldCraftDesignationKind, reportedCount: number | null, reportedAsOf: string | null, registeredCount: number, reportedIn: { title: string, publisher: string | null, publishedOn: string | null } | null, designatedBy: { id: string, name: string } }> | null };

export type MarketsVillagesQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketsVillagesQuery = { worldCraftDesignations: { totalCount: number, edges: Array<{ node: { placeName: string } }> } | null };

export type SyntheticExhibitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticExhibitionsQuery = { exhibitions: { totalCount: number, edges: Array<{ node: { name: string, isSynthetic: boolean, organizer: { name: string } | null, exhibitors: { edges: Array<{ node: { name: string | null } | null }> } } }> } | null };

export type AttacksArtisanCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AttacksArtisanCountQuery = { artisans: { totalCount: number } | null };

export type CostDirectivesOneAggregateQueryVariables = Exact<{ [key: string]: never; }>;


export type CostDirectivesOneAggregateQuery = { exportTotals: Array<{ valueUsd: string }> | null };

export type CostDirectivesProvinceCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type CostDirectivesProvinceCodesQuery = { provinces: Array<{ code: string }> | null };

export type CostDirectivesCreateArtisanMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type CostDirectivesCreateArtisanMutation = { createArtisan: { artisan: { id: string } | null } | null };

export type LimitsSearchArtisansQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type LimitsSearchArtisansQuery = { artisans: { totalCount: number } | null };

export type LimitsCertificateQueryVariables = Exact<{
  serial: string;
}>;


export type LimitsCertificateQuery = { certificate: { serial: string } | null };

export type LimitsCreateExhibitionMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type LimitsCreateExhibitionMutation = { createExhibition: { exhibition: { id: string, description: string | null } | null } | null };

export type ProductionTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductionTypenameQuery = { __typename: 'Query' };

export type RateLimitProvinceCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitProvinceCodesQuery = { provinces: Array<{ code: string }> | null };

export type RateLimitCostlyQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitCostlyQuery = { exportTotals: Array<{ valueUsd: string }> | null };

export type ListsAuditPageQueryVariables = Exact<{
  orderBy: AuditEventOrder;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type ListsAuditPageQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string } }> } | null };

export type ListsExportFiguresQueryVariables = Exact<{
  filter?: ExportFigureFilter | null | undefined;
  orderBy: ExportFigureOrder;
  first: number;
  after?: string | null | undefined;
  province: string;
}>;


export type ListsExportFiguresQuery = { exportFigures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, valueUsd: string } }> } | null, province: { exports: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } | null };

export type ListsTotalsByValueQueryVariables = Exact<{ [key: string]: never; }>;


export type ListsTotalsByValueQuery = { exportTotals: Array<{ valueUsd: string }> | null };

export type ListsExhibitorsQueryVariables = Exact<{
  id: string | number;
  filter?: ExhibitorFilter | null | undefined;
  orderBy: ExhibitorOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type ListsExhibitorsQuery = { exhibition: { exhibitorCount: number | null, exhibitors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } | null }> } } | null };

export type ListsExportMarketsQueryVariables = Exact<{
  filter?: ExportMarketFilter | null | undefined;
  orderBy: ExportMarketOrder;
  first: number;
  after?: string | null | undefined;
  group?: ExportMarketGroup | null | undefined;
}>;


export type ListsExportMarketsQuery = { exportMarkets: Array<{ group: ExportMarketGroup | null, country: { code: string } }> | null, exportMarketsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { group: ExportMarketGroup | null, priority: ExportMarketPriority, country: { code: string } } }> } | null };

export type ListsDesignationsQueryVariables = Exact<{
  orderBy: WorldCraftDesignationOrder;
}>;


export type ListsDesignationsQuery = { worldCraftDesignations: { edges: Array<{ node: { placeName: string, province: { code: string } } }> } | null };

export type ListsRecordDesignationMutationVariables = Exact<{
  input: RecordWorldCraftDesignationInput;
}>;


export type ListsRecordDesignationMutation = { recordWorldCraftDesignation: { error: { code: MutationErrorCode } | null } | null };

export type ListsSourcesQueryVariables = Exact<{
  orderBy: SourceOrder;
}>;


export type ListsSourcesQuery = { sources: { edges: Array<{ node: { title: string, publishedOn: string | null } }> } | null };

export type ListsExhibitionsStatementsQueryVariables = Exact<{
  first: number;
  today: string;
}>;


export type ListsExhibitionsStatementsQuery = { exhibitions: { edges: Array<{ node: { exhibitorCount: number | null, exhibitors: { totalCount: number, edges: Array<{ node: { id: string } | null }> } } }> } | null };

export type ListsAccessTrainingRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type ListsAccessTrainingRecordQuery = { artisan: { id: string, enrollmentsConnection: { totalCount: number, edges: Array<{ node: { id: string } }> } | null, certificatesConnection: { totalCount: number, edges: Array<{ node: { serial: string } }> } | null } | null };

export type ListsAccessFilteredArtisansQueryVariables = Exact<{
  code: string;
  filter?: ArtisanFilter | null | undefined;
}>;


export type ListsAccessFilteredArtisansQuery = { artisans: { totalCount: number, edges: Array<{ node: { id: string } }> } | null, province: { artisans: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } | null };

export type ListsAccessCourseEnrollmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ListsAccessCourseEnrollmentsQuery = { course: { enrollments: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } | null };

export type ListsAccessExhibitorsQueryVariables = Exact<{
  id: string | number;
  today: string;
}>;


export type ListsAccessExhibitorsQuery = { exhibition: { exhibitors: { totalCount: number, edges: Array<{ node: { id: string, listedPublicly: boolean, name: string | null } | null }> } } | null };

export type ListsSyntheticCountsQueryVariables = Exact<{
  synthetic?: boolean | null | undefined;
  province: string;
  course: string | number;
  artisan: string | number;
  country: string;
  craft: string;
  organization: string | number;
  source: string | number;
}>;


export type ListsSyntheticCountsQuery = { artisans: { totalCount: number } | null, courses: { totalCount: number } | null, organizations: { totalCount: number } | null, agreements: { totalCount: number } | null, instructors: { totalCount: number } | null, competencyStandards: { totalCount: number } | null, trainingCentres: { totalCount: number } | null, exhibitions: { totalCount: number } | null, exportFigures: { totalCount: number } | null, sources: { totalCount: number } | null, province: { courses: { totalCount: number } | null, artisans: { totalCount: number } | null, exhibitions: { totalCount: number } | null, exports: { totalCount: number } | null } | null, course: { enrollments: { totalCount: number } | null } | null, artisan: { enrollmentsConnection: { totalCount: number } | null, certificatesConnection: { totalCount: number } | null, exhibitions: { totalCount: number } | null } | null, country: { exhibitionsHosted: { totalCount: number } | null, exports: { totalCount: number } | null } | null, craft: { exhibitions: { totalCount: number } | null, exports: { totalCount: number } | null } | null, organization: { exhibitionsOrganized: { totalCount: number } | null } | null, source: { facts: { exportFigures: { totalCount: number } | null } } | null };

export type ListsRecordPassMutationVariables = Exact<{
  input: RecordExamResultInput;
}>;


export type ListsRecordPassMutation = { recordExamResult: { certificate: { serial: string } | null, error: { code: MutationErrorCode } | null } | null };

export type ListsArtisanPageQueryVariables = Exact<{
  filter?: ArtisanFilter | null | undefined;
  orderBy: ArtisanOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type ListsArtisanPageQuery = { artisans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null } }> } | null };

export type ListsProvinceListsQueryVariables = Exact<{
  code: string;
  courseFilter?: CourseFilter | null | undefined;
  courseOrder: CourseOrder;
  artisanFilter?: ArtisanFilter | null | undefined;
  artisanOrder: ArtisanOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type ListsProvinceListsQuery = { province: { courses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string } }> } | null, artisans: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } | null };

export type ListsTrainingRecordQueryVariables = Exact<{
  id: string | number;
  enrollmentFilter?: EnrollmentFilter | null | undefined;
  enrollmentOrder: EnrollmentOrder;
  certificateFilter?: CertificateFilter | null | undefined;
  certificateOrder: CertificateOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type ListsTrainingRecordQuery = { artisan: { enrollments: Array<{ id: string }> | null, certificates: Array<{ serial: string }> | null, enrollmentsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: EnrollmentStatus, isSynthetic: boolean, course: { id: string } } }> } | null, certificatesConnection: { totalCount: number, edges: Array<{ node: { serial: string, issuedOn: string, isSynthetic: boolean } }> } | null } | null };

export type ListsCourseEnrollmentsQueryVariables = Exact<{
  id: string | number;
  filter?: EnrollmentFilter | null | undefined;
  orderBy: EnrollmentOrder;
}>;


export type ListsCourseEnrollmentsQuery = { course: { enrollments: { totalCount: number, edges: Array<{ node: { status: EnrollmentStatus, artisan: { id: string } } }> } | null } | null };

export type ListsInstructorsAndStandardsQueryVariables = Exact<{
  craft?: string | null | undefined;
  synthetic?: boolean | null | undefined;
}>;


export type ListsInstructorsAndStandardsQuery = { deprecatedInstructors: { totalCount: number, edges: Array<{ node: { id: string } }> } | null, instructors: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } | null, deprecatedStandards: { totalCount: number } | null, competencyStandards: { totalCount: number, edges: Array<{ node: { title: string } }> } | null };

export type ListsTrainingCentresQueryVariables = Exact<{
  code?: string | null | undefined;
  status?: TrainingCentreStatus | null | undefined;
  filter?: TrainingCentreFilter | null | undefined;
}>;


export type ListsTrainingCentresQuery = { trainingCentres: { totalCount: number, edges: Array<{ node: { name: string, status: TrainingCentreStatus, province: { code: string } } }> } | null };

export type ListsAgreementPageQueryVariables = Exact<{
  orderBy: AgreementOrder;
  after?: string | null | undefined;
}>;


export type ListsAgreementPageQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, stage: AgreementStage } }> } | null };

export type ListsNestedTrainingRecordsQueryVariables = Exact<{
  first: number;
}>;


export type ListsNestedTrainingRecordsQuery = { artisans: { edges: Array<{ node: { enrollmentsConnection: { totalCount: number, edges: Array<{ node: { status: EnrollmentStatus, course: { title: string, enrollments: { totalCount: number } | null } } }> } | null, certificatesConnection: { totalCount: number, edges: Array<{ node: { serial: string } }> } | null } }> } | null };

export type ListsNestedTrainingRecordsBackwardsQueryVariables = Exact<{
  last: number;
}>;


export type ListsNestedTrainingRecordsBackwardsQuery = { artisans: { edges: Array<{ node: { enrollmentsConnection: { totalCount: number, edges: Array<{ node: { status: EnrollmentStatus, course: { title: string, enrollments: { totalCount: number } | null } } }> } | null, certificatesConnection: { totalCount: number, edges: Array<{ node: { serial: string } }> } | null } }> } | null };

export type ListsNestedProvinceListsQueryVariables = Exact<{
  first: number;
}>;


export type ListsNestedProvinceListsQuery = { artisans: { edges: Array<{ node: { province: { courses: { totalCount: number, edges: Array<{ node: { title: string } }> } | null, artisans: { totalCount: number, edges: Array<{ node: { id: string } }> } | null } | null } }> } | null };

export type ConcurrentArtisanUpdateMutationVariables = Exact<{
  input: UpdateArtisanInput;
}>;


export type ConcurrentArtisanUpdateMutation = { updateArtisan: { artisan: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type ConcurrentlyUpdatedArtisanQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcurrentlyUpdatedArtisanQuery = { artisan: { name: string | null, province: { code: string } | null, crafts: Array<{ slug: string }> | null } | null };

export type AfterTheFuzzQueryVariables = Exact<{ [key: string]: never; }>;


export type AfterTheFuzzQuery = { province: { name: string, courses: { totalCount: number } | null, exports: { totalCount: number } | null } | null };

export type PartialAnswerAcrossSubgraphsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartialAnswerAcrossSubgraphsQuery = { courses: { totalCount: number } | null, exportTotals: Array<{ valueUsd: string }> | null, viewer: { role: Role } | null };

export type PartialAnswerTwoWritesMutationVariables = Exact<{
  organization: CreateOrganizationInput;
  exhibition: CreateExhibitionInput;
}>;


export type PartialAnswerTwoWritesMutation = { createOrganization: { organization: { id: string, name: string } | null, error: { code: MutationErrorCode } | null } | null, createExhibition: { exhibition: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type ProvincePageUnderFaultsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincePageUnderFaultsQuery = { province: { name: string, courses: { totalCount: number } | null, exhibitions: { totalCount: number } | null, exports: { totalCount: number } | null } | null };

export type ResponseCacheCoursesQueryVariables = Exact<{
  provinceCode: string;
}>;


export type ResponseCacheCoursesQuery = { courses: { totalCount: number, edges: Array<{ node: { id: string, title: string, provider: { name: string } } }> } | null };

export type ResponseCacheViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCacheViewerQuery = { viewer: { role: Role, keyPrefix: string | null, organization: { id: string } | null } | null };

export type ResponseCacheExhibitorNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseCacheExhibitorNamesQuery = { exhibition: { name: string, exhibitors: { edges: Array<{ node: { id: string, name: string | null } | null }> } } | null };

export type ResponseCacheCoursesAndFigureQueryVariables = Exact<{
  provinceCode: string;
  figureId: string | number;
}>;


export type ResponseCacheCoursesAndFigureQuery = { courses: { totalCount: number } | null, exportFigure: { valueUsd: string } | null };

export type ResponseCacheCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type ResponseCacheCreateCourseMutation = { createCourse: { course: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type OneProcessEnrolmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type OneProcessEnrolmentsQuery = { artisans: { edges: Array<{ node: { id: string, enrollments: Array<{ status: EnrollmentStatus }> | null } }> } | null };

export type OneProcessExhibitionMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type OneProcessExhibitionMutation = { createExhibition: { exhibition: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type OneProcessNodeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type OneProcessNodeIdsQuery = { exhibitions: { edges: Array<{ node: { id: string } }> } | null, courses: { edges: Array<{ node: { id: string } }> } | null };

export type OneProcessNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type OneProcessNodesQuery = { nodes: Array<
    | { __typename: 'Agreement', id: string }
    | { __typename: 'Artisan', id: string }
    | { __typename: 'CompetencyStandard', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Course', title: string, id: string }
    | { __typename: 'Craft', id: string }
    | { __typename: 'Exhibition', name: string, id: string }
    | { __typename: 'ExportFigure', id: string }
    | { __typename: 'GrowthTarget', id: string }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'MarketSizeFigure', id: string }
    | { __typename: 'MarketingActivity', id: string }
    | { __typename: 'OfficialVisit', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'Province', name: string, id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'TrainingCentre', id: string }
    | { __typename: 'WorldCraftDesignation', id: string }
    | { __typename: 'YearSlogan', id: string }
   | null> | null };

export type ProvenanceAttributionFragment = { basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null };

export type ProvenanceReportFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceReportFactsQuery = { sources: { edges: Array<{ node: { id: string, facts: { organizations: Array<{ name: string }> | null, agreements: Array<{ title: string, stage: AgreementStage, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, courses: Array<{ title: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, trainingCentres: Array<{ name: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, officialVisits: Array<{ title: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, exhibitions: Array<{ name: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, exportMarkets: Array<{ country: { code: string }, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, worldCraftDesignations: Array<{ placeName: string }> | null, worldCraftDesignationCounts: Array<{ kind: WorldCraftDesignationKind, reportedCount: number | null, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, marketingActivities: Array<{ description: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, exportFigures: { totalCount: number, edges: Array<{ node: { id: string, valueUsd: string, channel: ExportChannel, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> } }> } | null, growthTargets: Array<{ ratePercent: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, marketSizes: Array<{ market: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, policyDocuments: Array<{ title: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, yearSlogans: Array<{ slogan: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null } } }> } | null };

export type ProvenanceSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceSourcesQuery = { sources: { totalCount: number, edges: Array<{ node: { id: string, title: string, publisher: string | null, credits: Array<string>, publishedOn: string | null, url: string | null } }> } | null };

export type ProvenanceCitedByIrnaQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceCitedByIrnaQuery = { sources: { edges: Array<{ node: { id: string, title: string } }> } | null, exportFigures: { edges: Array<{ node: { sources: Array<{ id: string }> } }> } | null, exportMarkets: Array<{ sources: Array<{ id: string }> }> | null, organizations: { edges: Array<{ node: { name: string, sources: Array<{ id: string }> } }> } | null };

export type ProvenanceFigureAttributionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceFigureAttributionsQuery = { exportFigures: { edges: Array<{ node: { channel: ExportChannel, valueUsd: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> } }> } | null };

export type ProvenanceTargetMarketExhibitionAttributionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceTargetMarketExhibitionAttributionsQuery = { growthTargets: Array<{ attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, marketSizes: Array<{ attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> }> | null, exhibitions: { edges: Array<{ node: { name: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { id: string }, speaker: { name: string | null, role: string | null, organization: { id: string, name: string } | null } | null }> } }> } | null };

export type ProvenanceSignatoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceSignatoriesQuery = { agreements: { edges: Array<{ node: { parties: Array<{ representedBy: string | null, representativeRole: string | null }> } }> } | null };

export type ProvenanceFactsFromARecordQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceFactsFromARecordQuery = { exhibitions: { edges: Array<{ node: { sources: Array<{ credits: Array<string>, facts: { courses: Array<{ title: string }> | null, exportFigures: { totalCount: number } | null, marketingActivities: Array<{ outlook: string | null }> | null } }> } }> } | null };

export type ProvenanceDerivationFragment = { field: string, method: DerivationMethod, statement: string };

export type ProvenanceDerivedDatesQueryVariables = Exact<{
  partyId: string | number;
}>;


export type ProvenanceDerivedDatesQuery = { exhibitions: { edges: Array<{ node: { startsOn: string | null, endsOn: string | null, derivations: Array<{ field: string, method: DerivationMethod, statement: string }> } }> } | null, agreements: { edges: Array<{ node: { signedOn: string | null, validUntil: string | null, term: AgreementTerm, derivations: Array<{ field: string, method: DerivationMethod, statement: string }> } }> } | null };

export type ProvenanceDerivedFiguresAndCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceDerivedFiguresAndCoursesQuery = { exportFigures: { edges: Array<{ node: { channel: ExportChannel, valueUsd: string, precision: FigurePrecision, periodBasis: PeriodBasis, derivations: Array<{ field: string, method: DerivationMethod, statement: string }> } }> } | null, courses: { edges: Array<{ node: { title: string, certificateIssuer: { name: string } | null, provider: { name: string }, derivations: Array<{ field: string, method: DerivationMethod, statement: string }> } }> } | null };

export type ProvenanceCommitmentKindsQueryVariables = Exact<{
  partyId: string | number;
}>;


export type ProvenanceCommitmentKindsQuery = { agreements: { edges: Array<{ node: { commitments: Array<{ kind: CommitmentKind, joint: boolean, description: string, party: { name: string } | null }> } }> } | null };

export type ProvenanceCreateAgreementWithoutTermMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type ProvenanceCreateAgreementWithoutTermMutation = { createAgreement: { agreement: { id: string, term: AgreementTerm, derivations: Array<{ field: string, method: DerivationMethod, statement: string }>, commitments: Array<{ kind: CommitmentKind }> } | null, error: { code: MutationErrorCode } | null } | null };

export type ProvenanceIlamExhibitionIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceIlamExhibitionIdQuery = { exhibitions: { edges: Array<{ node: { id: string } }> } | null };

export type ProvenanceUpdateExhibitionEndMutationVariables = Exact<{
  input: UpdateExhibitionInput;
}>;


export type ProvenanceUpdateExhibitionEndMutation = { updateExhibition: { exhibition: { endsOn: string | null, derivations: Array<{ field: string, method: DerivationMethod, statement: string }> } | null, error: { code: MutationErrorCode } | null } | null };

export type ProvenanceTotalsOfDerivedValuesQueryVariables = Exact<{
  source?: ExportSourceSelector | null | undefined;
}>;


export type ProvenanceTotalsOfDerivedValuesQuery = { exportTotals: Array<{ valueUsd: string, usesDerivedValues: boolean, derivedValues: Array<{ recordType: string, recordId: string, field: string, method: DerivationMethod }>, figures: Array<{ id: string }> }> | null };

export type ProvenanceTotalsWithoutDerivedValuesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceTotalsWithoutDerivedValuesQuery = { exportTotals: Array<{ valueUsd: string, usesDerivedValues: boolean, derivedValues: Array<{ field: string }> }> | null };

export type ProvenanceMarketShareWithoutPeriodQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceMarketShareWithoutPeriodQuery = { exportTotals: Array<{ valueUsd: string, marketShares: Array<{ share: number | null, unavailableReason: string | null, market: { market: string, valueUsd: string }, derivedValues: Array<{ field: string, method: DerivationMethod }> }> }> | null };

export type ProvenanceTargetProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceTargetProgressQuery = { exportTotals: Array<{ growthPercent: number | null, targetProgress: Array<{ met: boolean, target: { policyDocument: { title: string } | null }, derivedValues: Array<{ recordType: string, field: string, method: DerivationMethod }> }> }> | null };

export type ProvenanceHsCodeTotalsQueryVariables = Exact<{
  filter?: ExportFigureFilter | null | undefined;
  groupBy?: Array<ExportGrouping> | ExportGrouping | null | undefined;
}>;


export type ProvenanceHsCodeTotalsQuery = { exportTotals: Array<{ hsCode: string | null, valueUsd: string, figureCount: number, craft: { slug: string } | null }> | null };

export type ProvenanceHsCodeFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceHsCodeFiguresQuery = { exportFigures: { edges: Array<{ node: { valueUsd: string, hsCode: string | null, craft: { slug: string } | null } }> } | null };

export type ProvenanceHsCodeImportedQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceHsCodeImportedQuery = { exportFigures: { edges: Array<{ node: { hsCode: string | null, craft: { slug: string } | null } }> } | null };

export type ProvenanceCraftHsCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceCraftHsCodesQuery = { crafts: Array<{ slug: string, hsCodes: Array<string>, hsClassification: Array<{ code: string, description: string | null, coversOnlyThisCraft: boolean }> }> | null };

export type ProvenancePolicyDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenancePolicyDocumentsQuery = { policyDocuments: Array<{ title: string, kind: PolicyDocumentKind, status: PolicyDocumentStatus | null, statusAsOf: string | null, elements: Array<string>, ownerOrganization: { name: string } | null, inLineWith: { title: string } | null, growthTargets: Array<{ ratePercent: string }>, sources: Array<{ id: string, credits: Array<string> }>, attributions: Array<{ basis: AttributionBasis | null, speaker: { name: string | null } | null }>, derivations: Array<{ field: string, method: DerivationMethod }> }> | null };

export type ProvenanceYearSlogansQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceYearSlogansQuery = { yearSlogans: Array<{ solarYear: number, slogan: string, attributions: Array<{ basis: AttributionBasis | null, quote: string | null, source: { credits: Array<string> } }>, derivations: Array<{ field: string, method: DerivationMethod }> }> | null };

export type ProvenanceMarketingActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceMarketingActivitiesQuery = { marketingActivities: Array<{ description: string, begunNoLaterThan: string | null, outlook: string | null, marketer: { name: string }, province: { code: string } | null, market: { code: string } | null, derivations: Array<{ field: string, method: DerivationMethod }>, attributions: Array<{ speaker: { name: string | null } | null }> }> | null };

export type ProvenanceChecheAgreementQueryVariables = Exact<{
  partyId: string | number;
  on: string;
}>;


export type ProvenanceChecheAgreementQuery = { agreements: { edges: Array<{ node: { title: string, stage: AgreementStage, term: AgreementTerm, validUntil: string | null, signedNoLaterThan: string | null, status: AgreementStatus | null, derivations: Array<{ field: string, method: DerivationMethod }> } }> } | null };

export type ProvenanceAgreementsActiveOnQueryVariables = Exact<{
  d: string;
}>;


export type ProvenanceAgreementsActiveOnQuery = { agreements: { edges: Array<{ node: { title: string } }> } | null };

export type ProvenanceCreateOpenEndedAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type ProvenanceCreateOpenEndedAgreementMutation = { createAgreement: { agreement: { term: AgreementTerm, validUntil: string | null, status: AgreementStatus | null } | null, error: { code: MutationErrorCode } | null } | null };

export type ProvenanceProposedAgreementQueryVariables = Exact<{
  partyId: string | number;
}>;


export type ProvenanceProposedAgreementQuery = { agreements: { edges: Array<{ node: { title: string, stage: AgreementStage, signedOn: string | null, signedNoLaterThan: string | null, unsignedAsOf: string | null, term: AgreementTerm, before: AgreementStatus | null, after: AgreementStatus | null, parties: Array<{ organization: { name: string } }>, proposedAt: { title: string, city: string | null, heldNoLaterThan: string | null, topics: Array<string>, outcomes: Array<string>, country: { code: string }, proposedAgreements: Array<{ stage: AgreementStage }> } | null, attributions: Array<{ basis: AttributionBasis | null, speaker: { name: string | null } | null }> } }> } | null };

export type ProvenanceOfficialVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceOfficialVisitsQuery = { officialVisits: Array<{ title: string, visitingOrganization: { name: string } | null, hostOrganization: { name: string } | null }> | null };

export type ProvenanceCreateProposedAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type ProvenanceCreateProposedAgreementMutation = { createAgreement: { agreement: { id: string, stage: AgreementStage, status: AgreementStatus | null } | null, error: { code: MutationErrorCode } | null } | null };

export type ProvenanceSignProposedAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type ProvenanceSignProposedAgreementMutation = { updateAgreement: { agreement: { stage: AgreementStage, unsignedAsOf: string | null, signedOn: string | null, status: AgreementStatus | null } | null, error: { code: MutationErrorCode } | null } | null };

export type ProvenanceCourseCapacitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceCourseCapacitiesQuery = { courses: { edges: Array<{ node: { capacity: number | null, capacityStatus: CapacityStatus } }> } | null };

export type ProvenanceCapacityStatusesQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  c: string | number;
}>;


export type ProvenanceCapacityStatusesQuery = { a: { capacityStatus: CapacityStatus } | null, b: { capacityStatus: CapacityStatus } | null, c: { capacityStatus: CapacityStatus } | null };

export type ProvenanceExhibitionsHeldInIraqQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceExhibitionsHeldInIraqQuery = { exhibitions: { edges: Array<{ node: { name: string, region: string | null, startsOn: string | null, startsNoLaterThan: string | null, endsNoLaterThan: string | null, onTheDayBefore: ExhibitionStatus | null, onTheReportsDay: ExhibitionStatus | null, derivations: Array<{ field: string, method: DerivationMethod }> } }> } | null };

export type ProvenancePastExhibitionsInIraqQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenancePastExhibitionsInIraqQuery = { exhibitions: { totalCount: number } | null };

export type ProvenanceSulaymaniyahExhibitionQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceSulaymaniyahExhibitionQuery = { exhibitions: { edges: Array<{ node: { id: string } }> } | null };

export type ProvenanceRegisterAtHeldExhibitionMutationVariables = Exact<{
  input: ExhibitorInput;
}>;


export type ProvenanceRegisterAtHeldExhibitionMutation = { registerExhibitor: { error: { code: MutationErrorCode } | null } | null };

export type NpmStartFirstQueryVariables = Exact<{ [key: string]: never; }>;


export type NpmStartFirstQuery = { courses: { totalCount: number, edges: Array<{ node: { provinces: Array<{ name: string }>, sources: Array<{ publisher: string | null }> } }> } | null, exhibitions: { totalCount: number } | null };

export type NpmStartCreateMutationVariables = Exact<{
  organizerId: string | number;
}>;


export type NpmStartCreateMutation = { createExhibition: { exhibition: { organizer: { name: string } | null } | null, error: { code: MutationErrorCode } | null } | null };

export type NpmStartNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NpmStartNodeQuery = { node:
    | { __typename: 'Agreement' }
    | { __typename: 'Artisan' }
    | { __typename: 'CompetencyStandard' }
    | { __typename: 'Country' }
    | { __typename: 'Course' }
    | { __typename: 'Craft' }
    | { __typename: 'Exhibition' }
    | { __typename: 'ExportFigure' }
    | { __typename: 'GrowthTarget' }
    | { __typename: 'Instructor' }
    | { __typename: 'MarketSizeFigure' }
    | { __typename: 'MarketingActivity' }
    | { __typename: 'OfficialVisit' }
    | { __typename: 'Organization', name: string }
    | { __typename: 'PolicyDocument' }
    | { __typename: 'Province' }
    | { __typename: 'Source' }
    | { __typename: 'TrainingCentre' }
    | { __typename: 'WorldCraftDesignation' }
    | { __typename: 'YearSlogan' }
   | null };

export type NpmStartTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type NpmStartTotalsQuery = { exportTotals: Array<{ valueUsd: string }> | null };

export type NpmStartAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type NpmStartAgreementsQuery = { agreements: { totalCount: number } | null };

export type NpmStartProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type NpmStartProvinceQuery = { province: { name: string, courses: { totalCount: number } | null } | null };

export type FixtureRecordPassMutationVariables = Exact<{
  input: RecordExamResultInput;
}>;


export type FixtureRecordPassMutation = { recordExamResult: { certificate: { serial: string } | null, error: { code: MutationErrorCode, message: string } | null } | null };

export type FixtureCreateExhibitionMutationVariables = Exact<{
  input: CreateExhibitionInput;
}>;


export type FixtureCreateExhibitionMutation = { createExhibition: { exhibition: { id: string } | null, error: { code: MutationErrorCode, message: string, field: string | null } | null } | null };

export type FixtureRegisterExhibitorMutationVariables = Exact<{
  input: ExhibitorInput;
}>;


export type FixtureRegisterExhibitorMutation = { registerExhibitor: { exhibition: { id: string } | null, artisan: { id: string } | null, error: { code: MutationErrorCode, message: string, field: string | null } | null } | null };

export type FixtureRecordFigureMutationVariables = Exact<{
  input: RecordExportFigureInput;
}>;


export type FixtureRecordFigureMutation = { recordExportFigure: { figure: { id: string } | null, error: { code: MutationErrorCode, message: string } | null } | null };

export type FixtureCreateArtisanMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type FixtureCreateArtisanMutation = { createArtisan: { artisan: { id: string } | null, error: { code: MutationErrorCode, message: string } | null } | null };

export type FixtureCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type FixtureCreateCourseMutation = { createCourse: { course: { id: string } | null, error: { code: MutationErrorCode, message: string } | null } | null };

export type FixtureEnrollMutationVariables = Exact<{
  input: EnrollArtisanInput;
}>;


export type FixtureEnrollMutation = { enrollArtisan: { enrollment: { id: string, status: EnrollmentStatus } | null, error: { code: MutationErrorCode, message: string, field: string | null } | null } | null };

export type ExportImportYearTotalsQueryVariables = Exact<{
  year: number;
  destination: string;
}>;


export type ExportImportYearTotalsQuery = { exportTotals: Array<{ valueUsd: string, figureCount: number }> | null };

export type ExportImportIraqQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportImportIraqQuery = { exportFigures: { edges: Array<{ node: { periodBasis: PeriodBasis, channel: ExportChannel, valueUsd: string, precision: FigurePrecision, note: string | null, isPreferred: boolean, period: { solarYear: number | null }, craft: { slug: string } | null, province: { code: string } | null, sources: Array<{ title: string, publisher: string | null, publishedOn: string | null, url: string | null }> } }> } | null };

export type ExportImportTurkeyQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportImportTurkeyQuery = { exportFigures: { edges: Array<{ node: { hsCode: string | null, period: { solarYear: number | null, startsOn: string, endsOn: string }, craft: { slug: string } | null } }> } | null };

export type ExportTotalsQueryVariables = Exact<{
  filter?: ExportFigureFilter | null | undefined;
  groupBy?: Array<ExportGrouping> | ExportGrouping | null | undefined;
  source?: ExportSourceSelector | null | undefined;
}>;


export type ExportTotalsQuery = { exportTotals: Array<{ solarYear: number | null, channel: ExportChannel | null, hsCode: string | null, valueUsd: string, share: number | null, figureCount: number, includesSynthetic: boolean, previousYearValueUsd: string | null, growthPercent: number | null, destination: { code: string } | null, craft: { slug: string } | null, province: { code: string } | null, figures: Array<{ id: string, valueUsd: string, sources: Array<{ publisher: string | null, credits: Array<string> }> }> }> | null };

export type ExportTotalsFigureCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportTotalsFigureCountQuery = { exportFigures: { totalCount: number } | null };

export type ExportTotalsBuiltInFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportTotalsBuiltInFiguresQuery = { exportFigures: { totalCount: number, edges: Array<{ node: { channel: ExportChannel, valueUsd: string, precision: FigurePrecision, periodBasis: PeriodBasis, isPreferred: boolean, isSynthetic: boolean, period: { solarYear: number | null, startsOn: string, endsOn: string }, destination: { code: string } | null, sources: Array<{ title: string, credits: Array<string>, publishedOn: string | null }> } }> } | null };

export type ExportTotalsTargetsAndMarketsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportTotalsTargetsAndMarketsQuery = { growthTargets: Array<{ ratePercent: string, document: string | null, baseSolarYear: number | null, targetSolarYear: number | null, sources: Array<{ publisher: string | null, publishedOn: string | null }> }> | null, marketSizes: Array<{ market: string, valueUsd: string, precision: FigurePrecision, period: { startsOn: string } | null, sources: Array<{ publisher: string | null }> }> | null, exportTotals: Array<{ valueUsd: string, marketShares: Array<{ share: number | null, market: { market: string } }> }> | null };

export type ExportTotalsSolarYearQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportTotalsSolarYearQuery = { solarYear: { solarYear: number | null, startsOn: string, endsOn: string } | null };

export type ExportTotalsGrowthQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportTotalsGrowthQuery = { exportTotals: Array<{ solarYear: number | null, channel: ExportChannel | null, valueUsd: string, previousYearValueUsd: string | null, growthPercent: number | null, targetProgress: Array<{ targetPercent: number, growthPercent: number, differencePercentagePoints: number, met: boolean, target: { document: string | null } }> }> | null };

export type ExportTotalsFigurePeriodQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportTotalsFigurePeriodQuery = { exportFigure: { period: { solarYear: number | null, startsOn: string, endsOn: string } } | null };

export type ExportTotalsRecordTwiceMutationVariables = Exact<{
  input: RecordExportFigureInput;
}>;


export type ExportTotalsRecordTwiceMutation = { recordExportFigure: { figure: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ExportTotalsCorrectMutationVariables = Exact<{
  input: CorrectExportFigureInput;
}>;


export type ExportTotalsCorrectMutation = { correctExportFigure: { figure: { valueUsd: string, precision: FigurePrecision, isPreferred: boolean } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ExportTotalsAnotherBulletinQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportTotalsAnotherBulletinQuery = { exportTotals: Array<{ valueUsd: string }> | null };

export type SharedEntitiesProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedEntitiesProvinceQuery = { province: { name: string, courses: { totalCount: number, edges: Array<{ node: { title: string, sources: Array<{ publisher: string | null }> } }> } | null, exports: { totalCount: number, edges: Array<{ node: { channel: ExportChannel, valueUsd: string, period: { solarYear: number | null }, destination: { name: string } | null, craft: { name: string, hsCodes: Array<string> } | null } }> } | null } | null };

export type SharedEntitiesExportsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SharedEntitiesExportsPageQuery = { province: { exports: { edges: Array<{ node: { valueUsd: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type SharedEntitiesCountryAndCraftQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedEntitiesCountryAndCraftQuery = { country: { exports: { totalCount: number, edges: Array<{ node: { valueUsd: string, province: { name: string } | null } }> } | null } | null, craft: { exports: { totalCount: number, edges: Array<{ node: { destination: { code: string } | null } }> } | null } | null };

export type SharedEntitiesAllProvinceExportsQueryVariables = Exact<{
  first: number;
}>;


export type SharedEntitiesAllProvinceExportsQuery = { provinces: Array<{ code: string, exports: { totalCount: number, edges: Array<{ node: { valueUsd: string, sources: Array<{ publisher: string | null }> } }> } | null }> | null };

export type SyntheticTradeRealQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticTradeRealQuery = { exportTotals: Array<{ valueUsd: string, includesSynthetic: boolean }> | null };

export type SyntheticTradeTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticTradeTotalsQuery = { exportTotals: Array<{ solarYear: number | null, valueUsd: string, figureCount: number, includesSynthetic: boolean }> | null };

export type AgreementsCreateMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type AgreementsCreateMutation = { createAgreement: { agreement: { id: string, title: string, parties: Array<{ representedBy: string | null, organization: { name: string } }>, commitments: Array<{ joint: boolean, description: string, party: { name: string } | null }> } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type AgreementsMemorandumQueryVariables = Exact<{
  partyId: string | number;
  on?: string | null | undefined;
}>;


export type AgreementsMemorandumQuery = { agreements: { edges: Array<{ node: { title: string, signedOn: string | null, validUntil: string | null, extendable: boolean | null, extensionTerms: string | null, financialObligations: boolean | null, financialTerms: string | null, status: AgreementStatus | null, parties: Array<{ representedBy: string | null, representativeRole: string | null, organization: { name: string } }>, commitments: Array<{ joint: boolean, description: string, party: { name: string } | null }>, sources: Array<{ title: string, publisher: string | null }> } }> } | null };

export type AgreementsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementsCountQuery = { agreements: { totalCount: number } | null };

export type AgreementsActiveOnQueryVariables = Exact<{
  d: string;
}>;


export type AgreementsActiveOnQuery = { agreements: { edges: Array<{ node: { title: string, status: AgreementStatus | null } }> } | null };

export type AgreementsUpdateMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type AgreementsUpdateMutation = { updateAgreement: { agreement: { validUntil: string | null, commitments: Array<{ description: string }> } | null, error: { code: MutationErrorCode } | null } | null };

export type ArtisansCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ArtisansCountQuery = { artisans: { totalCount: number } | null };

export type ArtisansOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ArtisansOneQuery = { artisan: { id: string, name: string | null, isSynthetic: boolean | null, province: { code: string, name: string, nameFa: string } | null, crafts: Array<{ slug: string, name: string, hsCodes: Array<string> }> | null, enrollments: Array<{ id: string }> | null, certificates: Array<{ id: string }> | null } | null };

export type ArtisansUpdateMutationVariables = Exact<{
  input: UpdateArtisanInput;
}>;


export type ArtisansUpdateMutation = { updateArtisan: { artisan: { name: string | null, province: { code: string } | null, crafts: Array<{ slug: string }> | null } | null, error: { code: MutationErrorCode } | null } | null };

export type ArtisansUpdateUnknownMutationVariables = Exact<{ [key: string]: never; }>;


export type ArtisansUpdateUnknownMutation = { updateArtisan: { artisan: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type ArtisansUnknownQueryVariables = Exact<{ [key: string]: never; }>;


export type ArtisansUnknownQuery = { a: { id: string } | null, b: { id: string } | null };

export type ArtisansFilteredQueryVariables = Exact<{
  filter?: ArtisanFilter | null | undefined;
}>;


export type ArtisansFilteredQuery = { artisans: { totalCount: number, edges: Array<{ node: { name: string | null } }> } | null };

export type ArtisansPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ArtisansPageQuery = { artisans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { name: string | null } }> } | null };

export type ArtisansOfProvinceQueryVariables = Exact<{ [key: string]: never; }>;


export type ArtisansOfProvinceQuery = { province: { name: string, artisans: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { name: string | null } }> } | null } | null };

export type ArtisansCreateBadMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type ArtisansCreateBadMutation = { createArtisan: { artisan: { id: string } | null } | null };

export type BatchingCreateArtisanMutationVariables = Exact<{
  input: CreateArtisanInput;
}>;


export type BatchingCreateArtisanMutation = { createArtisan: { artisan: { id: string } | null } | null };

export type BatchingEnrollMutationVariables = Exact<{
  input: EnrollArtisanInput;
}>;


export type BatchingEnrollMutation = { enrollArtisan: { enrollment: { id: string } | null, error: { code: MutationErrorCode } | null } | null };

export type BatchingRecordResultMutationVariables = Exact<{
  input: RecordExamResultInput;
}>;


export type BatchingRecordResultMutation = { recordExamResult: { certificate: { serial: string } | null } | null };

export type BatchingArtisansQueryVariables = Exact<{
  first: number;
}>;


export type BatchingArtisansQuery = { artisans: { totalCount: number, edges: Array<{ node: { name: string | null, province: { name: string } | null, crafts: Array<{ name: string }> | null, enrollments: Array<{ status: EnrollmentStatus, course: { title: string, provider: { name: string }, partners: Array<{ name: string }>, provinces: Array<{ name: string, courses: { totalCount: number, edges: Array<{ node: { title: string } }> } | null }> } }> | null, certificates: Array<{ serial: string, issuer: { name: string } }> | null } }> } | null };

export type CoursesCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCountQuery = { courses: { totalCount: number } | null };

export type CoursesBuiltInQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesBuiltInQuery = { courses: { totalCount: number, edges: Array<{ node: { title: string, mode: DeliveryMode, audiences: Array<CourseAudience>, startsOn: string | null, endsOn: string | null, capacity: number | null, hasFinalExam: boolean, certificateInternationallyRecognized: boolean, isSynthetic: boolean, provider: { name: string, kind: OrganizationKind, country: { code: string, name: string } | null }, partners: Array<{ name: string, kind: OrganizationKind }>, certificateIssuer: { name: string } | null, provinces: Array<{ code: string, name: string }>, agreement: { title: string, signedOn: string | null, signedNoLaterThan: string | null } | null, sources: Array<{ title: string, publisher: string | null, publishedOn: string | null, url: string | null }> } }> } | null };

export type CoursesTrainingCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesTrainingCentresQuery = { trainingCentres: { edges: Array<{ node: { name: string, kind: TrainingCentreKind, status: TrainingCentreStatus, city: string | null, licenceNumber: string | null, province: { name: string }, agreement: { signedOn: string | null } | null, sources: Array<{ publisher: string | null }> } }> } | null };

export type CoursesCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCatalogueQuery = { provinces: Array<{ code: string }> | null, crafts: Array<{ slug: string }> | null };

export type CoursesFilteredQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
}>;


export type CoursesFilteredQuery = { courses: { edges: Array<{ node: { title: string } }> } | null };

export type CoursesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CoursesOneQuery = { course: { seatsTaken: number, capacity: number | null, provinces: Array<{ code: string }>, partners: Array<{ name: string }>, certificateIssuer: { name: string } | null } | null };

export type CoursesOfProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesOfProvincesQuery = { provinces: Array<{ code: string, courses: { totalCount: number, edges: Array<{ node: { title: string } }> } | null }> | null };

export type CoursesUpdateMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type CoursesUpdateMutation = { updateCourse: { course: { title: string, capacity: number | null, provinces: Array<{ code: string }> } | null, error: { code: MutationErrorCode } | null } | null };

export type CoursesOrphanMutationVariables = Exact<{ [key: string]: never; }>;


export type CoursesOrphanMutation = { createCourse: { course: { id: string } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type CoursesCacheListingQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheListingQuery = { courses: { totalCount: number, edges: Array<{ node: { title: string, provider: { name: string }, provinces: Array<{ name: string }>, sources: Array<{ title: string }> } }> } | null };

export type CoursesCacheCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheCatalogueQuery = { provinces: Array<{ code: string, name: string }> | null, crafts: Array<{ slug: string, hsCodes: Array<string> }> | null };

export type CoursesCacheArtisansQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheArtisansQuery = { artisans: { totalCount: number } | null };

export type CoursesCacheEnrollmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoursesCacheEnrollmentsQuery = { courses: { edges: Array<{ node: { title: string, enrollments: { totalCount: number } | null } }> } | null };

export type EnrollmentsRecordResultMutationVariables = Exact<{
  input: RecordExamResultInput;
}>;


export type EnrollmentsRecordResultMutation = { recordExamResult: { enrollment: { status: EnrollmentStatus, examScore: number | null, certificate: { serial: string } | null } | null, certificate: { serial: string, issuedOn: string, issuer: { name: string }, artisan: { name: string | null }, course: { title: string } } | null, error: { code: MutationErrorCode, field: string | null } | null } | null };

export type EnrollmentsWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type EnrollmentsWithdrawMutation = { withdrawEnrollment: { enrollment: { status: EnrollmentStatus } | null, error: { code: MutationErrorCode } | null } | null };

export type EnrollmentsBothSidesQueryVariables = Exact<{
  a: string | number;
  c: string | number;
}>;


export type EnrollmentsBothSidesQuery = { artisan: { enrollments: Array<{ status: EnrollmentStatus, course: { title: string } }> | null } | null, course: { seatsTaken: number, enrollments: { totalCount: number, edges: Array<{ node: { artisan: { name: string | null } } }> } | null } | null };

export type EnrollmentsCertificatesQueryVariables = Exact<{
  a: string | number;
  s: string;
}>;


export type EnrollmentsCertificatesQuery = { artisan: { certificates: Array<{ serial: string }> | null } | null, certificate: { artisan: { name: string | null } } | null };

export type EnrollmentsNoCertificateQueryVariables = Exact<{
  a: string | number;
}>;


export type EnrollmentsNoCertificateQuery = { artisan: { certificates: Array<{ serial: string }> | null } | null };

export type SyntheticTrainingArtisansQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticTrainingArtisansQuery = { artisans: { totalCount: number, edges: Array<{ node: { name: string | null, isSynthetic: boolean | null, province: { name: string } | null, enrollments: Array<{ status: EnrollmentStatus, course: { isSynthetic: boolean } }> | null } }> } | null };

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
export const ExhibitionsAllFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExhibitionsAllFields on Exhibition {
  id
  name
  description
  kind
  city
  region
  country {
    code
    name
  }
  startsOn
  endsOn
  startsNoEarlierThan
  startsNoLaterThan
  datesAsReported
  province {
    code
    name
  }
  crafts {
    slug
  }
  organizer {
    id
  }
  partners {
    id
  }
  reportedExhibitorCount
  exhibitorCount
  exhibitors(first: 5) {
    totalCount
  }
  cancelledOn
  isSynthetic
  sources {
    title
    publisher
    publishedOn
    url
  }
}
    `, {"fragmentName":"ExhibitionsAllFields"}) as unknown as TypedDocumentString<ExhibitionsAllFieldsFragment, unknown>;
export const ProvenanceAttributionFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceAttribution on Attribution {
  source {
    id
  }
  basis
  quote
  speaker {
    name
    role
    organization {
      id
      name
    }
  }
}
    `, {"fragmentName":"ProvenanceAttribution"}) as unknown as TypedDocumentString<ProvenanceAttributionFragment, unknown>;
export const ProvenanceDerivationFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceDerivation on Derivation {
  field
  method
  statement
}
    `, {"fragmentName":"ProvenanceDerivation"}) as unknown as TypedDocumentString<ProvenanceDerivationFragment, unknown>;
export const AuthorizationExistingDocument = new TypedDocumentString(`
    query AuthorizationExisting {
  agreements(first: 1) {
    edges {
      node {
        id
      }
    }
  }
  exportFigures(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationExistingQuery, AuthorizationExistingQueryVariables>;
export const AuthorizationCreateArtisanDocument = new TypedDocumentString(`
    mutation AuthorizationCreateArtisan($input: CreateArtisanInput!) {
  createArtisan(input: $input) {
    artisan {
      id
      listedPublicly
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateArtisanMutation, AuthorizationCreateArtisanMutationVariables>;
export const AuthorizationUpdateArtisanDocument = new TypedDocumentString(`
    mutation AuthorizationUpdateArtisan($input: UpdateArtisanInput!) {
  updateArtisan(input: $input) {
    artisan {
      id
      listedPublicly
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationUpdateArtisanMutation, AuthorizationUpdateArtisanMutationVariables>;
export const AuthorizationCreateOrganizationDocument = new TypedDocumentString(`
    mutation AuthorizationCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateOrganizationMutation, AuthorizationCreateOrganizationMutationVariables>;
export const AuthorizationCreateAgreementDocument = new TypedDocumentString(`
    mutation AuthorizationCreateAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateAgreementMutation, AuthorizationCreateAgreementMutationVariables>;
export const AuthorizationUpdateAgreementDocument = new TypedDocumentString(`
    mutation AuthorizationUpdateAgreement($input: UpdateAgreementInput!) {
  updateAgreement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthorizationUpdateAgreementMutation, AuthorizationUpdateAgreementMutationVariables>;
export const AuthorizationCreateCourseDocument = new TypedDocumentString(`
    mutation AuthorizationCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
      title
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateCourseMutation, AuthorizationCreateCourseMutationVariables>;
export const AuthorizationUpdateCourseDocument = new TypedDocumentString(`
    mutation AuthorizationUpdateCourse($input: UpdateCourseInput!) {
  updateCourse(input: $input) {
    course {
      title
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationUpdateCourseMutation, AuthorizationUpdateCourseMutationVariables>;
export const AuthorizationEnrollDocument = new TypedDocumentString(`
    mutation AuthorizationEnroll($input: EnrollArtisanInput!) {
  enrollArtisan(input: $input) {
    enrollment {
      id
      status
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationEnrollMutation, AuthorizationEnrollMutationVariables>;
export const AuthorizationRecordExamResultDocument = new TypedDocumentString(`
    mutation AuthorizationRecordExamResult($input: RecordExamResultInput!) {
  recordExamResult(input: $input) {
    enrollment {
      status
      examScore
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationRecordExamResultMutation, AuthorizationRecordExamResultMutationVariables>;
export const AuthorizationWithdrawDocument = new TypedDocumentString(`
    mutation AuthorizationWithdraw($input: WithdrawEnrollmentInput!) {
  withdrawEnrollment(input: $input) {
    enrollment {
      status
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationWithdrawMutation, AuthorizationWithdrawMutationVariables>;
export const AuthorizationCreateExhibitionDocument = new TypedDocumentString(`
    mutation AuthorizationCreateExhibition($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
      organizer {
        id
      }
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCreateExhibitionMutation, AuthorizationCreateExhibitionMutationVariables>;
export const AuthorizationUpdateExhibitionDocument = new TypedDocumentString(`
    mutation AuthorizationUpdateExhibition($input: UpdateExhibitionInput!) {
  updateExhibition(input: $input) {
    exhibition {
      name
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationUpdateExhibitionMutation, AuthorizationUpdateExhibitionMutationVariables>;
export const AuthorizationCancelExhibitionDocument = new TypedDocumentString(`
    mutation AuthorizationCancelExhibition($input: CancelExhibitionInput!) {
  cancelExhibition(input: $input) {
    exhibition {
      status
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCancelExhibitionMutation, AuthorizationCancelExhibitionMutationVariables>;
export const AuthorizationRegisterExhibitorDocument = new TypedDocumentString(`
    mutation AuthorizationRegisterExhibitor($input: ExhibitorInput!) {
  registerExhibitor(input: $input) {
    exhibition {
      exhibitorCount
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationRegisterExhibitorMutation, AuthorizationRegisterExhibitorMutationVariables>;
export const AuthorizationRemoveExhibitorDocument = new TypedDocumentString(`
    mutation AuthorizationRemoveExhibitor($input: ExhibitorInput!) {
  removeExhibitor(input: $input) {
    exhibition {
      exhibitorCount
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationRemoveExhibitorMutation, AuthorizationRemoveExhibitorMutationVariables>;
export const AuthorizationRecordDesignationDocument = new TypedDocumentString(`
    mutation AuthorizationRecordDesignation($input: RecordWorldCraftDesignationInput!) {
  recordWorldCraftDesignation(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthorizationRecordDesignationMutation, AuthorizationRecordDesignationMutationVariables>;
export const AuthorizationRecordFigureDocument = new TypedDocumentString(`
    mutation AuthorizationRecordFigure($input: RecordExportFigureInput!) {
  recordExportFigure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthorizationRecordFigureMutation, AuthorizationRecordFigureMutationVariables>;
export const AuthorizationCorrectFigureDocument = new TypedDocumentString(`
    mutation AuthorizationCorrectFigure($input: CorrectExportFigureInput!) {
  correctExportFigure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthorizationCorrectFigureMutation, AuthorizationCorrectFigureMutationVariables>;
export const GlobalIdsNodeOfEachSubgraphDocument = new TypedDocumentString(`
    query GlobalIdsNodeOfEachSubgraph($artisan: ID!, $exhibition: ID!, $figure: ID!, $country: ID!) {
  artisan: node(id: $artisan) {
    __typename
    id
    ... on Artisan {
      name
      province {
        code
      }
    }
  }
  exhibition: node(id: $exhibition) {
    __typename
    id
    ... on Exhibition {
      name
      organizer {
        id
        name
      }
    }
  }
  figure: node(id: $figure) {
    __typename
    id
    ... on ExportFigure {
      valueUsd
      channel
    }
  }
  country: node(id: $country) {
    __typename
    id
    ... on Country {
      code
      name
      exhibitionsHosted(first: 5) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsNodeOfEachSubgraphQuery, GlobalIdsNodeOfEachSubgraphQueryVariables>;
export const GlobalIdsFirstExportFigureDocument = new TypedDocumentString(`
    query GlobalIdsFirstExportFigure {
  exportFigures(first: 1) {
    edges {
      node {
        id
        valueUsd
        channel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsFirstExportFigureQuery, GlobalIdsFirstExportFigureQueryVariables>;
export const GlobalIdsCatalogueDocument = new TypedDocumentString(`
    query GlobalIdsCatalogue {
  province(code: "IR-02") {
    id
    name
  }
  craft(slug: "kilim") {
    id
    name
  }
  country(code: "IQ") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsCatalogueQuery, GlobalIdsCatalogueQueryVariables>;
export const GlobalIdsNodesDocument = new TypedDocumentString(`
    query GlobalIdsNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Course {
      title
    }
    ... on Province {
      code
      name
    }
    ... on Craft {
      slug
    }
    ... on Exhibition {
      name
    }
    ... on Organization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsNodesQuery, GlobalIdsNodesQueryVariables>;
export const GlobalIdsCoursesDocument = new TypedDocumentString(`
    query GlobalIdsCourses {
  courses(first: 10) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsCoursesQuery, GlobalIdsCoursesQueryVariables>;
export const GlobalIdsCourseByIdDocument = new TypedDocumentString(`
    query GlobalIdsCourseById($id: ID!) {
  course(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsCourseByIdQuery, GlobalIdsCourseByIdQueryVariables>;
export const GlobalIdsArtisanAndNodeDocument = new TypedDocumentString(`
    query GlobalIdsArtisanAndNode($id: ID!) {
  artisan(id: $id) {
    id
    name
    listedPublicly
  }
  node(id: $id) {
    id
    ... on Artisan {
      name
      listedPublicly
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsArtisanAndNodeQuery, GlobalIdsArtisanAndNodeQueryVariables>;
export const GlobalIdsOfEveryNodeTypeDocument = new TypedDocumentString(`
    query GlobalIdsOfEveryNodeType {
  agreements(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  artisans(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  competencyStandards(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  courses(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  instructors(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  officialVisits {
    __typename
    id
  }
  organizations(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  trainingCentres(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  exhibitions(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  marketingActivities {
    __typename
    id
  }
  worldCraftDesignations(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  exportFigures(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  growthTargets {
    __typename
    id
  }
  marketSizes {
    __typename
    id
  }
  policyDocuments {
    __typename
    id
  }
  sources(first: 1) {
    edges {
      node {
        __typename
        id
      }
    }
  }
  yearSlogans {
    __typename
    id
  }
  countries: exportMarkets {
    country {
      __typename
      id
    }
  }
  provinces {
    __typename
    id
  }
  crafts {
    __typename
    id
  }
  __type(name: "Node") {
    possibleTypes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsOfEveryNodeTypeQuery, GlobalIdsOfEveryNodeTypeQueryVariables>;
export const GlobalIdsTypesOfNodesDocument = new TypedDocumentString(`
    query GlobalIdsTypesOfNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsTypesOfNodesQuery, GlobalIdsTypesOfNodesQueryVariables>;
export const GlobalIdsRecordDesignationDocument = new TypedDocumentString(`
    mutation GlobalIdsRecordDesignation($input: RecordWorldCraftDesignationInput!) {
  recordWorldCraftDesignation(input: $input) {
    designation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsRecordDesignationMutation, GlobalIdsRecordDesignationMutationVariables>;
export const GlobalIdsCountryByCodeDocument = new TypedDocumentString(`
    query GlobalIdsCountryByCode {
  country(code: "IQ") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsCountryByCodeQuery, GlobalIdsCountryByCodeQueryVariables>;
export const GlobalIdsCountryByNodeDocument = new TypedDocumentString(`
    query GlobalIdsCountryByNode {
  node(id: "Country:IQ") {
    __typename
    id
    ... on Country {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsCountryByNodeQuery, GlobalIdsCountryByNodeQueryVariables>;
export const AccessViewerDocument = new TypedDocumentString(`
    query AccessViewer {
  viewer {
    role
    keyName
    keyPrefix
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewerQuery, AccessViewerQueryVariables>;
export const AccessAuditedArtisanDocument = new TypedDocumentString(`
    mutation AccessAuditedArtisan($input: CreateArtisanInput!) {
  createArtisan(input: $input) {
    artisan {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAuditedArtisanMutation, AccessAuditedArtisanMutationVariables>;
export const AccessAuditedRefusalDocument = new TypedDocumentString(`
    mutation AccessAuditedRefusal($input: UpdateArtisanInput!) {
  updateArtisan(input: $input) {
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAuditedRefusalMutation, AccessAuditedRefusalMutationVariables>;
export const AccessAuditTrailDocument = new TypedDocumentString(`
    query AccessAuditTrail($filter: AuditEventFilter, $first: Int) {
  auditEvents(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        mutation
        outcome
        errorCodes
        targetIds
        role
        keyName
        keyPrefix
        operationName
        requestId
        organization {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAuditTrailQuery, AccessAuditTrailQueryVariables>;
export const AccessPublicDataDocument = new TypedDocumentString(`
    query AccessPublicData($code: ProvinceCode!) {
  provinces {
    code
  }
  crafts {
    slug
  }
  country(code: "IT") {
    name
  }
  organizations(first: 3) {
    totalCount
  }
  courses(first: 3) {
    totalCount
    edges {
      node {
        title
        seatsTaken
        provider {
          name
        }
      }
    }
  }
  agreements(first: 3) {
    totalCount
  }
  exhibitions(first: 3) {
    totalCount
    edges {
      node {
        name
        exhibitorCount
        organizer {
          name
        }
      }
    }
  }
  exportMarkets {
    priority
  }
  worldCraftDesignationCounts {
    reportedCount
  }
  exportTotals(filter: {solarYears: [1403]}, groupBy: [CHANNEL]) {
    valueUsd
    figures {
      valueUsd
    }
  }
  province(code: $code) {
    name
  }
}
    `) as unknown as TypedDocumentString<AccessPublicDataQuery, AccessPublicDataQueryVariables>;
export const AccessArtisanListsDocument = new TypedDocumentString(`
    query AccessArtisanLists($code: ProvinceCode!) {
  artisans(filter: {provinceCode: $code}, first: 100) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
  province(code: $code) {
    artisans(first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessArtisanListsQuery, AccessArtisanListsQueryVariables>;
export const AccessArtisanDocument = new TypedDocumentString(`
    query AccessArtisan($id: ID!) {
  artisan(id: $id) {
    id
    listedPublicly
    name
    isSynthetic
    province {
      code
    }
    crafts {
      slug
    }
    enrollments {
      id
      status
      examScore
      course {
        id
      }
    }
    certificates {
      serial
      course {
        id
      }
    }
    exhibitions {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AccessArtisanQuery, AccessArtisanQueryVariables>;
export const AccessCourseEnrollmentsDocument = new TypedDocumentString(`
    query AccessCourseEnrollments($id: ID!) {
  course(id: $id) {
    title
    seatsTaken
    enrollments {
      totalCount
      edges {
        node {
          status
          examScore
          artisan {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCourseEnrollmentsQuery, AccessCourseEnrollmentsQueryVariables>;
export const AccessExhibitorsDocument = new TypedDocumentString(`
    query AccessExhibitors($id: ID!) {
  exhibition(id: $id) {
    name
    exhibitors {
      totalCount
      edges {
        node {
          id
          listedPublicly
          name
          enrollments {
            examScore
          }
          exhibitions {
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessExhibitorsQuery, AccessExhibitorsQueryVariables>;
export const AccessExhibitorNamesDocument = new TypedDocumentString(`
    query AccessExhibitorNames($id: ID!) {
  exhibition(id: $id) {
    exhibitors(first: 100) {
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessExhibitorNamesQuery, AccessExhibitorNamesQueryVariables>;
export const AccessCertificateDocument = new TypedDocumentString(`
    query AccessCertificate($serial: NonEmptyString!) {
  certificate(serial: $serial) {
    serial
    artisan {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCertificateQuery, AccessCertificateQueryVariables>;
export const SightArtisanNameDocument = new TypedDocumentString(`
    query SightArtisanName($id: ID!) {
  artisan(id: $id) {
    id
    name
    province {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SightArtisanNameQuery, SightArtisanNameQueryVariables>;
export const SightEnrollDocument = new TypedDocumentString(`
    mutation SightEnroll($input: EnrollArtisanInput!) {
  enrollArtisan(input: $input) {
    enrollment {
      id
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SightEnrollMutation, SightEnrollMutationVariables>;
export const SightWithdrawDocument = new TypedDocumentString(`
    mutation SightWithdraw($input: WithdrawEnrollmentInput!) {
  withdrawEnrollment(input: $input) {
    enrollment {
      status
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SightWithdrawMutation, SightWithdrawMutationVariables>;
export const SightArtisansOfProvinceDocument = new TypedDocumentString(`
    query SightArtisansOfProvince {
  artisans(filter: {provinceCode: "IR-04"}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SightArtisansOfProvinceQuery, SightArtisansOfProvinceQueryVariables>;
export const SightExhibitorsOfAllDocument = new TypedDocumentString(`
    query SightExhibitorsOfAll($after: String) {
  exhibitions(first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        exhibitorCount
        exhibitors(first: 50) {
          totalCount
          pageInfo {
            endCursor
          }
          edges {
            cursor
            node {
              id
              listedPublicly
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SightExhibitorsOfAllQuery, SightExhibitorsOfAllQueryVariables>;
export const SightExhibitorPageDocument = new TypedDocumentString(`
    query SightExhibitorPage($id: ID!, $after: String) {
  exhibition(id: $id) {
    exhibitors(first: 1, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SightExhibitorPageQuery, SightExhibitorPageQueryVariables>;
export const SightCreateCourseDocument = new TypedDocumentString(`
    mutation SightCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SightCreateCourseMutation, SightCreateCourseMutationVariables>;
export const SightUpdateCourseDocument = new TypedDocumentString(`
    mutation SightUpdateCourse($input: UpdateCourseInput!) {
  updateCourse(input: $input) {
    course {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SightUpdateCourseMutation, SightUpdateCourseMutationVariables>;
export const SightCreateExhibitionDocument = new TypedDocumentString(`
    mutation SightCreateExhibition($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SightCreateExhibitionMutation, SightCreateExhibitionMutationVariables>;
export const SightUpdateExhibitionDocument = new TypedDocumentString(`
    mutation SightUpdateExhibition($input: UpdateExhibitionInput!) {
  updateExhibition(input: $input) {
    exhibition {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SightUpdateExhibitionMutation, SightUpdateExhibitionMutationVariables>;
export const SightAgreementsDocument = new TypedDocumentString(`
    query SightAgreements {
  agreements(first: 100) {
    edges {
      node {
        id
        parties {
          organization {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SightAgreementsQuery, SightAgreementsQueryVariables>;
export const ClientsProvinceNameDocument = new TypedDocumentString(`
    query ClientsProvinceName($code: ProvinceCode! = "IR-16") {
  province(code: $code) {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ClientsProvinceNameQuery, ClientsProvinceNameQueryVariables>;
export const BatchingExhibitionsDocument = new TypedDocumentString(`
    query BatchingExhibitions($first: Int!) {
  exhibitions(first: $first) {
    edges {
      node {
        name
        crafts {
          name
        }
        exhibitors(first: 10) {
          edges {
            node {
              name
              province {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingExhibitionsQuery, BatchingExhibitionsQueryVariables>;
export const BatchingProvinceExhibitionsDocument = new TypedDocumentString(`
    query BatchingProvinceExhibitions($first: Int!) {
  provinces {
    code
    exhibitions(first: $first) {
      totalCount
      edges {
        node {
          name
          exhibitorCount
          organizer {
            name
          }
          country {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingProvinceExhibitionsQuery, BatchingProvinceExhibitionsQueryVariables>;
export const BatchingExhibitionIdsDocument = new TypedDocumentString(`
    query BatchingExhibitionIds {
  exhibitions(first: 50) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingExhibitionIdsQuery, BatchingExhibitionIdsQueryVariables>;
export const BatchingArtisanIdsDocument = new TypedDocumentString(`
    query BatchingArtisanIds {
  artisans(first: 50) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingArtisanIdsQuery, BatchingArtisanIdsQueryVariables>;
export const CrossSubgraphArtisanPageDocument = new TypedDocumentString(`
    query CrossSubgraphArtisanPage($id: ID!) {
  artisan(id: $id) {
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
      }
    }
    exhibitions(first: 5) {
      totalCount
      edges {
        node {
          name
          startsOn
          country {
            name
          }
          crafts {
            name
          }
          status(on: "2098-01-01")
        }
      }
    }
    abroad: exhibitions(filter: {heldAbroad: true}) {
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrossSubgraphArtisanPageQuery, CrossSubgraphArtisanPageQueryVariables>;
export const CrossSubgraphProvinceDocument = new TypedDocumentString(`
    query CrossSubgraphProvince {
  province(code: "IR-16") {
    name
    courses(first: 10) {
      edges {
        node {
          title
        }
      }
    }
    exhibitions(filter: {heldAbroad: true}, first: 10) {
      totalCount
      edges {
        node {
          name
          country {
            code
          }
          region
          startsOn
          sources {
            publisher
          }
        }
      }
    }
    everywhere: exhibitions {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<CrossSubgraphProvinceQuery, CrossSubgraphProvinceQueryVariables>;
export const CrossSubgraphHostedShownOrganizedDocument = new TypedDocumentString(`
    query CrossSubgraphHostedShownOrganized($org: ID!) {
  country(code: "OM") {
    name
    exhibitionsHosted {
      edges {
        node {
          id
          name
          organizer {
            name
            kind
          }
          partners {
            name
          }
        }
      }
    }
    exportMarkets {
      group
      priority
    }
  }
  craft(slug: "copper-utensils") {
    name
    exhibitions {
      edges {
        node {
          name
        }
      }
    }
  }
  organization(id: $org) {
    name
    exhibitionsOrganized(filter: {countryCode: "OM"}) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrossSubgraphHostedShownOrganizedQuery, CrossSubgraphHostedShownOrganizedQueryVariables>;
export const CrossSubgraphProvincePagesDocument = new TypedDocumentString(`
    query CrossSubgraphProvincePages {
  provinces {
    code
    exhibitions(first: 2) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrossSubgraphProvincePagesQuery, CrossSubgraphProvincePagesQueryVariables>;
export const CrossSubgraphGolestanNextDocument = new TypedDocumentString(`
    query CrossSubgraphGolestanNext($after: String) {
  province(code: "IR-27") {
    exhibitions(first: 2, after: $after) {
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
    `) as unknown as TypedDocumentString<CrossSubgraphGolestanNextQuery, CrossSubgraphGolestanNextQueryVariables>;
export const ExhibitionsNamesDocument = new TypedDocumentString(`
    query ExhibitionsNames($filter: ExhibitionFilter, $orderBy: ExhibitionOrder!) {
  exhibitions(first: 100, filter: $filter, orderBy: $orderBy) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsNamesQuery, ExhibitionsNamesQueryVariables>;
export const ExhibitionsCancelByIdDocument = new TypedDocumentString(`
    mutation ExhibitionsCancelById($id: ID!) {
  cancelExhibition(input: {id: $id}) {
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCancelByIdMutation, ExhibitionsCancelByIdMutationVariables>;
export const ExhibitionsIlamDocument = new TypedDocumentString(`
    query ExhibitionsIlam {
  exhibitions(filter: {provinceCode: "IR-16"}) {
    totalCount
    edges {
      node {
        ...ExhibitionsAllFields
        before: status(on: "2025-10-09")
        opening: status(on: "2025-10-10")
        last: status(on: "2025-10-16")
        after: status(on: "2025-10-17")
      }
    }
  }
}
    fragment ExhibitionsAllFields on Exhibition {
  id
  name
  description
  kind
  city
  region
  country {
    code
    name
  }
  startsOn
  endsOn
  startsNoEarlierThan
  startsNoLaterThan
  datesAsReported
  province {
    code
    name
  }
  crafts {
    slug
  }
  organizer {
    id
  }
  partners {
    id
  }
  reportedExhibitorCount
  exhibitorCount
  exhibitors(first: 5) {
    totalCount
  }
  cancelledOn
  isSynthetic
  sources {
    title
    publisher
    publishedOn
    url
  }
}`) as unknown as TypedDocumentString<ExhibitionsIlamQuery, ExhibitionsIlamQueryVariables>;
export const ExhibitionsIraqDocument = new TypedDocumentString(`
    query ExhibitionsIraq {
  country(code: "IQ") {
    name
    exhibitionsHosted {
      totalCount
      edges {
        node {
          ...ExhibitionsAllFields
          status(on: "2025-10-12")
        }
      }
    }
  }
}
    fragment ExhibitionsAllFields on Exhibition {
  id
  name
  description
  kind
  city
  region
  country {
    code
    name
  }
  startsOn
  endsOn
  startsNoEarlierThan
  startsNoLaterThan
  datesAsReported
  province {
    code
    name
  }
  crafts {
    slug
  }
  organizer {
    id
  }
  partners {
    id
  }
  reportedExhibitorCount
  exhibitorCount
  exhibitors(first: 5) {
    totalCount
  }
  cancelledOn
  isSynthetic
  sources {
    title
    publisher
    publishedOn
    url
  }
}`) as unknown as TypedDocumentString<ExhibitionsIraqQuery, ExhibitionsIraqQueryVariables>;
export const ExhibitionsItalyDocument = new TypedDocumentString(`
    query ExhibitionsItaly {
  exhibitions(filter: {countryCode: "IT"}) {
    edges {
      node {
        ...ExhibitionsAllFields
        announced: status(on: "2025-04-19")
        inMay: status(on: "2025-05-15")
      }
    }
  }
}
    fragment ExhibitionsAllFields on Exhibition {
  id
  name
  description
  kind
  city
  region
  country {
    code
    name
  }
  startsOn
  endsOn
  startsNoEarlierThan
  startsNoLaterThan
  datesAsReported
  province {
    code
    name
  }
  crafts {
    slug
  }
  organizer {
    id
  }
  partners {
    id
  }
  reportedExhibitorCount
  exhibitorCount
  exhibitors(first: 5) {
    totalCount
  }
  cancelledOn
  isSynthetic
  sources {
    title
    publisher
    publishedOn
    url
  }
}`) as unknown as TypedDocumentString<ExhibitionsItalyQuery, ExhibitionsItalyQueryVariables>;
export const ExhibitionsPartnerQuestionDocument = new TypedDocumentString(`
    query ExhibitionsPartnerQuestion($after: String) {
  exhibitions(
    filter: {countryCode: "IQ", status: UPCOMING}
    first: 2
    after: $after
  ) {
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
        startsOn
        region
        crafts {
          name
        }
        province {
          name
        }
        exhibitorCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsPartnerQuestionQuery, ExhibitionsPartnerQuestionQueryVariables>;
export const ExhibitionsCancelWithReasonDocument = new TypedDocumentString(`
    mutation ExhibitionsCancelWithReason($id: ID!) {
  cancelExhibition(input: {id: $id, reason: "Venue closed"}) {
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCancelWithReasonMutation, ExhibitionsCancelWithReasonMutationVariables>;
export const ExhibitionsStatusOnDocument = new TypedDocumentString(`
    query ExhibitionsStatusOn($on: Date!) {
  exhibitions(first: 100) {
    totalCount
    edges {
      node {
        name
        status(on: $on)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsStatusOnQuery, ExhibitionsStatusOnQueryVariables>;
export const ExhibitionsOngoingDocument = new TypedDocumentString(`
    query ExhibitionsOngoing {
  exhibitions(first: 100, filter: {status: ONGOING}) {
    edges {
      node {
        name
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsOngoingQuery, ExhibitionsOngoingQueryVariables>;
export const ExhibitionsCreateDocument = new TypedDocumentString(`
    mutation ExhibitionsCreate($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
      name
      kind
      country {
        name
      }
      startsOn
      endsOn
      crafts {
        slug
      }
      province {
        name
      }
      organizer {
        id
        name
      }
      partners {
        name
      }
      status
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCreateMutation, ExhibitionsCreateMutationVariables>;
export const ExhibitionsUpdateDocument = new TypedDocumentString(`
    mutation ExhibitionsUpdate($input: UpdateExhibitionInput!) {
  updateExhibition(input: $input) {
    exhibition {
      name
      startsOn
      endsOn
      startsNoEarlierThan
      startsNoLaterThan
      datesAsReported
      crafts {
        slug
      }
      partners {
        name
      }
      reportedExhibitorCount
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsUpdateMutation, ExhibitionsUpdateMutationVariables>;
export const ExhibitionsCancelDocument = new TypedDocumentString(`
    mutation ExhibitionsCancel($input: CancelExhibitionInput!) {
  cancelExhibition(input: $input) {
    exhibition {
      cancelledOn
      cancellationReason
      status
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCancelMutation, ExhibitionsCancelMutationVariables>;
export const ExhibitionsOrganizedDocument = new TypedDocumentString(`
    query ExhibitionsOrganized($id: ID!) {
  organization(id: $id) {
    exhibitionsOrganized {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsOrganizedQuery, ExhibitionsOrganizedQueryVariables>;
export const ExhibitionsUpdatePartnersDocument = new TypedDocumentString(`
    mutation ExhibitionsUpdatePartners($input: UpdateExhibitionInput!) {
  updateExhibition(input: $input) {
    exhibition {
      id
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsUpdatePartnersMutation, ExhibitionsUpdatePartnersMutationVariables>;
export const ExhibitionsPartnersDocument = new TypedDocumentString(`
    query ExhibitionsPartners($id: ID!) {
  exhibition(id: $id) {
    name
    partners {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsPartnersQuery, ExhibitionsPartnersQueryVariables>;
export const ExhibitionsStatusBeforeDocument = new TypedDocumentString(`
    query ExhibitionsStatusBefore($id: ID!) {
  exhibition(id: $id) {
    name
    before: status(on: "2026-01-01")
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsStatusBeforeQuery, ExhibitionsStatusBeforeQueryVariables>;
export const ExhibitionsUnknownDocument = new TypedDocumentString(`
    query ExhibitionsUnknown {
  a: exhibition(id: "00000000-0000-4000-8000-000000000000") {
    id
  }
  b: exhibition(id: "nothing") {
    id
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsUnknownQuery, ExhibitionsUnknownQueryVariables>;
export const ExhibitionsCreateBadDocument = new TypedDocumentString(`
    mutation ExhibitionsCreateBad($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCreateBadMutation, ExhibitionsCreateBadMutationVariables>;
export const ExhibitionsCacheListingDocument = new TypedDocumentString(`
    query ExhibitionsCacheListing {
  exhibitions {
    totalCount
    edges {
      node {
        name
        country {
          name
        }
        province {
          name
        }
        crafts {
          name
        }
        exhibitorCount
        status
        sources {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCacheListingQuery, ExhibitionsCacheListingQueryVariables>;
export const ExhibitionsCacheHostedDocument = new TypedDocumentString(`
    query ExhibitionsCacheHosted {
  country(code: "IQ") {
    name
    exhibitionsHosted {
      totalCount
      edges {
        node {
          name
        }
      }
    }
    exportMarkets {
      group
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCacheHostedQuery, ExhibitionsCacheHostedQueryVariables>;
export const ExhibitionsCacheMarketsDocument = new TypedDocumentString(`
    query ExhibitionsCacheMarkets {
  exportMarkets {
    country {
      name
    }
    group
    sources {
      title
    }
  }
  worldCraftDesignationCounts {
    reportedCount
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCacheMarketsQuery, ExhibitionsCacheMarketsQueryVariables>;
export const ExhibitionsCacheExhibitorCountDocument = new TypedDocumentString(`
    query ExhibitionsCacheExhibitorCount {
  exhibitions {
    edges {
      node {
        name
        exhibitors {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCacheExhibitorCountQuery, ExhibitionsCacheExhibitorCountQueryVariables>;
export const ExhibitionsCacheExhibitorsDocument = new TypedDocumentString(`
    query ExhibitionsCacheExhibitors {
  exhibitions {
    edges {
      node {
        exhibitors {
          edges {
            node {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitionsCacheExhibitorsQuery, ExhibitionsCacheExhibitorsQueryVariables>;
export const ExhibitorsRemoveDocument = new TypedDocumentString(`
    mutation ExhibitorsRemove($input: ExhibitorInput!) {
  removeExhibitor(input: $input) {
    exhibition {
      id
    }
    artisan {
      id
      name
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsRemoveMutation, ExhibitorsRemoveMutationVariables>;
export const ExhibitorsCancelDocument = new TypedDocumentString(`
    mutation ExhibitorsCancel($id: ID!) {
  cancelExhibition(input: {id: $id}) {
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsCancelMutation, ExhibitorsCancelMutationVariables>;
export const ExhibitorsPageDocument = new TypedDocumentString(`
    query ExhibitorsPage($id: ID!, $after: String) {
  exhibition(id: $id) {
    exhibitorCount
    reportedExhibitorCount
    exhibitors(first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          province {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsPageQuery, ExhibitorsPageQueryVariables>;
export const ExhibitorsCountsDocument = new TypedDocumentString(`
    query ExhibitorsCounts($id: ID!) {
  exhibition(id: $id) {
    exhibitorCount
    reportedExhibitorCount
    exhibitors {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsCountsQuery, ExhibitorsCountsQueryVariables>;
export const ExhibitorsRaceDocument = new TypedDocumentString(`
    query ExhibitorsRace($id: ID!) {
  exhibition(id: $id) {
    exhibitors {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsRaceQuery, ExhibitorsRaceQueryVariables>;
export const ExhibitorsBothSidesDocument = new TypedDocumentString(`
    query ExhibitorsBothSides($e: ID!, $a: ID!) {
  exhibition(id: $e) {
    exhibitors {
      totalCount
    }
  }
  artisan(id: $a) {
    exhibitions {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsBothSidesQuery, ExhibitorsBothSidesQueryVariables>;
export const ExhibitorsMoveToPastDocument = new TypedDocumentString(`
    mutation ExhibitorsMoveToPast($id: ID!) {
  updateExhibition(input: {id: $id, startsOn: "2024-04-01", endsOn: "2024-04-07"}) {
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsMoveToPastMutation, ExhibitorsMoveToPastMutationVariables>;
export const ExhibitorsIsolatedRegisterDocument = new TypedDocumentString(`
    mutation ExhibitorsIsolatedRegister($input: ExhibitorInput!) {
  registerExhibitor(input: $input) {
    exhibition {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsIsolatedRegisterMutation, ExhibitorsIsolatedRegisterMutationVariables>;
export const ExhibitorsIsolatedCountDocument = new TypedDocumentString(`
    query ExhibitorsIsolatedCount {
  exhibitions {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsIsolatedCountQuery, ExhibitorsIsolatedCountQueryVariables>;
export const ExhibitorsIsolatedCreateDocument = new TypedDocumentString(`
    mutation ExhibitorsIsolatedCreate($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsIsolatedCreateMutation, ExhibitorsIsolatedCreateMutationVariables>;
export const ExhibitorsIsolatedSelfContainedDocument = new TypedDocumentString(`
    mutation ExhibitorsIsolatedSelfContained {
  createExhibition(
    input: {name: "Self-contained", kind: INTERNATIONAL, countryCode: "TR", startsOn: "2099-01-02"}
  ) {
    exhibition {
      name
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ExhibitorsIsolatedSelfContainedMutation, ExhibitorsIsolatedSelfContainedMutationVariables>;
export const MarketsDesignationsCountDocument = new TypedDocumentString(`
    query MarketsDesignationsCount {
  worldCraftDesignations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MarketsDesignationsCountQuery, MarketsDesignationsCountQueryVariables>;
export const MarketsTargetsDocument = new TypedDocumentString(`
    query MarketsTargets {
  caspian: exportMarkets(group: CASPIAN_LITTORAL) {
    country {
      code
    }
    priority
    rationale
    sources {
      title
      publisher
      publishedOn
    }
  }
  gulf: exportMarkets(group: PERSIAN_GULF) {
    country {
      code
      name
    }
    priority
  }
}
    `) as unknown as TypedDocumentString<MarketsTargetsQuery, MarketsTargetsQueryVariables>;
export const MarketsActiveDocument = new TypedDocumentString(`
    query MarketsActive {
  all: exportMarkets {
    country {
      code
    }
    group
  }
  iraq: country(code: "IQ") {
    exportMarkets {
      group
      priority
      rationale
      sources {
        publisher
        publishedOn
      }
    }
  }
  italy: exportMarkets(countryCode: "IT") {
    group
    priority
    rationale
    sources {
      publisher
      publishedOn
    }
  }
  iran: country(code: "IR") {
    exportMarkets {
      group
    }
  }
}
    `) as unknown as TypedDocumentString<MarketsActiveQuery, MarketsActiveQueryVariables>;
export const MarketsRecordDesignationDocument = new TypedDocumentString(`
    mutation MarketsRecordDesignation($input: RecordWorldCraftDesignationInput!) {
  recordWorldCraftDesignation(input: $input) {
    designation {
      kind
      placeName
      designatedIn
      province {
        name
      }
      sources {
        title
      }
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<MarketsRecordDesignationMutation, MarketsRecordDesignationMutationVariables>;
export const MarketsDesignationCountsDocument = new TypedDocumentString(`
    query MarketsDesignationCounts {
  worldCraftDesignationCounts {
    kind
    reportedCount
    reportedAsOf
    reportedIn {
      title
      publisher
      publishedOn
    }
    registeredCount
    designatedBy {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MarketsDesignationCountsQuery, MarketsDesignationCountsQueryVariables>;
export const MarketsVillagesDocument = new TypedDocumentString(`
    query MarketsVillages {
  worldCraftDesignations(filter: {kind: VILLAGE, provinceCode: "IR-10"}) {
    totalCount
    edges {
      node {
        placeName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MarketsVillagesQuery, MarketsVillagesQueryVariables>;
export const SyntheticExhibitionsDocument = new TypedDocumentString(`
    query SyntheticExhibitions {
  exhibitions(first: 100) {
    totalCount
    edges {
      node {
        name
        isSynthetic
        organizer {
          name
        }
        exhibitors(first: 3) {
          edges {
            node {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyntheticExhibitionsQuery, SyntheticExhibitionsQueryVariables>;
export const AttacksArtisanCountDocument = new TypedDocumentString(`
    query AttacksArtisanCount {
  artisans {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AttacksArtisanCountQuery, AttacksArtisanCountQueryVariables>;
export const CostDirectivesOneAggregateDocument = new TypedDocumentString(`
    query CostDirectivesOneAggregate {
  exportTotals {
    valueUsd
  }
}
    `) as unknown as TypedDocumentString<CostDirectivesOneAggregateQuery, CostDirectivesOneAggregateQueryVariables>;
export const CostDirectivesProvinceCodesDocument = new TypedDocumentString(`
    query CostDirectivesProvinceCodes {
  provinces {
    code
  }
}
    `) as unknown as TypedDocumentString<CostDirectivesProvinceCodesQuery, CostDirectivesProvinceCodesQueryVariables>;
export const CostDirectivesCreateArtisanDocument = new TypedDocumentString(`
    mutation CostDirectivesCreateArtisan($input: CreateArtisanInput!) {
  createArtisan(input: $input) {
    artisan {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CostDirectivesCreateArtisanMutation, CostDirectivesCreateArtisanMutationVariables>;
export const LimitsSearchArtisansDocument = new TypedDocumentString(`
    query LimitsSearchArtisans($search: String) {
  artisans(filter: {search: $search}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsSearchArtisansQuery, LimitsSearchArtisansQueryVariables>;
export const LimitsCertificateDocument = new TypedDocumentString(`
    query LimitsCertificate($serial: NonEmptyString!) {
  certificate(serial: $serial) {
    serial
  }
}
    `) as unknown as TypedDocumentString<LimitsCertificateQuery, LimitsCertificateQueryVariables>;
export const LimitsCreateExhibitionDocument = new TypedDocumentString(`
    mutation LimitsCreateExhibition($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
      description
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateExhibitionMutation, LimitsCreateExhibitionMutationVariables>;
export const ProductionTypenameDocument = new TypedDocumentString(`
    query ProductionTypename {
  __typename
}
    `) as unknown as TypedDocumentString<ProductionTypenameQuery, ProductionTypenameQueryVariables>;
export const RateLimitProvinceCodesDocument = new TypedDocumentString(`
    query RateLimitProvinceCodes {
  provinces {
    code
  }
}
    `) as unknown as TypedDocumentString<RateLimitProvinceCodesQuery, RateLimitProvinceCodesQueryVariables>;
export const RateLimitCostlyDocument = new TypedDocumentString(`
    query RateLimitCostly {
  exportTotals {
    valueUsd
  }
}
    `) as unknown as TypedDocumentString<RateLimitCostlyQuery, RateLimitCostlyQueryVariables>;
export const ListsAuditPageDocument = new TypedDocumentString(`
    query ListsAuditPage($orderBy: AuditEventOrder!, $after: String, $filter: AuditEventFilter) {
  auditEvents(filter: $filter, orderBy: $orderBy, first: 1, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        occurredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAuditPageQuery, ListsAuditPageQueryVariables>;
export const ListsExportFiguresDocument = new TypedDocumentString(`
    query ListsExportFigures($filter: ExportFigureFilter, $orderBy: ExportFigureOrder!, $first: Int!, $after: String, $province: ProvinceCode!) {
  exportFigures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        valueUsd
      }
    }
  }
  province(code: $province) {
    exports(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsExportFiguresQuery, ListsExportFiguresQueryVariables>;
export const ListsTotalsByValueDocument = new TypedDocumentString(`
    query ListsTotalsByValue {
  exportTotals(filter: {valueUsdFrom: "1000"}) {
    valueUsd
  }
}
    `) as unknown as TypedDocumentString<ListsTotalsByValueQuery, ListsTotalsByValueQueryVariables>;
export const ListsExhibitorsDocument = new TypedDocumentString(`
    query ListsExhibitors($id: ID!, $filter: ExhibitorFilter, $orderBy: ExhibitorOrder!, $first: Int!, $after: String) {
  exhibition(id: $id) {
    exhibitorCount
    exhibitors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsExhibitorsQuery, ListsExhibitorsQueryVariables>;
export const ListsExportMarketsDocument = new TypedDocumentString(`
    query ListsExportMarkets($filter: ExportMarketFilter, $orderBy: ExportMarketOrder!, $first: Int!, $after: String, $group: ExportMarketGroup) {
  exportMarkets(group: $group) {
    group
    country {
      code
    }
  }
  exportMarketsConnection(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        group
        priority
        country {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsExportMarketsQuery, ListsExportMarketsQueryVariables>;
export const ListsDesignationsDocument = new TypedDocumentString(`
    query ListsDesignations($orderBy: WorldCraftDesignationOrder!) {
  worldCraftDesignations(orderBy: $orderBy, first: 100) {
    edges {
      node {
        placeName
        province {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsDesignationsQuery, ListsDesignationsQueryVariables>;
export const ListsRecordDesignationDocument = new TypedDocumentString(`
    mutation ListsRecordDesignation($input: RecordWorldCraftDesignationInput!) {
  recordWorldCraftDesignation(input: $input) {
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ListsRecordDesignationMutation, ListsRecordDesignationMutationVariables>;
export const ListsSourcesDocument = new TypedDocumentString(`
    query ListsSources($orderBy: SourceOrder!) {
  sources(orderBy: $orderBy, first: 100) {
    edges {
      node {
        title
        publishedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsSourcesQuery, ListsSourcesQueryVariables>;
export const ListsExhibitionsStatementsDocument = new TypedDocumentString(`
    query ListsExhibitionsStatements($first: Int!, $today: Date!) {
  exhibitions(
    first: $first
    filter: {isSynthetic: false}
    orderBy: START_DATE_DESC
  ) {
    edges {
      node {
        exhibitorCount
        exhibitors(
          first: 2
          filter: {registeredFrom: $today}
          orderBy: REGISTRATION_DESC
        ) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsExhibitionsStatementsQuery, ListsExhibitionsStatementsQueryVariables>;
export const ListsAccessTrainingRecordDocument = new TypedDocumentString(`
    query ListsAccessTrainingRecord($id: ID!) {
  artisan(id: $id) {
    id
    enrollmentsConnection(filter: {isSynthetic: false}, orderBy: NEWEST_FIRST) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    certificatesConnection(filter: {isSynthetic: false}, orderBy: NEWEST_FIRST) {
      totalCount
      edges {
        node {
          serial
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAccessTrainingRecordQuery, ListsAccessTrainingRecordQueryVariables>;
export const ListsAccessFilteredArtisansDocument = new TypedDocumentString(`
    query ListsAccessFilteredArtisans($code: ProvinceCode!, $filter: ArtisanFilter) {
  artisans(filter: $filter, orderBy: NAME_DESC, first: 100) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  province(code: $code) {
    artisans(filter: $filter, orderBy: NAME_DESC, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAccessFilteredArtisansQuery, ListsAccessFilteredArtisansQueryVariables>;
export const ListsAccessCourseEnrollmentsDocument = new TypedDocumentString(`
    query ListsAccessCourseEnrollments($id: ID!) {
  course(id: $id) {
    enrollments(filter: {status: PASSED}, orderBy: NEWEST_FIRST) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAccessCourseEnrollmentsQuery, ListsAccessCourseEnrollmentsQueryVariables>;
export const ListsAccessExhibitorsDocument = new TypedDocumentString(`
    query ListsAccessExhibitors($id: ID!, $today: Date!) {
  exhibition(id: $id) {
    exhibitors(filter: {registeredFrom: $today}, orderBy: REGISTRATION_DESC) {
      totalCount
      edges {
        node {
          id
          listedPublicly
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAccessExhibitorsQuery, ListsAccessExhibitorsQueryVariables>;
export const ListsSyntheticCountsDocument = new TypedDocumentString(`
    query ListsSyntheticCounts($synthetic: Boolean, $province: ProvinceCode!, $course: ID!, $artisan: ID!, $country: CountryCode!, $craft: CraftSlug!, $organization: ID!, $source: ID!) {
  artisans(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  courses(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  organizations(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  agreements(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  instructors(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  competencyStandards(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  trainingCentres(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  exhibitions(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  exportFigures(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  sources(filter: {isSynthetic: $synthetic}) {
    totalCount
  }
  province(code: $province) {
    courses(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
    artisans(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
    exhibitions(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
    exports(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
  }
  course(id: $course) {
    enrollments(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
  }
  artisan(id: $artisan) {
    enrollmentsConnection(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
    certificatesConnection(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
    exhibitions(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
  }
  country(code: $country) {
    exhibitionsHosted(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
    exports(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
  }
  craft(slug: $craft) {
    exhibitions(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
    exports(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
  }
  organization(id: $organization) {
    exhibitionsOrganized(filter: {isSynthetic: $synthetic}) {
      totalCount
    }
  }
  source(id: $source) {
    facts {
      exportFigures(filter: {isSynthetic: $synthetic}) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsSyntheticCountsQuery, ListsSyntheticCountsQueryVariables>;
export const ListsRecordPassDocument = new TypedDocumentString(`
    mutation ListsRecordPass($input: RecordExamResultInput!) {
  recordExamResult(input: $input) {
    certificate {
      serial
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ListsRecordPassMutation, ListsRecordPassMutationVariables>;
export const ListsArtisanPageDocument = new TypedDocumentString(`
    query ListsArtisanPage($filter: ArtisanFilter, $orderBy: ArtisanOrder!, $first: Int!, $after: String) {
  artisans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsArtisanPageQuery, ListsArtisanPageQueryVariables>;
export const ListsProvinceListsDocument = new TypedDocumentString(`
    query ListsProvinceLists($code: ProvinceCode!, $courseFilter: CourseFilter, $courseOrder: CourseOrder!, $artisanFilter: ArtisanFilter, $artisanOrder: ArtisanOrder!, $first: Int!, $after: String) {
  province(code: $code) {
    courses(
      filter: $courseFilter
      orderBy: $courseOrder
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
        }
      }
    }
    artisans(filter: $artisanFilter, orderBy: $artisanOrder, first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsProvinceListsQuery, ListsProvinceListsQueryVariables>;
export const ListsTrainingRecordDocument = new TypedDocumentString(`
    query ListsTrainingRecord($id: ID!, $enrollmentFilter: EnrollmentFilter, $enrollmentOrder: EnrollmentOrder!, $certificateFilter: CertificateFilter, $certificateOrder: CertificateOrder!, $first: Int!, $after: String) {
  artisan(id: $id) {
    enrollments {
      id
    }
    certificates {
      serial
    }
    enrollmentsConnection(
      filter: $enrollmentFilter
      orderBy: $enrollmentOrder
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          isSynthetic
          course {
            id
          }
        }
      }
    }
    certificatesConnection(
      filter: $certificateFilter
      orderBy: $certificateOrder
      first: $first
    ) {
      totalCount
      edges {
        node {
          serial
          issuedOn
          isSynthetic
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsTrainingRecordQuery, ListsTrainingRecordQueryVariables>;
export const ListsCourseEnrollmentsDocument = new TypedDocumentString(`
    query ListsCourseEnrollments($id: ID!, $filter: EnrollmentFilter, $orderBy: EnrollmentOrder!) {
  course(id: $id) {
    enrollments(filter: $filter, orderBy: $orderBy, first: 100) {
      totalCount
      edges {
        node {
          status
          artisan {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsCourseEnrollmentsQuery, ListsCourseEnrollmentsQueryVariables>;
export const ListsInstructorsAndStandardsDocument = new TypedDocumentString(`
    query ListsInstructorsAndStandards($craft: CraftSlug, $synthetic: Boolean) {
  deprecatedInstructors: instructors(craftSlug: $craft, first: 100) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  instructors(
    filter: {craftSlug: $craft, isSynthetic: $synthetic}
    orderBy: NAME_DESC
    first: 100
  ) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
  deprecatedStandards: competencyStandards(craftSlug: $craft, first: 100) {
    totalCount
  }
  competencyStandards(
    filter: {craftSlug: $craft, isSynthetic: $synthetic}
    orderBy: TITLE_ASC
    first: 100
  ) {
    totalCount
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsInstructorsAndStandardsQuery, ListsInstructorsAndStandardsQueryVariables>;
export const ListsTrainingCentresDocument = new TypedDocumentString(`
    query ListsTrainingCentres($code: ProvinceCode, $status: TrainingCentreStatus, $filter: TrainingCentreFilter) {
  trainingCentres(
    provinceCode: $code
    status: $status
    filter: $filter
    orderBy: NAME_DESC
  ) {
    totalCount
    edges {
      node {
        name
        province {
          code
        }
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsTrainingCentresQuery, ListsTrainingCentresQueryVariables>;
export const ListsAgreementPageDocument = new TypedDocumentString(`
    query ListsAgreementPage($orderBy: AgreementOrder!, $after: String) {
  agreements(orderBy: $orderBy, first: 1, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        stage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsAgreementPageQuery, ListsAgreementPageQueryVariables>;
export const ListsNestedTrainingRecordsDocument = new TypedDocumentString(`
    query ListsNestedTrainingRecords($first: Int!) {
  artisans(first: $first, filter: {isSynthetic: true}, orderBy: NAME_DESC) {
    edges {
      node {
        enrollmentsConnection(
          first: 2
          filter: {isSynthetic: true}
          orderBy: NEWEST_FIRST
        ) {
          totalCount
          edges {
            node {
              status
              course {
                title
                enrollments(first: 3, filter: {status: ENROLLED}, orderBy: NEWEST_FIRST) {
                  totalCount
                }
              }
            }
          }
        }
        certificatesConnection(first: 2, orderBy: NEWEST_FIRST) {
          totalCount
          edges {
            node {
              serial
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNestedTrainingRecordsQuery, ListsNestedTrainingRecordsQueryVariables>;
export const ListsNestedTrainingRecordsBackwardsDocument = new TypedDocumentString(`
    query ListsNestedTrainingRecordsBackwards($last: Int!) {
  artisans(last: $last, filter: {isSynthetic: true}, orderBy: NAME_ASC) {
    edges {
      node {
        enrollmentsConnection(
          last: 2
          filter: {isSynthetic: true}
          orderBy: OLDEST_FIRST
        ) {
          totalCount
          edges {
            node {
              status
              course {
                title
                enrollments(last: 3, filter: {status: ENROLLED}, orderBy: OLDEST_FIRST) {
                  totalCount
                }
              }
            }
          }
        }
        certificatesConnection(last: 2, orderBy: OLDEST_FIRST) {
          totalCount
          edges {
            node {
              serial
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNestedTrainingRecordsBackwardsQuery, ListsNestedTrainingRecordsBackwardsQueryVariables>;
export const ListsNestedProvinceListsDocument = new TypedDocumentString(`
    query ListsNestedProvinceLists($first: Int!) {
  artisans(first: $first, filter: {isSynthetic: true}, orderBy: NAME_DESC) {
    edges {
      node {
        province {
          courses(first: 2, filter: {isSynthetic: true}, orderBy: TITLE_ASC) {
            totalCount
            edges {
              node {
                title
              }
            }
          }
          artisans(first: 2, filter: {craftSlug: "kilim"}, orderBy: NAME_DESC) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsNestedProvinceListsQuery, ListsNestedProvinceListsQueryVariables>;
export const ConcurrentArtisanUpdateDocument = new TypedDocumentString(`
    mutation ConcurrentArtisanUpdate($input: UpdateArtisanInput!) {
  updateArtisan(input: $input) {
    artisan {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentArtisanUpdateMutation, ConcurrentArtisanUpdateMutationVariables>;
export const ConcurrentlyUpdatedArtisanDocument = new TypedDocumentString(`
    query ConcurrentlyUpdatedArtisan($id: ID!) {
  artisan(id: $id) {
    name
    province {
      code
    }
    crafts {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ConcurrentlyUpdatedArtisanQuery, ConcurrentlyUpdatedArtisanQueryVariables>;
export const AfterTheFuzzDocument = new TypedDocumentString(`
    query AfterTheFuzz {
  province(code: "IR-16") {
    name
    courses {
      totalCount
    }
    exports {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AfterTheFuzzQuery, AfterTheFuzzQueryVariables>;
export const PartialAnswerAcrossSubgraphsDocument = new TypedDocumentString(`
    query PartialAnswerAcrossSubgraphs {
  courses(first: 1) {
    totalCount
  }
  exportTotals(filter: {solarYears: [1403]}) {
    valueUsd
  }
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<PartialAnswerAcrossSubgraphsQuery, PartialAnswerAcrossSubgraphsQueryVariables>;
export const PartialAnswerTwoWritesDocument = new TypedDocumentString(`
    mutation PartialAnswerTwoWrites($organization: CreateOrganizationInput!, $exhibition: CreateExhibitionInput!) {
  createOrganization(input: $organization) {
    organization {
      id
      name
    }
    error {
      code
    }
  }
  createExhibition(input: $exhibition) {
    exhibition {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PartialAnswerTwoWritesMutation, PartialAnswerTwoWritesMutationVariables>;
export const ProvincePageUnderFaultsDocument = new TypedDocumentString(`
    query ProvincePageUnderFaults {
  province(code: "IR-02") {
    name
    courses {
      totalCount
    }
    exhibitions {
      totalCount
    }
    exports {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ProvincePageUnderFaultsQuery, ProvincePageUnderFaultsQueryVariables>;
export const ResponseCacheCoursesDocument = new TypedDocumentString(`
    query ResponseCacheCourses($provinceCode: ProvinceCode!) {
  courses(filter: {provinceCode: $provinceCode}, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        provider {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCoursesQuery, ResponseCacheCoursesQueryVariables>;
export const ResponseCacheViewerDocument = new TypedDocumentString(`
    query ResponseCacheViewer {
  viewer {
    role
    keyPrefix
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheViewerQuery, ResponseCacheViewerQueryVariables>;
export const ResponseCacheExhibitorNamesDocument = new TypedDocumentString(`
    query ResponseCacheExhibitorNames($id: ID!) {
  exhibition(id: $id) {
    name
    exhibitors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheExhibitorNamesQuery, ResponseCacheExhibitorNamesQueryVariables>;
export const ResponseCacheCoursesAndFigureDocument = new TypedDocumentString(`
    query ResponseCacheCoursesAndFigure($provinceCode: ProvinceCode!, $figureId: ID!) {
  courses(filter: {provinceCode: $provinceCode}, first: 20) {
    totalCount
  }
  exportFigure(id: $figureId) {
    valueUsd
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCoursesAndFigureQuery, ResponseCacheCoursesAndFigureQueryVariables>;
export const ResponseCacheCreateCourseDocument = new TypedDocumentString(`
    mutation ResponseCacheCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheCreateCourseMutation, ResponseCacheCreateCourseMutationVariables>;
export const OneProcessEnrolmentsDocument = new TypedDocumentString(`
    query OneProcessEnrolments {
  artisans(first: 3) {
    edges {
      node {
        id
        enrollments {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OneProcessEnrolmentsQuery, OneProcessEnrolmentsQueryVariables>;
export const OneProcessExhibitionDocument = new TypedDocumentString(`
    mutation OneProcessExhibition($input: CreateExhibitionInput!) {
  createExhibition(input: $input) {
    exhibition {
      id
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<OneProcessExhibitionMutation, OneProcessExhibitionMutationVariables>;
export const OneProcessNodeIdsDocument = new TypedDocumentString(`
    query OneProcessNodeIds {
  exhibitions(first: 2) {
    edges {
      node {
        id
      }
    }
  }
  courses(first: 2) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OneProcessNodeIdsQuery, OneProcessNodeIdsQueryVariables>;
export const OneProcessNodesDocument = new TypedDocumentString(`
    query OneProcessNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Exhibition {
      name
    }
    ... on Course {
      title
    }
    ... on Province {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OneProcessNodesQuery, OneProcessNodesQueryVariables>;
export const ProvenanceReportFactsDocument = new TypedDocumentString(`
    query ProvenanceReportFacts {
  sources(first: 10) {
    edges {
      node {
        id
        facts {
          organizations {
            name
          }
          agreements {
            title
            stage
            attributions {
              ...ProvenanceAttribution
            }
          }
          courses {
            title
            attributions {
              ...ProvenanceAttribution
            }
          }
          trainingCentres {
            name
            attributions {
              ...ProvenanceAttribution
            }
          }
          officialVisits {
            title
            attributions {
              ...ProvenanceAttribution
            }
          }
          exhibitions {
            name
            attributions {
              ...ProvenanceAttribution
            }
          }
          exportMarkets {
            country {
              code
            }
            attributions {
              ...ProvenanceAttribution
            }
          }
          worldCraftDesignations {
            placeName
          }
          worldCraftDesignationCounts {
            kind
            reportedCount
            attributions {
              ...ProvenanceAttribution
            }
          }
          marketingActivities {
            description
            attributions {
              ...ProvenanceAttribution
            }
          }
          exportFigures(first: 100) {
            totalCount
            edges {
              node {
                id
                valueUsd
                channel
                attributions {
                  ...ProvenanceAttribution
                }
              }
            }
          }
          growthTargets {
            ratePercent
            attributions {
              ...ProvenanceAttribution
            }
          }
          marketSizes {
            market
            attributions {
              ...ProvenanceAttribution
            }
          }
          policyDocuments {
            title
            attributions {
              ...ProvenanceAttribution
            }
          }
          yearSlogans {
            slogan
            attributions {
              ...ProvenanceAttribution
            }
          }
        }
      }
    }
  }
}
    fragment ProvenanceAttribution on Attribution {
  source {
    id
  }
  basis
  quote
  speaker {
    name
    role
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ProvenanceReportFactsQuery, ProvenanceReportFactsQueryVariables>;
export const ProvenanceSourcesDocument = new TypedDocumentString(`
    query ProvenanceSources {
  sources {
    totalCount
    edges {
      node {
        id
        title
        publisher
        credits
        publishedOn
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceSourcesQuery, ProvenanceSourcesQueryVariables>;
export const ProvenanceCitedByIrnaDocument = new TypedDocumentString(`
    query ProvenanceCitedByIrna {
  sources(filter: {credit: "irna"}) {
    edges {
      node {
        id
        title
      }
    }
  }
  exportFigures(filter: {solarYears: [1403], channel: SUITCASE}) {
    edges {
      node {
        sources {
          id
        }
      }
    }
  }
  exportMarkets(group: CASPIAN_LITTORAL) {
    sources {
      id
    }
  }
  organizations(first: 100) {
    edges {
      node {
        name
        sources {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceCitedByIrnaQuery, ProvenanceCitedByIrnaQueryVariables>;
export const ProvenanceFigureAttributionsDocument = new TypedDocumentString(`
    query ProvenanceFigureAttributions {
  exportFigures(filter: {solarYears: [1403]}) {
    edges {
      node {
        channel
        valueUsd
        attributions {
          ...ProvenanceAttribution
        }
      }
    }
  }
}
    fragment ProvenanceAttribution on Attribution {
  source {
    id
  }
  basis
  quote
  speaker {
    name
    role
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ProvenanceFigureAttributionsQuery, ProvenanceFigureAttributionsQueryVariables>;
export const ProvenanceTargetMarketExhibitionAttributionsDocument = new TypedDocumentString(`
    query ProvenanceTargetMarketExhibitionAttributions {
  growthTargets {
    attributions {
      ...ProvenanceAttribution
    }
  }
  marketSizes {
    attributions {
      ...ProvenanceAttribution
    }
  }
  exhibitions(
    filter: {countryCode: "IQ", region: "Wasit", startsFrom: "2025-10-10"}
  ) {
    edges {
      node {
        name
        attributions {
          ...ProvenanceAttribution
        }
      }
    }
  }
}
    fragment ProvenanceAttribution on Attribution {
  source {
    id
  }
  basis
  quote
  speaker {
    name
    role
    organization {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ProvenanceTargetMarketExhibitionAttributionsQuery, ProvenanceTargetMarketExhibitionAttributionsQueryVariables>;
export const ProvenanceSignatoriesDocument = new TypedDocumentString(`
    query ProvenanceSignatories {
  agreements {
    edges {
      node {
        parties {
          representedBy
          representativeRole
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceSignatoriesQuery, ProvenanceSignatoriesQueryVariables>;
export const ProvenanceFactsFromARecordDocument = new TypedDocumentString(`
    query ProvenanceFactsFromARecord {
  exhibitions(filter: {countryCode: "IT"}) {
    edges {
      node {
        sources {
          credits
          facts {
            courses {
              title
            }
            exportFigures {
              totalCount
            }
            marketingActivities {
              outlook
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceFactsFromARecordQuery, ProvenanceFactsFromARecordQueryVariables>;
export const ProvenanceDerivedDatesDocument = new TypedDocumentString(`
    query ProvenanceDerivedDates($partyId: ID!) {
  exhibitions(filter: {countryCode: "IQ", startsFrom: "2025-10-10"}) {
    edges {
      node {
        startsOn
        endsOn
        derivations {
          ...ProvenanceDerivation
        }
      }
    }
  }
  agreements(filter: {partyId: $partyId}) {
    edges {
      node {
        signedOn
        validUntil
        term
        derivations {
          ...ProvenanceDerivation
        }
      }
    }
  }
}
    fragment ProvenanceDerivation on Derivation {
  field
  method
  statement
}`) as unknown as TypedDocumentString<ProvenanceDerivedDatesQuery, ProvenanceDerivedDatesQueryVariables>;
export const ProvenanceDerivedFiguresAndCoursesDocument = new TypedDocumentString(`
    query ProvenanceDerivedFiguresAndCourses {
  exportFigures(filter: {solarYears: [1403]}) {
    edges {
      node {
        channel
        valueUsd
        precision
        periodBasis
        derivations {
          ...ProvenanceDerivation
        }
      }
    }
  }
  courses {
    edges {
      node {
        title
        certificateIssuer {
          name
        }
        provider {
          name
        }
        derivations {
          ...ProvenanceDerivation
        }
      }
    }
  }
}
    fragment ProvenanceDerivation on Derivation {
  field
  method
  statement
}`) as unknown as TypedDocumentString<ProvenanceDerivedFiguresAndCoursesQuery, ProvenanceDerivedFiguresAndCoursesQueryVariables>;
export const ProvenanceCommitmentKindsDocument = new TypedDocumentString(`
    query ProvenanceCommitmentKinds($partyId: ID!) {
  agreements(filter: {partyId: $partyId}) {
    edges {
      node {
        commitments {
          kind
          joint
          party {
            name
          }
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceCommitmentKindsQuery, ProvenanceCommitmentKindsQueryVariables>;
export const ProvenanceCreateAgreementWithoutTermDocument = new TypedDocumentString(`
    mutation ProvenanceCreateAgreementWithoutTerm($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    agreement {
      id
      term
      derivations {
        ...ProvenanceDerivation
      }
      commitments {
        kind
      }
    }
    error {
      code
    }
  }
}
    fragment ProvenanceDerivation on Derivation {
  field
  method
  statement
}`) as unknown as TypedDocumentString<ProvenanceCreateAgreementWithoutTermMutation, ProvenanceCreateAgreementWithoutTermMutationVariables>;
export const ProvenanceIlamExhibitionIdDocument = new TypedDocumentString(`
    query ProvenanceIlamExhibitionId {
  exhibitions(filter: {countryCode: "IQ", startsFrom: "2025-10-10"}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceIlamExhibitionIdQuery, ProvenanceIlamExhibitionIdQueryVariables>;
export const ProvenanceUpdateExhibitionEndDocument = new TypedDocumentString(`
    mutation ProvenanceUpdateExhibitionEnd($input: UpdateExhibitionInput!) {
  updateExhibition(input: $input) {
    exhibition {
      endsOn
      derivations {
        ...ProvenanceDerivation
      }
    }
    error {
      code
    }
  }
}
    fragment ProvenanceDerivation on Derivation {
  field
  method
  statement
}`) as unknown as TypedDocumentString<ProvenanceUpdateExhibitionEndMutation, ProvenanceUpdateExhibitionEndMutationVariables>;
export const ProvenanceTotalsOfDerivedValuesDocument = new TypedDocumentString(`
    query ProvenanceTotalsOfDerivedValues($source: ExportSourceSelector) {
  exportTotals(filter: {solarYears: [1403]}, source: $source) {
    valueUsd
    usesDerivedValues
    derivedValues {
      recordType
      recordId
      field
      method
    }
    figures {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceTotalsOfDerivedValuesQuery, ProvenanceTotalsOfDerivedValuesQueryVariables>;
export const ProvenanceTotalsWithoutDerivedValuesDocument = new TypedDocumentString(`
    query ProvenanceTotalsWithoutDerivedValues {
  exportTotals(filter: {solarYears: [1380]}) {
    valueUsd
    usesDerivedValues
    derivedValues {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceTotalsWithoutDerivedValuesQuery, ProvenanceTotalsWithoutDerivedValuesQueryVariables>;
export const ProvenanceMarketShareWithoutPeriodDocument = new TypedDocumentString(`
    query ProvenanceMarketShareWithoutPeriod {
  exportTotals(filter: {solarYears: [1403]}) {
    valueUsd
    marketShares {
      share
      unavailableReason
      market {
        market
        valueUsd
      }
      derivedValues {
        field
        method
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceMarketShareWithoutPeriodQuery, ProvenanceMarketShareWithoutPeriodQueryVariables>;
export const ProvenanceTargetProgressDocument = new TypedDocumentString(`
    query ProvenanceTargetProgress {
  exportTotals(filter: {solarYears: [1381]}, groupBy: [YEAR]) {
    growthPercent
    targetProgress {
      met
      target {
        policyDocument {
          title
        }
      }
      derivedValues {
        recordType
        field
        method
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceTargetProgressQuery, ProvenanceTargetProgressQueryVariables>;
export const ProvenanceHsCodeTotalsDocument = new TypedDocumentString(`
    query ProvenanceHsCodeTotals($filter: ExportFigureFilter, $groupBy: [ExportGrouping!]) {
  exportTotals(filter: $filter, groupBy: $groupBy) {
    craft {
      slug
    }
    hsCode
    valueUsd
    figureCount
  }
}
    `) as unknown as TypedDocumentString<ProvenanceHsCodeTotalsQuery, ProvenanceHsCodeTotalsQueryVariables>;
export const ProvenanceHsCodeFiguresDocument = new TypedDocumentString(`
    query ProvenanceHsCodeFigures {
  exportFigures(filter: {solarYears: [1400]}) {
    edges {
      node {
        valueUsd
        hsCode
        craft {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceHsCodeFiguresQuery, ProvenanceHsCodeFiguresQueryVariables>;
export const ProvenanceHsCodeImportedDocument = new TypedDocumentString(`
    query ProvenanceHsCodeImported {
  exportFigures(filter: {destinationCode: "FR"}) {
    edges {
      node {
        hsCode
        craft {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceHsCodeImportedQuery, ProvenanceHsCodeImportedQueryVariables>;
export const ProvenanceCraftHsCodesDocument = new TypedDocumentString(`
    query ProvenanceCraftHsCodes {
  crafts {
    slug
    hsCodes
    hsClassification {
      code
      description
      coversOnlyThisCraft
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceCraftHsCodesQuery, ProvenanceCraftHsCodesQueryVariables>;
export const ProvenancePolicyDocumentsDocument = new TypedDocumentString(`
    query ProvenancePolicyDocuments {
  policyDocuments {
    title
    kind
    status
    statusAsOf
    elements
    ownerOrganization {
      name
    }
    inLineWith {
      title
    }
    growthTargets {
      ratePercent
    }
    sources {
      id
      credits
    }
    attributions {
      basis
      speaker {
        name
      }
    }
    derivations {
      field
      method
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenancePolicyDocumentsQuery, ProvenancePolicyDocumentsQueryVariables>;
export const ProvenanceYearSlogansDocument = new TypedDocumentString(`
    query ProvenanceYearSlogans {
  yearSlogans {
    solarYear
    slogan
    attributions {
      basis
      quote
      source {
        credits
      }
    }
    derivations {
      field
      method
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceYearSlogansQuery, ProvenanceYearSlogansQueryVariables>;
export const ProvenanceMarketingActivitiesDocument = new TypedDocumentString(`
    query ProvenanceMarketingActivities {
  marketingActivities {
    description
    marketer {
      name
    }
    province {
      code
    }
    market {
      code
    }
    begunNoLaterThan
    outlook
    derivations {
      field
      method
    }
    attributions {
      speaker {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceMarketingActivitiesQuery, ProvenanceMarketingActivitiesQueryVariables>;
export const ProvenanceChecheAgreementDocument = new TypedDocumentString(`
    query ProvenanceChecheAgreement($partyId: ID!, $on: Date!) {
  agreements(filter: {partyId: $partyId}) {
    edges {
      node {
        title
        stage
        term
        validUntil
        signedNoLaterThan
        status(on: $on)
        derivations {
          field
          method
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceChecheAgreementQuery, ProvenanceChecheAgreementQueryVariables>;
export const ProvenanceAgreementsActiveOnDocument = new TypedDocumentString(`
    query ProvenanceAgreementsActiveOn($d: Date!) {
  agreements(filter: {activeOn: $d}) {
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceAgreementsActiveOnQuery, ProvenanceAgreementsActiveOnQueryVariables>;
export const ProvenanceCreateOpenEndedAgreementDocument = new TypedDocumentString(`
    mutation ProvenanceCreateOpenEndedAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    agreement {
      term
      validUntil
      status(on: "2040-01-01")
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceCreateOpenEndedAgreementMutation, ProvenanceCreateOpenEndedAgreementMutationVariables>;
export const ProvenanceProposedAgreementDocument = new TypedDocumentString(`
    query ProvenanceProposedAgreement($partyId: ID!) {
  agreements(filter: {partyId: $partyId}) {
    edges {
      node {
        title
        stage
        signedOn
        signedNoLaterThan
        unsignedAsOf
        term
        before: status(on: "2025-10-11")
        after: status(on: "2026-01-01")
        parties {
          organization {
            name
          }
        }
        proposedAt {
          title
          city
          country {
            code
          }
          heldNoLaterThan
          topics
          outcomes
          proposedAgreements {
            stage
          }
        }
        attributions {
          basis
          speaker {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceProposedAgreementQuery, ProvenanceProposedAgreementQueryVariables>;
export const ProvenanceOfficialVisitsDocument = new TypedDocumentString(`
    query ProvenanceOfficialVisits {
  officialVisits {
    title
    visitingOrganization {
      name
    }
    hostOrganization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceOfficialVisitsQuery, ProvenanceOfficialVisitsQueryVariables>;
export const ProvenanceCreateProposedAgreementDocument = new TypedDocumentString(`
    mutation ProvenanceCreateProposedAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    agreement {
      id
      stage
      status(on: "2030-01-01")
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceCreateProposedAgreementMutation, ProvenanceCreateProposedAgreementMutationVariables>;
export const ProvenanceSignProposedAgreementDocument = new TypedDocumentString(`
    mutation ProvenanceSignProposedAgreement($input: UpdateAgreementInput!) {
  updateAgreement(input: $input) {
    agreement {
      stage
      unsignedAsOf
      signedOn
      status(on: "2030-01-01")
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceSignProposedAgreementMutation, ProvenanceSignProposedAgreementMutationVariables>;
export const ProvenanceCourseCapacitiesDocument = new TypedDocumentString(`
    query ProvenanceCourseCapacities {
  courses {
    edges {
      node {
        capacity
        capacityStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceCourseCapacitiesQuery, ProvenanceCourseCapacitiesQueryVariables>;
export const ProvenanceCapacityStatusesDocument = new TypedDocumentString(`
    query ProvenanceCapacityStatuses($a: ID!, $b: ID!, $c: ID!) {
  a: course(id: $a) {
    capacityStatus
  }
  b: course(id: $b) {
    capacityStatus
  }
  c: course(id: $c) {
    capacityStatus
  }
}
    `) as unknown as TypedDocumentString<ProvenanceCapacityStatusesQuery, ProvenanceCapacityStatusesQueryVariables>;
export const ProvenanceExhibitionsHeldInIraqDocument = new TypedDocumentString(`
    query ProvenanceExhibitionsHeldInIraq {
  exhibitions(filter: {countryCode: "IQ"}) {
    edges {
      node {
        name
        region
        startsOn
        startsNoLaterThan
        endsNoLaterThan
        onTheDayBefore: status(on: "2025-10-10")
        onTheReportsDay: status(on: "2025-10-11")
        derivations {
          field
          method
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceExhibitionsHeldInIraqQuery, ProvenanceExhibitionsHeldInIraqQueryVariables>;
export const ProvenancePastExhibitionsInIraqDocument = new TypedDocumentString(`
    query ProvenancePastExhibitionsInIraq {
  exhibitions(filter: {countryCode: "IQ", status: PAST, statusOn: "2025-10-11"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProvenancePastExhibitionsInIraqQuery, ProvenancePastExhibitionsInIraqQueryVariables>;
export const ProvenanceSulaymaniyahExhibitionDocument = new TypedDocumentString(`
    query ProvenanceSulaymaniyahExhibition {
  exhibitions(filter: {countryCode: "IQ", region: "Sulaymaniyah"}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceSulaymaniyahExhibitionQuery, ProvenanceSulaymaniyahExhibitionQueryVariables>;
export const ProvenanceRegisterAtHeldExhibitionDocument = new TypedDocumentString(`
    mutation ProvenanceRegisterAtHeldExhibition($input: ExhibitorInput!) {
  registerExhibitor(input: $input) {
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceRegisterAtHeldExhibitionMutation, ProvenanceRegisterAtHeldExhibitionMutationVariables>;
export const NpmStartFirstDocument = new TypedDocumentString(`
    query NpmStartFirst {
  courses {
    totalCount
    edges {
      node {
        provinces {
          name
        }
        sources {
          publisher
        }
      }
    }
  }
  exhibitions {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NpmStartFirstQuery, NpmStartFirstQueryVariables>;
export const NpmStartCreateDocument = new TypedDocumentString(`
    mutation NpmStartCreate($organizerId: ID!) {
  createExhibition(
    input: {name: "Started together", kind: INTERNATIONAL, countryCode: "IQ", startsOn: "2099-01-01", organizerId: $organizerId}
  ) {
    exhibition {
      organizer {
        name
      }
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NpmStartCreateMutation, NpmStartCreateMutationVariables>;
export const NpmStartNodeDocument = new TypedDocumentString(`
    query NpmStartNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Organization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NpmStartNodeQuery, NpmStartNodeQueryVariables>;
export const NpmStartTotalsDocument = new TypedDocumentString(`
    query NpmStartTotals {
  exportTotals(filter: {solarYears: [1402], destinationCode: "IQ"}) {
    valueUsd
  }
}
    `) as unknown as TypedDocumentString<NpmStartTotalsQuery, NpmStartTotalsQueryVariables>;
export const NpmStartAgreementsDocument = new TypedDocumentString(`
    query NpmStartAgreements {
  agreements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NpmStartAgreementsQuery, NpmStartAgreementsQueryVariables>;
export const NpmStartProvinceDocument = new TypedDocumentString(`
    query NpmStartProvince {
  province(code: "IR-16") {
    name
    courses {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<NpmStartProvinceQuery, NpmStartProvinceQueryVariables>;
export const FixtureRecordPassDocument = new TypedDocumentString(`
    mutation FixtureRecordPass($input: RecordExamResultInput!) {
  recordExamResult(input: $input) {
    certificate {
      serial
    }
    error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureRecordPassMutation, FixtureRecordPassMutationVariables>;
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
export const FixtureRecordFigureDocument = new TypedDocumentString(`
    mutation FixtureRecordFigure($input: RecordExportFigureInput!) {
  recordExportFigure(input: $input) {
    figure {
      id
    }
    error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureRecordFigureMutation, FixtureRecordFigureMutationVariables>;
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
export const ExportImportYearTotalsDocument = new TypedDocumentString(`
    query ExportImportYearTotals($year: Int!, $destination: CountryCode!) {
  exportTotals(filter: {solarYears: [$year], destinationCode: $destination}) {
    valueUsd
    figureCount
  }
}
    `) as unknown as TypedDocumentString<ExportImportYearTotalsQuery, ExportImportYearTotalsQueryVariables>;
export const ExportImportIraqDocument = new TypedDocumentString(`
    query ExportImportIraq {
  exportFigures(filter: {isSynthetic: false, destinationCode: "IQ"}) {
    edges {
      node {
        period {
          solarYear
        }
        periodBasis
        channel
        valueUsd
        precision
        craft {
          slug
        }
        province {
          code
        }
        note
        isPreferred
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
    `) as unknown as TypedDocumentString<ExportImportIraqQuery, ExportImportIraqQueryVariables>;
export const ExportImportTurkeyDocument = new TypedDocumentString(`
    query ExportImportTurkey {
  exportFigures(filter: {destinationCode: "TR"}) {
    edges {
      node {
        period {
          solarYear
          startsOn
          endsOn
        }
        craft {
          slug
        }
        hsCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportImportTurkeyQuery, ExportImportTurkeyQueryVariables>;
export const ExportTotalsDocument = new TypedDocumentString(`
    query ExportTotals($filter: ExportFigureFilter, $groupBy: [ExportGrouping!], $source: ExportSourceSelector) {
  exportTotals(filter: $filter, groupBy: $groupBy, source: $source) {
    solarYear
    channel
    destination {
      code
    }
    craft {
      slug
    }
    hsCode
    province {
      code
    }
    valueUsd
    share
    figureCount
    includesSynthetic
    previousYearValueUsd
    growthPercent
    figures {
      id
      valueUsd
      sources {
        publisher
        credits
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsQuery, ExportTotalsQueryVariables>;
export const ExportTotalsFigureCountDocument = new TypedDocumentString(`
    query ExportTotalsFigureCount {
  exportFigures {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsFigureCountQuery, ExportTotalsFigureCountQueryVariables>;
export const ExportTotalsBuiltInFiguresDocument = new TypedDocumentString(`
    query ExportTotalsBuiltInFigures {
  exportFigures(filter: {solarYears: [1403]}) {
    totalCount
    edges {
      node {
        channel
        valueUsd
        precision
        periodBasis
        isPreferred
        isSynthetic
        period {
          solarYear
          startsOn
          endsOn
        }
        destination {
          code
        }
        sources {
          title
          credits
          publishedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsBuiltInFiguresQuery, ExportTotalsBuiltInFiguresQueryVariables>;
export const ExportTotalsTargetsAndMarketsDocument = new TypedDocumentString(`
    query ExportTotalsTargetsAndMarkets {
  growthTargets {
    ratePercent
    document
    baseSolarYear
    targetSolarYear
    sources {
      publisher
      publishedOn
    }
  }
  marketSizes {
    market
    valueUsd
    precision
    period {
      startsOn
    }
    sources {
      publisher
    }
  }
  exportTotals(filter: {solarYears: [1403], channel: CUSTOMS}) {
    valueUsd
    marketShares {
      share
      market {
        market
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsTargetsAndMarketsQuery, ExportTotalsTargetsAndMarketsQueryVariables>;
export const ExportTotalsSolarYearDocument = new TypedDocumentString(`
    query ExportTotalsSolarYear {
  solarYear(year: 1403) {
    solarYear
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsSolarYearQuery, ExportTotalsSolarYearQueryVariables>;
export const ExportTotalsGrowthDocument = new TypedDocumentString(`
    query ExportTotalsGrowth {
  exportTotals(filter: {solarYears: [1402]}, groupBy: [YEAR, CHANNEL]) {
    solarYear
    channel
    valueUsd
    previousYearValueUsd
    growthPercent
    targetProgress {
      targetPercent
      growthPercent
      differencePercentagePoints
      met
      target {
        document
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsGrowthQuery, ExportTotalsGrowthQueryVariables>;
export const ExportTotalsFigurePeriodDocument = new TypedDocumentString(`
    query ExportTotalsFigurePeriod($id: ID!) {
  exportFigure(id: $id) {
    period {
      solarYear
      startsOn
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsFigurePeriodQuery, ExportTotalsFigurePeriodQueryVariables>;
export const ExportTotalsRecordTwiceDocument = new TypedDocumentString(`
    mutation ExportTotalsRecordTwice($input: RecordExportFigureInput!) {
  recordExportFigure(input: $input) {
    figure {
      id
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsRecordTwiceMutation, ExportTotalsRecordTwiceMutationVariables>;
export const ExportTotalsCorrectDocument = new TypedDocumentString(`
    mutation ExportTotalsCorrect($input: CorrectExportFigureInput!) {
  correctExportFigure(input: $input) {
    figure {
      valueUsd
      precision
      isPreferred
    }
    error {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsCorrectMutation, ExportTotalsCorrectMutationVariables>;
export const ExportTotalsAnotherBulletinDocument = new TypedDocumentString(`
    query ExportTotalsAnotherBulletin {
  exportTotals(
    filter: {solarYears: [1400]}
    source: {publisher: "Test Customs Office", titleContains: "another"}
  ) {
    valueUsd
  }
}
    `) as unknown as TypedDocumentString<ExportTotalsAnotherBulletinQuery, ExportTotalsAnotherBulletinQueryVariables>;
export const SharedEntitiesProvinceDocument = new TypedDocumentString(`
    query SharedEntitiesProvince {
  province(code: "IR-02") {
    name
    courses {
      totalCount
      edges {
        node {
          title
          sources {
            publisher
          }
        }
      }
    }
    exports(filter: {solarYears: [1401, 1402]}) {
      totalCount
      edges {
        node {
          period {
            solarYear
          }
          channel
          valueUsd
          destination {
            name
          }
          craft {
            name
            hsCodes
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SharedEntitiesProvinceQuery, SharedEntitiesProvinceQueryVariables>;
export const SharedEntitiesExportsPageDocument = new TypedDocumentString(`
    query SharedEntitiesExportsPage($after: String) {
  province(code: "IR-02") {
    exports(first: 2, after: $after) {
      edges {
        node {
          valueUsd
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SharedEntitiesExportsPageQuery, SharedEntitiesExportsPageQueryVariables>;
export const SharedEntitiesCountryAndCraftDocument = new TypedDocumentString(`
    query SharedEntitiesCountryAndCraft {
  country(code: "AE") {
    exports(filter: {solarYears: [1399], provinceCode: "IR-16"}) {
      totalCount
      edges {
        node {
          valueUsd
          province {
            name
          }
        }
      }
    }
  }
  craft(slug: "kilim") {
    exports(filter: {channel: SUITCASE}) {
      totalCount
      edges {
        node {
          destination {
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SharedEntitiesCountryAndCraftQuery, SharedEntitiesCountryAndCraftQueryVariables>;
export const SharedEntitiesAllProvinceExportsDocument = new TypedDocumentString(`
    query SharedEntitiesAllProvinceExports($first: Int!) {
  provinces {
    code
    exports(first: $first) {
      totalCount
      edges {
        node {
          valueUsd
          sources {
            publisher
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SharedEntitiesAllProvinceExportsQuery, SharedEntitiesAllProvinceExportsQueryVariables>;
export const SyntheticTradeRealDocument = new TypedDocumentString(`
    query SyntheticTradeReal {
  exportTotals(filter: {solarYears: [1403]}) {
    valueUsd
    includesSynthetic
  }
}
    `) as unknown as TypedDocumentString<SyntheticTradeRealQuery, SyntheticTradeRealQueryVariables>;
export const SyntheticTradeTotalsDocument = new TypedDocumentString(`
    query SyntheticTradeTotals {
  exportTotals(filter: {isSynthetic: true}, groupBy: [YEAR]) {
    solarYear
    valueUsd
    figureCount
    includesSynthetic
  }
}
    `) as unknown as TypedDocumentString<SyntheticTradeTotalsQuery, SyntheticTradeTotalsQueryVariables>;
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
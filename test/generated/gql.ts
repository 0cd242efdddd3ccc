/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation FixtureCreateExhibition($input: CreateExhibitionInput!) {\n    createExhibition(input: $input) { exhibition { id } error { code message field } }\n  }\n": typeof types.FixtureCreateExhibitionDocument,
    "\n  mutation FixtureRegisterExhibitor($input: ExhibitorInput!) {\n    registerExhibitor(input: $input) { exhibition { id } artisan { id } error { code message field } }\n  }\n": typeof types.FixtureRegisterExhibitorDocument,
    "\n  mutation FixtureCreateArtisan($input: CreateArtisanInput!) {\n    createArtisan(input: $input) { artisan { id } error { code message } }\n  }\n": typeof types.FixtureCreateArtisanDocument,
    "\n  mutation FixtureCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { course { id } error { code message } }\n  }\n": typeof types.FixtureCreateCourseDocument,
    "\n  mutation FixtureEnroll($input: EnrollArtisanInput!) {\n    enrollArtisan(input: $input) { enrollment { id status } error { code message field } }\n  }\n": typeof types.FixtureEnrollDocument,
    "\n  mutation AgreementsCreate($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      agreement { id title parties { organization { name } representedBy } commitments { joint description party { name } } }\n      error { code field }\n    }\n  }\n": typeof types.AgreementsCreateDocument,
    "\n    query AgreementsMemorandum($partyId: ID!, $on: Date) {\n      agreements(filter: { partyId: $partyId }) { edges { node {\n        title signedOn validUntil extendable extensionTerms financialObligations financialTerms status(on: $on)\n        parties { organization { name } representedBy representativeRole }\n        commitments { joint party { name } description }\n        sources { title publisher }\n      } } }\n    }\n  ": typeof types.AgreementsMemorandumDocument,
    "query AgreementsCount { agreements { totalCount } }": typeof types.AgreementsCountDocument,
    "\n      query AgreementsActiveOn($d: Date!) { agreements(filter: { activeOn: $d }) { edges { node { title status(on: $d) } } } }\n    ": typeof types.AgreementsActiveOnDocument,
    "\n      mutation AgreementsUpdate($input: UpdateAgreementInput!) {\n        updateAgreement(input: $input) { agreement { validUntil commitments { description } } error { code } }\n      }\n    ": typeof types.AgreementsUpdateDocument,
    "query ArtisansCount { artisans { totalCount } }": typeof types.ArtisansCountDocument,
    "\n      query ArtisansOne($id: ID!) {\n        artisan(id: $id) { id name isSynthetic province { code name nameFa } crafts { slug name hsCodes } enrollments { id } certificates { id } }\n      }\n    ": typeof types.ArtisansOneDocument,
    "\n      mutation ArtisansUpdate($input: UpdateArtisanInput!) {\n        updateArtisan(input: $input) { artisan { name province { code } crafts { slug } } error { code } }\n      }\n    ": typeof types.ArtisansUpdateDocument,
    "\n      mutation ArtisansUpdateUnknown {\n        updateArtisan(input: { id: \"00000000-0000-4000-8000-00000000abcd\", name: \"x\" }) { artisan { id } error { code field } }\n      }\n    ": typeof types.ArtisansUpdateUnknownDocument,
    "\n      query ArtisansUnknown { a: artisan(id: \"00000000-0000-4000-8000-000000000000\") { id } b: artisan(id: \"not-an-id\") { id } }\n    ": typeof types.ArtisansUnknownDocument,
    "\n      query ArtisansFiltered($filter: ArtisanFilter) { artisans(filter: $filter) { totalCount edges { node { name } } } }\n    ": typeof types.ArtisansFilteredDocument,
    "\n      query ArtisansPage($after: String) {\n        artisans(first: 3, after: $after, filter: { search: \"Paging\" }) {\n          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } }\n        }\n      }\n    ": typeof types.ArtisansPageDocument,
    "\n      query ArtisansOfProvince { province(code: \"IR-20\") { name artisans(first: 1) { totalCount pageInfo { hasNextPage } edges { node { name } } } } }\n    ": typeof types.ArtisansOfProvinceDocument,
    "mutation ArtisansCreateBad($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } } }": typeof types.ArtisansCreateBadDocument,
    "mutation BatchingCreateArtisan($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } } }": typeof types.BatchingCreateArtisanDocument,
    "mutation BatchingEnroll($input: EnrollArtisanInput!) { enrollArtisan(input: $input) { enrollment { id } error { code } } }": typeof types.BatchingEnrollDocument,
    "mutation BatchingRecordResult($input: RecordExamResultInput!) { recordExamResult(input: $input) { certificate { serial } } }": typeof types.BatchingRecordResultDocument,
    "\n    query BatchingArtisans($first: Int!) {\n      artisans(first: $first, filter: { search: \"Batch artisan\" }) {\n        totalCount\n        edges { node {\n          name province { name } crafts { name }\n          enrollments { status course { title provider { name } partners { name } provinces { name courses(first: 2) { totalCount edges { node { title } } } } } }\n          certificates { serial issuer { name } }\n        } }\n      }\n    }\n  ": typeof types.BatchingArtisansDocument,
    "query CoursesCount { courses { totalCount } }": typeof types.CoursesCountDocument,
    "\n      query CoursesBuiltIn {\n        courses(filter: { provinceCode: \"IR-02\" }) { totalCount edges { node {\n          title mode audiences startsOn endsOn capacity hasFinalExam certificateInternationallyRecognized isSynthetic\n          provider { name kind country { code name } }\n          partners { name kind }\n          certificateIssuer { name }\n          provinces { code name }\n          agreement { title signedOn signedNoLaterThan }\n          sources { title publisher publishedOn url }\n        } } }\n      }\n    ": typeof types.CoursesBuiltInDocument,
    "\n      query CoursesTrainingCentres {\n        trainingCentres(provinceCode: \"IR-10\") { edges { node {\n          name kind status city licenceNumber province { name } agreement { signedOn } sources { publisher }\n        } } }\n      }\n    ": typeof types.CoursesTrainingCentresDocument,
    "query CoursesCatalogue { provinces { code } crafts { slug } }": typeof types.CoursesCatalogueDocument,
    "query CoursesFiltered($filter: CourseFilter) { courses(filter: $filter) { edges { node { title } } } }": typeof types.CoursesFilteredDocument,
    "\n      query CoursesOne($id: ID!) { course(id: $id) { provinces { code } partners { name } certificateIssuer { name } seatsTaken capacity } }\n    ": typeof types.CoursesOneDocument,
    "\n      query CoursesOfProvinces { provinces { code courses(first: 1) { totalCount edges { node { title } } } } }\n    ": typeof types.CoursesOfProvincesDocument,
    "\n      mutation CoursesUpdate($input: UpdateCourseInput!) {\n        updateCourse(input: $input) { course { title provinces { code } capacity } error { code } }\n      }\n    ": typeof types.CoursesUpdateDocument,
    "\n      mutation CoursesOrphan {\n        createCourse(input: { title: \"Orphan\", providerId: \"00000000-0000-4000-8000-000000000099\", mode: ONLINE, provinceCodes: [\"IR-02\"] }) {\n          course { id } error { code field }\n        }\n      }\n    ": typeof types.CoursesOrphanDocument,
    "\n      query CoursesCacheListing { courses { totalCount edges { node { title provider { name } provinces { name } sources { title } } } } }\n    ": typeof types.CoursesCacheListingDocument,
    "query CoursesCacheCatalogue { provinces { code name } crafts { slug hsCodes } }": typeof types.CoursesCacheCatalogueDocument,
    "query CoursesCacheArtisans { artisans { totalCount } }": typeof types.CoursesCacheArtisansDocument,
    "query CoursesCacheEnrollments { courses { edges { node { title enrollments { totalCount } } } } }": typeof types.CoursesCacheEnrollmentsDocument,
    "\n  mutation EnrollmentsRecordResult($input: RecordExamResultInput!) {\n    recordExamResult(input: $input) {\n      enrollment { status examScore certificate { serial } }\n      certificate { serial issuedOn issuer { name } artisan { name } course { title } }\n      error { code field }\n    }\n  }\n": typeof types.EnrollmentsRecordResultDocument,
    "\n  mutation EnrollmentsWithdraw($id: ID!) { withdrawEnrollment(input: { enrollmentId: $id }) { enrollment { status } error { code } } }\n": typeof types.EnrollmentsWithdrawDocument,
    "\n      query EnrollmentsBothSides($a: ID!, $c: ID!) {\n        artisan(id: $a) { enrollments { status course { title } } }\n        course(id: $c) { seatsTaken enrollments { totalCount edges { node { artisan { name } } } } }\n      }\n    ": typeof types.EnrollmentsBothSidesDocument,
    "\n      query EnrollmentsCertificates($a: ID!, $s: NonEmptyString!) { artisan(id: $a) { certificates { serial } } certificate(serial: $s) { artisan { name } } }\n    ": typeof types.EnrollmentsCertificatesDocument,
    "query EnrollmentsNoCertificate($a: ID!) { artisan(id: $a) { certificates { serial } } }": typeof types.EnrollmentsNoCertificateDocument,
    "\n      query SyntheticTrainingArtisans {\n        artisans(first: 3) { totalCount edges { node { name isSynthetic province { name } enrollments { status course { isSynthetic } } } } }\n      }\n    ": typeof types.SyntheticTrainingArtisansDocument,
};
const documents: Documents = {
    "\n  mutation FixtureCreateExhibition($input: CreateExhibitionInput!) {\n    createExhibition(input: $input) { exhibition { id } error { code message field } }\n  }\n": types.FixtureCreateExhibitionDocument,
    "\n  mutation FixtureRegisterExhibitor($input: ExhibitorInput!) {\n    registerExhibitor(input: $input) { exhibition { id } artisan { id } error { code message field } }\n  }\n": types.FixtureRegisterExhibitorDocument,
    "\n  mutation FixtureCreateArtisan($input: CreateArtisanInput!) {\n    createArtisan(input: $input) { artisan { id } error { code message } }\n  }\n": types.FixtureCreateArtisanDocument,
    "\n  mutation FixtureCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { course { id } error { code message } }\n  }\n": types.FixtureCreateCourseDocument,
    "\n  mutation FixtureEnroll($input: EnrollArtisanInput!) {\n    enrollArtisan(input: $input) { enrollment { id status } error { code message field } }\n  }\n": types.FixtureEnrollDocument,
    "\n  mutation AgreementsCreate($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      agreement { id title parties { organization { name } representedBy } commitments { joint description party { name } } }\n      error { code field }\n    }\n  }\n": types.AgreementsCreateDocument,
    "\n    query AgreementsMemorandum($partyId: ID!, $on: Date) {\n      agreements(filter: { partyId: $partyId }) { edges { node {\n        title signedOn validUntil extendable extensionTerms financialObligations financialTerms status(on: $on)\n        parties { organization { name } representedBy representativeRole }\n        commitments { joint party { name } description }\n        sources { title publisher }\n      } } }\n    }\n  ": types.AgreementsMemorandumDocument,
    "query AgreementsCount { agreements { totalCount } }": types.AgreementsCountDocument,
    "\n      query AgreementsActiveOn($d: Date!) { agreements(filter: { activeOn: $d }) { edges { node { title status(on: $d) } } } }\n    ": types.AgreementsActiveOnDocument,
    "\n      mutation AgreementsUpdate($input: UpdateAgreementInput!) {\n        updateAgreement(input: $input) { agreement { validUntil commitments { description } } error { code } }\n      }\n    ": types.AgreementsUpdateDocument,
    "query ArtisansCount { artisans { totalCount } }": types.ArtisansCountDocument,
    "\n      query ArtisansOne($id: ID!) {\n        artisan(id: $id) { id name isSynthetic province { code name nameFa } crafts { slug name hsCodes } enrollments { id } certificates { id } }\n      }\n    ": types.ArtisansOneDocument,
    "\n      mutation ArtisansUpdate($input: UpdateArtisanInput!) {\n        updateArtisan(input: $input) { artisan { name province { code } crafts { slug } } error { code } }\n      }\n    ": types.ArtisansUpdateDocument,
    "\n      mutation ArtisansUpdateUnknown {\n        updateArtisan(input: { id: \"00000000-0000-4000-8000-00000000abcd\", name: \"x\" }) { artisan { id } error { code field } }\n      }\n    ": types.ArtisansUpdateUnknownDocument,
    "\n      query ArtisansUnknown { a: artisan(id: \"00000000-0000-4000-8000-000000000000\") { id } b: artisan(id: \"not-an-id\") { id } }\n    ": types.ArtisansUnknownDocument,
    "\n      query ArtisansFiltered($filter: ArtisanFilter) { artisans(filter: $filter) { totalCount edges { node { name } } } }\n    ": types.ArtisansFilteredDocument,
    "\n      query ArtisansPage($after: String) {\n        artisans(first: 3, after: $after, filter: { search: \"Paging\" }) {\n          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } }\n        }\n      }\n    ": types.ArtisansPageDocument,
    "\n      query ArtisansOfProvince { province(code: \"IR-20\") { name artisans(first: 1) { totalCount pageInfo { hasNextPage } edges { node { name } } } } }\n    ": types.ArtisansOfProvinceDocument,
    "mutation ArtisansCreateBad($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } } }": types.ArtisansCreateBadDocument,
    "mutation BatchingCreateArtisan($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } } }": types.BatchingCreateArtisanDocument,
    "mutation BatchingEnroll($input: EnrollArtisanInput!) { enrollArtisan(input: $input) { enrollment { id } error { code } } }": types.BatchingEnrollDocument,
    "mutation BatchingRecordResult($input: RecordExamResultInput!) { recordExamResult(input: $input) { certificate { serial } } }": types.BatchingRecordResultDocument,
    "\n    query BatchingArtisans($first: Int!) {\n      artisans(first: $first, filter: { search: \"Batch artisan\" }) {\n        totalCount\n        edges { node {\n          name province { name } crafts { name }\n          enrollments { status course { title provider { name } partners { name } provinces { name courses(first: 2) { totalCount edges { node { title } } } } } }\n          certificates { serial issuer { name } }\n        } }\n      }\n    }\n  ": types.BatchingArtisansDocument,
    "query CoursesCount { courses { totalCount } }": types.CoursesCountDocument,
    "\n      query CoursesBuiltIn {\n        courses(filter: { provinceCode: \"IR-02\" }) { totalCount edges { node {\n          title mode audiences startsOn endsOn capacity hasFinalExam certificateInternationallyRecognized isSynthetic\n          provider { name kind country { code name } }\n          partners { name kind }\n          certificateIssuer { name }\n          provinces { code name }\n          agreement { title signedOn signedNoLaterThan }\n          sources { title publisher publishedOn url }\n        } } }\n      }\n    ": types.CoursesBuiltInDocument,
    "\n      query CoursesTrainingCentres {\n        trainingCentres(provinceCode: \"IR-10\") { edges { node {\n          name kind status city licenceNumber province { name } agreement { signedOn } sources { publisher }\n        } } }\n      }\n    ": types.CoursesTrainingCentresDocument,
    "query CoursesCatalogue { provinces { code } crafts { slug } }": types.CoursesCatalogueDocument,
    "query CoursesFiltered($filter: CourseFilter) { courses(filter: $filter) { edges { node { title } } } }": types.CoursesFilteredDocument,
    "\n      query CoursesOne($id: ID!) { course(id: $id) { provinces { code } partners { name } certificateIssuer { name } seatsTaken capacity } }\n    ": types.CoursesOneDocument,
    "\n      query CoursesOfProvinces { provinces { code courses(first: 1) { totalCount edges { node { title } } } } }\n    ": types.CoursesOfProvincesDocument,
    "\n      mutation CoursesUpdate($input: UpdateCourseInput!) {\n        updateCourse(input: $input) { course { title provinces { code } capacity } error { code } }\n      }\n    ": types.CoursesUpdateDocument,
    "\n      mutation CoursesOrphan {\n        createCourse(input: { title: \"Orphan\", providerId: \"00000000-0000-4000-8000-000000000099\", mode: ONLINE, provinceCodes: [\"IR-02\"] }) {\n          course { id } error { code field }\n        }\n      }\n    ": types.CoursesOrphanDocument,
    "\n      query CoursesCacheListing { courses { totalCount edges { node { title provider { name } provinces { name } sources { title } } } } }\n    ": types.CoursesCacheListingDocument,
    "query CoursesCacheCatalogue { provinces { code name } crafts { slug hsCodes } }": types.CoursesCacheCatalogueDocument,
    "query CoursesCacheArtisans { artisans { totalCount } }": types.CoursesCacheArtisansDocument,
    "query CoursesCacheEnrollments { courses { edges { node { title enrollments { totalCount } } } } }": types.CoursesCacheEnrollmentsDocument,
    "\n  mutation EnrollmentsRecordResult($input: RecordExamResultInput!) {\n    recordExamResult(input: $input) {\n      enrollment { status examScore certificate { serial } }\n      certificate { serial issuedOn issuer { name } artisan { name } course { title } }\n      error { code field }\n    }\n  }\n": types.EnrollmentsRecordResultDocument,
    "\n  mutation EnrollmentsWithdraw($id: ID!) { withdrawEnrollment(input: { enrollmentId: $id }) { enrollment { status } error { code } } }\n": types.EnrollmentsWithdrawDocument,
    "\n      query EnrollmentsBothSides($a: ID!, $c: ID!) {\n        artisan(id: $a) { enrollments { status course { title } } }\n        course(id: $c) { seatsTaken enrollments { totalCount edges { node { artisan { name } } } } }\n      }\n    ": types.EnrollmentsBothSidesDocument,
    "\n      query EnrollmentsCertificates($a: ID!, $s: NonEmptyString!) { artisan(id: $a) { certificates { serial } } certificate(serial: $s) { artisan { name } } }\n    ": types.EnrollmentsCertificatesDocument,
    "query EnrollmentsNoCertificate($a: ID!) { artisan(id: $a) { certificates { serial } } }": types.EnrollmentsNoCertificateDocument,
    "\n      query SyntheticTrainingArtisans {\n        artisans(first: 3) { totalCount edges { node { name isSynthetic province { name } enrollments { status course { isSynthetic } } } } }\n      }\n    ": types.SyntheticTrainingArtisansDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateExhibition($input: CreateExhibitionInput!) {\n    createExhibition(input: $input) { exhibition { id } error { code message field } }\n  }\n"): typeof import('./graphql').FixtureCreateExhibitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRegisterExhibitor($input: ExhibitorInput!) {\n    registerExhibitor(input: $input) { exhibition { id } artisan { id } error { code message field } }\n  }\n"): typeof import('./graphql').FixtureRegisterExhibitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateArtisan($input: CreateArtisanInput!) {\n    createArtisan(input: $input) { artisan { id } error { code message } }\n  }\n"): typeof import('./graphql').FixtureCreateArtisanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { course { id } error { code message } }\n  }\n"): typeof import('./graphql').FixtureCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureEnroll($input: EnrollArtisanInput!) {\n    enrollArtisan(input: $input) { enrollment { id status } error { code message field } }\n  }\n"): typeof import('./graphql').FixtureEnrollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementsCreate($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      agreement { id title parties { organization { name } representedBy } commitments { joint description party { name } } }\n      error { code field }\n    }\n  }\n"): typeof import('./graphql').AgreementsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AgreementsMemorandum($partyId: ID!, $on: Date) {\n      agreements(filter: { partyId: $partyId }) { edges { node {\n        title signedOn validUntil extendable extensionTerms financialObligations financialTerms status(on: $on)\n        parties { organization { name } representedBy representativeRole }\n        commitments { joint party { name } description }\n        sources { title publisher }\n      } } }\n    }\n  "): typeof import('./graphql').AgreementsMemorandumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsCount { agreements { totalCount } }"): typeof import('./graphql').AgreementsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AgreementsActiveOn($d: Date!) { agreements(filter: { activeOn: $d }) { edges { node { title status(on: $d) } } } }\n    "): typeof import('./graphql').AgreementsActiveOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AgreementsUpdate($input: UpdateAgreementInput!) {\n        updateAgreement(input: $input) { agreement { validUntil commitments { description } } error { code } }\n      }\n    "): typeof import('./graphql').AgreementsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArtisansCount { artisans { totalCount } }"): typeof import('./graphql').ArtisansCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArtisansOne($id: ID!) {\n        artisan(id: $id) { id name isSynthetic province { code name nameFa } crafts { slug name hsCodes } enrollments { id } certificates { id } }\n      }\n    "): typeof import('./graphql').ArtisansOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ArtisansUpdate($input: UpdateArtisanInput!) {\n        updateArtisan(input: $input) { artisan { name province { code } crafts { slug } } error { code } }\n      }\n    "): typeof import('./graphql').ArtisansUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ArtisansUpdateUnknown {\n        updateArtisan(input: { id: \"00000000-0000-4000-8000-00000000abcd\", name: \"x\" }) { artisan { id } error { code field } }\n      }\n    "): typeof import('./graphql').ArtisansUpdateUnknownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArtisansUnknown { a: artisan(id: \"00000000-0000-4000-8000-000000000000\") { id } b: artisan(id: \"not-an-id\") { id } }\n    "): typeof import('./graphql').ArtisansUnknownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArtisansFiltered($filter: ArtisanFilter) { artisans(filter: $filter) { totalCount edges { node { name } } } }\n    "): typeof import('./graphql').ArtisansFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArtisansPage($after: String) {\n        artisans(first: 3, after: $after, filter: { search: \"Paging\" }) {\n          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } }\n        }\n      }\n    "): typeof import('./graphql').ArtisansPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArtisansOfProvince { province(code: \"IR-20\") { name artisans(first: 1) { totalCount pageInfo { hasNextPage } edges { node { name } } } } }\n    "): typeof import('./graphql').ArtisansOfProvinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArtisansCreateBad($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } } }"): typeof import('./graphql').ArtisansCreateBadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchingCreateArtisan($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } } }"): typeof import('./graphql').BatchingCreateArtisanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchingEnroll($input: EnrollArtisanInput!) { enrollArtisan(input: $input) { enrollment { id } error { code } } }"): typeof import('./graphql').BatchingEnrollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchingRecordResult($input: RecordExamResultInput!) { recordExamResult(input: $input) { certificate { serial } } }"): typeof import('./graphql').BatchingRecordResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BatchingArtisans($first: Int!) {\n      artisans(first: $first, filter: { search: \"Batch artisan\" }) {\n        totalCount\n        edges { node {\n          name province { name } crafts { name }\n          enrollments { status course { title provider { name } partners { name } provinces { name courses(first: 2) { totalCount edges { node { title } } } } } }\n          certificates { serial issuer { name } }\n        } }\n      }\n    }\n  "): typeof import('./graphql').BatchingArtisansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesCount { courses { totalCount } }"): typeof import('./graphql').CoursesCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CoursesBuiltIn {\n        courses(filter: { provinceCode: \"IR-02\" }) { totalCount edges { node {\n          title mode audiences startsOn endsOn capacity hasFinalExam certificateInternationallyRecognized isSynthetic\n          provider { name kind country { code name } }\n          partners { name kind }\n          certificateIssuer { name }\n          provinces { code name }\n          agreement { title signedOn signedNoLaterThan }\n          sources { title publisher publishedOn url }\n        } } }\n      }\n    "): typeof import('./graphql').CoursesBuiltInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CoursesTrainingCentres {\n        trainingCentres(provinceCode: \"IR-10\") { edges { node {\n          name kind status city licenceNumber province { name } agreement { signedOn } sources { publisher }\n        } } }\n      }\n    "): typeof import('./graphql').CoursesTrainingCentresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesCatalogue { provinces { code } crafts { slug } }"): typeof import('./graphql').CoursesCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesFiltered($filter: CourseFilter) { courses(filter: $filter) { edges { node { title } } } }"): typeof import('./graphql').CoursesFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CoursesOne($id: ID!) { course(id: $id) { provinces { code } partners { name } certificateIssuer { name } seatsTaken capacity } }\n    "): typeof import('./graphql').CoursesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CoursesOfProvinces { provinces { code courses(first: 1) { totalCount edges { node { title } } } } }\n    "): typeof import('./graphql').CoursesOfProvincesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CoursesUpdate($input: UpdateCourseInput!) {\n        updateCourse(input: $input) { course { title provinces { code } capacity } error { code } }\n      }\n    "): typeof import('./graphql').CoursesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CoursesOrphan {\n        createCourse(input: { title: \"Orphan\", providerId: \"00000000-0000-4000-8000-000000000099\", mode: ONLINE, provinceCodes: [\"IR-02\"] }) {\n          course { id } error { code field }\n        }\n      }\n    "): typeof import('./graphql').CoursesOrphanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CoursesCacheListing { courses { totalCount edges { node { title provider { name } provinces { name } sources { title } } } } }\n    "): typeof import('./graphql').CoursesCacheListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesCacheCatalogue { provinces { code name } crafts { slug hsCodes } }"): typeof import('./graphql').CoursesCacheCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesCacheArtisans { artisans { totalCount } }"): typeof import('./graphql').CoursesCacheArtisansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesCacheEnrollments { courses { edges { node { title enrollments { totalCount } } } } }"): typeof import('./graphql').CoursesCacheEnrollmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollmentsRecordResult($input: RecordExamResultInput!) {\n    recordExamResult(input: $input) {\n      enrollment { status examScore certificate { serial } }\n      certificate { serial issuedOn issuer { name } artisan { name } course { title } }\n      error { code field }\n    }\n  }\n"): typeof import('./graphql').EnrollmentsRecordResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollmentsWithdraw($id: ID!) { withdrawEnrollment(input: { enrollmentId: $id }) { enrollment { status } error { code } } }\n"): typeof import('./graphql').EnrollmentsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EnrollmentsBothSides($a: ID!, $c: ID!) {\n        artisan(id: $a) { enrollments { status course { title } } }\n        course(id: $c) { seatsTaken enrollments { totalCount edges { node { artisan { name } } } } }\n      }\n    "): typeof import('./graphql').EnrollmentsBothSidesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EnrollmentsCertificates($a: ID!, $s: NonEmptyString!) { artisan(id: $a) { certificates { serial } } certificate(serial: $s) { artisan { name } } }\n    "): typeof import('./graphql').EnrollmentsCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnrollmentsNoCertificate($a: ID!) { artisan(id: $a) { certificates { serial } } }"): typeof import('./graphql').EnrollmentsNoCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SyntheticTrainingArtisans {\n        artisans(first: 3) { totalCount edges { node { name isSynthetic province { name } enrollments { status course { isSynthetic } } } } }\n      }\n    "): typeof import('./graphql').SyntheticTrainingArtisansDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

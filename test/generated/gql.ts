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
    "\n      query BatchingExhibitions($first: Int!) {\n        exhibitions(first: $first) { edges { node {\n          name crafts { name } exhibitors(first: 10) { edges { node { name province { name } } } }\n        } } }\n      }\n    ": typeof types.BatchingExhibitionsDocument,
    "\n      query BatchingProvinceExhibitions($first: Int!) {\n        provinces { code exhibitions(first: $first) { totalCount edges { node { name exhibitorCount organizer { name } country { name } } } } }\n      }\n    ": typeof types.BatchingProvinceExhibitionsDocument,
    "query BatchingExhibitionIds { exhibitions(first: 50) { edges { node { id } } } }": typeof types.BatchingExhibitionIdsDocument,
    "query BatchingArtisanIds { artisans(first: 50) { edges { node { id } } } }": typeof types.BatchingArtisanIdsDocument,
    "\n      query CrossSubgraphArtisanPage($id: ID!) {\n        artisan(id: $id) {\n          name province { name } crafts { name }\n          enrollments { status course { title provider { name } } }\n          exhibitions(first: 5) { totalCount edges { node { name startsOn country { name } crafts { name } status(on: \"2098-01-01\") } } }\n          abroad: exhibitions(filter: { heldAbroad: true }) { edges { node { name } } }\n        }\n      }\n    ": typeof types.CrossSubgraphArtisanPageDocument,
    "\n      query CrossSubgraphProvince {\n        province(code: \"IR-16\") {\n          name\n          courses(first: 10) { edges { node { title } } }\n          exhibitions(filter: { heldAbroad: true }, first: 10) { totalCount edges { node { name country { code } region startsOn sources { publisher } } } }\n          everywhere: exhibitions { totalCount }\n        }\n      }\n    ": typeof types.CrossSubgraphProvinceDocument,
    "\n      query CrossSubgraphHostedShownOrganized($org: ID!) {\n        country(code: \"OM\") { name exhibitionsHosted { edges { node { id name organizer { name kind } partners { name } } } } exportMarkets { group priority } }\n        craft(slug: \"copper-utensils\") { name exhibitions { edges { node { name } } } }\n        organization(id: $org) { name exhibitionsOrganized(filter: { countryCode: \"OM\" }) { totalCount edges { node { name } } } }\n      }\n    ": typeof types.CrossSubgraphHostedShownOrganizedDocument,
    "\n      query CrossSubgraphProvincePages { provinces { code exhibitions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }\n    ": typeof types.CrossSubgraphProvincePagesDocument,
    "\n      query CrossSubgraphGolestanNext($after: String) {\n        province(code: \"IR-27\") { exhibitions(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }\n      }\n    ": typeof types.CrossSubgraphGolestanNextDocument,
    "\n  query ExhibitionsNames($filter: ExhibitionFilter, $orderBy: ExhibitionOrder!) {\n    exhibitions(first: 100, filter: $filter, orderBy: $orderBy) { edges { node { name } } }\n  }\n": typeof types.ExhibitionsNamesDocument,
    "mutation ExhibitionsCancelById($id: ID!) { cancelExhibition(input: { id: $id }) { error { code } } }": typeof types.ExhibitionsCancelByIdDocument,
    "\n  fragment ExhibitionsAllFields on Exhibition {\n    id name description kind city region country { code name } startsOn endsOn startsNoEarlierThan startsNoLaterThan datesAsReported\n    province { code name } crafts { slug } organizer { id } partners { id } reportedExhibitorCount exhibitorCount exhibitors(first: 5) { totalCount }\n    cancelledOn isSynthetic sources { title publisher publishedOn url }\n  }\n": typeof types.ExhibitionsAllFieldsFragmentDoc,
    "\n      query ExhibitionsIlam {\n        exhibitions(filter: { provinceCode: \"IR-16\" }) { totalCount edges { node {\n          ...ExhibitionsAllFields\n          before: status(on: \"2025-10-09\") opening: status(on: \"2025-10-10\") last: status(on: \"2025-10-16\") after: status(on: \"2025-10-17\")\n        } } }\n      }\n    ": typeof types.ExhibitionsIlamDocument,
    "\n      query ExhibitionsIraq {\n        country(code: \"IQ\") { name exhibitionsHosted { totalCount edges { node { ...ExhibitionsAllFields status(on: \"2025-10-12\") } } } }\n      }\n    ": typeof types.ExhibitionsIraqDocument,
    "\n      query ExhibitionsItaly {\n        exhibitions(filter: { countryCode: \"IT\" }) { edges { node {\n          ...ExhibitionsAllFields announced: status(on: \"2025-04-19\") inMay: status(on: \"2025-05-15\")\n        } } }\n      }\n    ": typeof types.ExhibitionsItalyDocument,
    "\n      query ExhibitionsPartnerQuestion($after: String) {\n        exhibitions(filter: { countryCode: \"IQ\", status: UPCOMING }, first: 2, after: $after) {\n          totalCount pageInfo { hasNextPage hasPreviousPage endCursor }\n          edges { cursor node { name startsOn region crafts { name } province { name } exhibitorCount } }\n        }\n      }\n    ": typeof types.ExhibitionsPartnerQuestionDocument,
    "\n      mutation ExhibitionsCancelWithReason($id: ID!) { cancelExhibition(input: { id: $id, reason: \"Venue closed\" }) { error { code } } }\n    ": typeof types.ExhibitionsCancelWithReasonDocument,
    "\n      query ExhibitionsStatusOn($on: Date!) { exhibitions(first: 100) { totalCount edges { node { name status(on: $on) } } } }\n    ": typeof types.ExhibitionsStatusOnDocument,
    "\n      query ExhibitionsOngoing { exhibitions(first: 100, filter: { status: ONGOING }) { edges { node { name status } } } }\n    ": typeof types.ExhibitionsOngoingDocument,
    "\n    mutation ExhibitionsCreate($input: CreateExhibitionInput!) {\n      createExhibition(input: $input) {\n        exhibition { id name kind country { name } startsOn endsOn crafts { slug } province { name } organizer { id name } partners { name } status }\n        error { code field }\n      }\n    }\n  ": typeof types.ExhibitionsCreateDocument,
    "\n    mutation ExhibitionsUpdate($input: UpdateExhibitionInput!) {\n      updateExhibition(input: $input) {\n        exhibition { name startsOn endsOn startsNoEarlierThan startsNoLaterThan datesAsReported crafts { slug } partners { name } reportedExhibitorCount }\n        error { code field }\n      }\n    }\n  ": typeof types.ExhibitionsUpdateDocument,
    "\n    mutation ExhibitionsCancel($input: CancelExhibitionInput!) {\n      cancelExhibition(input: $input) { exhibition { cancelledOn cancellationReason status } error { code field } }\n    }\n  ": typeof types.ExhibitionsCancelDocument,
    "\n      query ExhibitionsOrganized($id: ID!) { organization(id: $id) { exhibitionsOrganized { totalCount edges { node { name } } } } }\n    ": typeof types.ExhibitionsOrganizedDocument,
    "\n      mutation ExhibitionsUpdatePartners($input: UpdateExhibitionInput!) { updateExhibition(input: $input) { exhibition { id } error { code field } } }\n    ": typeof types.ExhibitionsUpdatePartnersDocument,
    "query ExhibitionsPartners($id: ID!) { exhibition(id: $id) { name partners { name } } }": typeof types.ExhibitionsPartnersDocument,
    "query ExhibitionsStatusBefore($id: ID!) { exhibition(id: $id) { name before: status(on: \"2026-01-01\") } }": typeof types.ExhibitionsStatusBeforeDocument,
    "\n      query ExhibitionsUnknown { a: exhibition(id: \"00000000-0000-4000-8000-000000000000\") { id } b: exhibition(id: \"nothing\") { id } }\n    ": typeof types.ExhibitionsUnknownDocument,
    "\n      mutation ExhibitionsCreateBad($input: CreateExhibitionInput!) { createExhibition(input: $input) { exhibition { id } } }\n    ": typeof types.ExhibitionsCreateBadDocument,
    "\n      query ExhibitionsCacheListing {\n        exhibitions { totalCount edges { node { name country { name } province { name } crafts { name } exhibitorCount status sources { title } } } }\n      }\n    ": typeof types.ExhibitionsCacheListingDocument,
    "\n      query ExhibitionsCacheHosted { country(code: \"IQ\") { name exhibitionsHosted { totalCount edges { node { name } } } exportMarkets { group } } }\n    ": typeof types.ExhibitionsCacheHostedDocument,
    "\n      query ExhibitionsCacheMarkets { exportMarkets { country { name } group sources { title } } worldCraftDesignationCounts { reportedCount } }\n    ": typeof types.ExhibitionsCacheMarketsDocument,
    "query ExhibitionsCacheExhibitorCount { exhibitions { edges { node { name exhibitors { totalCount } } } } }": typeof types.ExhibitionsCacheExhibitorCountDocument,
    "query ExhibitionsCacheExhibitors { exhibitions { edges { node { exhibitors { edges { node { name } } } } } } }": typeof types.ExhibitionsCacheExhibitorsDocument,
    "\n  mutation ExhibitorsRemove($input: ExhibitorInput!) {\n    removeExhibitor(input: $input) { exhibition { id } artisan { id name } error { code field } }\n  }\n": typeof types.ExhibitorsRemoveDocument,
    "mutation ExhibitorsCancel($id: ID!) { cancelExhibition(input: { id: $id }) { error { code } } }": typeof types.ExhibitorsCancelDocument,
    "\n      query ExhibitorsPage($id: ID!, $after: String) {\n        exhibition(id: $id) {\n          exhibitorCount reportedExhibitorCount\n          exhibitors(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name province { name } } } }\n        }\n      }\n    ": typeof types.ExhibitorsPageDocument,
    "\n      query ExhibitorsCounts($id: ID!) { exhibition(id: $id) { exhibitorCount reportedExhibitorCount exhibitors { totalCount } } }\n    ": typeof types.ExhibitorsCountsDocument,
    "query ExhibitorsRace($id: ID!) { exhibition(id: $id) { exhibitors { totalCount } } }": typeof types.ExhibitorsRaceDocument,
    "\n      query ExhibitorsBothSides($e: ID!, $a: ID!) { exhibition(id: $e) { exhibitors { totalCount } } artisan(id: $a) { exhibitions { totalCount } } }\n    ": typeof types.ExhibitorsBothSidesDocument,
    "\n      mutation ExhibitorsMoveToPast($id: ID!) { updateExhibition(input: { id: $id, startsOn: \"2024-04-01\", endsOn: \"2024-04-07\" }) { error { code } } }\n    ": typeof types.ExhibitorsMoveToPastDocument,
    "\n      mutation ExhibitorsIsolatedRegister($input: ExhibitorInput!) { registerExhibitor(input: $input) { exhibition { id } error { code } } }\n    ": typeof types.ExhibitorsIsolatedRegisterDocument,
    "query ExhibitorsIsolatedCount { exhibitions { totalCount } }": typeof types.ExhibitorsIsolatedCountDocument,
    "\n      mutation ExhibitorsIsolatedCreate($input: CreateExhibitionInput!) { createExhibition(input: $input) { exhibition { id } } }\n    ": typeof types.ExhibitorsIsolatedCreateDocument,
    "\n      mutation ExhibitorsIsolatedSelfContained {\n        createExhibition(input: { name: \"Self-contained\", kind: INTERNATIONAL, countryCode: \"TR\", startsOn: \"2099-01-02\" }) { exhibition { name } error { code } }\n      }\n    ": typeof types.ExhibitorsIsolatedSelfContainedDocument,
    "query MarketsDesignationsCount { worldCraftDesignations { totalCount } }": typeof types.MarketsDesignationsCountDocument,
    "\n      query MarketsTargets {\n        caspian: exportMarkets(group: CASPIAN_LITTORAL) { country { code } priority rationale sources { title publisher publishedOn } }\n        gulf: exportMarkets(group: PERSIAN_GULF) { country { code name } priority }\n      }\n    ": typeof types.MarketsTargetsDocument,
    "\n      query MarketsActive {\n        all: exportMarkets { country { code } group }\n        iraq: country(code: \"IQ\") { exportMarkets { group priority rationale sources { publisher publishedOn } } }\n        italy: exportMarkets(countryCode: \"IT\") { group priority rationale sources { publisher publishedOn } }\n        iran: country(code: \"IR\") { exportMarkets { group } }\n      }\n    ": typeof types.MarketsActiveDocument,
    "\n    mutation MarketsRecordDesignation($input: RecordWorldCraftDesignationInput!) {\n      recordWorldCraftDesignation(input: $input) {\n        designation { kind placeName designatedIn province { name } sources { title } }\n        error { code field }\n      }\n    }\n  ": typeof types.MarketsRecordDesignationDocument,
    "\n    query MarketsDesignationCounts {\n      worldCraftDesignationCounts { kind reportedCount reportedAsOf reportedIn { title publisher publishedOn } registeredCount designatedBy { id name } }\n    }\n  ": typeof types.MarketsDesignationCountsDocument,
    "\n      query MarketsVillages { worldCraftDesignations(filter: { kind: VILLAGE, provinceCode: \"IR-10\" }) { totalCount edges { node { placeName } } } }\n    ": typeof types.MarketsVillagesDocument,
    "\n      query SyntheticExhibitions {\n        exhibitions(first: 100) { totalCount edges { node { name isSynthetic organizer { name } exhibitors(first: 3) { edges { node { name } } } } } }\n      }\n    ": typeof types.SyntheticExhibitionsDocument,
    "\n      query NpmStartFirst { courses { totalCount edges { node { provinces { name } sources { publisher } } } } exhibitions { totalCount } }\n    ": typeof types.NpmStartFirstDocument,
    "\n      mutation NpmStartCreate($organizerId: ID!) {\n        createExhibition(input: { name: \"Started together\", kind: INTERNATIONAL, countryCode: \"IQ\", startsOn: \"2099-01-01\", organizerId: $organizerId }) {\n          exhibition { organizer { name } } error { code }\n        }\n      }\n    ": typeof types.NpmStartCreateDocument,
    "query NpmStartTotals { exportTotals(filter: { solarYears: [1402], destinationCode: \"IQ\" }) { valueUsd } }": typeof types.NpmStartTotalsDocument,
    "query NpmStartAgreements { agreements { totalCount } }": typeof types.NpmStartAgreementsDocument,
    "query NpmStartProvince { province(code: \"IR-16\") { name courses { totalCount } } }": typeof types.NpmStartProvinceDocument,
    "\n  mutation FixtureCreateExhibition($input: CreateExhibitionInput!) {\n    createExhibition(input: $input) { exhibition { id } error { code message field } }\n  }\n": typeof types.FixtureCreateExhibitionDocument,
    "\n  mutation FixtureRegisterExhibitor($input: ExhibitorInput!) {\n    registerExhibitor(input: $input) { exhibition { id } artisan { id } error { code message field } }\n  }\n": typeof types.FixtureRegisterExhibitorDocument,
    "\n  mutation FixtureRecordFigure($input: RecordExportFigureInput!) {\n    recordExportFigure(input: $input) { figure { id } error { code message } }\n  }\n": typeof types.FixtureRecordFigureDocument,
    "\n  mutation FixtureCreateArtisan($input: CreateArtisanInput!) {\n    createArtisan(input: $input) { artisan { id } error { code message } }\n  }\n": typeof types.FixtureCreateArtisanDocument,
    "\n  mutation FixtureCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { course { id } error { code message } }\n  }\n": typeof types.FixtureCreateCourseDocument,
    "\n  mutation FixtureEnroll($input: EnrollArtisanInput!) {\n    enrollArtisan(input: $input) { enrollment { id status } error { code message field } }\n  }\n": typeof types.FixtureEnrollDocument,
    "\n  query ExportImportYearTotals($year: Int!, $destination: CountryCode!) {\n    exportTotals(filter: { solarYears: [$year], destinationCode: $destination }) { valueUsd figureCount }\n  }\n": typeof types.ExportImportYearTotalsDocument,
    "\n      query ExportImportIraq {\n        exportFigures(filter: { isSynthetic: false, destinationCode: \"IQ\" }) { edges { node {\n          period { solarYear } periodBasis channel valueUsd precision craft { slug } province { code } note isPreferred sources { title publisher publishedOn url }\n        } } }\n      }\n    ": typeof types.ExportImportIraqDocument,
    "\n      query ExportImportTurkey { exportFigures(filter: { destinationCode: \"TR\" }) { edges { node { period { solarYear startsOn endsOn } craft { slug } hsCode } } } }\n    ": typeof types.ExportImportTurkeyDocument,
    "\n  query ExportTotals($filter: ExportFigureFilter, $groupBy: [ExportGrouping!], $source: ExportSourceSelector) {\n    exportTotals(filter: $filter, groupBy: $groupBy, source: $source) {\n      solarYear channel destination { code } craft { slug } hsCode province { code }\n      valueUsd share figureCount includesSynthetic previousYearValueUsd growthPercent\n      figures { id valueUsd sources { publisher } }\n    }\n  }\n": typeof types.ExportTotalsDocument,
    "query ExportTotalsFigureCount { exportFigures { totalCount } }": typeof types.ExportTotalsFigureCountDocument,
    "\n      query ExportTotalsBuiltInFigures {\n        exportFigures(filter: { solarYears: [1403] }) { totalCount edges { node {\n          channel valueUsd precision periodBasis isPreferred isSynthetic period { solarYear startsOn endsOn } destination { code }\n          sources { title publisher publishedOn }\n        } } }\n      }\n    ": typeof types.ExportTotalsBuiltInFiguresDocument,
    "\n      query ExportTotalsTargetsAndMarkets {\n        growthTargets { ratePercent document baseSolarYear targetSolarYear sources { publisher publishedOn } }\n        marketSizes { market valueUsd precision period { startsOn } sources { publisher } }\n        exportTotals(filter: { solarYears: [1403], channel: CUSTOMS }) { valueUsd marketShares { share market { market } } }\n      }\n    ": typeof types.ExportTotalsTargetsAndMarketsDocument,
    "query ExportTotalsSolarYear { solarYear(year: 1403) { solarYear startsOn endsOn } }": typeof types.ExportTotalsSolarYearDocument,
    "\n      query ExportTotalsGrowth {\n        exportTotals(filter: { solarYears: [1402] }, groupBy: [YEAR, CHANNEL]) {\n          solarYear channel valueUsd previousYearValueUsd growthPercent\n          targetProgress { targetPercent growthPercent differencePercentagePoints met target { document } }\n        }\n      }\n    ": typeof types.ExportTotalsGrowthDocument,
    "query ExportTotalsFigurePeriod($id: ID!) { exportFigure(id: $id) { period { solarYear startsOn endsOn } } }": typeof types.ExportTotalsFigurePeriodDocument,
    "\n      mutation ExportTotalsRecordTwice($input: RecordExportFigureInput!) { recordExportFigure(input: $input) { figure { id } error { code field } } }\n    ": typeof types.ExportTotalsRecordTwiceDocument,
    "\n      mutation ExportTotalsCorrect($input: CorrectExportFigureInput!) {\n        correctExportFigure(input: $input) { figure { valueUsd precision isPreferred } error { code field } }\n      }\n    ": typeof types.ExportTotalsCorrectDocument,
    "\n      query ExportTotalsAnotherBulletin {\n        exportTotals(filter: { solarYears: [1400] }, source: { publisher: \"Test Customs Office\", titleContains: \"another\" }) { valueUsd }\n      }\n    ": typeof types.ExportTotalsAnotherBulletinDocument,
    "\n      query SharedEntitiesProvince {\n        province(code: \"IR-02\") {\n          name\n          courses { totalCount edges { node { title sources { publisher } } } }\n          exports(filter: { solarYears: [1401, 1402] }) {\n            totalCount edges { node { period { solarYear } channel valueUsd destination { name } craft { name hsCodes } } }\n          }\n        }\n      }\n    ": typeof types.SharedEntitiesProvinceDocument,
    "\n      query SharedEntitiesExportsPage($after: String) {\n        province(code: \"IR-02\") { exports(first: 2, after: $after) { edges { node { valueUsd } } pageInfo { hasNextPage endCursor } } }\n      }\n    ": typeof types.SharedEntitiesExportsPageDocument,
    "\n      query SharedEntitiesCountryAndCraft {\n        country(code: \"AE\") { exports(filter: { solarYears: [1399], provinceCode: \"IR-16\" }) { totalCount edges { node { valueUsd province { name } } } } }\n        craft(slug: \"kilim\") { exports(filter: { channel: SUITCASE }) { totalCount edges { node { destination { code } } } } }\n      }\n    ": typeof types.SharedEntitiesCountryAndCraftDocument,
    "\n      query SharedEntitiesAllProvinceExports($first: Int!) {\n        provinces { code exports(first: $first) { totalCount edges { node { valueUsd sources { publisher } } } } }\n      }\n    ": typeof types.SharedEntitiesAllProvinceExportsDocument,
    "query SyntheticTradeReal { exportTotals(filter: { solarYears: [1403] }) { valueUsd includesSynthetic } }": typeof types.SyntheticTradeRealDocument,
    "\n      query SyntheticTradeTotals { exportTotals(filter: { isSynthetic: true }, groupBy: [YEAR]) { solarYear valueUsd figureCount includesSynthetic } }\n    ": typeof types.SyntheticTradeTotalsDocument,
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
    "\n      query BatchingExhibitions($first: Int!) {\n        exhibitions(first: $first) { edges { node {\n          name crafts { name } exhibitors(first: 10) { edges { node { name province { name } } } }\n        } } }\n      }\n    ": types.BatchingExhibitionsDocument,
    "\n      query BatchingProvinceExhibitions($first: Int!) {\n        provinces { code exhibitions(first: $first) { totalCount edges { node { name exhibitorCount organizer { name } country { name } } } } }\n      }\n    ": types.BatchingProvinceExhibitionsDocument,
    "query BatchingExhibitionIds { exhibitions(first: 50) { edges { node { id } } } }": types.BatchingExhibitionIdsDocument,
    "query BatchingArtisanIds { artisans(first: 50) { edges { node { id } } } }": types.BatchingArtisanIdsDocument,
    "\n      query CrossSubgraphArtisanPage($id: ID!) {\n        artisan(id: $id) {\n          name province { name } crafts { name }\n          enrollments { status course { title provider { name } } }\n          exhibitions(first: 5) { totalCount edges { node { name startsOn country { name } crafts { name } status(on: \"2098-01-01\") } } }\n          abroad: exhibitions(filter: { heldAbroad: true }) { edges { node { name } } }\n        }\n      }\n    ": types.CrossSubgraphArtisanPageDocument,
    "\n      query CrossSubgraphProvince {\n        province(code: \"IR-16\") {\n          name\n          courses(first: 10) { edges { node { title } } }\n          exhibitions(filter: { heldAbroad: true }, first: 10) { totalCount edges { node { name country { code } region startsOn sources { publisher } } } }\n          everywhere: exhibitions { totalCount }\n        }\n      }\n    ": types.CrossSubgraphProvinceDocument,
    "\n      query CrossSubgraphHostedShownOrganized($org: ID!) {\n        country(code: \"OM\") { name exhibitionsHosted { edges { node { id name organizer { name kind } partners { name } } } } exportMarkets { group priority } }\n        craft(slug: \"copper-utensils\") { name exhibitions { edges { node { name } } } }\n        organization(id: $org) { name exhibitionsOrganized(filter: { countryCode: \"OM\" }) { totalCount edges { node { name } } } }\n      }\n    ": types.CrossSubgraphHostedShownOrganizedDocument,
    "\n      query CrossSubgraphProvincePages { provinces { code exhibitions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }\n    ": types.CrossSubgraphProvincePagesDocument,
    "\n      query CrossSubgraphGolestanNext($after: String) {\n        province(code: \"IR-27\") { exhibitions(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }\n      }\n    ": types.CrossSubgraphGolestanNextDocument,
    "\n  query ExhibitionsNames($filter: ExhibitionFilter, $orderBy: ExhibitionOrder!) {\n    exhibitions(first: 100, filter: $filter, orderBy: $orderBy) { edges { node { name } } }\n  }\n": types.ExhibitionsNamesDocument,
    "mutation ExhibitionsCancelById($id: ID!) { cancelExhibition(input: { id: $id }) { error { code } } }": types.ExhibitionsCancelByIdDocument,
    "\n  fragment ExhibitionsAllFields on Exhibition {\n    id name description kind city region country { code name } startsOn endsOn startsNoEarlierThan startsNoLaterThan datesAsReported\n    province { code name } crafts { slug } organizer { id } partners { id } reportedExhibitorCount exhibitorCount exhibitors(first: 5) { totalCount }\n    cancelledOn isSynthetic sources { title publisher publishedOn url }\n  }\n": types.ExhibitionsAllFieldsFragmentDoc,
    "\n      query ExhibitionsIlam {\n        exhibitions(filter: { provinceCode: \"IR-16\" }) { totalCount edges { node {\n          ...ExhibitionsAllFields\n          before: status(on: \"2025-10-09\") opening: status(on: \"2025-10-10\") last: status(on: \"2025-10-16\") after: status(on: \"2025-10-17\")\n        } } }\n      }\n    ": types.ExhibitionsIlamDocument,
    "\n      query ExhibitionsIraq {\n        country(code: \"IQ\") { name exhibitionsHosted { totalCount edges { node { ...ExhibitionsAllFields status(on: \"2025-10-12\") } } } }\n      }\n    ": types.ExhibitionsIraqDocument,
    "\n      query ExhibitionsItaly {\n        exhibitions(filter: { countryCode: \"IT\" }) { edges { node {\n          ...ExhibitionsAllFields announced: status(on: \"2025-04-19\") inMay: status(on: \"2025-05-15\")\n        } } }\n      }\n    ": types.ExhibitionsItalyDocument,
    "\n      query ExhibitionsPartnerQuestion($after: String) {\n        exhibitions(filter: { countryCode: \"IQ\", status: UPCOMING }, first: 2, after: $after) {\n          totalCount pageInfo { hasNextPage hasPreviousPage endCursor }\n          edges { cursor node { name startsOn region crafts { name } province { name } exhibitorCount } }\n        }\n      }\n    ": types.ExhibitionsPartnerQuestionDocument,
    "\n      mutation ExhibitionsCancelWithReason($id: ID!) { cancelExhibition(input: { id: $id, reason: \"Venue closed\" }) { error { code } } }\n    ": types.ExhibitionsCancelWithReasonDocument,
    "\n      query ExhibitionsStatusOn($on: Date!) { exhibitions(first: 100) { totalCount edges { node { name status(on: $on) } } } }\n    ": types.ExhibitionsStatusOnDocument,
    "\n      query ExhibitionsOngoing { exhibitions(first: 100, filter: { status: ONGOING }) { edges { node { name status } } } }\n    ": types.ExhibitionsOngoingDocument,
    "\n    mutation ExhibitionsCreate($input: CreateExhibitionInput!) {\n      createExhibition(input: $input) {\n        exhibition { id name kind country { name } startsOn endsOn crafts { slug } province { name } organizer { id name } partners { name } status }\n        error { code field }\n      }\n    }\n  ": types.ExhibitionsCreateDocument,
    "\n    mutation ExhibitionsUpdate($input: UpdateExhibitionInput!) {\n      updateExhibition(input: $input) {\n        exhibition { name startsOn endsOn startsNoEarlierThan startsNoLaterThan datesAsReported crafts { slug } partners { name } reportedExhibitorCount }\n        error { code field }\n      }\n    }\n  ": types.ExhibitionsUpdateDocument,
    "\n    mutation ExhibitionsCancel($input: CancelExhibitionInput!) {\n      cancelExhibition(input: $input) { exhibition { cancelledOn cancellationReason status } error { code field } }\n    }\n  ": types.ExhibitionsCancelDocument,
    "\n      query ExhibitionsOrganized($id: ID!) { organization(id: $id) { exhibitionsOrganized { totalCount edges { node { name } } } } }\n    ": types.ExhibitionsOrganizedDocument,
    "\n      mutation ExhibitionsUpdatePartners($input: UpdateExhibitionInput!) { updateExhibition(input: $input) { exhibition { id } error { code field } } }\n    ": types.ExhibitionsUpdatePartnersDocument,
    "query ExhibitionsPartners($id: ID!) { exhibition(id: $id) { name partners { name } } }": types.ExhibitionsPartnersDocument,
    "query ExhibitionsStatusBefore($id: ID!) { exhibition(id: $id) { name before: status(on: \"2026-01-01\") } }": types.ExhibitionsStatusBeforeDocument,
    "\n      query ExhibitionsUnknown { a: exhibition(id: \"00000000-0000-4000-8000-000000000000\") { id } b: exhibition(id: \"nothing\") { id } }\n    ": types.ExhibitionsUnknownDocument,
    "\n      mutation ExhibitionsCreateBad($input: CreateExhibitionInput!) { createExhibition(input: $input) { exhibition { id } } }\n    ": types.ExhibitionsCreateBadDocument,
    "\n      query ExhibitionsCacheListing {\n        exhibitions { totalCount edges { node { name country { name } province { name } crafts { name } exhibitorCount status sources { title } } } }\n      }\n    ": types.ExhibitionsCacheListingDocument,
    "\n      query ExhibitionsCacheHosted { country(code: \"IQ\") { name exhibitionsHosted { totalCount edges { node { name } } } exportMarkets { group } } }\n    ": types.ExhibitionsCacheHostedDocument,
    "\n      query ExhibitionsCacheMarkets { exportMarkets { country { name } group sources { title } } worldCraftDesignationCounts { reportedCount } }\n    ": types.ExhibitionsCacheMarketsDocument,
    "query ExhibitionsCacheExhibitorCount { exhibitions { edges { node { name exhibitors { totalCount } } } } }": types.ExhibitionsCacheExhibitorCountDocument,
    "query ExhibitionsCacheExhibitors { exhibitions { edges { node { exhibitors { edges { node { name } } } } } } }": types.ExhibitionsCacheExhibitorsDocument,
    "\n  mutation ExhibitorsRemove($input: ExhibitorInput!) {\n    removeExhibitor(input: $input) { exhibition { id } artisan { id name } error { code field } }\n  }\n": types.ExhibitorsRemoveDocument,
    "mutation ExhibitorsCancel($id: ID!) { cancelExhibition(input: { id: $id }) { error { code } } }": types.ExhibitorsCancelDocument,
    "\n      query ExhibitorsPage($id: ID!, $after: String) {\n        exhibition(id: $id) {\n          exhibitorCount reportedExhibitorCount\n          exhibitors(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name province { name } } } }\n        }\n      }\n    ": types.ExhibitorsPageDocument,
    "\n      query ExhibitorsCounts($id: ID!) { exhibition(id: $id) { exhibitorCount reportedExhibitorCount exhibitors { totalCount } } }\n    ": types.ExhibitorsCountsDocument,
    "query ExhibitorsRace($id: ID!) { exhibition(id: $id) { exhibitors { totalCount } } }": types.ExhibitorsRaceDocument,
    "\n      query ExhibitorsBothSides($e: ID!, $a: ID!) { exhibition(id: $e) { exhibitors { totalCount } } artisan(id: $a) { exhibitions { totalCount } } }\n    ": types.ExhibitorsBothSidesDocument,
    "\n      mutation ExhibitorsMoveToPast($id: ID!) { updateExhibition(input: { id: $id, startsOn: \"2024-04-01\", endsOn: \"2024-04-07\" }) { error { code } } }\n    ": types.ExhibitorsMoveToPastDocument,
    "\n      mutation ExhibitorsIsolatedRegister($input: ExhibitorInput!) { registerExhibitor(input: $input) { exhibition { id } error { code } } }\n    ": types.ExhibitorsIsolatedRegisterDocument,
    "query ExhibitorsIsolatedCount { exhibitions { totalCount } }": types.ExhibitorsIsolatedCountDocument,
    "\n      mutation ExhibitorsIsolatedCreate($input: CreateExhibitionInput!) { createExhibition(input: $input) { exhibition { id } } }\n    ": types.ExhibitorsIsolatedCreateDocument,
    "\n      mutation ExhibitorsIsolatedSelfContained {\n        createExhibition(input: { name: \"Self-contained\", kind: INTERNATIONAL, countryCode: \"TR\", startsOn: \"2099-01-02\" }) { exhibition { name } error { code } }\n      }\n    ": types.ExhibitorsIsolatedSelfContainedDocument,
    "query MarketsDesignationsCount { worldCraftDesignations { totalCount } }": types.MarketsDesignationsCountDocument,
    "\n      query MarketsTargets {\n        caspian: exportMarkets(group: CASPIAN_LITTORAL) { country { code } priority rationale sources { title publisher publishedOn } }\n        gulf: exportMarkets(group: PERSIAN_GULF) { country { code name } priority }\n      }\n    ": types.MarketsTargetsDocument,
    "\n      query MarketsActive {\n        all: exportMarkets { country { code } group }\n        iraq: country(code: \"IQ\") { exportMarkets { group priority rationale sources { publisher publishedOn } } }\n        italy: exportMarkets(countryCode: \"IT\") { group priority rationale sources { publisher publishedOn } }\n        iran: country(code: \"IR\") { exportMarkets { group } }\n      }\n    ": types.MarketsActiveDocument,
    "\n    mutation MarketsRecordDesignation($input: RecordWorldCraftDesignationInput!) {\n      recordWorldCraftDesignation(input: $input) {\n        designation { kind placeName designatedIn province { name } sources { title } }\n        error { code field }\n      }\n    }\n  ": types.MarketsRecordDesignationDocument,
    "\n    query MarketsDesignationCounts {\n      worldCraftDesignationCounts { kind reportedCount reportedAsOf reportedIn { title publisher publishedOn } registeredCount designatedBy { id name } }\n    }\n  ": types.MarketsDesignationCountsDocument,
    "\n      query MarketsVillages { worldCraftDesignations(filter: { kind: VILLAGE, provinceCode: \"IR-10\" }) { totalCount edges { node { placeName } } } }\n    ": types.MarketsVillagesDocument,
    "\n      query SyntheticExhibitions {\n        exhibitions(first: 100) { totalCount edges { node { name isSynthetic organizer { name } exhibitors(first: 3) { edges { node { name } } } } } }\n      }\n    ": types.SyntheticExhibitionsDocument,
    "\n      query NpmStartFirst { courses { totalCount edges { node { provinces { name } sources { publisher } } } } exhibitions { totalCount } }\n    ": types.NpmStartFirstDocument,
    "\n      mutation NpmStartCreate($organizerId: ID!) {\n        createExhibition(input: { name: \"Started together\", kind: INTERNATIONAL, countryCode: \"IQ\", startsOn: \"2099-01-01\", organizerId: $organizerId }) {\n          exhibition { organizer { name } } error { code }\n        }\n      }\n    ": types.NpmStartCreateDocument,
    "query NpmStartTotals { exportTotals(filter: { solarYears: [1402], destinationCode: \"IQ\" }) { valueUsd } }": types.NpmStartTotalsDocument,
    "query NpmStartAgreements { agreements { totalCount } }": types.NpmStartAgreementsDocument,
    "query NpmStartProvince { province(code: \"IR-16\") { name courses { totalCount } } }": types.NpmStartProvinceDocument,
    "\n  mutation FixtureCreateExhibition($input: CreateExhibitionInput!) {\n    createExhibition(input: $input) { exhibition { id } error { code message field } }\n  }\n": types.FixtureCreateExhibitionDocument,
    "\n  mutation FixtureRegisterExhibitor($input: ExhibitorInput!) {\n    registerExhibitor(input: $input) { exhibition { id } artisan { id } error { code message field } }\n  }\n": types.FixtureRegisterExhibitorDocument,
    "\n  mutation FixtureRecordFigure($input: RecordExportFigureInput!) {\n    recordExportFigure(input: $input) { figure { id } error { code message } }\n  }\n": types.FixtureRecordFigureDocument,
    "\n  mutation FixtureCreateArtisan($input: CreateArtisanInput!) {\n    createArtisan(input: $input) { artisan { id } error { code message } }\n  }\n": types.FixtureCreateArtisanDocument,
    "\n  mutation FixtureCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) { course { id } error { code message } }\n  }\n": types.FixtureCreateCourseDocument,
    "\n  mutation FixtureEnroll($input: EnrollArtisanInput!) {\n    enrollArtisan(input: $input) { enrollment { id status } error { code message field } }\n  }\n": types.FixtureEnrollDocument,
    "\n  query ExportImportYearTotals($year: Int!, $destination: CountryCode!) {\n    exportTotals(filter: { solarYears: [$year], destinationCode: $destination }) { valueUsd figureCount }\n  }\n": types.ExportImportYearTotalsDocument,
    "\n      query ExportImportIraq {\n        exportFigures(filter: { isSynthetic: false, destinationCode: \"IQ\" }) { edges { node {\n          period { solarYear } periodBasis channel valueUsd precision craft { slug } province { code } note isPreferred sources { title publisher publishedOn url }\n        } } }\n      }\n    ": types.ExportImportIraqDocument,
    "\n      query ExportImportTurkey { exportFigures(filter: { destinationCode: \"TR\" }) { edges { node { period { solarYear startsOn endsOn } craft { slug } hsCode } } } }\n    ": types.ExportImportTurkeyDocument,
    "\n  query ExportTotals($filter: ExportFigureFilter, $groupBy: [ExportGrouping!], $source: ExportSourceSelector) {\n    exportTotals(filter: $filter, groupBy: $groupBy, source: $source) {\n      solarYear channel destination { code } craft { slug } hsCode province { code }\n      valueUsd share figureCount includesSynthetic previousYearValueUsd growthPercent\n      figures { id valueUsd sources { publisher } }\n    }\n  }\n": types.ExportTotalsDocument,
    "query ExportTotalsFigureCount { exportFigures { totalCount } }": types.ExportTotalsFigureCountDocument,
    "\n      query ExportTotalsBuiltInFigures {\n        exportFigures(filter: { solarYears: [1403] }) { totalCount edges { node {\n          channel valueUsd precision periodBasis isPreferred isSynthetic period { solarYear startsOn endsOn } destination { code }\n          sources { title publisher publishedOn }\n        } } }\n      }\n    ": types.ExportTotalsBuiltInFiguresDocument,
    "\n      query ExportTotalsTargetsAndMarkets {\n        growthTargets { ratePercent document baseSolarYear targetSolarYear sources { publisher publishedOn } }\n        marketSizes { market valueUsd precision period { startsOn } sources { publisher } }\n        exportTotals(filter: { solarYears: [1403], channel: CUSTOMS }) { valueUsd marketShares { share market { market } } }\n      }\n    ": types.ExportTotalsTargetsAndMarketsDocument,
    "query ExportTotalsSolarYear { solarYear(year: 1403) { solarYear startsOn endsOn } }": types.ExportTotalsSolarYearDocument,
    "\n      query ExportTotalsGrowth {\n        exportTotals(filter: { solarYears: [1402] }, groupBy: [YEAR, CHANNEL]) {\n          solarYear channel valueUsd previousYearValueUsd growthPercent\n          targetProgress { targetPercent growthPercent differencePercentagePoints met target { document } }\n        }\n      }\n    ": types.ExportTotalsGrowthDocument,
    "query ExportTotalsFigurePeriod($id: ID!) { exportFigure(id: $id) { period { solarYear startsOn endsOn } } }": types.ExportTotalsFigurePeriodDocument,
    "\n      mutation ExportTotalsRecordTwice($input: RecordExportFigureInput!) { recordExportFigure(input: $input) { figure { id } error { code field } } }\n    ": types.ExportTotalsRecordTwiceDocument,
    "\n      mutation ExportTotalsCorrect($input: CorrectExportFigureInput!) {\n        correctExportFigure(input: $input) { figure { valueUsd precision isPreferred } error { code field } }\n      }\n    ": types.ExportTotalsCorrectDocument,
    "\n      query ExportTotalsAnotherBulletin {\n        exportTotals(filter: { solarYears: [1400] }, source: { publisher: \"Test Customs Office\", titleContains: \"another\" }) { valueUsd }\n      }\n    ": types.ExportTotalsAnotherBulletinDocument,
    "\n      query SharedEntitiesProvince {\n        province(code: \"IR-02\") {\n          name\n          courses { totalCount edges { node { title sources { publisher } } } }\n          exports(filter: { solarYears: [1401, 1402] }) {\n            totalCount edges { node { period { solarYear } channel valueUsd destination { name } craft { name hsCodes } } }\n          }\n        }\n      }\n    ": types.SharedEntitiesProvinceDocument,
    "\n      query SharedEntitiesExportsPage($after: String) {\n        province(code: \"IR-02\") { exports(first: 2, after: $after) { edges { node { valueUsd } } pageInfo { hasNextPage endCursor } } }\n      }\n    ": types.SharedEntitiesExportsPageDocument,
    "\n      query SharedEntitiesCountryAndCraft {\n        country(code: \"AE\") { exports(filter: { solarYears: [1399], provinceCode: \"IR-16\" }) { totalCount edges { node { valueUsd province { name } } } } }\n        craft(slug: \"kilim\") { exports(filter: { channel: SUITCASE }) { totalCount edges { node { destination { code } } } } }\n      }\n    ": types.SharedEntitiesCountryAndCraftDocument,
    "\n      query SharedEntitiesAllProvinceExports($first: Int!) {\n        provinces { code exports(first: $first) { totalCount edges { node { valueUsd sources { publisher } } } } }\n      }\n    ": types.SharedEntitiesAllProvinceExportsDocument,
    "query SyntheticTradeReal { exportTotals(filter: { solarYears: [1403] }) { valueUsd includesSynthetic } }": types.SyntheticTradeRealDocument,
    "\n      query SyntheticTradeTotals { exportTotals(filter: { isSynthetic: true }, groupBy: [YEAR]) { solarYear valueUsd figureCount includesSynthetic } }\n    ": types.SyntheticTradeTotalsDocument,
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
export function graphql(source: "\n      query BatchingExhibitions($first: Int!) {\n        exhibitions(first: $first) { edges { node {\n          name crafts { name } exhibitors(first: 10) { edges { node { name province { name } } } }\n        } } }\n      }\n    "): typeof import('./graphql').BatchingExhibitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BatchingProvinceExhibitions($first: Int!) {\n        provinces { code exhibitions(first: $first) { totalCount edges { node { name exhibitorCount organizer { name } country { name } } } } }\n      }\n    "): typeof import('./graphql').BatchingProvinceExhibitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingExhibitionIds { exhibitions(first: 50) { edges { node { id } } } }"): typeof import('./graphql').BatchingExhibitionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingArtisanIds { artisans(first: 50) { edges { node { id } } } }"): typeof import('./graphql').BatchingArtisanIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CrossSubgraphArtisanPage($id: ID!) {\n        artisan(id: $id) {\n          name province { name } crafts { name }\n          enrollments { status course { title provider { name } } }\n          exhibitions(first: 5) { totalCount edges { node { name startsOn country { name } crafts { name } status(on: \"2098-01-01\") } } }\n          abroad: exhibitions(filter: { heldAbroad: true }) { edges { node { name } } }\n        }\n      }\n    "): typeof import('./graphql').CrossSubgraphArtisanPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CrossSubgraphProvince {\n        province(code: \"IR-16\") {\n          name\n          courses(first: 10) { edges { node { title } } }\n          exhibitions(filter: { heldAbroad: true }, first: 10) { totalCount edges { node { name country { code } region startsOn sources { publisher } } } }\n          everywhere: exhibitions { totalCount }\n        }\n      }\n    "): typeof import('./graphql').CrossSubgraphProvinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CrossSubgraphHostedShownOrganized($org: ID!) {\n        country(code: \"OM\") { name exhibitionsHosted { edges { node { id name organizer { name kind } partners { name } } } } exportMarkets { group priority } }\n        craft(slug: \"copper-utensils\") { name exhibitions { edges { node { name } } } }\n        organization(id: $org) { name exhibitionsOrganized(filter: { countryCode: \"OM\" }) { totalCount edges { node { name } } } }\n      }\n    "): typeof import('./graphql').CrossSubgraphHostedShownOrganizedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CrossSubgraphProvincePages { provinces { code exhibitions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }\n    "): typeof import('./graphql').CrossSubgraphProvincePagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CrossSubgraphGolestanNext($after: String) {\n        province(code: \"IR-27\") { exhibitions(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }\n      }\n    "): typeof import('./graphql').CrossSubgraphGolestanNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExhibitionsNames($filter: ExhibitionFilter, $orderBy: ExhibitionOrder!) {\n    exhibitions(first: 100, filter: $filter, orderBy: $orderBy) { edges { node { name } } }\n  }\n"): typeof import('./graphql').ExhibitionsNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExhibitionsCancelById($id: ID!) { cancelExhibition(input: { id: $id }) { error { code } } }"): typeof import('./graphql').ExhibitionsCancelByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExhibitionsAllFields on Exhibition {\n    id name description kind city region country { code name } startsOn endsOn startsNoEarlierThan startsNoLaterThan datesAsReported\n    province { code name } crafts { slug } organizer { id } partners { id } reportedExhibitorCount exhibitorCount exhibitors(first: 5) { totalCount }\n    cancelledOn isSynthetic sources { title publisher publishedOn url }\n  }\n"): typeof import('./graphql').ExhibitionsAllFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsIlam {\n        exhibitions(filter: { provinceCode: \"IR-16\" }) { totalCount edges { node {\n          ...ExhibitionsAllFields\n          before: status(on: \"2025-10-09\") opening: status(on: \"2025-10-10\") last: status(on: \"2025-10-16\") after: status(on: \"2025-10-17\")\n        } } }\n      }\n    "): typeof import('./graphql').ExhibitionsIlamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsIraq {\n        country(code: \"IQ\") { name exhibitionsHosted { totalCount edges { node { ...ExhibitionsAllFields status(on: \"2025-10-12\") } } } }\n      }\n    "): typeof import('./graphql').ExhibitionsIraqDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsItaly {\n        exhibitions(filter: { countryCode: \"IT\" }) { edges { node {\n          ...ExhibitionsAllFields announced: status(on: \"2025-04-19\") inMay: status(on: \"2025-05-15\")\n        } } }\n      }\n    "): typeof import('./graphql').ExhibitionsItalyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsPartnerQuestion($after: String) {\n        exhibitions(filter: { countryCode: \"IQ\", status: UPCOMING }, first: 2, after: $after) {\n          totalCount pageInfo { hasNextPage hasPreviousPage endCursor }\n          edges { cursor node { name startsOn region crafts { name } province { name } exhibitorCount } }\n        }\n      }\n    "): typeof import('./graphql').ExhibitionsPartnerQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExhibitionsCancelWithReason($id: ID!) { cancelExhibition(input: { id: $id, reason: \"Venue closed\" }) { error { code } } }\n    "): typeof import('./graphql').ExhibitionsCancelWithReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsStatusOn($on: Date!) { exhibitions(first: 100) { totalCount edges { node { name status(on: $on) } } } }\n    "): typeof import('./graphql').ExhibitionsStatusOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsOngoing { exhibitions(first: 100, filter: { status: ONGOING }) { edges { node { name status } } } }\n    "): typeof import('./graphql').ExhibitionsOngoingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ExhibitionsCreate($input: CreateExhibitionInput!) {\n      createExhibition(input: $input) {\n        exhibition { id name kind country { name } startsOn endsOn crafts { slug } province { name } organizer { id name } partners { name } status }\n        error { code field }\n      }\n    }\n  "): typeof import('./graphql').ExhibitionsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ExhibitionsUpdate($input: UpdateExhibitionInput!) {\n      updateExhibition(input: $input) {\n        exhibition { name startsOn endsOn startsNoEarlierThan startsNoLaterThan datesAsReported crafts { slug } partners { name } reportedExhibitorCount }\n        error { code field }\n      }\n    }\n  "): typeof import('./graphql').ExhibitionsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ExhibitionsCancel($input: CancelExhibitionInput!) {\n      cancelExhibition(input: $input) { exhibition { cancelledOn cancellationReason status } error { code field } }\n    }\n  "): typeof import('./graphql').ExhibitionsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsOrganized($id: ID!) { organization(id: $id) { exhibitionsOrganized { totalCount edges { node { name } } } } }\n    "): typeof import('./graphql').ExhibitionsOrganizedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExhibitionsUpdatePartners($input: UpdateExhibitionInput!) { updateExhibition(input: $input) { exhibition { id } error { code field } } }\n    "): typeof import('./graphql').ExhibitionsUpdatePartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExhibitionsPartners($id: ID!) { exhibition(id: $id) { name partners { name } } }"): typeof import('./graphql').ExhibitionsPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExhibitionsStatusBefore($id: ID!) { exhibition(id: $id) { name before: status(on: \"2026-01-01\") } }"): typeof import('./graphql').ExhibitionsStatusBeforeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsUnknown { a: exhibition(id: \"00000000-0000-4000-8000-000000000000\") { id } b: exhibition(id: \"nothing\") { id } }\n    "): typeof import('./graphql').ExhibitionsUnknownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExhibitionsCreateBad($input: CreateExhibitionInput!) { createExhibition(input: $input) { exhibition { id } } }\n    "): typeof import('./graphql').ExhibitionsCreateBadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsCacheListing {\n        exhibitions { totalCount edges { node { name country { name } province { name } crafts { name } exhibitorCount status sources { title } } } }\n      }\n    "): typeof import('./graphql').ExhibitionsCacheListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsCacheHosted { country(code: \"IQ\") { name exhibitionsHosted { totalCount edges { node { name } } } exportMarkets { group } } }\n    "): typeof import('./graphql').ExhibitionsCacheHostedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitionsCacheMarkets { exportMarkets { country { name } group sources { title } } worldCraftDesignationCounts { reportedCount } }\n    "): typeof import('./graphql').ExhibitionsCacheMarketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExhibitionsCacheExhibitorCount { exhibitions { edges { node { name exhibitors { totalCount } } } } }"): typeof import('./graphql').ExhibitionsCacheExhibitorCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExhibitionsCacheExhibitors { exhibitions { edges { node { exhibitors { edges { node { name } } } } } } }"): typeof import('./graphql').ExhibitionsCacheExhibitorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExhibitorsRemove($input: ExhibitorInput!) {\n    removeExhibitor(input: $input) { exhibition { id } artisan { id name } error { code field } }\n  }\n"): typeof import('./graphql').ExhibitorsRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExhibitorsCancel($id: ID!) { cancelExhibition(input: { id: $id }) { error { code } } }"): typeof import('./graphql').ExhibitorsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitorsPage($id: ID!, $after: String) {\n        exhibition(id: $id) {\n          exhibitorCount reportedExhibitorCount\n          exhibitors(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name province { name } } } }\n        }\n      }\n    "): typeof import('./graphql').ExhibitorsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitorsCounts($id: ID!) { exhibition(id: $id) { exhibitorCount reportedExhibitorCount exhibitors { totalCount } } }\n    "): typeof import('./graphql').ExhibitorsCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExhibitorsRace($id: ID!) { exhibition(id: $id) { exhibitors { totalCount } } }"): typeof import('./graphql').ExhibitorsRaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExhibitorsBothSides($e: ID!, $a: ID!) { exhibition(id: $e) { exhibitors { totalCount } } artisan(id: $a) { exhibitions { totalCount } } }\n    "): typeof import('./graphql').ExhibitorsBothSidesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExhibitorsMoveToPast($id: ID!) { updateExhibition(input: { id: $id, startsOn: \"2024-04-01\", endsOn: \"2024-04-07\" }) { error { code } } }\n    "): typeof import('./graphql').ExhibitorsMoveToPastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExhibitorsIsolatedRegister($input: ExhibitorInput!) { registerExhibitor(input: $input) { exhibition { id } error { code } } }\n    "): typeof import('./graphql').ExhibitorsIsolatedRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExhibitorsIsolatedCount { exhibitions { totalCount } }"): typeof import('./graphql').ExhibitorsIsolatedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExhibitorsIsolatedCreate($input: CreateExhibitionInput!) { createExhibition(input: $input) { exhibition { id } } }\n    "): typeof import('./graphql').ExhibitorsIsolatedCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExhibitorsIsolatedSelfContained {\n        createExhibition(input: { name: \"Self-contained\", kind: INTERNATIONAL, countryCode: \"TR\", startsOn: \"2099-01-02\" }) { exhibition { name } error { code } }\n      }\n    "): typeof import('./graphql').ExhibitorsIsolatedSelfContainedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketsDesignationsCount { worldCraftDesignations { totalCount } }"): typeof import('./graphql').MarketsDesignationsCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MarketsTargets {\n        caspian: exportMarkets(group: CASPIAN_LITTORAL) { country { code } priority rationale sources { title publisher publishedOn } }\n        gulf: exportMarkets(group: PERSIAN_GULF) { country { code name } priority }\n      }\n    "): typeof import('./graphql').MarketsTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MarketsActive {\n        all: exportMarkets { country { code } group }\n        iraq: country(code: \"IQ\") { exportMarkets { group priority rationale sources { publisher publishedOn } } }\n        italy: exportMarkets(countryCode: \"IT\") { group priority rationale sources { publisher publishedOn } }\n        iran: country(code: \"IR\") { exportMarkets { group } }\n      }\n    "): typeof import('./graphql').MarketsActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MarketsRecordDesignation($input: RecordWorldCraftDesignationInput!) {\n      recordWorldCraftDesignation(input: $input) {\n        designation { kind placeName designatedIn province { name } sources { title } }\n        error { code field }\n      }\n    }\n  "): typeof import('./graphql').MarketsRecordDesignationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MarketsDesignationCounts {\n      worldCraftDesignationCounts { kind reportedCount reportedAsOf reportedIn { title publisher publishedOn } registeredCount designatedBy { id name } }\n    }\n  "): typeof import('./graphql').MarketsDesignationCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MarketsVillages { worldCraftDesignations(filter: { kind: VILLAGE, provinceCode: \"IR-10\" }) { totalCount edges { node { placeName } } } }\n    "): typeof import('./graphql').MarketsVillagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SyntheticExhibitions {\n        exhibitions(first: 100) { totalCount edges { node { name isSynthetic organizer { name } exhibitors(first: 3) { edges { node { name } } } } } }\n      }\n    "): typeof import('./graphql').SyntheticExhibitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NpmStartFirst { courses { totalCount edges { node { provinces { name } sources { publisher } } } } exhibitions { totalCount } }\n    "): typeof import('./graphql').NpmStartFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NpmStartCreate($organizerId: ID!) {\n        createExhibition(input: { name: \"Started together\", kind: INTERNATIONAL, countryCode: \"IQ\", startsOn: \"2099-01-01\", organizerId: $organizerId }) {\n          exhibition { organizer { name } } error { code }\n        }\n      }\n    "): typeof import('./graphql').NpmStartCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NpmStartTotals { exportTotals(filter: { solarYears: [1402], destinationCode: \"IQ\" }) { valueUsd } }"): typeof import('./graphql').NpmStartTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NpmStartAgreements { agreements { totalCount } }"): typeof import('./graphql').NpmStartAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NpmStartProvince { province(code: \"IR-16\") { name courses { totalCount } } }"): typeof import('./graphql').NpmStartProvinceDocument;
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
export function graphql(source: "\n  mutation FixtureRecordFigure($input: RecordExportFigureInput!) {\n    recordExportFigure(input: $input) { figure { id } error { code message } }\n  }\n"): typeof import('./graphql').FixtureRecordFigureDocument;
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
export function graphql(source: "\n  query ExportImportYearTotals($year: Int!, $destination: CountryCode!) {\n    exportTotals(filter: { solarYears: [$year], destinationCode: $destination }) { valueUsd figureCount }\n  }\n"): typeof import('./graphql').ExportImportYearTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportImportIraq {\n        exportFigures(filter: { isSynthetic: false, destinationCode: \"IQ\" }) { edges { node {\n          period { solarYear } periodBasis channel valueUsd precision craft { slug } province { code } note isPreferred sources { title publisher publishedOn url }\n        } } }\n      }\n    "): typeof import('./graphql').ExportImportIraqDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportImportTurkey { exportFigures(filter: { destinationCode: \"TR\" }) { edges { node { period { solarYear startsOn endsOn } craft { slug } hsCode } } } }\n    "): typeof import('./graphql').ExportImportTurkeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportTotals($filter: ExportFigureFilter, $groupBy: [ExportGrouping!], $source: ExportSourceSelector) {\n    exportTotals(filter: $filter, groupBy: $groupBy, source: $source) {\n      solarYear channel destination { code } craft { slug } hsCode province { code }\n      valueUsd share figureCount includesSynthetic previousYearValueUsd growthPercent\n      figures { id valueUsd sources { publisher } }\n    }\n  }\n"): typeof import('./graphql').ExportTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportTotalsFigureCount { exportFigures { totalCount } }"): typeof import('./graphql').ExportTotalsFigureCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportTotalsBuiltInFigures {\n        exportFigures(filter: { solarYears: [1403] }) { totalCount edges { node {\n          channel valueUsd precision periodBasis isPreferred isSynthetic period { solarYear startsOn endsOn } destination { code }\n          sources { title publisher publishedOn }\n        } } }\n      }\n    "): typeof import('./graphql').ExportTotalsBuiltInFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportTotalsTargetsAndMarkets {\n        growthTargets { ratePercent document baseSolarYear targetSolarYear sources { publisher publishedOn } }\n        marketSizes { market valueUsd precision period { startsOn } sources { publisher } }\n        exportTotals(filter: { solarYears: [1403], channel: CUSTOMS }) { valueUsd marketShares { share market { market } } }\n      }\n    "): typeof import('./graphql').ExportTotalsTargetsAndMarketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportTotalsSolarYear { solarYear(year: 1403) { solarYear startsOn endsOn } }"): typeof import('./graphql').ExportTotalsSolarYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportTotalsGrowth {\n        exportTotals(filter: { solarYears: [1402] }, groupBy: [YEAR, CHANNEL]) {\n          solarYear channel valueUsd previousYearValueUsd growthPercent\n          targetProgress { targetPercent growthPercent differencePercentagePoints met target { document } }\n        }\n      }\n    "): typeof import('./graphql').ExportTotalsGrowthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportTotalsFigurePeriod($id: ID!) { exportFigure(id: $id) { period { solarYear startsOn endsOn } } }"): typeof import('./graphql').ExportTotalsFigurePeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportTotalsRecordTwice($input: RecordExportFigureInput!) { recordExportFigure(input: $input) { figure { id } error { code field } } }\n    "): typeof import('./graphql').ExportTotalsRecordTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportTotalsCorrect($input: CorrectExportFigureInput!) {\n        correctExportFigure(input: $input) { figure { valueUsd precision isPreferred } error { code field } }\n      }\n    "): typeof import('./graphql').ExportTotalsCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportTotalsAnotherBulletin {\n        exportTotals(filter: { solarYears: [1400] }, source: { publisher: \"Test Customs Office\", titleContains: \"another\" }) { valueUsd }\n      }\n    "): typeof import('./graphql').ExportTotalsAnotherBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SharedEntitiesProvince {\n        province(code: \"IR-02\") {\n          name\n          courses { totalCount edges { node { title sources { publisher } } } }\n          exports(filter: { solarYears: [1401, 1402] }) {\n            totalCount edges { node { period { solarYear } channel valueUsd destination { name } craft { name hsCodes } } }\n          }\n        }\n      }\n    "): typeof import('./graphql').SharedEntitiesProvinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SharedEntitiesExportsPage($after: String) {\n        province(code: \"IR-02\") { exports(first: 2, after: $after) { edges { node { valueUsd } } pageInfo { hasNextPage endCursor } } }\n      }\n    "): typeof import('./graphql').SharedEntitiesExportsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SharedEntitiesCountryAndCraft {\n        country(code: \"AE\") { exports(filter: { solarYears: [1399], provinceCode: \"IR-16\" }) { totalCount edges { node { valueUsd province { name } } } } }\n        craft(slug: \"kilim\") { exports(filter: { channel: SUITCASE }) { totalCount edges { node { destination { code } } } } }\n      }\n    "): typeof import('./graphql').SharedEntitiesCountryAndCraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SharedEntitiesAllProvinceExports($first: Int!) {\n        provinces { code exports(first: $first) { totalCount edges { node { valueUsd sources { publisher } } } } }\n      }\n    "): typeof import('./graphql').SharedEntitiesAllProvinceExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyntheticTradeReal { exportTotals(filter: { solarYears: [1403] }) { valueUsd includesSynthetic } }"): typeof import('./graphql').SyntheticTradeRealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SyntheticTradeTotals { exportTotals(filter: { isSynthetic: true }, groupBy: [YEAR]) { solarYear valueUsd figureCount includesSynthetic } }\n    "): typeof import('./graphql').SyntheticTradeTotalsDocument;
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

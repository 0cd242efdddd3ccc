import { BUILTIN_ORGANIZATION_IDS as ORG, SOURCE_DOCUMENTS, type SourceDocument } from './source-documents';

/** A passage of a source report, word for word (a test checks each against `shared/seeds/`). */
export interface ReportPassage {
  readonly source: SourceDocument;
  readonly text: string;
}

/** A person or office a report credits with a statement, in the report's words. */
export interface ReportedSpeaker {
  readonly name: string | null;
  readonly role: string | null;
  /** An organisation of the built-in dataset (`BUILTIN_ORGANIZATION_IDS`). */
  readonly organizationId: string | null;
}

/**
 * Everyone the four reports credit with a statement that the dataset records:
 * the four people they name as speakers, with the roles they give them, and
 * the offices they cite without naming anyone. Nobody else is recorded.
 */
export const REPORTED_SPEAKERS = {
  /** "The tourism chief of Mazandaran province …, CHTN quoted Hossein Izadi as saying" (2025-04-19). */
  izadi: { name: 'Hossein Izadi', role: 'tourism chief of Mazandaran province', organizationId: null },
  /** "according to the Minister of Cultural Heritage, Tourism, and Handicrafts" (2025-04-19): not named. */
  minister: { name: null, role: 'Minister of Cultural Heritage, Tourism, and Handicrafts', organizationId: ORG.ministryOfCulturalHeritage },
  /** "The Deputy Minister of Handicrafts has said … Maryam Jalali-Dehkordi told IRNA" (2025-04-21). */
  jalaliDehkordi: { name: 'Maryam Jalali-Dehkordi', role: 'Deputy Minister of Handicrafts', organizationId: ORG.deputyForHandicrafts },
  /** "Available data compiled by the Ministry of Cultural Heritage, Tourism and Handicrafts" (2025-04-21): an organisation, no person. */
  ministryData: { name: null, role: null, organizationId: ORG.ministryOfCulturalHeritage },
  /** "Abbas Mirzad, the deputy governor general of Ilam province, said …" (2025-10-11). */
  mirzad: { name: 'Abbas Mirzad', role: 'deputy governor general of Ilam province', organizationId: ORG.ilamProvinceGovernorate },
} as const satisfies Record<string, ReportedSpeaker>;

/** The passages of the reports that the built-in records rest on, word for word. */
export const REPORT_PASSAGES = {
  /** The tourism chief of Mazandaran announces a joint plan for training courses with Cheche. */
  jointPlan: {
    source: SOURCE_DOCUMENTS.chechePilotCourses,
    text: 'The tourism chief of Mazandaran province has announced a joint plan for specialized handicraft training courses in collaboration with the Italian international company Cheche.',
  },
  /** Izadi on the pilot province and the online courses. */
  chechePilot: {
    source: SOURCE_DOCUMENTS.chechePilotCourses,
    text: '“Mazandaran has been selected as the leading and pilot province for the implementation of this program,” Izadi said. “Specialized online training courses will be held for handicraft professionals and university graduates in cooperation with Italian universities.”',
  },
  /** Izadi on the memorandum with Cheche. */
  chechePilotMemorandum: {
    source: SOURCE_DOCUMENTS.chechePilotCourses,
    text: 'Izadi added that a memorandum of understanding has been signed between Iran’s Ministry of Cultural Heritage, specifically the Deputy for Handicrafts, and Cheche, focusing on advanced training in design and fashion.',
  },
  /** The report on how the courses are held and certified. */
  chechePilotClasses: {
    source: SOURCE_DOCUMENTS.chechePilotCourses,
    text: 'The courses will be conducted simultaneously in Tehran and Mazandaran through virtual classes led by Italian university professors. Upon completion and passing of final exams, participants will receive internationally recognized certificates issued by the Italian organizers.',
  },
  /** Izadi on the exhibition in Italy. */
  italyExhibition: {
    source: SOURCE_DOCUMENTS.chechePilotCourses,
    text: "Izadi also highlighted the upcoming participation of Iranian artisans in the world's largest handicrafts exhibition, scheduled for next month in Italy.",
  },
  /** Izadi on Cheche marketing Mazandaran products. */
  chechesMarketing: {
    source: SOURCE_DOCUMENTS.chechePilotCourses,
    text: "He noted that the Cheche company has already begun marketing Mazandaran's handicraft products and, given the company’s strong interest, exports to Italy are expected to commence soon.",
  },
  /** The $224 million of 1403 and the equal suitcase estimate, according to the Minister. */
  exports1403: {
    source: SOURCE_DOCUMENTS.chechePilotCourses,
    text: 'Based on available data, Iran exported $224 million worth of handicrafts during the past Persian calendar year (ended on March 20, 2025), with an equal amount estimated to have been exported through suitcase trade, according to the Minister of Cultural Heritage, Tourism, and Handicrafts.',
  },
  /** The year's slogan in the memorandum report. */
  tvtoSlogan: {
    source: SOURCE_DOCUMENTS.tvtoMemorandum,
    text: 'In line with the realization of this year’s slogan, “Investment for Production,”',
  },
  /** Who signed the memorandum, when. */
  tvtoSigning: {
    source: SOURCE_DOCUMENTS.tvtoMemorandum,
    text: 'a memorandum of understanding (MoU) was signed on April 22, 2025, between the Deputy of Handicrafts and Traditional Arts of the Ministry of Cultural Heritage, Tourism and Handicrafts, represented by Maryam Jalali Dehkordi, and the Technical and Vocational Training Organization, represented by Gholamhossein Mohammadi, Deputy Minister of Cooperatives, Labour, and Social Welfare.',
  },
  /** What the memorandum is for, the Isfahan hub included. */
  tvtoAims: {
    source: SOURCE_DOCUMENTS.tvtoMemorandum,
    text: 'the MoU is intended to expand production-oriented and practical training programs in handicrafts, revive fading crafts, empower professionals in the field, train specialized instructors, create employment opportunities, and encourage reverse migration to national and global craft-designated villages. It also aims to promote entrepreneurship, organize product exhibitions, develop competency standards, assess professional qualifications, and establish a handicraft skills hub in Isfahan, a UNESCO Creative City.',
  },
  /** Each party's commitments. */
  tvtoCommitments: {
    source: SOURCE_DOCUMENTS.tvtoMemorandum,
    text: 'The commitments of the Handicrafts Deputy include conducting training needs assessments, introducing experts to develop standards, supporting the market presence of trainees’ products in fairs and exhibitions, and participating in national and international skills competitions. Meanwhile, the Technical and Vocational Training Organization is committed to delivering training courses based on national and international standards, assessing skills and professional qualifications, involving handicraft experts in the development of standards and exams, and licensing private training centers for artists.',
  },
  /** The joint commitments and the other provisions. */
  tvtoJoint: {
    source: SOURCE_DOCUMENTS.tvtoMemorandum,
    text: 'Joint commitments include developing standards and educational resources, designing refresher courses for instructors, organizing training workshops, conducting practical exams, and creating a shared database. Additionally, trainee insurance and coordination with associations and NGOs are among the other provisions of the agreement.',
  },
  /** Term, extension and costs. */
  tvtoTerm: {
    source: SOURCE_DOCUMENTS.tvtoMemorandum,
    text: 'This MoU is valid for three years and can be extended upon mutual agreement. Signing the MoU does not create any specific financial obligations, and costs will be determined through separate contracts.',
  },
  /** The rescue plan being compiled. */
  rescuePlanCompiling: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'The Deputy Minister of Handicrafts has said, “We are compiling a rescue plan for handicrafts sector to cover various areas particularly in economic field.”',
  },
  /** Chapters, convergence of agencies, the eight percent growth. */
  rescuePlanChapters: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'Maryam Jalali-Dehkordi told IRNA that the rescue plan includes several chapters for completing the value chain of Persian handicrafts. “We started corresponding with various agencies. We hope the plan can increase convergence of all agencies to materialize eight-percent growth, increase jobs and exports in line with National Handicrafts Document.”',
  },
  /** The main export goals. */
  exportGoals: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'She called Caspian Sea littoral states and Persian Gulf countries as Iran’s main goals for exports.',
  },
  /** The year's name in the rescue plan report. */
  yearName: { source: SOURCE_DOCUMENTS.rescuePlan, text: 'Stressing that this year has been named as Year of Investment in Production' },
  /** Implementation depends on the Cabinet. */
  rescuePlanCabinet: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'Implementation of this project depends on convergence in the Cabinet, she added.',
  },
  /** Banking facilities in the High Employment Council. */
  rescuePlanBanking: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'She continued, “We are also discussing banking facilities in the High Employment Council and hope that they will become operational in the near future.”',
  },
  /** What the project is for. */
  rescuePlanMarket: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: '“We have artisans, industrialists and merchants. In fact, the project is to boost the handicrafts market.”',
  },
  /** The $250 million, from data compiled by the Ministry. */
  exportsCurrent: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'Available data compiled by the Ministry of Cultural Heritage, Tourism and Handicrafts, Iran’s annual handicraft exports currently stand at about $250 million, with an additional $250 million in informal “suitcase” exports.',
  },
  /** The $770 billion global market, in the same paragraph of Ministry data. */
  globalMarket: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'Available data compiled by the Ministry of Cultural Heritage, Tourism and Handicrafts, Iran’s annual handicraft exports currently stand at about $250 million, with an additional $250 million in informal “suitcase” exports. However, the global market for handicrafts is valued at $770 billion, underscoring a significant opportunity for growth.',
  },
  /** The 13 cities and three villages. */
  worldCraftPlaces: {
    source: SOURCE_DOCUMENTS.rescuePlan,
    text: 'Currently, a selection of 13 cities and three villages in Iran have been registered by the World Council of Handicrafts as “world cities of handicrafts.”',
  },
  /** The opening of the Ilam exhibition. */
  ilamOpening: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: 'Ilam Handicrafts Exhibition began in the Iraqi province of Wasit on Friday, with the participation of 15 Iranian artists and producers in this field.',
  },
  /** Mirzad on the week-long exhibition and its aims. */
  ilamWeekLong: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: 'He also said that the week-long exhibition aims to introduce the artistic and cultural capacities of Ilam province and other provinces of Iran, develop the market for handicraft products, and strengthen cultural ties between Iran and Iraq.',
  },
  /** Mirzad on the crafts shown. */
  ilamCrafts: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: 'Mirzad added that various fields including kilim, jajim, leather bags, leather mosaic, mat weaving, chit, traditional dolls and knitwear, pottery, jewelry, wooden items, and copper utensils have been exposed to the public and interested parties.',
  },
  /** Mirzad on the three exhibitions held in Iraq. */
  iraqExhibitions: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: 'A total of three exhibitions have so far been held in Iraq: one in Sulaymaniyah and two in Wasit province.',
  },
  /** Mirzad on foreign markets. */
  iraqMarkets: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: 'He said that during the 14th Government, special attention has been paid to promoting foreign markets for handicrafts.',
  },
  /** Mirzad on the delegation's visit and talks. */
  ilamVisit: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: 'Referring to the visit of a cultural delegation from Ilam province to Wasit province and the city of Kut, he added that during this visit and in a meeting with Wasit officials, discussions were held on trade, tourism, and student issues.',
  },
  /** Mirzad on the decisions and the proposed memorandum. */
  ilamWasitMemorandum: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: "He said that the discussions were also held and decisions were made regarding exports and imports, and it was also suggested that a memorandum of understanding be concluded between the two sides to be reviewed during the governors' upcoming visit and to provide the basis for joint communication and trade development.",
  },
  /** Mirzad on the invitation to Wasit officials. */
  wasitInvitation: {
    source: SOURCE_DOCUMENTS.ilamExhibitionInWasit,
    text: 'The officials of Wasit province have been invited to travel to Ilam province on familiarization tour and become familiar with Ilam potentials and capacities, he added.',
  },
} as const satisfies Record<string, ReportPassage>;

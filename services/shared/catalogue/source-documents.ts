/** Citation data of one of the four source reports, with the id it has in every subgraph's `source` table. */
export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  /**
   * The agency the first seed migrations (2025) wrote into `source.publisher`.
   * Kept only so that those migrations still run unchanged on a new database:
   * since the provenance migrations, `source.publisher` holds `outlet` and
   * this name is one of `credits`.
   */
  readonly publisher: string;
  /** The outlet that published the report, as the report names it; null when it does not name one. */
  readonly outlet: string | null;
  /** The agencies the report credits for what it relays ("CHTN quoted …", "told IRNA", "IRIB reported"). */
  readonly credits: readonly string[];
  readonly publishedOn: string | null;
  readonly url: string | null;
}

/**
 * The four news reports the built-in dataset comes from (`shared/seeds/`). Titles
 * in brackets describe reports that carry no headline. None of the four names
 * the outlet that published it (three carry only a dateline and an editor's
 * initials), so `outlet` is null; `credits` are the agencies each report
 * quotes, in the report's words.
 */
export const SOURCE_DOCUMENTS = {
  /** 2025-04-19, Tehran: Mazandaran pilot province for courses with Cheche; $224 million exports in 1403. */
  chechePilotCourses: {
    id: '5d1c2a1e-0000-4000-8000-000000000000',
    title: '[Mazandaran chosen as pilot province for handicraft training courses with the Italian company Cheche]',
    publisher: 'CHTN',
    outlet: null,
    // "CHTN quoted Hossein Izadi as saying"
    credits: ['CHTN'],
    publishedOn: '2025-04-19',
    url: null,
  },
  /** MoU signed 2025-04-22 between the Deputy of Handicrafts and the TVTO (Miras Aria). */
  tvtoMemorandum: {
    id: '5d1c2a1e-0001-4000-8000-000000000000',
    title:
      'Signing of a Cooperation Memorandum between the Deputy of Handicrafts and the Technical and Vocational Training Organization of Iran',
    publisher: 'Miras Aria',
    // "According to the Miras Aria reporter": how Persian agencies credit their own reporters, so the
    // outlet may well be Miras Aria itself, but the text does not say so.
    outlet: null,
    credits: ['Miras Aria'],
    publishedOn: null,
    url: null,
  },
  /** 2025-04-21, Tehran: rescue plan, 8 % growth target, $250 million exports, $770 billion market. */
  rescuePlan: {
    id: '5d1c2a1e-0002-4000-8000-000000000000',
    title: '[Deputy Minister of Handicrafts on a rescue plan for the handicrafts sector]',
    publisher: 'IRNA',
    outlet: null,
    // "Maryam Jalali-Dehkordi told IRNA"
    credits: ['IRNA'],
    publishedOn: '2025-04-21',
    url: null,
  },
  /** 2025-10-11, Tehran: Ilam Handicrafts Exhibition opens in Wasit province, Iraq. */
  ilamExhibitionInWasit: {
    id: '5d1c2a1e-0003-4000-8000-000000000000',
    title: '[Ilam Handicrafts Exhibition opens in Wasit province, Iraq]',
    publisher: 'IRIB',
    outlet: null,
    // "Abbas Mirzad … said …, IRIB reported"
    credits: ['IRIB'],
    publishedOn: '2025-10-11',
    url: null,
  },
} as const satisfies Record<string, SourceDocument>;

/**
 * Ids of the organisations of the built-in dataset. The training subgraph owns
 * them; other subgraphs refer to them by these ids.
 */
export const BUILTIN_ORGANIZATION_IDS = {
  ministryOfCulturalHeritage: '0a9a0000-0000-4000-8000-000000000001',
  deputyForHandicrafts: '0a9a0000-0000-4000-8000-000000000002',
  technicalAndVocationalTrainingOrganization: '0a9a0000-0000-4000-8000-000000000003',
  cheche: '0a9a0000-0000-4000-8000-000000000004',
  italianPartnerUniversities: '0a9a0000-0000-4000-8000-000000000005',
  ilamProvinceGovernorate: '0a9a0000-0000-4000-8000-000000000006',
  wasitGovernorate: '0a9a0000-0000-4000-8000-000000000007',
  worldCraftsCouncil: '0a9a0000-0000-4000-8000-000000000008',
} as const;

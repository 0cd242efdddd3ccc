import { graphql } from '../generated';
import type {
  CreateExhibitionInput,
  ExhibitionFilter,
  ExhibitionOrder,
  ExhibitionsPartnerQuestionQuery,
  ExhibitionStatus,
} from '../generated/graphql';
import { addDays, BUILTIN_ORGANIZATION_IDS, CRAFTS, todayInDomainZone } from '../support/catalogue';
import { createExhibition, registerExhibitor } from '../support/exhibitions-fixtures';
import { postGraphql, queryData, type TypedOperation } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createArtisan } from '../support/training-fixtures';

const graph = useTestGraph();

const NAMES = graphql(`
  query ExhibitionsNames($filter: ExhibitionFilter, $orderBy: ExhibitionOrder!) {
    exhibitions(first: 100, filter: $filter, orderBy: $orderBy) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

/** Returns the names of the exhibitions a filter selects, in order (one page of 100). */
async function namesFor(filter: ExhibitionFilter, orderBy: ExhibitionOrder = 'START_DATE_ASC'): Promise<string[]> {
  const { exhibitions } = await queryData(graph.url, NAMES, { filter, orderBy });
  return exhibitions!.edges.map((edge) => edge.node.name);
}

/** Returns how many rows the exhibitions schema holds, by table, read straight from PostgreSQL. */
async function rowCounts(): Promise<Record<string, number>> {
  const { rows } = await graph.db.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM exhibitions.exhibition) AS exhibition,
    (SELECT count(*)::int FROM exhibitions.exhibition_craft) AS exhibition_craft,
    (SELECT count(*)::int FROM exhibitions.exhibition_partner) AS exhibition_partner,
    (SELECT count(*)::int FROM exhibitions.exhibitor) AS exhibitor`);
  return rows[0];
}

const CANCEL_BY_ID = graphql(`
  mutation ExhibitionsCancelById($id: ID!) {
    cancelExhibition(input: { id: $id }) {
      error {
        code
      }
    }
  }
`);

graphql(`
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
`);

describe('built-in dataset', () => {
  it('holds the Ilam Handicrafts Exhibition in Wasit: a week from Friday 2025-10-10, twelve crafts, 15 reported exhibitors, its report as source', async () => {
    const ILAM = graphql(`
      query ExhibitionsIlam {
        exhibitions(filter: { provinceCode: "IR-16" }) {
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
    `);
    const { exhibitions } = await queryData(graph.url, ILAM);
    expect(exhibitions!.totalCount).toBe(1);
    const ilam = exhibitions!.edges[0].node;
    expect(ilam).toMatchObject({
      name: 'Ilam Handicrafts Exhibition',
      kind: 'INTERNATIONAL',
      country: { code: 'IQ', name: 'Iraq' },
      region: 'Wasit',
      city: null,
      startsOn: '2025-10-10',
      endsOn: '2025-10-16',
      startsNoEarlierThan: null,
      startsNoLaterThan: null,
      province: { code: 'IR-16', name: 'Ilam' },
      organizer: null,
      partners: [],
      reportedExhibitorCount: 15,
      exhibitorCount: 15,
      exhibitors: { totalCount: 0 },
      cancelledOn: null,
      isSynthetic: false,
      sources: [
        { title: '[Ilam Handicrafts Exhibition opens in Wasit province, Iraq]', publisher: null, publishedOn: '2025-10-11', url: null },
      ],
      before: 'UPCOMING',
      opening: 'ONGOING',
      last: 'ONGOING',
      after: 'PAST',
    });
    expect(ilam.crafts.map((craft) => craft.slug)).toEqual(CRAFTS.map((craft) => craft.slug));
    expect(ilam.datesAsReported).toMatch(/week-long/);
    expect(ilam.description).toMatch(/venue city is not stated/);
  });

  it('holds the two earlier exhibitions its report counts in Iraq, unnamed and undated, known only to have opened by the report', async () => {
    const IRAQ = graphql(`
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
    `);
    const data = await queryData(graph.url, IRAQ);
    expect(data.country?.exhibitionsHosted!.totalCount).toBe(3);
    const earlier = (data.country?.exhibitionsHosted!.edges ?? [])
      .map((edge) => edge.node)
      .filter((node) => node.name !== 'Ilam Handicrafts Exhibition');
    expect(earlier.map((node) => node.region).sort()).toEqual(['Sulaymaniyah', 'Wasit']);
    for (const node of earlier) {
      expect(node.name).toMatch(/name not given in the source/);
      expect(node).toMatchObject({
        startsOn: null,
        endsOn: null,
        startsNoEarlierThan: null,
        startsNoLaterThan: expect.stringMatching(/^2025-10-(09|10)$/),
        province: null,
        crafts: [],
        organizer: null,
        reportedExhibitorCount: null,
        exhibitorCount: null,
        status: 'PAST',
        sources: [{ publisher: null, publishedOn: '2025-10-11' }],
      });
    }
  });

  it('holds the exhibition in Italy as announced for May 2025, with no name invented', async () => {
    const ITALY = graphql(`
      query ExhibitionsItaly {
        exhibitions(filter: { countryCode: "IT" }) {
          edges {
            node {
              ...ExhibitionsAllFields
              announced: status(on: "2025-04-19")
              inMay: status(on: "2025-05-15")
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, ITALY);
    expect(exhibitions!.edges).toHaveLength(1);
    const italy = exhibitions!.edges[0].node;
    expect(italy).toMatchObject({
      country: { name: 'Italy' },
      region: null,
      city: null,
      startsOn: null,
      startsNoEarlierThan: '2025-05-01',
      startsNoLaterThan: '2025-05-31',
      organizer: null,
      exhibitorCount: null,
      announced: 'UPCOMING',
      inMay: null,
      sources: [{ publisher: null, publishedOn: '2025-04-19' }],
    });
    expect(italy.name).toMatch(/world's largest.*name not given in the source/);
    expect(italy.datesAsReported).toMatch(/next month/);
  });
});

describe('the partner question', () => {
  it('lists the exhibitions coming up in Iraq with their crafts, province and exhibitor counts, page by page with cursors', async () => {
    const starts = ['2099-03-01', '2099-01-15', '2099-06-01', '2099-02-01', '2099-05-01'];
    const ids = [];
    for (const [index, startsOn] of starts.entries()) {
      ids.push(
        await createExhibition(graph.url, {
          name: `Upcoming in Iraq ${startsOn}`,
          countryCode: 'IQ',
          region: index % 2 === 0 ? 'Wasit' : 'Basra',
          startsOn,
          endsOn: addDays(startsOn, 6),
          provinceCode: index % 2 === 0 ? 'IR-16' : 'IR-06',
          craftSlugs: index % 2 === 0 ? ['kilim', 'pottery'] : ['copper-utensils'],
          reportedExhibitorCount: index === 0 ? 12 : null,
        }),
      );
    }
    // Not upcoming in Iraq: abroad elsewhere, already past, cancelled.
    await createExhibition(graph.url, { name: 'Upcoming in Turkey', countryCode: 'TR', startsOn: '2099-01-01' });
    await createExhibition(graph.url, { name: 'Past in Iraq', countryCode: 'IQ', startsOn: '2020-01-01', endsOn: '2020-01-05' });
    const cancelledId = await createExhibition(graph.url, { name: 'Cancelled in Iraq', countryCode: 'IQ', startsOn: '2099-04-01' });
    await queryData(graph.url, CANCEL_BY_ID, { id: cancelledId });
    const artisanId = await createArtisan(graph.url, { name: 'Partner Question Weaver', provinceCode: 'IR-06' });
    expect(await registerExhibitor(graph.url, ids[1], artisanId)).toBeNull();

    const PAGE = graphql(`
      query ExhibitionsPartnerQuestion($after: String) {
        exhibitions(filter: { countryCode: "IQ", status: UPCOMING }, first: 2, after: $after) {
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
    `);
    const seen: Array<NonNullable<ExhibitionsPartnerQuestionQuery['exhibitions']>['edges'][number]['node']> = [];
    let after: string | null = null;
    for (;;) {
      const { exhibitions }: ExhibitionsPartnerQuestionQuery = await queryData(graph.url, PAGE, { after });
      expect(exhibitions!.totalCount).toBe(5);
      expect(exhibitions!.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...exhibitions!.edges.map((edge) => edge.node));
      if (!exhibitions!.pageInfo.hasNextPage) {
        break;
      }
      after = exhibitions!.pageInfo.endCursor;
    }
    expect(seen.map((node) => node.startsOn)).toEqual([...starts].sort());
    expect(seen[0]).toEqual({
      name: 'Upcoming in Iraq 2099-01-15',
      startsOn: '2099-01-15',
      region: 'Basra',
      crafts: [{ name: 'Copper utensils' }],
      province: { name: 'Khuzestan' },
      exhibitorCount: 1,
    });
    expect(seen.find((node) => node.startsOn === '2099-03-01')).toMatchObject({
      crafts: [{ name: 'Kilim' }, { name: 'Pottery' }],
      province: { name: 'Ilam' },
      exhibitorCount: 12,
    });
    expect(seen.find((node) => node.startsOn === '2099-06-01')?.exhibitorCount).toBeNull();
  });
});

describe('listing', () => {
  it('filters by region, city, province, craft, organiser, kind and abroad, all given conditions at once', async () => {
    await createExhibition(graph.url, {
      name: 'Filter Tabriz carpets',
      kind: 'DOMESTIC',
      countryCode: 'IR',
      region: 'East Azerbaijan',
      city: 'Tabriz',
      startsOn: '2098-01-10',
      provinceCode: 'IR-03',
      craftSlugs: ['kilim'],
      organizerId: BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts,
    });
    await createExhibition(graph.url, {
      name: 'Filter Tehran fair',
      countryCode: 'IR',
      region: 'Tehran',
      city: 'Tehran',
      startsOn: '2098-02-10',
      provinceCode: 'IR-03',
      craftSlugs: ['jewelry'],
    });
    await createExhibition(graph.url, {
      name: 'Filter Berlin',
      countryCode: 'DE',
      region: 'Berlin',
      city: 'Berlin',
      startsOn: '2098-03-10',
      provinceCode: 'IR-03',
      craftSlugs: ['kilim', 'jewelry'],
      organizerId: BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts,
    });
    const window = { startsFrom: '2098-01-01', startsTo: '2098-12-31' };
    expect(await namesFor(window)).toEqual(['Filter Tabriz carpets', 'Filter Tehran fair', 'Filter Berlin']);
    expect(await namesFor({ ...window, region: 'east azerbaijan' })).toEqual(['Filter Tabriz carpets']);
    expect(await namesFor({ ...window, city: 'BERLIN' })).toEqual(['Filter Berlin']);
    expect(await namesFor({ ...window, craftSlug: 'kilim' })).toEqual(['Filter Tabriz carpets', 'Filter Berlin']);
    expect(await namesFor({ ...window, organizerId: BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts })).toEqual([
      'Filter Tabriz carpets',
      'Filter Berlin',
    ]);
    expect(await namesFor({ ...window, organizerId: 'not-an-id' })).toEqual([]);
    expect(await namesFor({ ...window, kind: 'DOMESTIC' })).toEqual(['Filter Tabriz carpets']);
    expect(await namesFor({ ...window, heldAbroad: true })).toEqual(['Filter Berlin']);
    expect(await namesFor({ ...window, heldAbroad: false, craftSlug: 'jewelry' })).toEqual(['Filter Tehran fair']);
    expect(await namesFor({ ...window, provinceCode: 'IR-03', countryCode: 'DE' })).toEqual(['Filter Berlin']);
    expect(await namesFor(window, 'START_DATE_DESC')).toEqual(['Filter Berlin', 'Filter Tehran fair', 'Filter Tabriz carpets']);
  });

  it('keeps exhibitions dated only by a window out of date ranges the window does not fit', async () => {
    const italy = "Handicrafts exhibition in Italy described as the world's largest (name not given in the source)";
    expect(await namesFor({ countryCode: 'IT', startsFrom: '2025-05-01', startsTo: '2025-05-31' })).toEqual([italy]);
    expect(await namesFor({ countryCode: 'IT', startsFrom: '2025-05-10' })).toEqual([]);
    expect(await namesFor({ countryCode: 'IT', startsTo: '2025-05-20' })).toEqual([]);
    // Known only to have opened by 2025-10-11: they fit "on or before 2025-10-11", but no range with a first day.
    const earlierIraq = [
      'Iranian handicrafts exhibition in Sulaymaniyah (name not given in the source)',
      'Earlier Iranian handicrafts exhibition in Wasit province (name not given in the source)',
    ];
    expect(await namesFor({ countryCode: 'IQ', startsTo: '2025-10-11' })).toEqual(
      expect.arrayContaining([...earlierIraq, 'Ilam Handicrafts Exhibition']),
    );
    const bounded = await namesFor({ countryCode: 'IQ', startsFrom: '2025-01-01', startsTo: '2025-10-11' });
    expect(bounded).toEqual(['Ilam Handicrafts Exhibition']);
  });

  it('selects by status on a date exactly the exhibitions whose status field says so on that date', async () => {
    const today = todayInDomainZone();
    await createExhibition(graph.url, { name: 'Status ongoing', startsOn: addDays(today, -2), endsOn: addDays(today, 2) });
    await createExhibition(graph.url, { name: 'Status opened today, end unknown', startsOn: today });
    await createExhibition(graph.url, {
      name: 'Status window around today',
      startsNoEarlierThan: addDays(today, -10),
      startsNoLaterThan: addDays(today, 10),
    });
    const cancelled = await createExhibition(graph.url, { name: 'Status cancelled', startsOn: addDays(today, 30) });
    const CANCEL_WITH_REASON = graphql(`
      mutation ExhibitionsCancelWithReason($id: ID!) {
        cancelExhibition(input: { id: $id, reason: "Venue closed" }) {
          error {
            code
          }
        }
      }
    `);
    await queryData(graph.url, CANCEL_WITH_REASON, { id: cancelled });

    const STATUS_ON = graphql(`
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
    `);
    const statuses: ExhibitionStatus[] = ['UPCOMING', 'ONGOING', 'PAST', 'CANCELLED'];
    for (const on of ['2025-04-20', '2025-05-15', '2025-10-12', '2025-10-20', today, addDays(today, 5)]) {
      const { exhibitions } = await queryData(graph.url, STATUS_ON, { on });
      expect(exhibitions!.totalCount).toBeLessThan(100);
      for (const status of statuses) {
        const expected = exhibitions!.edges.filter((edge) => edge.node.status === status).map((edge) => edge.node.name);
        expect({ on, status, names: await namesFor({ status, statusOn: on }) }).toEqual({ on, status, names: expected });
      }
    }
    const ONGOING = graphql(`
      query ExhibitionsOngoing {
        exhibitions(first: 100, filter: { status: ONGOING }) {
          edges {
            node {
              name
              status
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, ONGOING);
    expect(exhibitions!.edges.map((edge) => edge.node.name)).toEqual(
      expect.arrayContaining(['Status ongoing', 'Status opened today, end unknown']),
    );
    expect(exhibitions!.edges.every((edge) => edge.node.status === 'ONGOING')).toBe(true);
  });
});

describe('exhibition mutations', () => {
  const CREATE = graphql(`
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
  `);
  const UPDATE = graphql(`
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
  `);
  const CANCEL = graphql(`
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
  `);

  it('creates an exhibition with its crafts, province, organiser and partners, the organisations named by the training subgraph', async () => {
    const { createExhibition: payload } = await queryData(graph.url, CREATE, {
      input: {
        name: '  Mazandaran crafts in Milan  ',
        kind: 'INTERNATIONAL',
        countryCode: 'it',
        startsOn: '2099-05-10',
        endsOn: '2099-05-18',
        craftSlugs: ['mat-weaving', 'wooden-items', 'mat-weaving'],
        provinceCode: 'IR-02',
        organizerId: BUILTIN_ORGANIZATION_IDS.cheche,
        partnerIds: [BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts, BUILTIN_ORGANIZATION_IDS.italianPartnerUniversities],
      },
    });
    expect(payload).toEqual({
      exhibition: {
        id: expect.any(String),
        name: 'Mazandaran crafts in Milan',
        kind: 'INTERNATIONAL',
        country: { name: 'Italy' },
        startsOn: '2099-05-10',
        endsOn: '2099-05-18',
        crafts: [{ slug: 'mat-weaving' }, { slug: 'wooden-items' }],
        province: { name: 'Mazandaran' },
        organizer: { id: BUILTIN_ORGANIZATION_IDS.cheche, name: 'Cheche' },
        partners: [
          { name: 'Deputy of Handicrafts and Traditional Arts, Ministry of Cultural Heritage, Tourism and Handicrafts' },
          { name: 'Italian universities (not named in the source)' },
        ],
        status: 'UPCOMING',
      },
      error: null,
    });
    const ORGANIZED = graphql(`
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
    `);
    const { organization } = await queryData(graph.url, ORGANIZED, { id: BUILTIN_ORGANIZATION_IDS.cheche });
    expect(organization?.exhibitionsOrganized).toEqual({ totalCount: 1, edges: [{ node: { name: 'Mazandaran crafts in Milan' } }] });
  });

  it('refuses an organiser or partner the training subgraph does not know, on create and update, as NOT_FOUND naming the field, and writes nothing', async () => {
    const before = await rowCounts();
    const unknown = '00000000-0000-4000-8000-0000000000aa';
    const cases: Array<[Partial<CreateExhibitionInput>, string]> = [
      [{ organizerId: unknown }, 'organizerId'],
      [{ organizerId: 'not-an-id' }, 'organizerId'],
      [
        { organizerId: BUILTIN_ORGANIZATION_IDS.cheche, partnerIds: [BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts, unknown] },
        'partnerIds',
      ],
    ];
    for (const [input, field] of cases) {
      const { createExhibition: payload } = await queryData(graph.url, CREATE, {
        input: { name: 'Orphan', kind: 'INTERNATIONAL', countryCode: 'TR', startsOn: '2099-01-01', craftSlugs: ['kilim'], ...input },
      });
      expect(payload).toEqual({ exhibition: null, error: { code: 'NOT_FOUND', field } });
    }
    expect(await rowCounts()).toEqual(before);

    const id = await createExhibition(graph.url, {
      name: 'Keeps its partners',
      startsOn: '2099-01-01',
      partnerIds: [BUILTIN_ORGANIZATION_IDS.cheche],
    });
    const UPDATE_PARTNERS = graphql(`
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
    `);
    const { updateExhibition: refused } = await queryData(graph.url, UPDATE_PARTNERS, {
      input: { id, name: 'Renamed', partnerIds: [unknown] },
    });
    expect(refused).toEqual({ exhibition: null, error: { code: 'NOT_FOUND', field: 'partnerIds' } });
    const PARTNERS = graphql(`
      query ExhibitionsPartners($id: ID!) {
        exhibition(id: $id) {
          name
          partners {
            name
          }
        }
      }
    `);
    const { exhibition } = await queryData(graph.url, PARTNERS, { id });
    expect(exhibition).toEqual({ name: 'Keeps its partners', partners: [{ name: 'Cheche' }] });
  });

  it('updates an exhibition: an exact opening day replaces the window, lists replace lists, null clears', async () => {
    const id = await createExhibition(graph.url, {
      name: 'Announced for a month',
      startsNoEarlierThan: '2099-09-01',
      startsNoLaterThan: '2099-09-30',
      datesAsReported: 'September 2099',
      craftSlugs: ['pottery'],
      partnerIds: [BUILTIN_ORGANIZATION_IDS.cheche],
      reportedExhibitorCount: 30,
    });
    const { updateExhibition: payload } = await queryData(graph.url, UPDATE, {
      input: {
        id,
        startsOn: '2099-09-12',
        endsOn: '2099-09-20',
        datesAsReported: null,
        craftSlugs: ['jewelry', 'knitwear'],
        partnerIds: [],
        reportedExhibitorCount: null,
      },
    });
    expect(payload).toEqual({
      exhibition: {
        name: 'Announced for a month',
        startsOn: '2099-09-12',
        endsOn: '2099-09-20',
        startsNoEarlierThan: null,
        startsNoLaterThan: null,
        datesAsReported: null,
        crafts: [{ slug: 'jewelry' }, { slug: 'knitwear' }],
        partners: [],
        reportedExhibitorCount: null,
      },
      error: null,
    });
  });

  it('cancels an exhibition, which stays listed as CANCELLED and refuses further changes', async () => {
    const id = await createExhibition(graph.url, { name: 'To be cancelled', startsOn: '2099-07-01', endsOn: '2099-07-03' });
    const { cancelExhibition: payload } = await queryData(graph.url, CANCEL, { input: { id, reason: '  Venue unavailable ' } });
    expect(payload).toEqual({
      exhibition: { cancelledOn: todayInDomainZone(), cancellationReason: 'Venue unavailable', status: 'CANCELLED' },
      error: null,
    });
    const BEFORE = graphql(`
      query ExhibitionsStatusBefore($id: ID!) {
        exhibition(id: $id) {
          name
          before: status(on: "2026-01-01")
        }
      }
    `);
    const { exhibition } = await queryData(graph.url, BEFORE, { id });
    expect(exhibition).toEqual({ name: 'To be cancelled', before: 'UPCOMING' });
    expect((await queryData(graph.url, CANCEL, { input: { id } })).cancelExhibition!.error).toEqual({
      code: 'EXHIBITION_CANCELLED',
      field: 'id',
    });
    expect((await queryData(graph.url, UPDATE, { input: { id, name: 'Renamed' } })).updateExhibition!.error).toEqual({
      code: 'EXHIBITION_CANCELLED',
      field: 'id',
    });
  });

  it('refuses to cancel an exhibition that has ended, and to change or cancel one that does not exist', async () => {
    const id = await createExhibition(graph.url, { name: 'Long over', startsOn: '2021-03-01', endsOn: '2021-03-05' });
    expect((await queryData(graph.url, CANCEL, { input: { id } })).cancelExhibition).toEqual({
      exhibition: null,
      error: { code: 'EXHIBITION_ENDED', field: 'id' },
    });
    for (const missing of ['00000000-0000-4000-8000-0000000000bb', 'nothing']) {
      expect((await queryData(graph.url, CANCEL, { input: { id: missing } })).cancelExhibition!.error).toEqual({
        code: 'NOT_FOUND',
        field: 'id',
      });
      expect((await queryData(graph.url, UPDATE, { input: { id: missing, name: 'x' } })).updateExhibition!.error).toEqual({
        code: 'NOT_FOUND',
        field: 'id',
      });
    }
    const UNKNOWN = graphql(`
      query ExhibitionsUnknown {
        a: exhibition(id: "00000000-0000-4000-8000-000000000000") {
          id
        }
        b: exhibition(id: "nothing") {
          id
        }
      }
    `);
    expect(await queryData(graph.url, UNKNOWN)).toEqual({ a: null, b: null });
  });
});

describe('bad input', () => {
  it('refuses impossible dates, unknown countries and crafts, and a domestic exhibition abroad with BAD_USER_INPUT naming the argument, writing nothing', async () => {
    const before = await rowCounts();
    const base: CreateExhibitionInput = { name: 'Bad', kind: 'INTERNATIONAL', countryCode: 'TR', startsOn: '2099-01-10' };
    const CREATE_BAD = graphql(`
      mutation ExhibitionsCreateBad($input: CreateExhibitionInput!) {
        createExhibition(input: $input) {
          exhibition {
            id
          }
        }
      }
    `);
    const cases: Array<[CreateExhibitionInput, string]> = [
      [{ ...base, endsOn: '2099-01-09' }, 'input.endsOn'],
      [{ ...base, startsOn: null, startsNoEarlierThan: '2099-02-01', startsNoLaterThan: '2099-01-01' }, 'input.startsNoLaterThan'],
      [{ ...base, startsOn: null, startsNoEarlierThan: '2099-02-01', endsOn: '2099-01-15' }, 'input.endsOn'],
      [{ ...base, startsNoEarlierThan: '2099-01-01' }, 'input.startsNoEarlierThan'],
      [{ ...base, startsOn: null }, 'input.startsOn'],
      [{ ...base, kind: 'DOMESTIC' }, 'input.kind'],
    ];
    for (const [input, argumentName] of cases) {
      const response = await postGraphql(graph.url, CREATE_BAD, { input });
      expect({ argumentName, extensions: response.errors?.[0].extensions }).toEqual({
        argumentName,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }),
      });
    }
    // Bad literals on purpose: plain strings, out of codegen's reach.
    const literalBase: Record<string, string> = { name: '"Bad"', kind: 'INTERNATIONAL', countryCode: '"TR"', startsOn: '"2099-01-10"' };
    for (const [field, literal, argumentName] of [
      ['countryCode', '"XX"', 'input.countryCode'],
      ['craftSlugs', '["basketry"]', 'input.craftSlugs[0]'],
      ['provinceCode', '"IR-31"', 'input.provinceCode'],
      ['reportedExhibitorCount', '0', 'input.reportedExhibitorCount'],
      ['startsOn', '"2099-02-30"', 'input.startsOn'],
      ['name', '"   "', 'input.name'],
    ]) {
      const fields = Object.entries({ ...literalBase, [field]: literal })
        .map(([key, value]) => `${key}: ${value}`)
        .join(', ');
      const response = await postGraphql(graph.url, `mutation { createExhibition(input: { ${fields} }) { exhibition { id } } }`);
      expect({ field, extensions: response.errors?.[0].extensions }).toEqual({
        field,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }),
      });
    }
    const id = await createExhibition(graph.url, { name: 'Bad update target', startsOn: '2099-01-10' });
    const afterCreate = await rowCounts();
    const badUpdate = await postGraphql(
      graph.url,
      `mutation { updateExhibition(input: { id: "${id}", endsOn: "2099-01-01", craftSlugs: ["kilim"] }) { exhibition { id } } }`,
    );
    expect(badUpdate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.endsOn' });
    expect(await rowCounts()).toEqual(afterCreate);
    expect(afterCreate).toEqual({ ...before, exhibition: before.exhibition + 1 });
  });

  it('refuses bad filters and page sizes with BAD_USER_INPUT naming the argument, on lists and nested lists alike', async () => {
    // Bad input on purpose: plain strings, out of codegen's reach.
    for (const [query, argumentName] of [
      ['{ exhibitions(filter: { countryCode: "ZZ" }) { totalCount } }', 'filter.countryCode'],
      ['{ exhibitions(filter: { craftSlug: "basketry" }) { totalCount } }', 'filter.craftSlug'],
      ['{ exhibitions(filter: { startsFrom: "2026-05-01", startsTo: "2026-01-01" }) { totalCount } }', 'filter.startsTo'],
      ['{ exhibitions(filter: { statusOn: "2026-05-01" }) { totalCount } }', 'filter.statusOn'],
      ['{ exhibitions(first: 0) { totalCount } }', 'first'],
      ['{ exhibitions(first: 101) { totalCount } }', 'first'],
      ['{ exhibitions(after: "bm90IGEgY3Vyc29y") { totalCount } }', 'after'],
      ['{ province(code: "IR-16") { exhibitions(first: 101) { totalCount } } }', 'first'],
      [
        '{ country(code: "IQ") { exhibitionsHosted(filter: { startsFrom: "2026-05-01", startsTo: "2026-01-01" }) { totalCount } } }',
        'filter.startsTo',
      ],
      ['{ exhibitions { edges { node { exhibitors(first: 101) { totalCount } } } } }', 'first'],
    ]) {
      const response = await postGraphql(graph.url, query);
      expect({ query, extensions: response.errors?.[0].extensions }).toEqual({
        query,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }),
      });
    }
  });
});

describe('cache hints', () => {
  const cacheControlOf = async <TData>(operation: TypedOperation<TData, Record<string, never>>) =>
    (await postGraphql(graph.url, operation)).headers.get('cache-control');

  it('let a shared cache keep exhibition listings, export markets and designations for a minute', async () => {
    const LISTING = graphql(`
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
    `);
    expect(await cacheControlOf(LISTING)).toBe('max-age=60, public');
    const HOSTED = graphql(`
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
    `);
    expect(await cacheControlOf(HOSTED)).toBe('max-age=60, public');
    const MARKETS = graphql(`
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
    `);
    expect(await cacheControlOf(MARKETS)).toBe('max-age=60, public');
  });

  it('keep the exhibitors, who are people, out of shared caches', async () => {
    const COUNT = graphql(`
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
    `);
    expect(await cacheControlOf(COUNT)).toBe('no-store');
    const NAMES = graphql(`
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
    `);
    expect(await cacheControlOf(NAMES)).toBe('no-store');
  });
});

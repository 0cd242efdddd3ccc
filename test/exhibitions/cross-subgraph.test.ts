import { BUILTIN_ORGANIZATION_IDS } from '../../services/shared/catalogue';
import { createExhibition, registerExhibitor } from '../support/exhibitions-fixtures';
import { queryData } from '../support/graphql-client';
import { startTestGraph, type TestGraph } from '../support/test-graph';
import { createArtisan, createCourse, enroll } from '../support/training-fixtures';

let graph: TestGraph;
let url: string;
beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
});
afterAll(() => graph?.stop());

describe('questions that span training and exhibitions, answered in one gateway query', () => {
  it("shows an artisan's page: the artisan, the courses taken and the exhibitions taken part in", async () => {
    const artisanId = await createArtisan(url, { name: 'Page Artisan', provinceCode: 'IR-16', craftSlugs: ['kilim'] });
    const courseId = await createCourse(url, { title: 'Kilim design', provinceCodes: ['IR-16'], craftSlugs: ['kilim'] });
    expect((await enroll(url, artisanId, courseId)).error).toBeNull();
    const later = await createExhibition(url, { name: 'Kilims in Baghdad', countryCode: 'IQ', startsOn: '2099-03-01', craftSlugs: ['kilim'] });
    const earlier = await createExhibition(url, { name: 'Kilims in Tehran', kind: 'DOMESTIC', countryCode: 'IR', startsOn: '2098-11-01', craftSlugs: ['kilim'] });
    await createExhibition(url, { name: 'Without this artisan', startsOn: '2098-12-01' });
    expect(await registerExhibitor(url, later, artisanId)).toBeNull();
    expect(await registerExhibitor(url, earlier, artisanId)).toBeNull();

    const { artisan } = await queryData(
      url,
      `query($id: ID!) { artisan(id: $id) {
        name province { name } crafts { name }
        enrollments { status course { title provider { name } } }
        exhibitions(first: 5) { totalCount edges { node { name startsOn country { name } crafts { name } status(on: "2098-01-01") } } }
        abroad: exhibitions(filter: { heldAbroad: true }) { edges { node { name } } }
      } }`,
      { id: artisanId },
    );
    expect(artisan).toEqual({
      name: 'Page Artisan',
      province: { name: 'Ilam' },
      crafts: [{ name: 'Kilim' }],
      enrollments: [{ status: 'ENROLLED', course: { title: 'Kilim design', provider: { name: 'Cheche' } } }],
      exhibitions: {
        totalCount: 2,
        edges: [
          { node: { name: 'Kilims in Tehran', startsOn: '2098-11-01', country: { name: 'Iran' }, crafts: [{ name: 'Kilim' }], status: 'UPCOMING' } },
          { node: { name: 'Kilims in Baghdad', startsOn: '2099-03-01', country: { name: 'Iraq' }, crafts: [{ name: 'Kilim' }], status: 'UPCOMING' } },
        ],
      },
      abroad: { edges: [{ node: { name: 'Kilims in Baghdad' } }] },
    });
  });

  it('answers for a province its courses and its exhibitions abroad', async () => {
    await createCourse(url, { title: 'Leather mosaic in Ilam', provinceCodes: ['IR-16'], craftSlugs: ['leather-mosaic'] });
    await createExhibition(url, { name: 'Ilam at home', kind: 'DOMESTIC', countryCode: 'IR', startsOn: '2099-01-01', provinceCode: 'IR-16' });
    const { province } = await queryData(
      url,
      `{ province(code: "IR-16") { name
        courses(first: 10) { edges { node { title } } }
        exhibitions(filter: { heldAbroad: true }, first: 10) { totalCount edges { node { name country { code } region startsOn sources { publisher } } } }
        everywhere: exhibitions { totalCount }
      } }`,
    );
    expect(province.name).toBe('Ilam');
    expect(province.courses.edges.map((edge: any) => edge.node.title)).toEqual(expect.arrayContaining(['Kilim design', 'Leather mosaic in Ilam']));
    expect(province.exhibitions).toEqual({
      totalCount: 1,
      edges: [{ node: { name: 'Ilam Handicrafts Exhibition', country: { code: 'IQ' }, region: 'Wasit', startsOn: '2025-10-10', sources: [{ publisher: null }] } }],
    });
    expect(province.everywhere.totalCount).toBe(2);
  });

  it('lists the exhibitions a country hosts with their organisers, the exhibitions showing a craft, and those an organisation organises', async () => {
    const id = await createExhibition(url, {
      name: 'Copper in Muscat',
      countryCode: 'OM',
      startsOn: '2099-02-01',
      craftSlugs: ['copper-utensils'],
      organizerId: BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts,
      partnerIds: [BUILTIN_ORGANIZATION_IDS.ministryOfCulturalHeritage],
    });
    const data = await queryData(
      url,
      `query($org: ID!) {
        country(code: "OM") { name exhibitionsHosted { edges { node { id name organizer { name kind } partners { name } } } } exportMarkets { group priority } }
        craft(slug: "copper-utensils") { name exhibitions { edges { node { name } } } }
        organization(id: $org) { name exhibitionsOrganized(filter: { countryCode: "OM" }) { totalCount edges { node { name } } } }
      }`,
      { org: BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts },
    );
    expect(data.country).toEqual({
      name: 'Oman',
      exhibitionsHosted: {
        edges: [
          {
            node: {
              id,
              name: 'Copper in Muscat',
              organizer: { name: 'Deputy of Handicrafts and Traditional Arts, Ministry of Cultural Heritage, Tourism and Handicrafts', kind: 'GOVERNMENT_BODY' },
              partners: [{ name: 'Ministry of Cultural Heritage, Tourism and Handicrafts' }],
            },
          },
        ],
      },
      exportMarkets: [{ group: 'PERSIAN_GULF', priority: 'MAIN_TARGET' }],
    });
    expect(data.craft.exhibitions.edges.map((edge: any) => edge.node.name)).toEqual(['Ilam Handicrafts Exhibition', 'Copper in Muscat']);
    expect(data.organization).toEqual({ name: 'Deputy of Handicrafts and Traditional Arts, Ministry of Cultural Heritage, Tourism and Handicrafts', exhibitionsOrganized: { totalCount: 1, edges: [{ node: { name: 'Copper in Muscat' } }] } });
  });

  it('pages through every province\'s exhibitions in one query, each province with its own cursors', async () => {
    for (const [index, startsOn] of ['2097-01-01', '2097-02-01', '2097-03-01'].entries()) {
      await createExhibition(url, { name: `Golestan ${index + 1}`, startsOn, provinceCode: 'IR-27' });
    }
    const first = await queryData(url, '{ provinces { code exhibitions(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }');
    const golestan = first.provinces.find((province: any) => province.code === 'IR-27');
    expect(golestan.exhibitions).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true }, edges: [{ node: { name: 'Golestan 1' } }, { node: { name: 'Golestan 2' } }] });
    expect(first.provinces.find((province: any) => province.code === 'IR-23').exhibitions).toMatchObject({ totalCount: 0, edges: [] });
    const next = await queryData(url, 'query($after: String) { province(code: "IR-27") { exhibitions(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { name } } } } }', {
      after: golestan.exhibitions.pageInfo.endCursor,
    });
    expect(next.province.exhibitions).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { name: 'Golestan 3' } }] });
  });
});

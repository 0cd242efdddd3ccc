import { graphql } from '../generated';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { createExhibition, registerExhibitor } from '../support/exhibitions-fixtures';
import { queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createArtisan, createCourse, enroll } from '../support/training-fixtures';

const graph = useTestGraph();

describe('questions that span training and exhibitions, answered in one gateway query', () => {
  it("shows an artisan's page: the artisan, the courses taken and the exhibitions taken part in", async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Page Artisan', provinceCode: 'IR-16', craftSlugs: ['kilim'] });
    const courseId = await createCourse(graph.url, { title: 'Kilim design', provinceCodes: ['IR-16'], craftSlugs: ['kilim'] });
    expect((await enroll(graph.url, artisanId, courseId)).error).toBeNull();
    const later = await createExhibition(graph.url, {
      name: 'Kilims in Baghdad',
      countryCode: 'IQ',
      startsOn: '2099-03-01',
      craftSlugs: ['kilim'],
    });
    const earlier = await createExhibition(graph.url, {
      name: 'Kilims in Tehran',
      kind: 'DOMESTIC',
      countryCode: 'IR',
      startsOn: '2098-11-01',
      craftSlugs: ['kilim'],
    });
    await createExhibition(graph.url, { name: 'Without this artisan', startsOn: '2098-12-01' });
    expect(await registerExhibitor(graph.url, later, artisanId)).toBeNull();
    expect(await registerExhibitor(graph.url, earlier, artisanId)).toBeNull();

    const ARTISAN_PAGE = graphql(`
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
          abroad: exhibitions(filter: { heldAbroad: true }) {
            edges {
              node {
                name
              }
            }
          }
        }
      }
    `);
    const { artisan } = await queryData(graph.url, ARTISAN_PAGE, { id: artisanId });
    expect(artisan).toEqual({
      name: 'Page Artisan',
      province: { name: 'Ilam' },
      crafts: [{ name: 'Kilim' }],
      enrollments: [{ status: 'ENROLLED', course: { title: 'Kilim design', provider: { name: 'Cheche' } } }],
      exhibitions: {
        totalCount: 2,
        edges: [
          {
            node: {
              name: 'Kilims in Tehran',
              startsOn: '2098-11-01',
              country: { name: 'Iran' },
              crafts: [{ name: 'Kilim' }],
              status: 'UPCOMING',
            },
          },
          {
            node: {
              name: 'Kilims in Baghdad',
              startsOn: '2099-03-01',
              country: { name: 'Iraq' },
              crafts: [{ name: 'Kilim' }],
              status: 'UPCOMING',
            },
          },
        ],
      },
      abroad: { edges: [{ node: { name: 'Kilims in Baghdad' } }] },
    });
  });

  it('answers for a province its courses and its exhibitions abroad', async () => {
    await createCourse(graph.url, { title: 'Leather mosaic in Ilam', provinceCodes: ['IR-16'], craftSlugs: ['leather-mosaic'] });
    await createExhibition(graph.url, {
      name: 'Ilam at home',
      kind: 'DOMESTIC',
      countryCode: 'IR',
      startsOn: '2099-01-01',
      provinceCode: 'IR-16',
    });
    const PROVINCE = graphql(`
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
          exhibitions(filter: { heldAbroad: true }, first: 10) {
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
    `);
    const { province } = await queryData(graph.url, PROVINCE);
    expect(province?.name).toBe('Ilam');
    expect(province?.courses!.edges.map((edge) => edge.node.title)).toEqual(
      expect.arrayContaining(['Kilim design', 'Leather mosaic in Ilam']),
    );
    expect(province?.exhibitions).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            name: 'Ilam Handicrafts Exhibition',
            country: { code: 'IQ' },
            region: 'Wasit',
            startsOn: '2025-10-10',
            sources: [{ publisher: null }],
          },
        },
      ],
    });
    expect(province?.everywhere!.totalCount).toBe(2);
  });

  it('lists the exhibitions a country hosts with their organisers, the exhibitions showing a craft, and those an organisation organises', async () => {
    const id = await createExhibition(graph.url, {
      name: 'Copper in Muscat',
      countryCode: 'OM',
      startsOn: '2099-02-01',
      craftSlugs: ['copper-utensils'],
      organizerId: BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts,
      partnerIds: [BUILTIN_ORGANIZATION_IDS.ministryOfCulturalHeritage],
    });
    const HOSTED = graphql(`
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
          exhibitionsOrganized(filter: { countryCode: "OM" }) {
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
    const data = await queryData(graph.url, HOSTED, { org: BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts });
    expect(data.country).toEqual({
      name: 'Oman',
      exhibitionsHosted: {
        edges: [
          {
            node: {
              id,
              name: 'Copper in Muscat',
              organizer: {
                name: 'Deputy of Handicrafts and Traditional Arts, Ministry of Cultural Heritage, Tourism and Handicrafts',
                kind: 'GOVERNMENT_BODY',
              },
              partners: [{ name: 'Ministry of Cultural Heritage, Tourism and Handicrafts' }],
            },
          },
        ],
      },
      exportMarkets: [{ group: 'PERSIAN_GULF', priority: 'MAIN_TARGET' }],
    });
    expect(data.craft?.exhibitions!.edges.map((edge) => edge.node.name)).toEqual(['Ilam Handicrafts Exhibition', 'Copper in Muscat']);
    expect(data.organization).toEqual({
      name: 'Deputy of Handicrafts and Traditional Arts, Ministry of Cultural Heritage, Tourism and Handicrafts',
      exhibitionsOrganized: { totalCount: 1, edges: [{ node: { name: 'Copper in Muscat' } }] },
    });
  });

  it("pages through every province's exhibitions in one query, each province with its own cursors", async () => {
    for (const [index, startsOn] of ['2097-01-01', '2097-02-01', '2097-03-01'].entries()) {
      await createExhibition(graph.url, { name: `Golestan ${index + 1}`, startsOn, provinceCode: 'IR-27' });
    }
    const FIRST_PAGES = graphql(`
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
    `);
    const first = await queryData(graph.url, FIRST_PAGES);
    const golestan = first.provinces!.find((province) => province.code === 'IR-27');
    expect(golestan?.exhibitions).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { name: 'Golestan 1' } }, { node: { name: 'Golestan 2' } }],
    });
    expect(first.provinces!.find((province) => province.code === 'IR-23')?.exhibitions).toMatchObject({ totalCount: 0, edges: [] });
    const NEXT_PAGE = graphql(`
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
    `);
    const next = await queryData(graph.url, NEXT_PAGE, { after: golestan?.exhibitions!.pageInfo.endCursor });
    expect(next.province?.exhibitions).toEqual({ pageInfo: { hasNextPage: false }, edges: [{ node: { name: 'Golestan 3' } }] });
  });
});

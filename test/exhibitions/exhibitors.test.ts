import { graphql } from '../generated';
import type { ExhibitorsPageQuery } from '../generated/graphql';
import { asGatewayFor, rememberSubgraph, TEST_GATEWAY_SECRET } from '../support/access';
import { addDays, BUILTIN_ORGANIZATION_IDS, todayInDomainZone } from '../support/catalogue';
import { createExhibition, registerExhibitor } from '../support/exhibitions-fixtures';
import { postGraphql, queryData } from '../support/graphql-client';
import { type RunningSubgraph, startSubgraph } from '../support/platform';
import { exhibitionsSubgraph } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { createArtisan } from '../support/training-fixtures';

const graph = useTestGraph();

const REMOVE = graphql(`
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
`);

const CANCEL = graphql(`
  mutation ExhibitorsCancel($id: ID!) {
    cancelExhibition(input: { id: $id }) {
      error {
        code
      }
    }
  }
`);

async function removeExhibitor(exhibitionId: string, artisanId: string) {
  return (await queryData(graph.url, REMOVE, { input: { exhibitionId, artisanId } })).removeExhibitor!;
}

/** Returns the number of exhibitor rows, read straight from PostgreSQL. */
async function exhibitorRows(): Promise<number> {
  return (await graph.db.query<{ count: number }>('SELECT count(*)::int AS count FROM exhibitions.exhibitor')).rows[0].count;
}

const upcoming = (name: string) => createExhibition(graph.url, { name, startsOn: '2099-04-01', endsOn: '2099-04-07' });

describe('registering exhibitors', () => {
  it('registers artisans of the training subgraph and lists them with their names and provinces through the gateway, in registration order, page by page', async () => {
    const exhibitionId = await upcoming('Registration order');
    const names = ['Reza Potter', 'Ali Weaver', 'Sara Smith', 'Mina Carver', 'Hadi Jeweller'];
    const artisanIds: string[] = [];
    for (const [index, name] of names.entries()) {
      artisanIds.push(await createArtisan(graph.url, { name, provinceCode: index % 2 === 0 ? 'IR-16' : 'IR-10' }));
    }
    for (const artisanId of artisanIds) {
      expect(await registerExhibitor(graph.url, exhibitionId, artisanId)).toBeNull();
    }
    const PAGE = graphql(`
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
    `);
    const seen: Array<{ id: string; name: string | null; province: { name: string } | null }> = [];
    let after: string | null = null;
    for (;;) {
      const { exhibition }: ExhibitorsPageQuery = await queryData(graph.url, PAGE, { id: exhibitionId, after });
      expect(exhibition?.exhibitorCount).toBe(5);
      expect(exhibition?.reportedExhibitorCount).toBeNull();
      expect(exhibition?.exhibitors.totalCount).toBe(5);
      seen.push(...(exhibition?.exhibitors.edges ?? []).map((edge) => edge.node!));
      if (!exhibition?.exhibitors.pageInfo.hasNextPage) {
        break;
      }
      after = exhibition.exhibitors.pageInfo.endCursor;
    }
    expect(seen.map((node) => node.name)).toEqual(names);
    expect(seen[0]).toEqual({ id: artisanIds[0], name: 'Reza Potter', province: { name: 'Ilam' } });
    expect(seen[1].province).toEqual({ name: 'Isfahan' });
  });

  it('counts the larger of the reported and the registered exhibitors, keeping both answerable', async () => {
    const exhibitionId = await createExhibition(graph.url, { name: 'Reported two', startsOn: '2099-05-01', reportedExhibitorCount: 2 });
    const COUNTS = graphql(`
      query ExhibitorsCounts($id: ID!) {
        exhibition(id: $id) {
          exhibitorCount
          reportedExhibitorCount
          exhibitors {
            totalCount
          }
        }
      }
    `);
    const countsOf = async () => (await queryData(graph.url, COUNTS, { id: exhibitionId })).exhibition;
    expect(await countsOf()).toEqual({ exhibitorCount: 2, reportedExhibitorCount: 2, exhibitors: { totalCount: 0 } });
    for (const name of ['Count One', 'Count Two', 'Count Three']) {
      expect(await registerExhibitor(graph.url, exhibitionId, await createArtisan(graph.url, { name, provinceCode: 'IR-05' }))).toBeNull();
    }
    expect(await countsOf()).toEqual({ exhibitorCount: 3, reportedExhibitorCount: 2, exhibitors: { totalCount: 3 } });
  });

  it('refuses an artisan the training subgraph does not know, as NOT_FOUND on artisanId, writing nothing', async () => {
    const exhibitionId = await upcoming('Unknown artisan');
    const before = await exhibitorRows();
    expect(await registerExhibitor(graph.url, exhibitionId, '00000000-0000-4000-8000-0000000000cc')).toEqual({
      code: 'NOT_FOUND',
      field: 'artisanId',
    });
    expect(await registerExhibitor(graph.url, exhibitionId, 'somebody')).toEqual({ code: 'NOT_FOUND', field: 'artisanId' });
    expect(await exhibitorRows()).toBe(before);
  });

  it('refuses a second registration of the same artisan, also when both arrive at the same time', async () => {
    const exhibitionId = await upcoming('Twice');
    const artisanId = await createArtisan(graph.url, { name: 'Eager Exhibitor', provinceCode: 'IR-02' });
    expect(await registerExhibitor(graph.url, exhibitionId, artisanId)).toBeNull();
    expect(await registerExhibitor(graph.url, exhibitionId, artisanId)).toEqual({ code: 'ALREADY_REGISTERED', field: 'artisanId' });

    const raceId = await upcoming('Race');
    const results = await Promise.all(Array.from({ length: 6 }, () => registerExhibitor(graph.url, raceId, artisanId)));
    expect(results.filter((result) => result === null)).toHaveLength(1);
    expect(results.filter((result) => result?.code === 'ALREADY_REGISTERED')).toHaveLength(5);
    const REGISTERED = graphql(`
      query ExhibitorsRace($id: ID!) {
        exhibition(id: $id) {
          exhibitors {
            totalCount
          }
        }
      }
    `);
    const { exhibition } = await queryData(graph.url, REGISTERED, { id: raceId });
    expect(exhibition?.exhibitors.totalCount).toBe(1);
  });

  it('refuses registrations after the exhibition ended, to a cancelled exhibition and to an unknown one', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Too Late', provinceCode: 'IR-07' });
    const endedId = await createExhibition(graph.url, {
      name: 'Ended yesterday',
      startsOn: addDays(todayInDomainZone(), -5),
      endsOn: addDays(todayInDomainZone(), -1),
    });
    expect(await registerExhibitor(graph.url, endedId, artisanId)).toEqual({ code: 'EXHIBITION_ENDED', field: 'exhibitionId' });
    const lastDayId = await createExhibition(graph.url, {
      name: 'Ends today',
      startsOn: addDays(todayInDomainZone(), -5),
      endsOn: todayInDomainZone(),
    });
    expect(await registerExhibitor(graph.url, lastDayId, artisanId)).toBeNull();

    const cancelledId = await upcoming('Called off');
    await queryData(graph.url, CANCEL, { id: cancelledId });
    expect(await registerExhibitor(graph.url, cancelledId, artisanId)).toEqual({ code: 'EXHIBITION_CANCELLED', field: 'exhibitionId' });
    expect(await registerExhibitor(graph.url, '00000000-0000-4000-8000-0000000000dd', artisanId)).toEqual({
      code: 'NOT_FOUND',
      field: 'exhibitionId',
    });
    expect(await registerExhibitor(graph.url, 'no-such-exhibition', artisanId)).toEqual({ code: 'NOT_FOUND', field: 'exhibitionId' });
  });
});

describe('removing exhibitors', () => {
  it('removes a registered artisan, and refuses one who is not registered', async () => {
    const exhibitionId = await upcoming('Removal');
    const artisanId = await createArtisan(graph.url, { name: 'Changed Plans', provinceCode: 'IR-09' });
    expect(await registerExhibitor(graph.url, exhibitionId, artisanId)).toBeNull();
    expect(await removeExhibitor(exhibitionId, artisanId)).toEqual({
      exhibition: { id: exhibitionId },
      artisan: { id: artisanId, name: 'Changed Plans' },
      error: null,
    });
    const BOTH_SIDES = graphql(`
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
    `);
    const { exhibition, artisan } = await queryData(graph.url, BOTH_SIDES, { e: exhibitionId, a: artisanId });
    expect(exhibition?.exhibitors.totalCount).toBe(0);
    expect(artisan?.exhibitions!.totalCount).toBe(0);
    expect(await removeExhibitor(exhibitionId, artisanId)).toEqual({
      exhibition: null,
      artisan: null,
      error: { code: 'NOT_REGISTERED', field: 'artisanId' },
    });
    expect((await removeExhibitor(exhibitionId, 'nobody')).error).toEqual({ code: 'NOT_REGISTERED', field: 'artisanId' });
    expect((await removeExhibitor('00000000-0000-4000-8000-0000000000ee', artisanId)).error).toEqual({
      code: 'NOT_FOUND',
      field: 'exhibitionId',
    });
  });

  it('keeps the exhibitors of an exhibition that has ended or was cancelled', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'On Record', provinceCode: 'IR-12' });
    const endedId = await upcoming('Will have ended');
    const cancelledId = await upcoming('Will be cancelled');
    expect(await registerExhibitor(graph.url, endedId, artisanId)).toBeNull();
    expect(await registerExhibitor(graph.url, cancelledId, artisanId)).toBeNull();
    const MOVE = graphql(`
      mutation ExhibitorsMoveToPast($id: ID!) {
        updateExhibition(input: { id: $id, startsOn: "2024-04-01", endsOn: "2024-04-07" }) {
          error {
            code
          }
        }
      }
    `);
    const moved = await queryData(graph.url, MOVE, { id: endedId });
    expect(moved.updateExhibition!.error).toBeNull();
    await queryData(graph.url, CANCEL, { id: cancelledId });
    const before = await exhibitorRows();
    expect((await removeExhibitor(endedId, artisanId)).error).toEqual({ code: 'EXHIBITION_ENDED', field: 'exhibitionId' });
    expect((await removeExhibitor(cancelledId, artisanId)).error).toEqual({ code: 'EXHIBITION_CANCELLED', field: 'exhibitionId' });
    expect(await exhibitorRows()).toBe(before);
  });
});

describe('when the training subgraph does not answer', () => {
  let isolated: RunningSubgraph;
  beforeAll(async () => {
    // A second exhibitions subgraph on the same database, whose training peer is a port nothing listens on.
    isolated = await startSubgraph(exhibitionsSubgraph, {
      databaseUrl: graph.databaseUrl,
      port: 0,
      host: '127.0.0.1',
      peerUrls: { training: 'http://127.0.0.1:1/graphql' },
      gatewaySecret: TEST_GATEWAY_SECRET,
    });
    rememberSubgraph(isolated);
  });
  afterAll(() => isolated?.stop());

  it('fails registrations and exhibitions naming organisations with a SERVICE_UNAVAILABLE error, writing nothing', async () => {
    const exhibitionId = await upcoming('Training down');
    const artisanId = await createArtisan(graph.url, { name: 'Unreachable', provinceCode: 'IR-01' });
    const before = await exhibitorRows();
    // API operations sent to the isolated subgraph itself: valid there as they are through the gateway.
    const REGISTER = graphql(`
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
    `);
    const registration = await postGraphql(asGatewayFor(isolated.url), REGISTER, { input: { exhibitionId, artisanId } });
    expect(registration.data?.registerExhibitor ?? null).toBeNull();
    expect(registration.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/training service did not answer.*nothing was written/),
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'training' },
    });
    expect(await exhibitorRows()).toBe(before);

    const COUNT = graphql(`
      query ExhibitorsIsolatedCount {
        exhibitions {
          totalCount
        }
      }
    `);
    const { exhibitions: listed } = await queryData(asGatewayFor(isolated.url), COUNT);
    const CREATE = graphql(`
      mutation ExhibitorsIsolatedCreate($input: CreateExhibitionInput!) {
        createExhibition(input: $input) {
          exhibition {
            id
          }
        }
      }
    `);
    const creation = await postGraphql(asGatewayFor(isolated.url), CREATE, {
      input: {
        name: 'Needs training',
        kind: 'INTERNATIONAL',
        countryCode: 'TR',
        startsOn: '2099-01-01',
        organizerId: BUILTIN_ORGANIZATION_IDS.cheche,
      },
    });
    expect(creation.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect((await queryData(asGatewayFor(isolated.url), COUNT)).exhibitions!.totalCount).toBe(listed!.totalCount);

    // What needs no other subgraph still works.
    const SELF_CONTAINED = graphql(`
      mutation ExhibitorsIsolatedSelfContained {
        createExhibition(input: { name: "Self-contained", kind: INTERNATIONAL, countryCode: "TR", startsOn: "2099-01-02" }) {
          exhibition {
            name
          }
          error {
            code
          }
        }
      }
    `);
    const withoutOrganisations = await queryData(asGatewayFor(isolated.url), SELF_CONTAINED);
    expect(withoutOrganisations.createExhibition).toEqual({ exhibition: { name: 'Self-contained' }, error: null });
  });
});

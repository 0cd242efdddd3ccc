import { randomUUID } from 'node:crypto';

import { Redis } from 'ioredis';

import { graphql } from '../generated';
import { asAnonymous, createTestKey, TEST_ADMIN_KEY, TEST_GATEWAY_SECRET, withKey } from '../support/access';
import { type AuthorizationWorld, buildAuthorizationWorld } from '../support/authorization-fixtures';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { type GraphqlResponse, postGraphql } from '../support/graphql-client';
import {
  composeSupergraph,
  createLogger,
  gatewayLimitsFromEnv,
  type GatewayOptions,
  type ListeningGraphqlServer,
  Role,
  startGateway,
  startInProcessSubgraphs,
} from '../support/platform';
import { redisAnswers, TEST_REDIS_URL } from '../support/redis';
import { SUBGRAPHS } from '../support/subgraphs';
import { type ExtraGatewayOptions, useTestGraph } from '../support/test-graph';
import { createCourse } from '../support/training-fixtures';

const graph = useTestGraph();

const COURSES = graphql(`
  query ResponseCacheCourses($provinceCode: ProvinceCode!) {
    courses(filter: { provinceCode: $provinceCode }, first: 20) {
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
`);

const VIEWER = graphql(`
  query ResponseCacheViewer {
    viewer {
      role
      keyPrefix
      organization {
        id
      }
    }
  }
`);

const EXHIBITOR_NAMES = graphql(`
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
`);

const COURSES_AND_FIGURE = graphql(`
  query ResponseCacheCoursesAndFigure($provinceCode: ProvinceCode!, $figureId: ID!) {
    courses(filter: { provinceCode: $provinceCode }, first: 20) {
      totalCount
    }
    exportFigure(id: $figureId) {
      valueUsd
    }
  }
`);

const CREATE_COURSE = graphql(`
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
`);

/** Starts a gateway of the graph with the response cache on (in memory unless `responseCache` says otherwise). */
function cachingGateway(options: ExtraGatewayOptions = {}): Promise<ListeningGraphqlServer> {
  return graph.startGateway({ ...options, responseCache: { enabled: true, ...options.responseCache } });
}

/** Returns the titles of a course listing's answer. */
function titlesOf(response: GraphqlResponse<{ courses: { edges: ReadonlyArray<{ node: { title: string } }> } | null }>): string[] {
  expect(response.errors).toBeUndefined();
  return (response.data?.courses!.edges ?? []).map((edge) => edge.node.title).sort();
}

/** Returns the gateway's counts of `gateway_response_cache_requests_total` by outcome. */
async function cacheCounts(gateway: ListeningGraphqlServer): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  return Object.fromEntries(
    [...text.matchAll(/^gateway_response_cache_requests_total\{outcome="(\w+)"[^}]*\} (\d+)$/gm)].map(([, outcome, count]) => [
      outcome,
      Number(count),
    ]),
  );
}

describe('the response cache', () => {
  it('answers a public listing asked again from the cache, without asking the subgraph, and shows no change made since', async () => {
    const gateway = await cachingGateway();
    const provinceCode = 'IR-05';
    await createCourse(graph.url, { title: 'Cached course one', provinceCodes: [provinceCode] });
    const anonymous = asAnonymous(gateway.url);

    const first = await graph.countStatements(() => postGraphql(anonymous, COURSES, { provinceCode }));
    expect(titlesOf(first.result)).toEqual(['Cached course one']);
    expect(first.result.headers.get('cache-control')).toBe('max-age=60, public');
    expect(first.result.headers.get('age')).toBeNull();
    expect(first.statements.training).toBeGreaterThan(0);

    const again = await graph.countStatements(() => postGraphql(anonymous, COURSES, { provinceCode }));
    expect(again.result.data).toEqual(first.result.data);
    expect(Number(again.result.headers.get('age'))).toBeLessThanOrEqual(1);
    expect(again.result.headers.get('cache-control')).toBe('max-age=60, public');
    expect(again.statements).toEqual({ training: 0, exhibitions: 0, trade: 0, access: 0 });

    // A course added since is not seen until the cached answer expires (a minute): invalidation is by maxAge only.
    await createCourse(graph.url, { title: 'Cached course two', provinceCodes: [provinceCode] });
    expect(titlesOf(await postGraphql(anonymous, COURSES, { provinceCode }))).toEqual(['Cached course one']);
    // Other variables are another answer.
    expect(titlesOf(await postGraphql(anonymous, COURSES, { provinceCode: 'IR-06' }))).toEqual([]);
    expect(await cacheCounts(gateway)).toEqual({ hit: 2, miss: 2 });
  });

  it('shares a public answer only among callers of the same role and organisation', async () => {
    const gateway = await cachingGateway();
    const provinceCode = 'IR-07';
    const access = graph.subgraphs.access.dataSource;
    const [partnerA, partnerAAgain, partnerB, analyst] = [
      await createTestKey(access, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche),
      await createTestKey(access, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche),
      await createTestKey(access, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.technicalAndVocationalTrainingOrganization),
      await createTestKey(access, Role.ANALYST),
    ];
    await createCourse(graph.url, { title: 'Shared course one', provinceCodes: [provinceCode] });
    expect(titlesOf(await postGraphql(asAnonymous(gateway.url), COURSES, { provinceCode }))).toEqual(['Shared course one']);
    await createCourse(graph.url, { title: 'Shared course two', provinceCodes: [provinceCode] });
    const both = ['Shared course one', 'Shared course two'];

    // Every other role and organisation asks the subgraphs, and sees the course added since.
    const forPartnerA = await postGraphql(withKey(gateway.url, partnerA), COURSES, { provinceCode });
    expect(titlesOf(forPartnerA)).toEqual(both);
    expect(forPartnerA.headers.get('age')).toBeNull();
    for (const key of [partnerB, analyst, TEST_ADMIN_KEY]) {
      const response = await postGraphql(withKey(gateway.url, key), COURSES, { provinceCode });
      expect(titlesOf(response)).toEqual(both);
      expect(response.headers.get('age')).toBeNull();
    }
    // Another key of the same organisation gets partner A's answer; anonymous callers still get theirs.
    const forPartnerAAgain = await postGraphql(withKey(gateway.url, partnerAAgain), COURSES, { provinceCode });
    expect(titlesOf(forPartnerAAgain)).toEqual(both);
    expect(forPartnerAAgain.headers.get('age')).not.toBeNull();
    const forAnonymous = await postGraphql(asAnonymous(gateway.url), COURSES, { provinceCode });
    expect(titlesOf(forAnonymous)).toEqual(['Shared course one']);
    expect(forAnonymous.headers.get('age')).not.toBeNull();
  });

  it('reports the budget of the caller that asked, and refuses a caller over its budget even when the answer is cached', async () => {
    const defaults = gatewayLimitsFromEnv().rateLimit;
    const gateway = await cachingGateway({
      limits: { rateLimit: { ...defaults, points: { ...defaults.points, [Role.PARTNER]: 3 } } },
    });
    const access = graph.subgraphs.access.dataSource;
    const [first, second] = [
      await createTestKey(access, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche),
      await createTestKey(access, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche),
    ];
    const provinceCode = 'IR-08';
    // A page of 20 courses with their providers costs 1 point.
    const asked = await postGraphql(withKey(gateway.url, first), COURSES, { provinceCode });
    expect(asked.extensions?.rateLimit).toMatchObject({ limit: 3, cost: 1, remaining: 2 });
    await postGraphql(withKey(gateway.url, first), COURSES, { provinceCode });

    const cached = await postGraphql(withKey(gateway.url, second), COURSES, { provinceCode });
    expect(cached.headers.get('age')).not.toBeNull();
    expect(cached.extensions?.rateLimit).toMatchObject({ limit: 3, cost: 1, remaining: 2 });
    expect(cached.headers.get('ratelimit-remaining')).toBe('2');

    // The first key has one point left, then none: a cached answer is charged as any other.
    const last = await postGraphql(withKey(gateway.url, first), COURSES, { provinceCode });
    expect(last.headers.get('age')).not.toBeNull();
    expect(last.extensions?.rateLimit?.remaining).toBe(0);
    const refused = await postGraphql(withKey(gateway.url, first), COURSES, { provinceCode });
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(refused.headers.get('age')).toBeNull();
  });

  describe('never serves to one caller', () => {
    let gateway: ListeningGraphqlServer;
    let world: AuthorizationWorld;

    beforeAll(async () => {
      gateway = await cachingGateway();
      world = await buildAuthorizationWorld(graph);
    });

    it('who is calling, which is asked afresh every time', async () => {
      for (const key of [world.keys.partnerA, world.keys.partnerA, world.keys.partnerB]) {
        const response = await postGraphql(withKey(gateway.url, key), VIEWER);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.headers.get('age')).toBeNull();
        // A key is `hg_<prefix>_<secret>`: its own prefix, not another caller's.
        expect(response.data?.viewer!.keyPrefix).toBe(key.split('_').slice(0, 2).join('_'));
      }
      expect((await postGraphql(asAnonymous(gateway.url), VIEWER)).data?.viewer).toEqual({
        role: 'ANONYMOUS',
        keyPrefix: null,
        organization: null,
      });
    });

    it("another caller's view of people", async () => {
      const names = (
        response: GraphqlResponse<{ exhibition: { exhibitors: { edges: Array<{ node: { name?: string | null } | null }> } } | null }>,
      ) => (response.data?.exhibition?.exhibitors.edges ?? []).map((edge) => edge.node?.name ?? null).sort();
      const forPartnerA = await postGraphql(withKey(gateway.url, world.keys.partnerA), EXHIBITOR_NAMES, { id: world.exhibitions.a });
      expect(forPartnerA.errors).toBeUndefined();
      expect(names(forPartnerA)).toEqual(['Listed Potter', 'Unlisted Weaver']);
      expect(forPartnerA.headers.get('cache-control')).toBe('no-store');
      for (const caller of [asAnonymous(gateway.url), withKey(gateway.url, world.keys.partnerB)]) {
        const response = await postGraphql(caller, EXHIBITOR_NAMES, { id: world.exhibitions.a });
        expect(response.headers.get('age')).toBeNull();
        // The exhibitor not listed publicly is there without its artisan (a null node), with no error.
        expect(names(response)).toEqual(['Listed Potter', null]);
        expect(response.errors).toBeUndefined();
      }
      const again = await postGraphql(withKey(gateway.url, world.keys.partnerA), EXHIBITOR_NAMES, { id: world.exhibitions.a });
      expect(again.headers.get('age')).toBeNull();
      expect(names(again)).toEqual(['Listed Potter', 'Unlisted Weaver']);
    });
  });

  it('does not cache mutations', async () => {
    const gateway = await cachingGateway();
    const input = {
      title: 'Created twice',
      providerId: BUILTIN_ORGANIZATION_IDS.cheche,
      mode: 'ONLINE' as const,
      provinceCodes: ['IR-09'],
    };
    const ids = [];
    for (let i = 0; i < 2; i += 1) {
      const response = await postGraphql(withKey(gateway.url, TEST_ADMIN_KEY), CREATE_COURSE, { input });
      expect(response.headers.get('age')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
      ids.push(response.data?.createCourse!.course?.id);
    }
    expect(new Set(ids).size).toBe(2);
    expect(titlesOf(await postGraphql(asAnonymous(gateway.url), COURSES, { provinceCode: 'IR-09' }))).toEqual([
      'Created twice',
      'Created twice',
    ]);
    expect(await cacheCounts(gateway)).toEqual({ miss: 1 });
  });

  it('does not cache an answer with errors, even one whose cache hints would let it be cached', async () => {
    // Trade is at an address nothing listens on: its fields are null with SUBGRAPH_UNAVAILABLE, the courses answer as usual.
    const gateway = await cachingGateway({ subgraphUrls: { trade: 'http://127.0.0.1:1/graphql' } });
    const variables = { provinceCode: 'IR-10', figureId: randomUUID() };
    for (let i = 0; i < 2; i += 1) {
      const response = await postGraphql(asAnonymous(gateway.url), COURSES_AND_FIGURE, variables);
      expect(response.data?.courses!.totalCount).toBe(0);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(response.headers.get('age')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(await cacheCounts(gateway)).toEqual({ uncacheable: 2 });
  });

  it('is off with RESPONSE_CACHE=false', async () => {
    const gateway = await graph.startGateway({ responseCache: { enabled: false } });
    const anonymous = asAnonymous(gateway.url);
    await postGraphql(anonymous, COURSES, { provinceCode: 'IR-11' });
    const again = await graph.countStatements(() => postGraphql(anonymous, COURSES, { provinceCode: 'IR-11' }));
    expect(again.result.headers.get('age')).toBeNull();
    expect(again.statements.training).toBeGreaterThan(0);
    expect(await cacheCounts(gateway)).toEqual({});
  });

  it('works in the one-process mode, where the subgraphs run in the gateway', async () => {
    const { supergraphSdl } = await composeSupergraph(SUBGRAPHS);
    const oneProcess = await startGateway({
      supergraphSdl,
      subgraphUrls: {},
      port: 0,
      host: '127.0.0.1',
      databaseUrl: graph.databaseUrl,
      gatewaySecret: TEST_GATEWAY_SECRET,
      adminKey: TEST_ADMIN_KEY,
      inProcess: await startInProcessSubgraphs(SUBGRAPHS, graph.databaseUrl, createLogger('gateway')),
      responseCache: { enabled: true },
    } satisfies GatewayOptions);
    try {
      const provinceCode = 'IR-12';
      await createCourse(graph.url, { title: 'One-process course', provinceCodes: [provinceCode] });
      const first = await postGraphql(asAnonymous(oneProcess.url), COURSES, { provinceCode });
      expect(titlesOf(first)).toEqual(['One-process course']);
      expect(first.headers.get('cache-control')).toBe('max-age=60, public');
      await createCourse(graph.url, { title: 'One-process course two', provinceCodes: [provinceCode] });
      const again = await postGraphql(asAnonymous(oneProcess.url), COURSES, { provinceCode });
      expect(titlesOf(again)).toEqual(['One-process course']);
      expect(again.headers.get('age')).not.toBeNull();
      const personal = await postGraphql(withKey(oneProcess.url, TEST_ADMIN_KEY), VIEWER);
      expect(personal.headers.get('cache-control')).toBe('no-store');
    } finally {
      await oneProcess.close();
    }
  });

  describe('in Redis (REDIS_URL)', () => {
    const redisUrl = TEST_REDIS_URL;
    // A prefix of this run's own, so that other runs using the same Redis keep their answers apart; removed afterwards.
    const keyPrefix = `handicrafts-graph-test:response-cache:${randomUUID()}:`;
    let redis: Redis | undefined;

    beforeAll(async () => {
      if (await redisAnswers(redisUrl)) {
        redis = new Redis(redisUrl);
      }
    });
    afterAll(async () => {
      if (redis) {
        const keys = await redis.keys(`${keyPrefix}*`);
        if (keys.length > 0) {
          await redis.del(...keys);
        }
        await redis.quit();
      }
    });

    it('shares cached answers between gateway replicas, each expiring with its hint', async () => {
      if (!redis) {
        process.stdout.write(`No Redis at ${redisUrl}: skipped the test of answers cached in Redis.\n`);
        return;
      }
      const settings = { redisUrl, keyPrefix };
      const [one, two] = [await cachingGateway({ responseCache: settings }), await cachingGateway({ responseCache: settings })];
      const provinceCode = 'IR-13';
      await createCourse(graph.url, { title: 'Redis course', provinceCodes: [provinceCode] });
      // The connection to Redis is made as the gateway starts.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const first = await postGraphql(asAnonymous(one.url), COURSES, { provinceCode });
      expect(titlesOf(first)).toEqual(['Redis course']);
      expect(first.headers.get('age')).toBeNull();
      // The answer is written in the background, after the response.
      for (let tries = 0; (await redis.keys(`${keyPrefix}*`)).length === 0 && tries < 50; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const keys = await redis.keys(`${keyPrefix}*`);
      expect(keys).toHaveLength(1);
      const ttl = await redis.ttl(keys[0]);
      expect(ttl).toBeGreaterThan(55);
      expect(ttl).toBeLessThanOrEqual(60);

      await createCourse(graph.url, { title: 'Redis course two', provinceCodes: [provinceCode] });
      const fromOther = await graph.countStatements(() => postGraphql(asAnonymous(two.url), COURSES, { provinceCode }));
      expect(titlesOf(fromOther.result)).toEqual(['Redis course']);
      expect(fromOther.result.headers.get('age')).not.toBeNull();
      expect(fromOther.statements.training).toBe(0);
      // Charged to this replica's budget of the caller (kept in memory here), as a fresh answer would be.
      const report = fromOther.result.extensions?.rateLimit;
      expect(report?.remaining).toBe((report?.limit ?? 0) - 1);
    });

    it('answers without the cache while Redis does not answer', async () => {
      // A port nothing listens on.
      const gateway = await cachingGateway({ responseCache: { redisUrl: 'redis://127.0.0.1:1', keyPrefix } });
      for (let i = 0; i < 2; i += 1) {
        const response = await postGraphql(asAnonymous(gateway.url), COURSES, { provinceCode: 'IR-14' });
        expect(response.errors).toBeUndefined();
        expect(response.headers.get('age')).toBeNull();
      }
      expect(await cacheCounts(gateway)).toEqual({ miss: 2 });
    });
  });
});

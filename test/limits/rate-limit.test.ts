// @durationSeconds 30 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { randomUUID } from 'node:crypto';

import { graphql } from '../generated';
import { asAnonymous, type GraphqlTarget, withKey } from '../support/access';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { type GraphqlResponse, postGraphql } from '../support/graphql-client';
import { gatewayLimitsFromEnv, type GatewayOptions, Role } from '../support/platform';
import { redisAnswers, TEST_REDIS_URL } from '../support/redis';
import { createApiKey } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

const PROVINCE_CODES = graphql(`
  query RateLimitProvinceCodes {
    provinces {
      code
    }
  }
`);

// One aggregate (200 points) and its one total (a node: 0.01 point), rounded up: 201 points.
const COSTLY = graphql(`
  query RateLimitCostly {
    exportTotals {
      valueUsd
    }
  }
`);

/** Returns gateway limits whose budgets are `points` per window (other roles as the environment says), kept as `rest` says. */
function budgets(
  points: Partial<Record<Role, number>>,
  rest: Partial<ReturnType<typeof gatewayLimitsFromEnv>['rateLimit']> = {},
): GatewayOptions['limits'] {
  const defaults = gatewayLimitsFromEnv().rateLimit;
  return { rateLimit: { ...defaults, ...rest, points: { ...defaults.points, ...points } } };
}

/** Returns the anonymous caller of `url` that a proxy in front says is at `address`. */
function forwardedFor(url: string, address: string): GraphqlTarget {
  return { url, headers: { 'x-forwarded-for': address } };
}

/** Returns the remaining points a response reports, after checking that its headers say the same as `extensions.rateLimit`. */
function remainingOf(response: GraphqlResponse<unknown>): number | undefined {
  const report = response.extensions?.rateLimit;
  expect(response.headers.get('ratelimit-remaining')).toBe(report ? String(report.remaining) : null);
  return report?.remaining;
}

/** Returns a new partner key for Cheche. */
async function partnerKey(): Promise<string> {
  const { key } = await createApiKey(graph.subgraphs.access.dataSource, {
    role: Role.PARTNER,
    organizationId: BUILTIN_ORGANIZATION_IDS.cheche,
    name: `rate limit test ${randomUUID().slice(0, 8)}`,
  });
  return key;
}

describe('budgets of cost points per hour', () => {
  it('reports the budget in every response, an answer or an error, in extensions.rateLimit and the RateLimit headers', async () => {
    const gateway = await graph.startGateway();
    const ok = await postGraphql(asAnonymous(gateway.url), PROVINCE_CODES);
    expect(ok.errors).toBeUndefined();
    expect(ok.extensions?.rateLimit).toEqual({ limit: 2_000, cost: 1, remaining: 1_999, resetAt: expect.any(String) });
    const resetIn = Date.parse(ok.extensions!.rateLimit!.resetAt) - Date.now();
    expect(resetIn).toBeGreaterThan(3_590_000);
    expect(resetIn).toBeLessThanOrEqual(3_600_000);
    expect(ok.headers.get('ratelimit-limit')).toBe('2000');
    expect(Number(ok.headers.get('ratelimit-reset'))).toBeGreaterThan(3_590);
    expect(remainingOf(ok)).toBe(1_999);

    const costly = await postGraphql(asAnonymous(gateway.url), COSTLY);
    expect(costly.errors).toBeUndefined();
    expect(costly.extensions?.rateLimit).toMatchObject({ cost: 201, remaining: 1_798 });
    // Refused before its cost was estimated: 1 point.
    const invalid = await postGraphql(asAnonymous(gateway.url), '{ provinces { noSuchField } }');
    expect(invalid.status).toBe(400);
    expect(invalid.extensions?.rateLimit).toMatchObject({ cost: 1, remaining: 1_797 });
    const syntax = await postGraphql(asAnonymous(gateway.url), '{ provinces {');
    expect(syntax.extensions?.rateLimit).toMatchObject({ cost: 1, remaining: 1_796 });
    expect(remainingOf(syntax)).toBe(1_796);
    // A browser's script may read them.
    const preflight = await fetch(gateway.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-expose-headers')).toContain('ratelimit-remaining');
  });

  it('keeps a budget per key and per anonymous address; X-Forwarded-For counts only behind a proxy TRUST_PROXY names', async () => {
    const direct = await graph.startGateway({ limits: budgets({ [Role.ANONYMOUS]: 10, [Role.PARTNER]: 10 }) });
    expect(remainingOf(await postGraphql(forwardedFor(direct.url, '192.0.2.1'), PROVINCE_CODES))).toBe(9);
    // Without a trusted proxy the header is the client's own claim: the same budget.
    expect(remainingOf(await postGraphql(forwardedFor(direct.url, '192.0.2.2'), PROVINCE_CODES))).toBe(8);
    const [first, second] = [await partnerKey(), await partnerKey()];
    expect(remainingOf(await postGraphql(withKey(direct.url, first), PROVINCE_CODES))).toBe(9);
    expect(remainingOf(await postGraphql(withKey(direct.url, first), PROVINCE_CODES))).toBe(8);
    expect(remainingOf(await postGraphql(withKey(direct.url, second), PROVINCE_CODES))).toBe(9);
    expect(remainingOf(await postGraphql(asAnonymous(direct.url), PROVINCE_CODES))).toBe(7);

    const proxied = await graph.startGateway({ limits: { ...budgets({ [Role.ANONYMOUS]: 10 }), trustProxy: 'loopback' } });
    expect(remainingOf(await postGraphql(forwardedFor(proxied.url, '192.0.2.1'), PROVINCE_CODES))).toBe(9);
    expect(remainingOf(await postGraphql(forwardedFor(proxied.url, '192.0.2.2'), PROVINCE_CODES))).toBe(9);
    expect(remainingOf(await postGraphql(forwardedFor(proxied.url, '192.0.2.1'), PROVINCE_CODES))).toBe(8);
    // IPv6: one budget per /64, the block a subscriber picks addresses from.
    expect(remainingOf(await postGraphql(forwardedFor(proxied.url, '2001:db8:1:2::1'), PROVINCE_CODES))).toBe(9);
    expect(remainingOf(await postGraphql(forwardedFor(proxied.url, '2001:db8:1:2:ffff::9'), PROVINCE_CODES))).toBe(8);
    expect(remainingOf(await postGraphql(forwardedFor(proxied.url, '2001:db8:1:3::1'), PROVINCE_CODES))).toBe(9);
  });

  it('answers 429 RATE_LIMITED with Retry-After once the budget cannot pay, charging nothing for the refused operation', async () => {
    const gateway = await graph.startGateway({ limits: budgets({ [Role.ANONYMOUS]: 210 }) });
    const caller = asAnonymous(gateway.url);
    expect(remainingOf(await postGraphql(caller, COSTLY))).toBe(9);
    const refused = await postGraphql(caller, COSTLY);
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.errors![0].message).toMatch(/costs 201 points and 9 of the 210 points per hour remain\. Try again in \d+ s/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3_500);
    expect(refused.extensions?.rateLimit).toMatchObject({ limit: 210, cost: 201, remaining: 9 });
    // Nothing was charged: what remains still pays for cheaper operations, down to the last point.
    for (let remaining = 8; remaining >= 0; remaining -= 1) {
      expect(remainingOf(await postGraphql(caller, PROVINCE_CODES))).toBe(remaining);
    }
    // With nothing left, an invalid operation is refused for the budget too, and a keyed caller is not affected.
    const invalid = await postGraphql(caller, '{ nothing }');
    expect([invalid.status, invalid.errors?.[0]?.extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    expect(remainingOf(await postGraphql(withKey(gateway.url, await partnerKey()), PROVINCE_CODES))).toBe(9_999);
  });

  it('makes the budget whole again when its window ends', async () => {
    const gateway = await graph.startGateway({ limits: budgets({ [Role.ANONYMOUS]: 1 }, { windowSeconds: 1 }) });
    const caller = asAnonymous(gateway.url);
    expect(remainingOf(await postGraphql(caller, PROVINCE_CODES))).toBe(0);
    expect((await postGraphql(caller, PROVINCE_CODES)).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(remainingOf(await postGraphql(caller, PROVINCE_CODES))).toBe(0);
  });
});

describe('budgets shared by gateway replicas', () => {
  const redisUrl = TEST_REDIS_URL;

  it('charges one budget through Redis (REDIS_URL), whichever replica answers', async () => {
    if (!(await redisAnswers(redisUrl))) {
      process.stdout.write(`No Redis at ${redisUrl}: skipped the test of budgets shared through Redis.\n`);
      return;
    }
    // A prefix of its own, so that other runs using the same Redis keep their budgets apart.
    const shared = budgets({ [Role.ANONYMOUS]: 10 }, { redisUrl, keyPrefix: `handicrafts-graph-test:${randomUUID()}` });
    const [one, two] = [await graph.startGateway({ limits: shared }), await graph.startGateway({ limits: shared })];
    // The connection to Redis is made as the gateway starts.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(remainingOf(await postGraphql(asAnonymous(one.url), PROVINCE_CODES))).toBe(9);
    expect(remainingOf(await postGraphql(asAnonymous(two.url), PROVINCE_CODES))).toBe(8);
    expect(remainingOf(await postGraphql(asAnonymous(one.url), PROVINCE_CODES))).toBe(7);
    const resetAt = Date.parse((await postGraphql(asAnonymous(two.url), PROVINCE_CODES)).extensions!.rateLimit!.resetAt);
    expect(resetAt - Date.now()).toBeGreaterThan(3_590_000);
  });

  it('keeps budgets in memory while Redis does not answer, and still reports them', async () => {
    // A port nothing listens on.
    const gateway = await graph.startGateway({ limits: budgets({ [Role.ANONYMOUS]: 10 }, { redisUrl: 'redis://127.0.0.1:1' }) });
    expect(remainingOf(await postGraphql(asAnonymous(gateway.url), PROVINCE_CODES))).toBe(9);
    expect(remainingOf(await postGraphql(asAnonymous(gateway.url), PROVINCE_CODES))).toBe(8);
  });
});

// @durationSeconds 32 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import { asAnonymous, asGatewayFor, TEST_GATEWAY_SECRET, withKey } from '../support/access';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { IDENTITY_HEADER, Role, signIdentity } from '../support/platform';
import { runBuilt } from '../support/processes';
import { createApiKey, revokeApiKey } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

const VIEWER = graphql(`
  query AccessViewer {
    viewer {
      role
      keyName
      keyPrefix
      organization {
        id
        name
      }
    }
  }
`);

const CREATE_ARTISAN = graphql(`
  mutation AccessAuditedArtisan($input: CreateArtisanInput!) {
    createArtisan(input: $input) {
      artisan {
        id
      }
      error {
        code
      }
    }
  }
`);

const UPDATE_ARTISAN = graphql(`
  mutation AccessAuditedRefusal($input: UpdateArtisanInput!) {
    updateArtisan(input: $input) {
      error {
        code
      }
    }
  }
`);

const AUDIT = graphql(`
  query AccessAuditTrail($filter: AuditEventFilter, $first: Int) {
    auditEvents(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          mutation
          outcome
          errorCodes
          targetIds
          role
          keyName
          keyPrefix
          operationName
          requestId
          organization {
            id
          }
        }
      }
    }
  }
`);

/** Returns a new key of `role` (a partner's for Cheche), created as `npm run apikey` creates them. */
async function newKey(role: Role.PARTNER | Role.ANALYST | Role.ADMIN, name: string) {
  const organizationId = role === Role.PARTNER ? BUILTIN_ORGANIZATION_IDS.cheche : null;
  return createApiKey(graph.subgraphs.access.dataSource, { role, organizationId, name });
}

describe('API keys', () => {
  it('tells an anonymous caller, a partner and the admin of ADMIN_API_KEY who they are', async () => {
    expect((await queryData(asAnonymous(graph.url), VIEWER)).viewer).toEqual({
      role: 'ANONYMOUS',
      keyName: null,
      keyPrefix: null,
      organization: null,
    });
    const partner = await newKey(Role.PARTNER, 'Cheche integration');
    expect((await queryData(withKey(graph.url, partner.key), VIEWER)).viewer).toEqual({
      role: 'PARTNER',
      keyName: 'Cheche integration',
      keyPrefix: partner.record.prefix,
      organization: { id: BUILTIN_ORGANIZATION_IDS.cheche, name: 'Cheche' },
    });
    expect((await queryData(graph.url, VIEWER)).viewer).toMatchObject({ role: 'ADMIN', keyName: 'ADMIN_API_KEY' });
  });

  it('stores a key only as its hash, and names it by a prefix that is not the key', async () => {
    const { key, record } = await newKey(Role.ANALYST, 'Stored hashed');
    expect(key).toMatch(/^hg_[a-z2-7]{8}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(`${record.prefix}_`)).toBe(true);
    const { rows } = await graph.db.query<Record<string, unknown>>('SELECT * FROM access.api_key WHERE prefix = $1', [record.prefix]);
    expect(rows).toHaveLength(1);
    expect(Object.values(rows[0]).some((value) => String(value).includes(key.slice(record.prefix.length + 1)))).toBe(false);
  });

  it('refuses an unknown key, a malformed header and, within a second, a revoked key with 401 UNAUTHENTICATED', async () => {
    const unknown = await postGraphql(withKey(graph.url, `hg_abcdefgh_${'A'.repeat(43)}`), VIEWER);
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await postGraphql({ url: graph.url, headers: { authorization: 'Basic dXNlcjpwYXNz' } }, VIEWER);
    expect(malformed.status).toBe(401);
    const { key, record } = await newKey(Role.ANALYST, 'Soon revoked');
    expect((await postGraphql(withKey(graph.url, key), VIEWER)).status).toBe(200);
    await revokeApiKey(graph.subgraphs.access.dataSource, record.prefix);
    const revokedAt = Date.now();
    let refused = false;
    // Lookups are kept for a second (KEY_CACHE_MS); the margin is for a loaded machine.
    while (!refused && Date.now() - revokedAt < 2_000) {
      refused = (await postGraphql(withKey(graph.url, key), VIEWER)).status === 401;
    }
    expect(refused).toBe(true);
  });

  it('refuses a key sent as x-api-key with 401, saying to send it as `Authorization: Bearer`, rather than answering as to an anonymous caller', async () => {
    const { key } = await newKey(Role.ANALYST, 'Sent the wrong way');
    const variants: Array<Record<string, string>> = [{ 'x-api-key': key }, { 'x-api-key': key, authorization: `Bearer ${key}` }];
    for (const headers of variants) {
      const response = await postGraphql({ url: graph.url, headers }, VIEWER);
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0]?.message).toMatch(/Authorization: Bearer <key>/);
    }
  });
});

describe('the audit trail', () => {
  it('records who ran each mutation, on which records, and how it ended; only admins read it', async () => {
    const created = await queryData(graph.url, CREATE_ARTISAN, { input: { name: 'Audited artisan', provinceCode: 'IR-16' } });
    const artisanId = created.createArtisan!.artisan?.id;
    expect(artisanId).toBeDefined();
    const missing = '00000000-0000-4000-8000-000000000001';
    await queryData(graph.url, UPDATE_ARTISAN, { input: { id: missing, name: 'Nobody' } });

    const trail = await queryData(graph.url, AUDIT, { filter: { targetId: artisanId }, first: 10 });
    expect(trail.auditEvents!.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        mutation: 'createArtisan',
        outcome: 'SUCCEEDED',
        errorCodes: [],
        role: 'ADMIN',
        keyName: 'ADMIN_API_KEY',
        operationName: 'AccessAuditedArtisan',
        organization: null,
        requestId: expect.any(String),
      }),
    ]);
    const refusal = await queryData(graph.url, AUDIT, { filter: { targetId: missing, mutation: 'updateArtisan' } });
    expect(refusal.auditEvents!.edges[0]?.node).toMatchObject({ outcome: 'REFUSED', errorCodes: ['NOT_FOUND'], targetIds: [missing] });

    const denied = await postGraphql(asAnonymous(graph.url), CREATE_ARTISAN, { input: { name: 'Not allowed', provinceCode: 'IR-16' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const deniedTrail = await queryData(graph.url, AUDIT, { filter: { role: 'ANONYMOUS', mutation: 'createArtisan' } });
    expect(deniedTrail.auditEvents!.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        outcome: 'DENIED',
        errorCodes: ['UNAUTHENTICATED'],
        keyPrefix: null,
        operationName: 'AccessAuditedArtisan',
      }),
    ]);

    const anonymous = await postGraphql(asAnonymous(graph.url), AUDIT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await newKey(Role.ANALYST, 'Not an admin');
    const forbidden = await postGraphql(withKey(graph.url, analyst.key), AUDIT, {});
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.data?.auditEvents ?? null).toBeNull();
  });
});

describe('a subgraph called directly', () => {
  const QUERY = '{ organizations(first: 1) { totalCount } }';

  it('answers only requests that carry an identity signed with the gateway secret, for their own request id, within seconds', async () => {
    const training = graph.subgraphs.training.url;
    expect((await postGraphql(asGatewayFor(training), QUERY)).status).toBe(200);

    const none = await postGraphql({ url: training, headers: {} }, QUERY);
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const viewer = { role: Role.ADMIN, organizationId: null, keyName: 'forger', keyPrefix: null };
    const signed = (requestId: string, secret: string, at?: number) => ({
      url: training,
      headers: {
        'x-request-id': requestId,
        [IDENTITY_HEADER]: signIdentity(viewer, { requestId, subgraph: 'training', query: QUERY, variables: undefined }, secret, at),
      },
    });
    expect((await postGraphql(signed('forged-1', 'another-secret-0123456789abcdefghijklmnopqrstuvwxyz'), QUERY)).status).toBe(401);

    const otherRequest = signed('request-1', TEST_GATEWAY_SECRET);
    expect(
      (await postGraphql({ ...otherRequest, headers: { ...otherRequest.headers, 'x-request-id': 'another-request' } }, QUERY)).status,
    ).toBe(401);

    const stale = await postGraphql(signed('stale-1', TEST_GATEWAY_SECRET, Date.now() - 7_000), QUERY);
    expect([stale.status, stale.errors?.[0]?.message]).toEqual([401, 'Refused: the identity has expired.']);
  });
});

describe('npm run apikey', () => {
  it('creates a partner key printed once, lists it by prefix without the key, and revokes it', async () => {
    const env = { DATABASE_URL: graph.databaseUrl };
    const create = runBuilt(
      'scripts/apikey.js',
      env,
      [],
      ['create', '--role', 'partner', '--org', BUILTIN_ORGANIZATION_IDS.cheche, '--name', 'CLI partner'],
    );
    expect(await create.exited).toBe(0);
    const key = create.output().match(/^(hg_[a-z2-7]{8})_\S+$/m);
    expect(key).not.toBeNull();
    expect((await queryData(withKey(graph.url, key![0]), VIEWER)).viewer!.role).toBe('PARTNER');

    const list = runBuilt('scripts/apikey.js', env, [], ['list']);
    expect(await list.exited).toBe(0);
    expect(list.output()).toContain(`${key![1]}  partner`);
    expect(list.output()).not.toContain(key![0]);

    const revoke = runBuilt('scripts/apikey.js', env, [], ['revoke', key![1]]);
    expect(await revoke.exited).toBe(0);
    const wrong = runBuilt('scripts/apikey.js', env, [], ['create', '--role', 'partner', '--name', 'No organisation']);
    expect(await wrong.exited).toBe(1);
  });
});

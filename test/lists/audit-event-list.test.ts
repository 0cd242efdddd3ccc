import { graphql } from '../generated';
import type { AuditEventOrder, ListsAuditPageQuery } from '../generated/graphql';
import { type GraphqlResponse, postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** The events of this file: written straight into the trail, three sharing one instant as one request's mutations do. */
const MUTATION = 'listsAuditTest';

beforeAll(async () => {
  await graph.db.query(
    `INSERT INTO access.audit_event (occurred_at, request_id, role, mutation, outcome)
     SELECT at, 'lists-' || n, 'ADMIN', $1, 'SUCCEEDED'
     FROM (VALUES (1, timestamptz '2026-01-01 10:00:00.123456+00'), (2, timestamptz '2026-01-01 10:00:00.123456+00'),
                  (3, timestamptz '2026-01-01 10:00:00.123456+00'), (4, timestamptz '2026-01-02 09:00:00+00'),
                  (5, timestamptz '2025-12-31 09:00:00+00')) AS events (n, at)`,
    [MUTATION],
  );
});

const AUDIT_PAGE = graphql(`
  query ListsAuditPage($orderBy: AuditEventOrder!, $after: String, $filter: AuditEventFilter) {
    auditEvents(filter: $filter, orderBy: $orderBy, first: 1, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
        }
      }
    }
  }
`);

describe('the audit trail', () => {
  it('pages one event at a time in either order, through events that share an instant, without skipping or repeating', async () => {
    const walk = async (orderBy: AuditEventOrder) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const { auditEvents }: ListsAuditPageQuery = await queryData(graph.url, AUDIT_PAGE, {
          orderBy,
          after,
          filter: { mutation: MUTATION },
        });
        ids.push(...auditEvents!.edges.map((edge) => edge.node.id));
        if (!auditEvents!.pageInfo.hasNextPage) {
          break;
        }
        after = auditEvents!.pageInfo.endCursor;
      }
      return ids;
    };
    const newest = await walk('NEWEST_FIRST');
    const oldest = await walk('OLDEST_FIRST');
    const { rows } = await graph.db.query<{ id: string }>(
      'SELECT id::text FROM access.audit_event WHERE mutation = $1 ORDER BY occurred_at, id',
      [MUTATION],
    );
    expect(oldest).toEqual(rows.map((row) => row.id));
    expect(newest).toEqual([...oldest].reverse());
  });

  it('answers a time range whose end precedes its start with BAD_USER_INPUT naming filter.to', async () => {
    const response: GraphqlResponse<unknown> = await postGraphql(graph.url, AUDIT_PAGE, {
      orderBy: 'NEWEST_FIRST',
      filter: { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'filter.to' }),
    ]);
  });
});

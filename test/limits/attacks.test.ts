import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildSchema,
  getNamedType,
  getNullableType,
  type GraphQLInputObjectType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

import { graphql } from '../generated';
import { TEST_ADMIN_KEY } from '../support/access';
import { type GraphqlResponse, postGraphql } from '../support/graphql-client';
import { projectRoot } from '../support/platform';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** Text no response may carry: stack frames, file paths, SQL and driver internals. */
const LEAKS =
  /\n\s+at |node_modules|\.ts:\d+|\.js:\d+|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b|QueryFailedError|syntax error at or near|TypeORM|postgres:\/\/|stacktrace/i;

/** Posts `body` as it is and returns the status, the parsed answer and its text. */
async function postRaw(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GraphqlResponse<unknown> };
}

/** Returns the number of rows of every table of the domain schemas (the audit trail, which records attempts, aside). */
async function rowCounts(): Promise<Record<string, number>> {
  const { rows: tables } = await graph.db.query<{ name: string }>(
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
      WHERE table_schema IN ('training', 'exhibitions', 'trade') AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await graph.db.query<{ count: string }>(`SELECT count(*) FROM ${name}`);
    counts[name] = Number(rows[0].count);
  }
  return counts;
}

/**
 * Sends an attack and checks what every refusal must hold: the status and
 * code expected, no data, no leaked internals, no SQL statement sent and no
 * row written; returns the response and how long it took.
 */
async function expectRefused(
  send: () => Promise<{ status: number; text: string; body: GraphqlResponse<unknown> }>,
  status: number,
  code: string,
) {
  const before = await rowCounts();
  const started = Date.now();
  const { result, statements } = await graph.countStatements(send);
  const elapsedMs = Date.now() - started;
  expect(result.status).toBe(status);
  expect(result.body.data ?? undefined).toBeUndefined();
  expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  expect(result.text).not.toMatch(LEAKS);
  expect(statements).toEqual({ training: 0, exhibitions: 0, trade: 0, access: 0 });
  expect(await rowCounts()).toEqual(before);
  return { response: result.body, elapsedMs };
}

const operation = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const authorization = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

describe('operations built to exhaust the graph, refused before they run', () => {
  it('refuses a deep bomb (40 levels) with the depth limit', async () => {
    let selection = 'name';
    for (let level = 0; level < 4; level += 1) {
      selection = `exhibitions(first: 100) { edges { node { exhibitors(first: 100) { edges { node { ${selection} } } } } } }`;
    }
    const { response } = await expectRefused(
      () => postRaw(operation(`{ artisans(first: 100) { edges { node { ${selection} } } } }`), authorization),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(response.errors![0].message).toMatch(/^Query depth limit of 15 exceeded/);
  });

  it('refuses a wide bomb: past 10,000 tokens while parsing, and thousands of copies of one field in validation', async () => {
    await expectRefused(
      () => postRaw(operation(`{ provinces { ${'name '.repeat(50_000)} } }`), authorization),
      400,
      'GRAPHQL_PARSE_FAILED',
    );
    // graphql-js stops comparing repeated fields past a budget of its own.
    await expectRefused(
      () => postRaw(operation(`{ provinces { ${'courses { totalCount } '.repeat(2_000)} } }`), authorization),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('refuses an alias bomb: 1,000 exportTotals in one request reach no subgraph, and other callers are served meanwhile', async () => {
    const bomb = operation(`{ ${Array.from({ length: 1_000 }, (_, index) => `t${index}: exportTotals { valueUsd }`).join(' ')} }`);
    const other = postGraphql(graph.url, '{ growthTargets { ratePercent } }');
    const { response, elapsedMs } = await expectRefused(() => postRaw(bomb, authorization), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toBe('Aliases limit of 30 exceeded, found 1000.');
    expect(elapsedMs).toBeLessThan(2_000);
    expect((await other).errors).toBeUndefined();
  });

  it('refuses a fragment bomb (each fragment spreading the next twice) before the query planner spells it out', async () => {
    const fragments = Array.from({ length: 40 }, (_, index) => `fragment F${index} on Province { ...F${index + 1} ...F${index + 1} }`);
    const bomb = `{ provinces { ...F0 } } ${fragments.join(' ')} fragment F40 on Province { code name }`;
    const { response, elapsedMs } = await expectRefused(() => postRaw(operation(bomb), authorization), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].extensions).toMatchObject({ limit: { name: 'fields', max: 10_000 } });
    expect(elapsedMs).toBeLessThan(2_000);
    // The same with an alias in the last fragment: counted once per spread.
    const aliased = `{ provinces { ...F0 } } ${fragments.join(' ')} fragment F40 on Province { c: code }`;
    const refused = await expectRefused(() => postRaw(operation(aliased), authorization), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(refused.response.errors![0].extensions).toMatchObject({ limit: { name: 'aliases' } });
  });

  it('refuses a huge `first` with BAD_USER_INPUT naming it, at the root and nested', async () => {
    for (const query of [
      '{ artisans(first: 1000000) { totalCount } }',
      '{ artisans(first: -1) { totalCount } }',
      '{ province(code: "IR-16") { courses(first: 101) { totalCount } } }',
      '{ exportTotals { figures(first: 100000) { valueUsd } } }',
    ]) {
      const { status, text, body } = await postRaw(operation(query), authorization);
      expect([status, body.errors?.[0]?.extensions?.code, body.errors?.[0]?.extensions?.argumentName]).toEqual([
        200,
        'BAD_USER_INPUT',
        'first',
      ]);
      expect(text).not.toMatch(LEAKS);
    }
    // Past a 32-bit integer the value is not an Int: refused in validation, naming the argument too.
    const { status, body } = await postRaw(operation('{ artisans(first: 99999999999) { totalCount } }'), authorization);
    expect([status, body.errors?.[0]?.extensions?.code, body.errors?.[0]?.extensions?.argumentName]).toEqual([
      400,
      'BAD_USER_INPUT',
      'first',
    ]);
  });

  it('refuses a body over 1 MiB (413) and a batch (400), writing nothing', async () => {
    const mutation = 'mutation { createArtisan(input: { name: "Attack", provinceCode: "IR-16" }) { artisan { id } } }';
    await expectRefused(
      () => postRaw(JSON.stringify({ query: `${mutation} # ${'x'.repeat(1024 * 1024)}` }), authorization),
      413,
      'BAD_REQUEST',
    );
    const before = await rowCounts();
    const batch = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify([{ query: mutation }, { query: mutation }]),
    });
    expect(batch.status).toBe(400);
    expect(await batch.text()).not.toMatch(LEAKS);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('the two probes of the issue, now', () => {
  it('answers eight concurrent four-level `first: 100` queries at once with the node limit, memory kept', async () => {
    const fourLevels = `{ exhibitions(first: 100) { edges { node { exhibitors(first: 100) { edges { node { exhibitions(first: 100) { edges { node { exhibitors(first: 100) { edges { node { name crafts { name } } } } } } } } } } } } } }`;
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const { result, statements } = await graph.countStatements(() =>
      Promise.all(Array.from({ length: 8 }, () => postRaw(operation(fourLevels), authorization))),
    );
    const elapsedMs = Date.now() - started;
    const grownMiB = (process.memoryUsage().rss - before) / 2 ** 20;
    process.stdout.write(
      `eight four-level first:100 queries: refused in ${elapsedMs} ms, RSS of the test process grew ${grownMiB.toFixed(1)} MiB\n`,
    );
    for (const { status, body } of result) {
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'nodes', max: 100_000 } });
    }
    expect(statements).toEqual({ training: 0, exhibitions: 0, trade: 0, access: 0 });
    expect(grownMiB).toBeLessThan(100);
  });
});

const ARTISAN_COUNT = graphql(`
  query AttacksArtisanCount {
    artisans {
      totalCount
    }
  }
`);

describe('SQL metacharacters in every string filter', () => {
  const PAYLOADS = [
    "' OR '1'='1",
    "'; DROP TABLE training.artisan; --",
    '%',
    '_',
    '\\',
    "\\'; SELECT pg_sleep(3); --",
    '") OR 1=1 --',
    '$1',
    '*/ UNION SELECT 1 --',
    "E'\\x41'",
  ];
  const BASELINE = 'no-such-text-anywhere';

  /** Every string field of every input argument of the root fields, as the API schema has them: where to send the payloads. */
  const targets = (() => {
    const schema = buildSchema(readFileSync(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
    return Object.values(schema.getQueryType()!.getFields()).flatMap((field) =>
      field.args.flatMap((argument) => {
        const input = getNamedType(argument.type);
        if (!isInputObjectType(input)) {
          return [];
        }
        const returned = getNamedType(field.type);
        const selection = isObjectType(returned) && 'totalCount' in returned.getFields() ? 'totalCount' : '__typename';
        return Object.values(input.getFields())
          .filter((inputField) => !isListType(getNullableType(inputField.type)))
          .filter((inputField) => ['String', 'NonEmptyString', 'ID'].includes(getNamedType(inputField.type).name))
          .map((inputField) => ({
            at: `${field.name}.${argument.name}.${inputField.name}`,
            query: `query($value: ${String(argument.type)}) { ${field.name}(${argument.name}: $value) { ${selection} } }`,
            input,
            name: inputField.name,
          }));
      }),
    );
  })();

  /** Returns a value for every required field of `input`, and `text` in `name`. */
  const inputWith = (input: GraphQLInputObjectType, name: string, text: string) =>
    Object.fromEntries(
      Object.values(input.getFields())
        .filter((field) => field.name === name || (isNonNullType(field.type) && field.defaultValue === undefined))
        .map((field) => [field.name, field.name === name ? text : BASELINE]),
    );

  it('finds the string filters to try', () => {
    expect(targets.map((target) => target.at)).toEqual(
      expect.arrayContaining(['artisans.filter.search', 'sources.filter.titleContains', 'exportTotals.source.publisher']),
    );
    expect(targets.length).toBeGreaterThanOrEqual(15);
  });

  it('treats them as text: the same answer as text that matches nothing, or BAD_USER_INPUT; nothing written, nothing leaked', async () => {
    const before = await rowCounts();
    const artisansBefore = (await postGraphql(graph.url, ARTISAN_COUNT)).data?.artisans!.totalCount;
    let tried = 0;
    let slowestMs = 0;
    for (const { at, query, input, name } of targets) {
      const send = async (text: string) => {
        const started = Date.now();
        const response = await fetch(graph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...authorization },
          body: operation(query, { value: inputWith(input, name, text) }),
        });
        const parsed = (await response.json()) as GraphqlResponse<unknown>;
        slowestMs = Math.max(slowestMs, Date.now() - started);
        // An error may quote the caller's own text back: that is not a leak.
        const quoted = [JSON.stringify(text), text];
        const said = (parsed.errors ?? []).map((error) => quoted.reduce((message, form) => message.split(form).join('…'), error.message));
        expect(said.join('\n')).not.toMatch(LEAKS);
        return { data: parsed.data, codes: parsed.errors?.map((error) => error.extensions?.code) };
      };
      const baseline = await send(BASELINE);
      for (const payload of PAYLOADS) {
        const answer = await send(payload);
        tried += 1;
        // As text that matches nothing, or refused as input; never an error of another kind.
        expect({ at, payload, outcome: answer.codes ?? answer.data }).toEqual({
          at,
          payload,
          outcome: answer.codes ? ['BAD_USER_INPUT'] : baseline.data,
        });
      }
    }
    expect(tried).toBe(targets.length * PAYLOADS.length);
    // pg_sleep(3) never ran.
    expect(slowestMs).toBeLessThan(3_000);
    expect(await rowCounts()).toEqual(before);
    expect((await postGraphql(graph.url, ARTISAN_COUNT)).data?.artisans!.totalCount).toBe(artisansBefore);
  });
});

// @durationSeconds 130 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

import { graphql } from '../generated';
import { postGraphql } from '../support/graphql-client';
import { gatewayLimitsFromEnv, Role } from '../support/platform';
import { useTestGraph } from '../support/test-graph';

/** How many requests the fuzzer sends, and how many at a time. */
const REQUESTS = 2_000;
const CONCURRENCY = 8;

/** A small deterministic generator (mulberry32), so that a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (probability: number) => next() < probability,
  };
}
type Random = ReturnType<typeof random>;

/** Strings meant to hurt: empty, blank, NUL, quotes, other scripts, emoji, very long; no SQL keywords (responses are searched for them). */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '"\'\\',
  'IR-02',
  'ir-99',
  'kilim',
  'IQ',
  '2025-02-30',
  '1403',
  '-1',
  '0x10',
  '١٢٣',
  'خوشنویسی',
  '🧶🪡',
  '\ud800',
  '%_%',
  '../../etc/passwd',
  '${x}',
  'x'.repeat(10_000),
  'é'.repeat(70_000),
];
const NASTY_NUMBERS = [0, -1, 1, 2, 99, 100, 101, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 0.5, 1e-300, 4.2];

/** Returns a value for `type`: usually one it accepts, sometimes not. */
function valueFor(type: GraphQLInputType, rng: Random, depth = 0): unknown {
  if (rng.chance(0.1)) {
    return rng.pick<unknown>([null, rng.pick(NASTY_STRINGS), rng.pick(NASTY_NUMBERS), true, [], {}, { unknown: 1 }]);
  }
  if (isNonNullType(type)) {
    return valueFor(type.ofType, rng, depth);
  }
  if (isListType(type)) {
    return depth > 3 ? [] : Array.from({ length: rng.int(0, 3) }, () => valueFor(type.ofType, rng, depth + 1));
  }
  if (isEnumType(type)) {
    return rng.pick(type.getValues()).value;
  }
  if (isInputObjectType(type)) {
    if (depth > 3) {
      return {};
    }
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || rng.chance(0.4));
    return Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, rng, depth + 1)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'PositiveInt':
        return rng.chance(0.7) ? rng.int(1, 30) : rng.pick(NASTY_NUMBERS);
      case 'Float':
        return rng.pick(NASTY_NUMBERS);
      case 'Boolean':
        return rng.chance(0.5);
      case 'ProvinceCode':
        return rng.pick(['IR-02', 'IR-16', 'ir-00', 'IR-31', 'XX']);
      case 'CountryCode':
        return rng.pick(['IQ', 'it', 'ZZ', 'IRN']);
      case 'CraftSlug':
        return rng.pick(['kilim', 'jajim', 'leather-mosaic', 'unknown-craft']);
      case 'Date':
        return rng.pick(['2025-01-01', '2099-12-31', '1403-01-01', '2025-02-30', 'tomorrow']);
      case 'Decimal':
        return rng.pick(['0', '224000000.50', '1.234', '-5', '9'.repeat(30)]);
      case 'ID':
        return rng.pick(['00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1', rng.pick(NASTY_STRINGS)]);
      default:
        return rng.pick(NASTY_STRINGS);
    }
  }
  return null;
}

/** Returns a selection set for `type`, at most `depth` levels deep. */
function selectionFor(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  rng: Random,
  depth: number,
  variables: Map<string, { type: GraphQLInputType; value: unknown }>,
): string {
  const fields = Object.values(type.getFields());
  const chosen = Array.from({ length: rng.int(1, 4) }, () => rng.pick(fields));
  const parts = new Set<string>();
  for (const field of chosen) {
    const selected = fieldFor(schema, field, rng, depth, variables);
    if (selected) {
      parts.add(selected);
    }
  }
  if (rng.chance(0.05)) {
    parts.add('unknownField');
  }
  return parts.size ? `{ ${[...parts].join(' ')} }` : '{ __typename }';
}

function fieldFor(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  rng: Random,
  depth: number,
  variables: Map<string, { type: GraphQLInputType; value: unknown }>,
): string | undefined {
  const named = getNamedType(field.type);
  if (!isLeafType(named) && depth <= 0) {
    return undefined;
  }
  const args = field.args
    .filter((arg) => (isNonNullType(arg.type) && arg.defaultValue === undefined ? true : rng.chance(0.3)))
    .map((arg) => {
      if (rng.chance(0.6)) {
        const name = `v${variables.size}`;
        variables.set(name, { type: arg.type, value: valueFor(arg.type, rng) });
        return `${arg.name}: $${name}`;
      }
      return `${arg.name}: ${JSON.stringify(valueFor(arg.type, rng)) ?? 'null'}`.replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, '$1:');
    });
  const head = `${rng.chance(0.1) ? `alias${rng.int(0, 9)}: ` : ''}${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
  if (isLeafType(named)) {
    return head;
  }
  if (isObjectType(named)) {
    return `${head} ${selectionFor(schema, named, rng, depth - 1, variables)}`;
  }
  if (isInterfaceType(named) || isUnionType(named)) {
    return `${head} { __typename }`;
  }
  return undefined;
}

/** Returns one generated request body: a random operation built from the schema, or something malformed. */
function generate(schema: GraphQLSchema, rng: Random): string {
  const kind = rng.next();
  const variables = new Map<string, { type: GraphQLInputType; value: unknown }>();
  const root = rng.chance(0.85) ? schema.getQueryType() : schema.getMutationType();
  const selection = root ? selectionFor(schema, root, rng, 3, variables) : '{ __typename }';
  const definitions = [...variables].map(([name, { type }]) => `$${name}: ${String(rng.chance(0.05) ? getNullableType(type) : type)}`);
  const operation = `${root === schema.getMutationType() ? 'mutation' : 'query'} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} ${selection}`;
  const values = Object.fromEntries([...variables].map(([name, { value }]) => [name, value]));
  if (kind < 0.6) {
    return JSON.stringify({ query: operation, variables: values });
  }
  if (kind < 0.7) {
    // Truncated or corrupted documents.
    const cut = operation.slice(0, rng.int(1, operation.length));
    return JSON.stringify({ query: rng.chance(0.5) ? cut : cut.replace(/[{}()]/, rng.pick(['', '{{', ')', '$', '#', '"'])) });
  }
  if (kind < 0.8) {
    // Variables of the wrong shape.
    return JSON.stringify({
      query: operation,
      variables: rng.pick<unknown>([
        [],
        'x',
        42,
        null,
        { ...values, extra: 'x' },
        Object.fromEntries(Object.keys(values).map((name) => [name, rng.pick<unknown>([...NASTY_NUMBERS, ...NASTY_STRINGS.slice(0, 8)])])),
      ]),
    });
  }
  if (kind < 0.85) {
    // Deep nesting and huge aliases lists.
    return JSON.stringify({
      query: rng.chance(0.5)
        ? `{ ${'provinces { crafts { '.repeat(rng.int(5, 40))} __typename ${'} } '.repeat(0)}`
        : `{ ${Array.from({ length: rng.int(50, 500) }, (_, index) => `a${index}: __typename`).join(' ')} }`,
    });
  }
  if (kind < 0.9) {
    // Not a GraphQL request at all.
    return rng.pick([
      '{',
      '[]',
      'null',
      '"query"',
      '{"query": 1}',
      '{"query": "{ provinces { code } }", "operationName": 7}',
      '{"query": "{ a } { b }"}',
      '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
      '{"query": "subscription { x }"}',
    ]);
  }
  return JSON.stringify({
    query: `{ __type(name: ${JSON.stringify(rng.pick(['Province', 'Query', '', 'x'.repeat(1000)]))}) { name fields { name type { name } } } }`,
  });
}

/** Text no response may contain: stack frames, file paths, SQL and driver internals. */
const LEAKS =
  /\n\s+at |node_modules|\.ts:\d+|\.js:\d+|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b|QueryFailedError|syntax error at or near|TypeORM|postgres:\/\//i;

const graph = useTestGraph();

const AFTER = graphql(`
  query AfterTheFuzz {
    province(code: "IR-16") {
      name
      courses {
        totalCount
      }
      exports {
        totalCount
      }
    }
  }
`);

describe('the gateway under generated bad input', () => {
  it(`answers ${REQUESTS} generated operations without a 5xx, a crash or a leak, and answers normally after`, async () => {
    // Anonymous, as an attacker would be; with a budget that lasts the run (budgets have tests of their own).
    const defaults = gatewayLimitsFromEnv().rateLimit;
    const { url } = await graph.startGateway({
      limits: { rateLimit: { ...defaults, points: { ...defaults.points, [Role.ANONYMOUS]: 1_000_000 } } },
    });
    const introspection = await postGraphql(url, getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data as never);
    const rng = random(20_261_201);
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    let sent = 0;
    const started = Date.now();
    const worker = async () => {
      while (sent < REQUESTS) {
        sent += 1;
        const body = generate(schema, rng);
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500 || LEAKS.test(text)) {
          problems.push(`${response.status} for ${body.slice(0, 300)}\n→ ${text.slice(0, 500)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    process.stdout.write(
      `fuzz: ${sent} requests in ${Date.now() - started} ms, statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(problems.slice(0, 5)).toEqual([]);

    const after = await postGraphql(url, AFTER);
    expect(after.errors).toBeUndefined();
    expect(after.data?.province?.name).toBe('Ilam');
    for (const subgraph of Object.values(graph.subgraphs)) {
      expect((await fetch(new URL('/readyz', subgraph.url))).status).toBe(200);
    }
    // 2,000 requests take about 14 s alone; beside another test file on two cores, several times that.
  }, 180_000);
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type pg from 'pg';

import { projectRoot } from '../../services/shared/platform/project-root';
import { type OperationPlan, planOperation } from './plan-operation';

/** Variables of one request. */
export type Variables = Readonly<Record<string, unknown>>;

/** An operation the graph section drives: a document in scripts/bench/operations/ and how to draw its variables. */
interface OperationDefinition {
  /** The file name without `.graphql`, and the key in results.json. */
  readonly name: string;
  readonly title: string;
  /** Returns up to `count` variable sets drawn from the dataset, always the same ones for the same data. */
  drawVariables(sql: pg.Client, count: number): Promise<Variables[]>;
}

/** An operation ready to send: its document, its query plan and the variables the load cycles through. */
export interface GraphOperation extends OperationPlan {
  readonly name: string;
  readonly title: string;
  readonly document: string;
  readonly variables: readonly Variables[];
}

/** Returns the rows of a statement; `ORDER BY md5(…)` in them gives a spread of the data that is the same on every run. */
async function rows(sql: pg.Client, statement: string, count: number): Promise<Array<Record<string, unknown>>> {
  return (await sql.query(statement, [count])).rows;
}

const OPERATIONS: readonly OperationDefinition[] = [
  {
    name: 'artisan-page',
    title: 'artisan page',
    drawVariables: async (sql, count) =>
      (await rows(sql, 'SELECT id FROM training.artisan ORDER BY md5(id::text) LIMIT $1', count)).map((row) => ({ id: row.id })),
  },
  {
    name: 'partner-listing',
    title: 'partner listing',
    drawVariables: async (sql, count) =>
      (
        await rows(
          sql,
          'SELECT country_code, starts_on::text AS starts_on FROM exhibitions.exhibition WHERE starts_on IS NOT NULL ORDER BY md5(id::text) LIMIT $1',
          count,
        )
      ).map((row) => ({ countryCode: row.country_code, startsFrom: row.starts_on })),
  },
  {
    name: 'province-overview',
    title: 'province overview',
    drawVariables: async (sql, count) =>
      (
        await rows(
          sql,
          'SELECT code FROM (SELECT DISTINCT province_code AS code FROM training.artisan) AS provinces ORDER BY md5(code) LIMIT $1',
          count,
        )
      ).map((row) => ({ code: row.code })),
  },
  {
    name: 'course-catalogue',
    title: 'course catalogue (one subgraph)',
    drawVariables: async (sql, count) =>
      (
        await rows(
          sql,
          `SELECT province_code, craft_slug FROM (
             SELECT DISTINCT course_province.province_code, craft.slug AS craft_slug
             FROM training.course JOIN training.course_province ON course_province.course_id = course.id
             CROSS JOIN unnest(course.craft_slugs) AS craft (slug)) AS pairs
           ORDER BY md5(province_code || craft_slug) LIMIT $1`,
          count,
        )
      ).map((row) => ({ provinceCode: row.province_code, craftSlug: row.craft_slug })),
  },
  {
    name: 'export-analysis',
    title: 'export analysis',
    // Two consecutive solar years that both have figures.
    drawVariables: async (sql, count) =>
      (
        await rows(
          sql,
          `SELECT solar_year FROM (SELECT DISTINCT solar_year FROM trade.export_figure WHERE solar_year IS NOT NULL) AS years
           WHERE EXISTS (SELECT 1 FROM trade.export_figure AS next WHERE next.solar_year = years.solar_year + 1)
           ORDER BY md5(solar_year::text) LIMIT $1`,
          count,
        )
      ).map((row) => ({ solarYears: [row.solar_year, Number(row.solar_year) + 1] })),
  },
  {
    name: 'province-exports',
    title: "a province's exports",
    drawVariables: async (sql, count) =>
      (
        await rows(
          sql,
          `SELECT province_code, solar_year FROM (
             SELECT DISTINCT province_code, solar_year FROM trade.export_figure WHERE province_code IS NOT NULL AND solar_year IS NOT NULL) AS pairs
           ORDER BY md5(province_code || solar_year) LIMIT $1`,
          count,
        )
      ).map((row) => ({ code: row.province_code, solarYear: row.solar_year })),
  },
];

/** Names of the operations, in the order they run. */
export const GRAPH_OPERATION_NAMES: readonly string[] = OPERATIONS.map((operation) => operation.name);

/**
 * Reads every operation's document from scripts/bench/operations/, plans it
 * over the committed supergraph, and draws up to `variableSets` variable sets
 * for it from the dataset `sql` is connected to; fails when the data gives an
 * operation none.
 */
export async function loadGraphOperations(sql: pg.Client, variableSets: number, only?: readonly string[]): Promise<GraphOperation[]> {
  const root = projectRoot();
  const supergraphSdl = await readFile(path.join(root, 'schema', 'supergraph.graphql'), 'utf8');
  const loaded: GraphOperation[] = [];
  for (const definition of OPERATIONS.filter((operation) => !only || only.includes(operation.name))) {
    const document = await readFile(path.join(root, 'scripts', 'bench', 'operations', `${definition.name}.graphql`), 'utf8');
    const variables = await definition.drawVariables(sql, variableSets);
    if (variables.length === 0) {
      throw new Error(`The dataset gives no variables for ${definition.name}.`);
    }
    loaded.push({ name: definition.name, title: definition.title, document, variables, ...planOperation(supergraphSdl, document) });
  }
  return loaded;
}

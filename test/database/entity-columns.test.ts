import type { DataSource } from 'typeorm';

import { openSubgraphDatabase } from '../support/platform';
import { SUBGRAPHS } from '../support/subgraphs';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Differences between entities and migrations that are known and left to fix
 * in services/, written `<subgraph> <table>.<column>: <difference>` exactly as
 * the test reports them. Delete a line once its cause is fixed: the test fails
 * while a line names a difference that is no longer there.
 */
const KNOWN_MISMATCHES: readonly string[] = [
  // known mismatch: none today.
];

/**
 * Columns that the migrations create and no entity maps, on purpose: only raw
 * SQL reads or writes them, and an insert through TypeORM may leave them out.
 */
const NOT_MAPPED_ON_PURPOSE: readonly string[] = [
  // Set by a trigger from the quantity columns; the totals' SQL and the CSV import use it.
  'trade export_figure.quantity_key',
  // Defaults to false; the synthetic seeder and the CSV import set it, and totals read it, in SQL.
  'trade source.is_synthetic',
];

/** A column as compared: what an entity maps, or what the migrations created. */
interface ColumnShape {
  /** The type as TypeORM normalises it for PostgreSQL (`integer`, `character`, `timestamp with time zone`), `[]` after arrays. */
  readonly type: string;
  /** Length of `character` types, precision and scale of `numeric`, fractional digits of timestamps; empty for other types. */
  readonly size: string;
  readonly nullable: boolean;
}

/** Columns by `table.column`. */
type Columns = ReadonlyMap<string, ColumnShape>;

const TIME_TYPES = ['timestamp with time zone', 'timestamp without time zone', 'time with time zone', 'time without time zone'];

/** Returns the size part of a column's description, from the figures that apply to its type. */
function sizeOf(type: string, figures: { length?: string | number | null; precision?: number | null; scale?: number | null }): string {
  if (type === 'character' || type === 'character varying') {
    return figures.length ? `(${figures.length})` : '';
  }
  if (type === 'numeric') {
    return figures.precision ? `(${figures.precision},${figures.scale ?? 0})` : '';
  }
  // PostgreSQL keeps microseconds (6 digits) unless told otherwise.
  return TIME_TYPES.includes(type) ? `(${figures.precision ?? 6})` : '';
}

/** Returns the columns that the entities of a data source map. */
function entityColumns(dataSource: DataSource): Columns {
  const columns = new Map<string, ColumnShape>();
  for (const entity of dataSource.entityMetadatas) {
    for (const column of entity.columns) {
      const type = dataSource.driver.normalizeType(column);
      columns.set(`${entity.tableName}.${column.databaseName}`, {
        type: column.isArray ? `${type}[]` : type,
        size: sizeOf(type, column),
        nullable: column.isNullable,
      });
    }
  }
  return columns;
}

/** Returns the columns of a PostgreSQL schema as information_schema describes them, the migrations table aside. */
async function databaseColumns(database: TestDatabase, schema: string): Promise<Columns> {
  const { rows } = await database.pool.query<{
    table_name: string;
    column_name: string;
    is_nullable: 'YES' | 'NO';
    data_type: string;
    element_type: string | null;
    character_maximum_length: number | null;
    numeric_precision: number | null;
    numeric_scale: number | null;
    datetime_precision: number | null;
  }>(
    `SELECT c.table_name, c.column_name, c.is_nullable, c.data_type, c.character_maximum_length, c.numeric_precision, c.numeric_scale,
       c.datetime_precision, CASE WHEN c.data_type = 'ARRAY' THEN format_type(element.oid, NULL) END AS element_type
     FROM information_schema.columns c
     JOIN pg_catalog.pg_namespace namespace ON namespace.nspname = c.udt_schema
     JOIN pg_catalog.pg_type udt ON udt.typname = c.udt_name AND udt.typnamespace = namespace.oid
     LEFT JOIN pg_catalog.pg_type element ON element.oid = udt.typelem AND c.data_type = 'ARRAY'
     WHERE c.table_schema = $1 AND c.table_name <> 'migrations'`,
    [schema],
  );
  return new Map(
    rows.map((row) => [
      `${row.table_name}.${row.column_name}`,
      {
        type: row.data_type === 'ARRAY' ? `${row.element_type}[]` : row.data_type,
        size: sizeOf(row.data_type, {
          length: row.character_maximum_length,
          precision: row.numeric_precision ?? row.datetime_precision,
          scale: row.numeric_scale,
        }),
        nullable: row.is_nullable === 'YES',
      },
    ]),
  );
}

/**
 * Returns every difference between what the entities map and what the
 * migrations created, sorted: a mapped column that no migration creates or
 * that differs in type, size or nullability, and a column of a mapped table
 * that no entity maps. Tables no entity maps (join tables that only SQL
 * reads) are not compared.
 */
function differences(mapped: Columns, created: Columns): string[] {
  const describe = (column: ColumnShape) => `${column.type}${column.size} ${column.nullable ? 'NULL' : 'NOT NULL'}`;
  const found: string[] = [];
  for (const [name, entity] of mapped) {
    const column = created.get(name);
    if (!column) {
      found.push(`${name}: the entity maps ${describe(entity)}, no migration creates it`);
    } else if (describe(entity) !== describe(column)) {
      found.push(`${name}: the entity maps ${describe(entity)}, the migrations create ${describe(column)}`);
    }
  }
  const mappedTables = new Set([...mapped.keys()].map((name) => name.split('.')[0]));
  for (const [name, column] of created) {
    if (!mapped.has(name) && mappedTables.has(name.split('.')[0])) {
      found.push(`${name}: the migrations create ${describe(column)}, no entity maps it`);
    }
  }
  return found.sort();
}

describe('entities and migrations', () => {
  let database: TestDatabase;
  const dataSources = new Map<string, DataSource>();
  /** Differences found in a subgraph, each as `<subgraph> <difference>`, and how many columns were compared. */
  const compare = async (definition: { readonly name: string; readonly databaseSchema: string }) => {
    const mapped = entityColumns(dataSources.get(definition.name)!);
    const found = differences(mapped, await databaseColumns(database, definition.databaseSchema));
    return { compared: mapped.size, found: found.map((difference) => `${definition.name} ${difference}`) };
  };

  beforeAll(async () => {
    // One new database migrated by every subgraph, in the order they start in.
    database = await createTestDatabase();
    for (const definition of SUBGRAPHS) {
      dataSources.set(definition.name, (await openSubgraphDatabase(definition, database.url)).dataSource);
    }
  });
  afterAll(async () => {
    for (const dataSource of dataSources.values()) {
      await dataSource.destroy();
    }
    await database?.drop();
  });

  it.each(SUBGRAPHS.map((definition) => [definition.name, definition]))(
    'agree on every column of the %s subgraph: table, name, type, size and nullability',
    async (name, definition) => {
      const { compared, found } = await compare(definition);
      expect(compared).toBeGreaterThan(10);
      const notOnPurpose = found.filter((difference) => !NOT_MAPPED_ON_PURPOSE.some((column) => difference.startsWith(`${column}: `)));
      expect(notOnPurpose.filter((difference) => !KNOWN_MISMATCHES.includes(difference))).toEqual([]);
      // Lists that name what is no longer there fail too, so that they stay true.
      expect(KNOWN_MISMATCHES.filter((known) => known.startsWith(`${name} `) && !found.includes(known))).toEqual([]);
      expect(
        NOT_MAPPED_ON_PURPOSE.filter(
          (column) => column.startsWith(`${name} `) && !found.some((difference) => difference.startsWith(`${column}: `)),
        ),
      ).toEqual([]);
    },
  );

  // Last: it changes the database that the tests above compare.
  it('report a column that a migration changed, dropped or added, with what each side says', async () => {
    await database.pool.query(`
      ALTER TABLE training.artisan ALTER COLUMN name DROP NOT NULL;
      ALTER TABLE training.enrollment ALTER COLUMN exam_score TYPE numeric(6, 2);
      ALTER TABLE training.organization ALTER COLUMN country_code TYPE varchar(3);
      ALTER TABLE training.course DROP COLUMN audiences;
      ALTER TABLE training.course ADD COLUMN room text NOT NULL DEFAULT 'hall'`);
    const { found } = await compare(SUBGRAPHS.find((definition) => definition.name === 'training')!);
    expect(found).toEqual([
      'training artisan.name: the entity maps text NOT NULL, the migrations create text NULL',
      'training course.audiences: the entity maps text[] NOT NULL, no migration creates it',
      'training course.room: the migrations create text NOT NULL, no entity maps it',
      'training enrollment.exam_score: the entity maps numeric(5,2) NULL, the migrations create numeric(6,2) NULL',
      'training organization.country_code: the entity maps character(2) NULL, the migrations create character varying(3) NULL',
    ]);
  });
});

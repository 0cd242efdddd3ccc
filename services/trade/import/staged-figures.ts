import { randomBytes } from 'node:crypto';
import { once } from 'node:events';

import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

import { preferenceOrderSql, refreshPreferred } from '../export-figure/preference';

/** A figure ready to be written, with its source named as an imported row names it. */
export interface StagedFigure {
  /** Where it came from, for error reports: the CSV row number, or a position. */
  readonly row: number;
  readonly periodStartsOn: string;
  readonly periodEndsOn: string;
  readonly solarYear: number | null;
  readonly periodBasis: string;
  readonly channel: string;
  readonly valueUsd: string;
  readonly precision: string;
  readonly destinationCode: string | null;
  readonly craftSlug: string | null;
  readonly hsCode: string | null;
  readonly provinceCode: string | null;
  readonly sourceTitle: string;
  readonly sourcePublisher: string;
  readonly sourcePublishedOn: string | null;
  readonly sourceUrl: string | null;
  readonly note: string | null;
  readonly isSynthetic: boolean;
}

/** A staged row that contradicts a recorded figure or another row. */
export interface StagedConflict {
  readonly row: number;
  readonly column: 'value_usd' | 'precision' | 'period_basis';
  readonly message: string;
}

/** What writing the staged figures changed. */
export interface StagedWriteCounts {
  readonly figuresAdded: number;
  readonly rowsAlreadyRecorded: number;
  readonly sourcesAdded: number;
}

const STAGING_TABLE = 'export_figure_staging';
/** Lines sent to COPY per write: one write per line would cost more than the parsing. */
const LINES_PER_WRITE = 2_000;

/** Columns of the staging table, in COPY order, with their types. */
const STAGING_COLUMNS: ReadonlyArray<readonly [keyof StagedFigure, string, string]> = [
  ['row', 'row_number', 'int NOT NULL'],
  ['periodStartsOn', 'period_starts_on', 'date NOT NULL'],
  ['periodEndsOn', 'period_ends_on', 'date NOT NULL'],
  ['solarYear', 'solar_year', 'int'],
  ['periodBasis', 'period_basis', 'text NOT NULL'],
  ['channel', 'channel', 'text NOT NULL'],
  ['valueUsd', 'value_usd', 'numeric(20, 2) NOT NULL'],
  ['precision', 'precision', 'text NOT NULL'],
  ['destinationCode', 'destination_code', 'text'],
  ['craftSlug', 'craft_slug', 'text'],
  ['hsCode', 'hs_code', 'text'],
  ['provinceCode', 'province_code', 'text'],
  ['sourceTitle', 'source_title', 'text NOT NULL'],
  ['sourcePublisher', 'source_publisher', 'text NOT NULL'],
  ['sourcePublishedOn', 'source_published_on', 'date'],
  ['sourceUrl', 'source_url', 'text'],
  ['note', 'note', 'text'],
  ['isSynthetic', 'is_synthetic', 'boolean NOT NULL'],
];

/** How a staged row finds its source row: publisher, title and date (hashable, so a million rows join fast). */
const SOURCE_JOIN = `src.publisher = st.source_publisher AND src.title = st.source_title
  AND coalesce(src.published_on, '-infinity'::date) = coalesce(st.source_published_on, '-infinity'::date)`;

/**
 * Figures on their way into `export_figure`: COPY into a temporary table that
 * disappears with the transaction, checks against what is recorded, then one
 * INSERT … ON CONFLICT DO NOTHING. Everything runs in the caller's transaction.
 */
export class FigureStaging {
  private copy: NodeJS.WritableStream | undefined;
  private finished: Promise<unknown> | undefined;
  private pending: string[] = [];

  private constructor(
    private readonly manager: EntityManager,
    private readonly client: PoolClient,
  ) {}

  /** Creates the staging table in the transaction of `manager` and opens the COPY into it. */
  static async open(manager: EntityManager): Promise<FigureStaging> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Figures are staged inside a transaction.');
    }
    // Memory for this transaction's hash aggregates over the staged rows (4 MB by default would spill to disk).
    await manager.query("SET LOCAL work_mem = '64MB'");
    await manager.query(
      `CREATE TEMPORARY TABLE ${STAGING_TABLE} (
         ${STAGING_COLUMNS.map(([, column, type]) => `${column} ${type}`).join(',\n')},
         quantity_key uuid GENERATED ALWAYS AS (trade.quantity_key(period_starts_on, period_ends_on, channel,
           destination_code, craft_slug, hs_code, province_code)) STORED
       ) ON COMMIT DROP`,
    );
    const staging = new FigureStaging(manager, (await manager.queryRunner.connect()) as PoolClient);
    const copy = staging.client.query(
      copyFrom(`COPY ${STAGING_TABLE} (${STAGING_COLUMNS.map(([, column]) => column).join(', ')}) FROM STDIN`),
    );
    staging.copy = copy;
    staging.finished = new Promise((resolve, reject) => {
      copy.once('finish', resolve);
      copy.once('error', reject);
    });
    // Keep a failed COPY from being an unhandled rejection before `close()` awaits it.
    staging.finished.catch(() => {});
    return staging;
  }

  /** Adds one figure to the COPY stream, waiting when the stream asks for it. */
  async add(figure: StagedFigure): Promise<void> {
    this.pending.push(`${STAGING_COLUMNS.map(([key]) => copyValue(figure[key])).join('\t')}\n`);
    if (this.pending.length >= LINES_PER_WRITE) {
      await this.flush();
    }
  }

  /** Sends the lines gathered so far in one write. */
  private async flush(): Promise<void> {
    const chunk = this.pending.join('');
    this.pending = [];
    if (chunk && !this.copy!.write(chunk)) {
      await Promise.race([once(this.copy as NodeJS.EventEmitter, 'drain'), this.finished]);
    }
  }

  /** Ends the COPY; afterwards the staged rows can be checked and written. */
  async close(): Promise<void> {
    await this.flush();
    this.copy!.end();
    await this.finished;
    await this.manager.query(`ANALYZE ${STAGING_TABLE}`);
  }

  /**
   * Returns the staged rows that contradict a figure their source already has
   * for the same quantity, or another staged row of the same source and
   * quantity, naming the column that differs (at most `limit`).
   */
  async conflicts(limit: number): Promise<StagedConflict[]> {
    const differing = (left: string, right: string) => `CASE
        WHEN ${left}.value_usd <> ${right}.value_usd THEN 'value_usd'
        WHEN ${left}.precision <> ${right}.precision THEN 'precision'
        WHEN ${left}.period_basis <> ${right}.period_basis THEN 'period_basis' END`;
    const stated = (alias: string) => `${alias}.value_usd || ' ' || ${alias}.precision || ' ' || ${alias}.period_basis`;
    const sameSource = (
      left: string,
      right: string,
    ) => `${left}.source_publisher = ${right}.source_publisher AND ${left}.source_title = ${right}.source_title
      AND coalesce(${left}.source_published_on, '-infinity'::date) = coalesce(${right}.source_published_on, '-infinity'::date)`;
    const rows: Array<{ row: number; column: StagedConflict['column']; other_row: number | null; recorded: string; stated: string }> =
      await this.manager.query(
        `WITH disagreeing AS (
         -- Groups of rows from one source for one quantity that do not all say the same (a hash aggregate, no sort).
         SELECT quantity_key, source_publisher, source_title, source_published_on, min(row_number) AS first_row
         FROM ${STAGING_TABLE}
         GROUP BY quantity_key, source_publisher, source_title, source_published_on
         HAVING min(value_usd) <> max(value_usd) OR min(precision) <> max(precision) OR min(period_basis) <> max(period_basis)
       )
       SELECT * FROM (
         SELECT st.row_number AS row, ${differing('st', 'e')} AS column, NULL::int AS other_row, ${stated('e')} AS recorded, ${stated('st')} AS stated
         FROM ${STAGING_TABLE} st
         JOIN source src ON ${SOURCE_JOIN}
         JOIN export_figure e ON e.quantity_key = st.quantity_key AND e.source_id = src.id
         UNION ALL
         SELECT st.row_number, ${differing('st', 'first')}, first.row_number, ${stated('first')}, ${stated('st')}
         FROM disagreeing
         JOIN ${STAGING_TABLE} first ON first.row_number = disagreeing.first_row
         JOIN ${STAGING_TABLE} st ON st.quantity_key = disagreeing.quantity_key AND ${sameSource('st', 'disagreeing')} AND st.row_number > first.row_number
       ) conflict
       WHERE conflict.column IS NOT NULL
       ORDER BY conflict.row LIMIT $1`,
        [limit],
      );
    return rows.map((conflict) => ({
      row: conflict.row,
      column: conflict.column,
      message:
        conflict.other_row === null
          ? `the source already has a different figure for this period, channel, destination, craft and province (${conflict.recorded}; this row: ${conflict.stated}); correct it with correctExportFigure instead.`
          : `row ${conflict.other_row} gives the same source, period, channel, destination, craft and province with a different figure (${conflict.recorded}; this row: ${conflict.stated}).`,
    }));
  }

  /**
   * Writes the staged figures and any new sources, skipping figures already
   * recorded (same source and quantity, or same id), and keeps the preferred
   * mark right for every quantity they touch.
   */
  async write(): Promise<StagedWriteCounts> {
    const [{ count: sourcesAdded }] = await this.manager.query(
      `WITH added AS (
         INSERT INTO source (title, publisher, published_on, url, is_synthetic)
         -- A hash aggregate rather than DISTINCT ON: no sort of the staged rows. Rows naming one report with different addresses keep the first in sort order.
         SELECT source_title, source_publisher, source_published_on, min(source_url), bool_and(is_synthetic)
         FROM ${STAGING_TABLE}
         GROUP BY source_publisher, source_title, source_published_on
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS count FROM added`,
    );
    await this.manager.query('CREATE TEMPORARY TABLE export_figure_touched (quantity_key uuid PRIMARY KEY) ON COMMIT DROP');
    // Quantities that already have figures, found before the insert: a check
    // inside the insert itself could be planned as a scan of the growing table per row.
    await this.manager.query(
      `CREATE TEMPORARY TABLE export_figure_known ON COMMIT DROP AS
       SELECT DISTINCT st.quantity_key FROM ${STAGING_TABLE} st WHERE EXISTS (SELECT 1 FROM export_figure e WHERE e.quantity_key = st.quantity_key)`,
    );
    // A new figure is marked preferred at once when it ranks first among the
    // staged figures of its quantity and the quantity has no recorded figure
    // yet. Quantities that end up with other than one preferred figure (they
    // had recorded figures, or a repeated row took the place of its twin) are
    // ranked again afterwards, with their recorded figures. Rows go in
    // quantity order with time-ordered ids, so that both unique indexes grow
    // in order rather than at random places (twice as fast on a million rows).
    const [{ added, staged }] = await this.manager.query(
      `WITH ranked AS (
         SELECT st.*, src.id AS source_id,
                row_number() OVER (PARTITION BY st.quantity_key ORDER BY ${preferenceOrderSql('st', 'src.published_on', 'st.row_number')}) = 1
                  AND known.quantity_key IS NULL AS preferred
         FROM ${STAGING_TABLE} st
         JOIN source src ON ${SOURCE_JOIN}
         LEFT JOIN export_figure_known known ON known.quantity_key = st.quantity_key
       ), inserted AS (
         INSERT INTO export_figure (id, period_starts_on, period_ends_on, solar_year, period_basis, channel, value_usd, precision,
           destination_code, craft_slug, hs_code, province_code, source_id, note, is_synthetic, quantity_key, is_preferred)
         SELECT (CAST($1 AS text) || lpad(to_hex(row_number() OVER ()), 12, '0'))::uuid, period_starts_on, period_ends_on, solar_year,
           period_basis, channel, value_usd, precision, destination_code, craft_slug, hs_code, province_code, source_id, note, is_synthetic,
           quantity_key, preferred
         FROM ranked
         ON CONFLICT DO NOTHING
         RETURNING quantity_key, is_preferred
       ), touched AS (
         INSERT INTO export_figure_touched
         SELECT quantity_key FROM inserted GROUP BY quantity_key HAVING count(*) FILTER (WHERE is_preferred) <> 1
       )
       SELECT (SELECT count(*)::int FROM inserted) AS added, (SELECT count(*)::int FROM ${STAGING_TABLE}) AS staged`,
      [timeOrderedIdPrefix()],
    );
    await refreshPreferred(this.manager, 'SELECT quantity_key FROM export_figure_touched');
    return { figuresAdded: added, rowsAlreadyRecorded: staged - added, sourcesAdded };
  }
}

/**
 * Returns the first 20 hex digits of a UUIDv7 (RFC 9562) for now: 48 bits of
 * Unix milliseconds, the version, 12 random bits, the variant and 12 more
 * random bits. The last 12 digits are a counter, so the ids of one write
 * increase in the order they are written, and follow those of earlier writes.
 */
function timeOrderedIdPrefix(): string {
  const random = randomBytes(3).toString('hex');
  const variant = (8 + (randomBytes(1)[0] & 0x3)).toString(16);
  return `${Date.now().toString(16).padStart(12, '0')}7${random.slice(0, 3)}${variant}${random.slice(3, 6)}`;
}

/** Returns a value in PostgreSQL's COPY text format. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '\\N';
  }
  return String(value).replace(
    /[\\\t\n\r]/g,
    (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character] as string,
  );
}

import { createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';

import pg from 'pg';

import { databaseSettingsFromEnv } from './data-source';

/** Returns the PostgreSQL role a subgraph connects as: `handicrafts_<schema>`. */
export function subgraphRoleName(schema: string): string {
  return `handicrafts_${schema}`;
}

/** Returns the variable that gives a subgraph a database URL of its own, e.g. TRAINING_DATABASE_URL for the schema `training`. */
export function subgraphDatabaseVariable(schema: string): string {
  return `${schema.toUpperCase()}_DATABASE_URL`;
}

/** Returns the URL a subgraph of `schema` is configured with: its own variable (TRAINING_DATABASE_URL, …) when set, else `sharedUrl`. */
export function subgraphDatabaseUrl(schema: string, sharedUrl: string): string {
  return process.env[subgraphDatabaseVariable(schema)] || sharedUrl;
}

/** SQLSTATEs of a role created or altered by another process at the same time (roles are shared by every database of the cluster). */
const CONCURRENT_ROLE_CHANGE = new Set(['42710', '23505', 'XX000']);

/**
 * Returns the URL of `schema`'s own role on the database `url` names, after
 * making sure, when `url` connects as a superuser, that the role exists (LOGIN,
 * no other attribute, no membership), owns the schema and everything in it
 * (TypeORM's migrations table included, so a database made by an older version
 * that connected as the superuser is handed over), and that PUBLIC may create
 * nothing in the database nor in its `public` schema. The role is granted
 * nothing on any other schema. Returns undefined when `url` is not a
 * superuser's: then the operator provides the roles (`npm run database:roles`).
 *
 * The role's password is derived from the superuser's (HMAC), so that every
 * process bootstrapping the same cluster, for any of its databases and at the
 * same time, agrees on it without storing it; a superuser URL without a
 * password (trust or peer authentication) gives roles without one either.
 */
export async function provisionSubgraphRole(url: string, schema: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: databaseSettingsFromEnv().connectTimeoutMs });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ superuser: boolean }>('SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
    if (!rows[0]?.superuser) {
      return undefined;
    }
    const role = subgraphRoleName(schema);
    const password = rolePassword(url, role);
    await ensureRole(client, role, password);
    await handOverSchema(client, schema, role);
    const roleUrl = new URL(url);
    roleUrl.username = role;
    roleUrl.password = password ?? '';
    return roleUrl.toString();
  } finally {
    await client.end().catch(() => {});
  }
}

/** The password of `role`: an HMAC of the superuser's password (from `url` or PGPASSWORD) over the role's name; undefined when the superuser has none. */
function rolePassword(url: string, role: string): string | undefined {
  const superuserPassword = decodeURIComponent(new URL(url).password) || process.env.PGPASSWORD;
  return superuserPassword
    ? createHmac('sha256', superuserPassword).update(`handicrafts-graph:role:${role}`).digest('base64url')
    : undefined;
}

/** Creates `role` with `password`, or sets its password when the stored one differs; retries when another process does the same at once. */
async function ensureRole(client: pg.Client, role: string, password: string | undefined): Promise<void> {
  const identifier = client.escapeIdentifier(role);
  const passwordClause = password === undefined ? 'PASSWORD NULL' : `PASSWORD ${client.escapeLiteral(password)}`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { rows } = await client.query<{ stored: string | null }>('SELECT rolpassword AS stored FROM pg_authid WHERE rolname = $1', [
        role,
      ]);
      if (rows.length === 0) {
        await client.query(
          `CREATE ROLE ${identifier} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ${passwordClause}`,
        );
      } else if (!storedPasswordMatches(rows[0]!.stored, role, password)) {
        await client.query(`ALTER ROLE ${identifier} ${passwordClause}`);
      }
      return;
    } catch (error) {
      if (attempt >= 5 || !CONCURRENT_ROLE_CHANGE.has((error as { code?: string }).code ?? '')) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Whether `stored` (pg_authid.rolpassword: a SCRAM-SHA-256 or MD5 verifier, or null) verifies `password`. */
function storedPasswordMatches(stored: string | null, role: string, password: string | undefined): boolean {
  if (stored === null || password === undefined) {
    return stored === null && password === undefined;
  }
  const scram = /^SCRAM-SHA-256\$(\d+):([^$]+)\$[^:]+:(.+)$/.exec(stored);
  if (scram) {
    const salted = pbkdf2Sync(password.normalize('NFKC'), Buffer.from(scram[2]!, 'base64'), Number(scram[1]), 32, 'sha256');
    const serverKey = createHmac('sha256', salted).update('Server Key').digest();
    const expected = Buffer.from(scram[3]!, 'base64');
    return expected.length === serverKey.length && timingSafeEqual(expected, serverKey);
  }
  return (
    stored ===
    `md5${createHash('md5')
      .update(password + role)
      .digest('hex')}`
  );
}

/**
 * In one transaction, under a lock on this database so that processes opening
 * it at once take turns, runs `schemaOwnershipSql`.
 */
async function handOverSchema(client: pg.Client, schema: string, role: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['handicrafts-graph:subgraph-roles']);
    await client.query(schemaOwnershipSql(await currentDatabase(client), schema, role));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function currentDatabase(client: pg.Client): Promise<string> {
  return (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name;
}

/**
 * Returns the SQL that takes CREATE on `database` and on its `public` schema
 * from PUBLIC, and creates `schema` owned by `role`, or, when it exists with
 * another owner (made by an older version, as the superuser), makes `role`
 * the owner of it and of every table, view, sequence not owned by a column
 * (those follow their table), function and enum, domain, range or composite
 * type in it. `npm run database:roles` prints the same for an operator.
 */
export function schemaOwnershipSql(database: string, schema: string, role: string): string {
  const roleIdentifier = pg.escapeIdentifier(role);
  const schemaName = pg.escapeLiteral(schema);
  return `REVOKE CREATE ON DATABASE ${pg.escapeIdentifier(database)} FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $handover$
DECLARE
  statement text;
BEGIN
  IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = ${schemaName}) THEN
    CREATE SCHEMA ${pg.escapeIdentifier(schema)} AUTHORIZATION ${roleIdentifier};
  ELSIF (SELECT nspowner FROM pg_namespace WHERE nspname = ${schemaName}) <> ${pg.escapeLiteral(roleIdentifier)}::regrole THEN
    ALTER SCHEMA ${pg.escapeIdentifier(schema)} OWNER TO ${roleIdentifier};
    FOR statement IN
      SELECT CASE c.relkind WHEN 'S' THEN 'ALTER SEQUENCE ' WHEN 'v' THEN 'ALTER VIEW ' WHEN 'm' THEN 'ALTER MATERIALIZED VIEW '
               WHEN 'f' THEN 'ALTER FOREIGN TABLE ' WHEN 'c' THEN 'ALTER TYPE ' ELSE 'ALTER TABLE ' END || c.oid::regclass::text
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ${schemaName} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c')
         AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
      UNION ALL
      SELECT 'ALTER ROUTINE ' || p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = ${schemaName}
      UNION ALL
      SELECT 'ALTER TYPE ' || t.oid::regtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = ${schemaName} AND t.typtype IN ('e', 'd', 'r')
    LOOP
      EXECUTE statement || ' OWNER TO ${roleIdentifier}';
    END LOOP;
  END IF;
END
$handover$;
`;
}

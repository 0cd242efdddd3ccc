/**
 * `npm run database:roles [-- --database NAME]`: prints the SQL that gives each
 * subgraph its own PostgreSQL role on a server where the graph does not connect
 * as a superuser (a managed PostgreSQL): each role with a new random password,
 * owner of its subgraph's schema only, and PUBLIC unable to create anything.
 * An operator runs it once with psql as a role that may create roles, then
 * gives each subgraph the URL the comments at the top name. Safe to run again
 * (it changes the passwords). Exit status: 0 printed, 2 wrong usage.
 */
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { schemaOwnershipSql, subgraphDatabaseVariable, subgraphRoleName } from '../services/shared/platform/database';
import { SUBGRAPHS } from '../services/subgraphs';

/** Returns the SQL for the database `database`, each role with its password. */
function rolesSql(database: string): string {
  const roles = SUBGRAPHS.map(({ databaseSchema: schema }) => ({
    schema,
    role: subgraphRoleName(schema),
    password: randomBytes(24).toString('base64url'),
  }));
  const urls = roles.map(
    ({ schema, role, password }) => `--   ${subgraphDatabaseVariable(schema)}=postgres://${role}:${password}@HOST:5432/${database}`,
  );
  const statements = roles.map(({ schema, role, password }) => {
    const identifier = pg.escapeIdentifier(role);
    return `DO $role$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = ${pg.escapeLiteral(role)}) THEN
    ALTER ROLE ${identifier} LOGIN PASSWORD ${pg.escapeLiteral(password)};
  ELSE
    CREATE ROLE ${identifier} LOGIN PASSWORD ${pg.escapeLiteral(password)};
  END IF;
END $role$;
-- Who is not a superuser may give a schema only to a role it is a member of.
GRANT ${identifier} TO CURRENT_USER;
${schemaOwnershipSql(database, schema, role)}`;
  });
  return `-- Each subgraph's own role on the database ${database} (npm run database:roles): run once, as a role that may
-- create roles, connected to that database: psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -f this-file.sql
-- Then set, on each subgraph's processes, its variable (ACCESS_DATABASE_URL on the gateway's too), with your
-- server's HOST and port, and delete this file: it holds the new passwords.
${urls.join('\n')}
BEGIN;
${statements.join('\n')}COMMIT;
`;
}

function main(): number {
  const { values } = parseArgs({ options: { database: { type: 'string' } } });
  const database = values.database ?? (process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).pathname.slice(1) : 'handicrafts');
  if (!database) {
    process.stderr.write('Usage: npm run database:roles [-- --database NAME]\n');
    return 2;
  }
  process.stdout.write(rolesSql(database));
  return 0;
}

process.exitCode = main();

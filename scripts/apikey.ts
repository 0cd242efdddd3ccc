/**
 * `npm run apikey -- create --role partner --org <id> --name "..."`,
 * `npm run apikey -- list`, `npm run apikey -- revoke <prefix>`: manages the
 * graph's API keys in the database of `npm start` (ACCESS_DATABASE_URL,
 * DATABASE_URL, or the embedded PostgreSQL), as the access subgraph's role. A new key is printed once and stored only hashed.
 * Exit status: 0 done, 1 failed, 2 wrong usage.
 */
import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { createApiKey, listApiKeys, revokeApiKey } from '../services/access/public';
import { Role } from '../services/shared/platform/auth';
import { isUuid } from '../services/shared/platform/ids';
import { runAccessCommand, UsageError } from './access-command';

const USAGE = `Usage:
  npm run apikey -- create --role partner --org <organisation id> --name "<whose key>"
  npm run apikey -- create --role analyst|admin --name "<whose key>"
  npm run apikey -- list
  npm run apikey -- revoke <prefix>
`;

runAccessCommand(USAGE, async (openDatabase) => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, org: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (!['create', 'list', 'revoke'].includes(command ?? '') || (command === 'revoke') !== (rest.length === 1)) {
    throw new UsageError();
  }
  const dataSource = await openDatabase();
  if (command === 'create') {
    const role = values.role?.toUpperCase() as Role | undefined;
    if (!role || role === Role.ANONYMOUS || !Object.values(Role).includes(role)) {
      throw new UsageError('--role is partner, analyst or admin.');
    }
    if (values.org !== undefined && !isUuid(values.org)) {
      throw new UsageError('--org is the id of an organisation (a UUID), as `organizations { edges { node { id name } } }` lists them.');
    }
    const { key, record } = await createApiKey(dataSource, { role, organizationId: values.org ?? null, name: values.name ?? '' });
    process.stdout.write(`Created ${record.role.toLowerCase()} key ${record.prefix} (${record.name}). The key, shown this once:\n${key}\n`);
  } else if (command === 'list') {
    for (const key of await listApiKeys(dataSource)) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
      const organization = key.organizationId ? ` org ${key.organizationId}` : '';
      process.stdout.write(
        `${key.prefix}  ${key.role.toLowerCase().padEnd(8)}${organization}  "${key.name}"  created ${key.createdAt.toISOString()}  ${state}\n`,
      );
    }
  } else {
    const revoked = await revokeApiKey(dataSource, rest[0]);
    if (!revoked) {
      process.stderr.write(`No key has the prefix ${rest[0]}; \`npm run apikey -- list\` shows them.\n`);
      return 1;
    }
    process.stdout.write(
      `Revoked ${revoked.prefix} (${revoked.name}) at ${revoked.revokedAt?.toISOString()}; gateways refuse it within a second.\n`,
    );
  }
  return 0;
});

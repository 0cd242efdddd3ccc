import { CreateAccessSchema1764300000000 } from './1764300000000-create-access-schema';

/** The access subgraph's migrations, oldest first. */
export const ACCESS_MIGRATIONS = [CreateAccessSchema1764300000000];

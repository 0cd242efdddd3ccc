import { booleanFromEnv } from '../../services/shared/platform/env';

/** Returns whether the gateway serves GraphiQL: yes unless GRAPHIQL is `false` (or `0`, `off`, `no`). */
export function graphiqlEnabledFromEnv(): boolean {
  return booleanFromEnv('GRAPHIQL', true);
}

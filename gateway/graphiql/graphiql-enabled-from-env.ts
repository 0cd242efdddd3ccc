const OFF = new Set(['false', '0', 'off', 'no']);
const ON = new Set(['', 'true', '1', 'on', 'yes']);

/** Returns whether the gateway serves GraphiQL: yes unless GRAPHIQL is `false` (or `0`, `off`, `no`). */
export function graphiqlEnabledFromEnv(): boolean {
  const value = (process.env.GRAPHIQL ?? '').trim().toLowerCase();
  if (OFF.has(value)) {
    return false;
  }
  if (ON.has(value)) {
    return true;
  }
  throw new Error(`GRAPHIQL must be true or false, got "${process.env.GRAPHIQL}".`);
}

/** Returns the TCP port in environment variable `name`, or `fallback` when it is unset. */
export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name}=${raw} is not a TCP port (0-65535).`);
  }
  return port;
}

/** Returns the whole number of at least `min` in environment variable `name` (milliseconds, bytes, counts), or `fallback` when it is unset. */
export function integerFromEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name}=${raw} is not a whole number of at least ${min}.`);
  }
  return value;
}

const OFF = new Set(['false', '0', 'off', 'no']);
const ON = new Set(['true', '1', 'on', 'yes']);

/** Returns the switch in environment variable `name`: `true` (or `1`, `on`, `yes`), `false` (or `0`, `off`, `no`), or `fallback` when it is unset. */
export function booleanFromEnv(name: string, fallback: boolean): boolean {
  const value = (process.env[name] ?? '').trim().toLowerCase();
  if (value === '') {
    return fallback;
  }
  if (ON.has(value)) {
    return true;
  }
  if (OFF.has(value)) {
    return false;
  }
  throw new Error(`${name} must be true or false, got "${process.env[name]}".`);
}

/** Returns the comma-separated entries of environment variable `name`, trimmed, without empty ones; empty when unset. */
export function listFromEnv(name: string): string[] {
  return (process.env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Returns whether NODE_ENV is `production`: masked errors, no suggestions, introspection for analysts and admins only. */
export function isProductionFromEnv(): boolean {
  return process.env.NODE_ENV === 'production';
}

/**
 * Settings every server process reads from the environment, with their
 * defaults; see docs/operating.md, "Variables".
 */
export function serverSettingsFromEnv() {
  return {
    /** Largest body a client may send, in bytes. */
    maxBodyBytes: integerFromEnv('MAX_BODY_BYTES', 1024 * 1024),
    /** Largest body the gateway may send a subgraph, in bytes: an `_entities` batch can be far larger than the client's request. */
    subgraphMaxBodyBytes: integerFromEnv('SUBGRAPH_MAX_BODY_BYTES', 64 * 1024 * 1024),
    /** How long requests in flight may take to finish on SIGTERM, in milliseconds. */
    shutdownGraceMs: integerFromEnv('SHUTDOWN_GRACE_MS', 10_000, 0),
    /** Origins allowed by CORS; any when empty. */
    corsOrigins: listFromEnv('CORS_ORIGINS'),
  };
}

/** What one HTTP server of the graph bears from a client before GraphQL runs; see `httpLimitsFromEnv`. */
export interface HttpLimits {
  /** Deepest nesting of braces, brackets and parentheses in the document, and of objects and arrays in the variables (MAX_NESTING). */
  readonly maxNesting: number;
  /** How long a client may take to send a request's headers, in milliseconds (HEADERS_TIMEOUT_MS). */
  readonly headersTimeoutMs: number;
  /** How long a client may take to send a whole request, body included, in milliseconds (REQUEST_TIMEOUT_MS). */
  readonly requestTimeoutMs: number;
  /** Open connections one client address may hold; more are closed at once (MAX_CONNECTIONS_PER_ADDRESS). */
  readonly maxConnectionsPerAddress: number;
}

/**
 * Returns the HTTP limits of every server process from the environment, with
 * their defaults: nesting 64, headers in 10 s, a whole request in 30 s, 256
 * connections per address (above the gateway's 32 per subgraph).
 */
export function httpLimitsFromEnv(): HttpLimits {
  const headersTimeoutMs = integerFromEnv('HEADERS_TIMEOUT_MS', 10_000);
  return {
    maxNesting: integerFromEnv('MAX_NESTING', 64),
    headersTimeoutMs,
    // Node refuses a headers timeout longer than the request's.
    requestTimeoutMs: Math.max(integerFromEnv('REQUEST_TIMEOUT_MS', 30_000), headersTimeoutMs),
    maxConnectionsPerAddress: integerFromEnv('MAX_CONNECTIONS_PER_ADDRESS', 256),
  };
}

/**
 * Returns GATEWAY_SECRET: the key with which the gateway signs the caller's
 * identity for the subgraphs. `npm start` makes one for its processes;
 * deployments give the gateway and every subgraph the same value.
 */
export function gatewaySecretFromEnv(): string {
  const secret = process.env.GATEWAY_SECRET ?? '';
  if (secret.length < 32) {
    throw new Error(
      'GATEWAY_SECRET is not set (or shorter than 32 characters): the gateway and the subgraphs need the same secret to sign and check who is calling. `npm start` sets one for its processes.',
    );
  }
  return secret;
}

/** Returns whether SINGLE_PROCESS asks for the one-process mode: every subgraph inside the gateway's process. */
export function isSingleProcess(): boolean {
  return ['true', '1', 'yes'].includes((process.env.SINGLE_PROCESS ?? '').toLowerCase());
}

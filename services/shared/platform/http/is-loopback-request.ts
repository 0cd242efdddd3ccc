import type { IncomingMessage } from 'node:http';

/**
 * Returns whether a request comes from this machine: its connection is from
 * a loopback address and no proxy forwarded it (a proxy on the same machine
 * connects from loopback too, on behalf of anyone).
 */
export function isLoopbackRequest(request: IncomingMessage): boolean {
  const address = request.socket.remoteAddress ?? '';
  const loopback = address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  return loopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
}

import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Makes `server` close at once each connection past the `max` that one
 * remote address already holds open, so that one client cannot hold every
 * socket (slow requests, idle keep-alives). Returns how many connections each
 * address holds, for tests and metrics. The address is the connection's:
 * behind a proxy, every connection is the proxy's.
 */
export function limitConnectionsPerAddress(server: Server, max: number): ReadonlyMap<string, number> {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const held = open.get(address) ?? 0;
    if (held >= max) {
      socket.destroy();
      return;
    }
    open.set(address, held + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) {
        open.delete(address);
      } else {
        open.set(address, left);
      }
    });
  });
  return open;
}

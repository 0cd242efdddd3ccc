import type { Server as HttpServer, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/** What a drain found and did. */
export interface DrainReport {
  /** Requests being answered when the stop began; each finished unless its connection was destroyed. */
  readonly requestsInFlight: number;
  readonly connectionsOpen: number;
  /** Connections still open when the grace period ran out. */
  readonly connectionsDestroyed: number;
}

/** How long a connection accepted just before the stop may take to send its request. */
const FIRST_REQUEST_GRACE_MS = 1_000;

/**
 * Stops an HTTP server without cutting a request: the port stops accepting,
 * requests in flight finish and close their connection, a connection that was
 * accepted but whose request has not been read yet still gets an answer, and
 * what remains after the grace period is destroyed.
 *
 * Apollo Server's drain plugin and Node's own `server.close()` end every
 * connection that has no request in progress at that instant, including one
 * accepted a moment before whose request is still on its way: under load
 * that cut a few requests at every stop.
 */
export class ConnectionDrainer {
  private readonly responses = new Map<Socket, Set<ServerResponse>>();
  private draining = false;

  constructor(private readonly server: HttpServer) {
    server.on('connection', (socket: Socket) => {
      this.responses.set(socket, new Set());
      socket.once('close', () => this.responses.delete(socket));
    });
    server.on('request', (request, response: ServerResponse) => {
      const socket = request.socket;
      const pending = this.responses.get(socket);
      pending?.add(response);
      if (this.draining) {
        response.setHeader('connection', 'close');
      }
      response.once('finish', () => {
        pending?.delete(response);
        if (this.draining && pending?.size === 0) {
          socket.end();
        }
      });
    });
  }

  /** Whether a stop has begun. */
  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * Stops accepting connections and resolves once every connection has
   * closed, destroying those left after `graceMs`; returns what it found and
   * did, for the log.
   */
  async drain(graceMs: number): Promise<DrainReport> {
    this.draining = true;
    const report = { requestsInFlight: 0, connectionsOpen: this.responses.size, connectionsDestroyed: 0 };
    // One turn of the event loop first: connections the kernel has already completed get accepted rather than reset.
    await new Promise((resolve) => setImmediate(resolve));
    // The listening socket only: http.Server#close would also end idle connections at once.
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(this.server, () => resolve()));
    for (const [socket, pending] of this.responses) {
      report.requestsInFlight += pending.size;
      for (const response of pending) {
        if (!response.headersSent) {
          response.setHeader('connection', 'close');
        }
      }
      if (pending.size === 0) {
        // Idle, or accepted a moment ago with its request still on its way.
        setTimeout(
          () => {
            if (this.responses.get(socket)?.size === 0) {
              socket.end();
            }
          },
          Math.min(FIRST_REQUEST_GRACE_MS, graceMs),
        ).unref();
      }
    }
    const forced = setTimeout(() => {
      for (const socket of this.responses.keys()) {
        report.connectionsDestroyed += 1;
        socket.destroy();
      }
    }, graceMs);
    await closed;
    clearTimeout(forced);
    return report;
  }
}

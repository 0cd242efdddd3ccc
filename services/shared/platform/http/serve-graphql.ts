import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';

/** A GraphQL server listening on a port, and how to stop it. */
export interface ListeningGraphqlServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Options of `serveGraphql`. */
export interface ServeGraphqlOptions<TContext extends BaseContext> {
  /** What the process is, for error messages ("training subgraph"). */
  readonly name: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  readonly context: (request: IncomingMessage) => Promise<TContext>;
  /**
   * Answer every GraphQL response with status 200, as the GraphQL-over-HTTP
   * `application/json` convention has it. Subgraphs need this: Apollo Gateway
   * replaces the body of any non-2xx answer with "400: Bad Request", losing
   * the error codes.
   */
  readonly graphqlErrorsWithStatus200?: boolean;
}

/** Thrown when the port is taken by another process. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    name: string,
  ) {
    super(`Port ${port} is already in use: cannot start the ${name}. Stop the other process or choose another port.`);
  }
}

const MAX_BODY_BYTES = 1024 * 1024;
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, x-api-key, apollo-require-preflight, x-request-id',
  'access-control-max-age': '600',
};

/**
 * Serves an Apollo Server over node:http at `/graphql`, with `/health` for
 * liveness probes, and returns once it listens. The server must not be started yet.
 */
export async function serveGraphql<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ServeGraphqlOptions<TContext>,
): Promise<ListeningGraphqlServer> {
  await server.start();
  const httpServer = createServer((request, response) => {
    handleRequest(server, options, request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        respondJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
      process.stderr.write(`${options.name}: ${error instanceof Error ? error.stack : String(error)}\n`);
    });
  });
  httpServer.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port, options.name) : error);
    });
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });

  const { port } = httpServer.address() as AddressInfo;
  const host = !options.host || options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    async close() {
      // Apollo Server first; then the socket, dropping idle keep-alive connections.
      await server.stop();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}

async function handleRequest<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ServeGraphqlOptions<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(CORS_HEADERS)) {
    response.setHeader(name, value);
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204).end();
    return;
  }
  if (url.pathname === '/health') {
    respondJson(response, 200, { status: 'ok' });
    return;
  }
  if (url.pathname !== '/graphql') {
    respondJson(response, 404, { errors: [{ message: `No route ${url.pathname}: the GraphQL endpoint is /graphql.` }] });
    return;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  let body: unknown;
  if (request.method === 'POST') {
    const text = await readBody(request);
    if (text === undefined) {
      respondJson(response, 413, {
        errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      respondJson(response, 400, { errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }

  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: (request.method ?? 'GET').toUpperCase(),
    headers,
    search: url.search,
    body,
  };
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: () => options.context(request),
  });
  for (const [name, value] of result.headers) {
    response.setHeader(name, value);
  }
  const isGraphqlJson = result.headers.get('content-type')?.startsWith('application/json') ?? false;
  response.statusCode = options.graphqlErrorsWithStatus200 && isGraphqlJson && result.status === 400 ? 200 : (result.status ?? 200);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) {
    response.write(chunk);
  }
  response.end();
}

/** Returns the request body as text, or `undefined` when it exceeds the size limit. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function respondJson(response: ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload));
}

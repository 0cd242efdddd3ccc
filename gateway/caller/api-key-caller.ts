import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';

import { storedApiKeyLookup } from '../../services/access/public';
import { ApiKeyStrategy, callerMiddleware } from '../../services/shared/platform/auth';
import type { Logger } from '../../services/shared/platform/logger';

/**
 * Returns the gateway's guard that says who is calling: the caller of the
 * request's `Authorization: Bearer <key>` (see `ApiKeyStrategy`), looked up
 * among the keys stored in `access` (the access schema's data source), or
 * an admin for `adminKey` (ADMIN_API_KEY) without being stored. A refused
 * key is answered before any GraphQL runs (see `callerMiddleware`).
 */
export function apiKeyCaller(access: DataSource, logger: Logger, adminKey?: string): RequestHandler {
  return callerMiddleware(new ApiKeyStrategy(storedApiKeyLookup(access), logger, adminKey), logger);
}

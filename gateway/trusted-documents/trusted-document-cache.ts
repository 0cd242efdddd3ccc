import { isDatabaseUnavailable } from '../../services/shared/platform/database';
import type { Logger } from '../../services/shared/platform/logger';

/** How long a lookup is reused: a document added or removed is seen within this time on every gateway. */
const DOCUMENT_CACHE_MS = 1_000;

/** How long a document found in the database is still served while the database does not answer (its text cannot change: the id is its hash). */
const FOUND_DOCUMENT_GRACE_MS = 5 * 60_000;

const MAX_CACHED_DOCUMENTS = 10_000;

/** Looks a trusted document up by its SHA-256: its text, or null; rejects when the database does not answer (`storedTrustedDocumentLookup`). */
export type TrustedDocumentLookup = (sha256: string) => Promise<string | null>;

/**
 * The gateway's view of the trusted documents: each lookup is kept
 * DOCUMENT_CACHE_MS, so a document runs without a query to the database
 * while it is asked for often; while the database does not answer, a
 * document found within FOUND_DOCUMENT_GRACE_MS is still served.
 */
export class TrustedDocumentCache {
  private readonly lookups = new Map<string, { readonly text: string | null; readonly checkedAt: number }>();

  constructor(
    private readonly lookUp: TrustedDocumentLookup,
    private readonly logger: Logger,
  ) {}

  /** Returns the text of the trusted document of this SHA-256, or null when none is registered; rejects when the database does not answer and the grace does not cover it. */
  async documentText(sha256: string): Promise<string | null> {
    const now = Date.now();
    const cached = this.lookups.get(sha256);
    if (cached && now - cached.checkedAt < DOCUMENT_CACHE_MS) {
      return cached.text;
    }
    let text: string | null;
    try {
      text = await this.lookUp(sha256);
    } catch (error) {
      if (isDatabaseUnavailable(error) && cached?.text != null && now - cached.checkedAt < FOUND_DOCUMENT_GRACE_MS) {
        this.logger.warn('trusted document not checked: the database did not answer; it was found recently', { sha256 });
        return cached.text;
      }
      throw error;
    }
    if (this.lookups.size >= MAX_CACHED_DOCUMENTS && !cached) {
      this.lookups.clear();
    }
    this.lookups.set(sha256, { text, checkedAt: now });
    return text;
  }
}

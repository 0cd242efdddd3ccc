import { ServiceUnavailableError } from '../graphql/errors';
import { PEER_TIMEOUT_MS, type PeerAnswer, type PeerCaller } from './peer-caller';

/** An entity as the gateway names it to a subgraph: its type name and its key fields. */
export interface EntityRepresentation {
  readonly __typename: string;
  readonly [keyField: string]: unknown;
}

const ENTITIES_QUERY = 'query EntityExistence($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';

/**
 * Asks another subgraph whether entities exist, through its federation
 * `_entities` field, exactly as the gateway would ask for them: a subgraph
 * that refers to entities owned by another (an artisan, an organisation)
 * checks them this way before writing.
 */
export class EntityExistenceClient {
  constructor(
    /** Name of the subgraph asked, for error messages (e.g. `training`). */
    private readonly subgraphName: string,
    /** How to ask it on behalf of the current caller; undefined when it is not configured. */
    private readonly peer: PeerCaller | undefined,
  ) {}

  /**
   * Returns the representations that name no entity, in the order given, with
   * one request for all of them. Throws a `ServiceUnavailableError` when the
   * subgraph does not answer, answers with an error, or is not configured.
   */
  async findMissing(representations: readonly EntityRepresentation[]): Promise<EntityRepresentation[]> {
    if (representations.length === 0) {
      return [];
    }
    if (!this.peer) {
      throw new ServiceUnavailableError(this.subgraphName, 'no URL is configured for it');
    }
    let body: PeerAnswer;
    try {
      body = await this.peer(ENTITIES_QUERY, { representations });
    } catch (error) {
      throw new ServiceUnavailableError(this.subgraphName, error instanceof Error ? describeFailure(error) : String(error));
    }
    const entities = body.data?._entities as Array<{ __typename: string } | null> | undefined;
    if (body.errors?.length || !entities || entities.length !== representations.length) {
      throw new ServiceUnavailableError(
        this.subgraphName,
        `it answered with an error: ${body.errors?.[0]?.message ?? 'no _entities in the response'}`,
      );
    }
    return representations.filter((_, index) => entities[index] === null);
  }
}

/** Returns a short reason for a failed request: a timeout, a refused connection, or the error message. */
function describeFailure(error: Error): string {
  if (error.name === 'TimeoutError') {
    return `no answer within ${PEER_TIMEOUT_MS / 1000} s`;
  }
  const cause = (error as Error & { cause?: { code?: string } }).cause;
  return cause?.code ?? error.message;
}

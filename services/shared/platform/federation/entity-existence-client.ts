import { ServiceUnavailableError } from '../graphql/errors';
import { describePeerFailure } from './describe-peer-failure';
import { type PeerAnswer, type PeerCaller } from './peer-caller';

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
      throw new ServiceUnavailableError(this.subgraphName, error instanceof Error ? describePeerFailure(error) : String(error));
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

  /**
   * Returns, for each artisan id in order, whether it is listed publicly and
   * whether the owning subgraph lets the current caller read the artisan's
   * personal data (its `name` comes back without an error), with one request
   * for all of them; an unknown artisan is neither. Throws a
   * `ServiceUnavailableError` when the subgraph does not answer.
   */
  async artisanSight(artisanIds: readonly string[]): Promise<ArtisanSight[]> {
    if (artisanIds.length === 0) {
      return [];
    }
    if (!this.peer) {
      throw new ServiceUnavailableError(this.subgraphName, 'no URL is configured for it');
    }
    let body: PeerAnswer;
    try {
      body = await this.peer(ARTISAN_SIGHT_QUERY, { representations: artisanIds.map((id) => ({ __typename: 'Artisan', id })) });
    } catch (error) {
      throw new ServiceUnavailableError(this.subgraphName, error instanceof Error ? describePeerFailure(error) : String(error));
    }
    const entities = body.data?._entities as Array<{ listedPublicly?: boolean; name?: string | null } | null> | undefined;
    if (!entities || entities.length !== artisanIds.length) {
      throw new ServiceUnavailableError(
        this.subgraphName,
        `it answered with an error: ${body.errors?.[0]?.message ?? 'no _entities in the response'}`,
      );
    }
    // A refusal of `name` is an error at its path: the caller may not read that artisan.
    const refused = new Set((body.errors ?? []).map((error) => error.path?.[1]).filter((index) => typeof index === 'number'));
    return entities.map((entity, index) => ({
      listedPublicly: entity?.listedPublicly === true,
      readable: entity !== null && typeof entity.name === 'string' && !refused.has(index),
    }));
  }
}

/** What the current caller may see of an artisan, as the subgraph that owns artisans says. */
export interface ArtisanSight {
  /** Whether the artisan is listed publicly. */
  readonly listedPublicly: boolean;
  /** Whether the caller may read the artisan's personal data (the rule `artisan:read-personal`). */
  readonly readable: boolean;
}

const ARTISAN_SIGHT_QUERY =
  'query ArtisanSight($representations: [_Any!]!) { _entities(representations: $representations) { ... on Artisan { listedPublicly name } } }';

import { ServiceUnavailableError } from '../graphql/errors';
import { isUuid } from '../ids';
import { describePeerFailure } from './describe-peer-failure';
import { nodeTypesFieldName } from './node-types-resolver';
import { type PeerAnswer, type Peers } from './peer-caller';

/**
 * Asks the subgraphs that hold records which type each UUID names, through
 * their `<subgraph>NodeTypes(ids:)` fields (see `nodeTypesResolver`): one
 * request per subgraph for all the ids, on behalf of the current caller.
 */
export class NodeTypeClient {
  constructor(
    /** The subgraphs to ask, by name. */
    private readonly subgraphNames: readonly string[],
    /** How to ask them on behalf of the current caller. */
    private readonly peers: Peers,
  ) {}

  /**
   * Returns, per id in order, the type name of its record, null where no
   * subgraph holds one (or the id is no UUID), and a `ServiceUnavailableError`
   * naming a subgraph that did not answer where no other subgraph holds it.
   */
  async typesOf(ids: readonly string[]): Promise<Array<string | null | ServiceUnavailableError>> {
    const uuids = ids.filter(isUuid);
    if (uuids.length === 0) {
      return ids.map(() => null);
    }
    const answers = await Promise.all(this.subgraphNames.map((name) => this.ask(name, uuids)));
    const typeById = new Map<string, string>();
    for (const answer of answers) {
      if (!(answer instanceof ServiceUnavailableError)) {
        uuids.forEach((id, index) => answer[index] && !typeById.has(id) && typeById.set(id, answer[index]));
      }
    }
    const failure = answers.find((answer) => answer instanceof ServiceUnavailableError);
    return ids.map((id) => typeById.get(id) ?? (isUuid(id) && failure ? failure : null));
  }

  /** Returns one subgraph's answer for `ids`, or the error saying it did not answer. */
  private async ask(name: string, ids: readonly string[]): Promise<Array<string | null> | ServiceUnavailableError> {
    const peer = this.peers[name];
    if (!peer) {
      return new ServiceUnavailableError(name, 'no URL is configured for it');
    }
    const field = nodeTypesFieldName(name);
    let body: PeerAnswer;
    try {
      body = await peer(`query NodeTypes($ids: [ID!]!) { ${field}(ids: $ids) }`, { ids });
    } catch (error) {
      return new ServiceUnavailableError(name, error instanceof Error ? describePeerFailure(error) : String(error));
    }
    const types = body.data?.[field];
    if (body.errors?.length || !Array.isArray(types) || types.length !== ids.length) {
      return new ServiceUnavailableError(name, `it answered with an error: ${body.errors?.[0]?.message ?? `no ${field} in the response`}`);
    }
    return types as Array<string | null>;
  }
}

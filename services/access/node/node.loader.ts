import DataLoader from 'dataloader';

import { catalogueNodeType } from '../../shared/catalogue';
import { NodeTypeClient, type Peers } from '../../shared/platform/federation';
import type { NodeReference } from './node.type';
import { NODE_SUBGRAPHS } from './node-types';

/**
 * Per-request loader of the records ids name, as references the gateway
 * completes in the owning subgraphs: a typed catalogue id is decoded here, a
 * UUID is looked up in every subgraph of NODE_SUBGRAPHS with one request
 * each per batch. Null for an id that names nothing; a `ServiceUnavailableError`
 * for one no subgraph that answered holds while another did not answer.
 */
export function createNodeLoaders(peers: Peers) {
  const types = new NodeTypeClient(NODE_SUBGRAPHS, peers);
  return {
    nodeById: new DataLoader<string, NodeReference | null>(async (ids) => {
      const found = await types.typesOf(ids);
      return ids.map((id, index) => {
        const typeName = catalogueNodeType(id) ?? found[index];
        return typeName === null || typeName instanceof Error ? typeName : { __typename: typeName, id };
      });
    }),
  };
}

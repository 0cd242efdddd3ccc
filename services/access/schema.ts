import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '../shared/platform/graphql';
import { AuditEventResolver } from './audit-event/audit-event.resolver';
import type { AccessContext } from './context';
import { NodeResolver } from './node/node.resolver';
import { nodeStubType } from './node/node.type';
import { NODE_TYPES } from './node/node-types';
import { ViewerResolver } from './viewer/viewer.resolver';

/** The key-only stubs of the types that implement `Node`; Organization has a class of its own (`viewer` returns it). */
const NODE_STUBS = Object.entries(NODE_TYPES)
  .filter(([typeName]) => typeName !== 'Organization')
  .map(([typeName, description]) => nodeStubType(typeName, description));

/** Returns the access subgraph's federated schema, which declares the graph's `Node` and all its implementations. */
export function buildAccessSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AccessContext>({
    resolvers: [AuditEventResolver, NodeResolver, ViewerResolver],
    orphanedTypes: NODE_STUBS,
    referenceResolvers: {
      Node: { __resolveReference: (reference, context) => context.loaders.nodeById.load(String(reference.id)) },
    },
  });
}

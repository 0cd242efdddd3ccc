import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '../shared/platform/graphql';
import { AuditEventResolver } from './audit-event/audit-event.resolver';
import type { AccessContext } from './context';
import { ViewerResolver } from './viewer/viewer.resolver';

/** Returns the access subgraph's federated schema. */
export function buildAccessSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AccessContext>({ resolvers: [AuditEventResolver, ViewerResolver], referenceResolvers: {} });
}

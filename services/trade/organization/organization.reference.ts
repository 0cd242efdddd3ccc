import { organizationReferenceTo } from './organization.type';

/**
 * Resolves an organisation for the gateway from its key alone, with no query:
 * the training subgraph owns organisations, and this subgraph only adds fields keyed by the id.
 */
export const organizationReference = {
  __resolveReference: (reference: Record<string, unknown>) => organizationReferenceTo(String(reference.id)),
};

export { EntityExistenceClient, type EntityRepresentation, forwardedIdentity } from './entity-existence-client';

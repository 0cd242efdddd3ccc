export { EntityExistenceClient, type EntityRepresentation } from './entity-existence.client';

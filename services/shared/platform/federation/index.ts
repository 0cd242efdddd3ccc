export { type ArtisanSight, EntityExistenceClient, type EntityRepresentation } from './entity-existence-client';
export { NodeTypeClient } from './node-type-client';
export { type NodeTable, nodeTypesFieldName, nodeTypesResolver } from './node-types-resolver';
export { httpPeers, PEER_TIMEOUT_MS, type PeerAnswer, type PeerCaller, type Peers } from './peer-caller';

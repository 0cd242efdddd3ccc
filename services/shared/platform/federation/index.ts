export { type ArtisanSight, EntityExistenceClient, type EntityRepresentation } from './entity-existence-client';
export { httpPeers, PEER_TIMEOUT_MS, type PeerAnswer, type PeerCaller, type Peers } from './peer-caller';

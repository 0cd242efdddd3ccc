import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Artisan } from '../artisan/artisan.type';

/**
 * A page of an exhibition's exhibitors. It lists people, so, like the
 * training subgraph's lists of artisans, it carries no public cache hint.
 */
export const ExhibitorConnection = ConnectionType(
  Artisan,
  'Exhibitor',
  'exhibitors (artisans registered to exhibit), in the order they were registered',
);

/** An exhibitor as a node of an exhibition's list: the artisan's reference, with when it was registered (which orders the list). */
export type ExhibitorNode = Artisan & { readonly registeredAt: Date };

/** Exhibitors in the order they were registered, then by artisan id. */
export const EXHIBITOR_ORDER = new KeysetOrder<ExhibitorNode>([
  { sql: 'exhibitor.registered_at', type: 'timestamptz', valueOf: (node) => node.registeredAt.toISOString() },
  { sql: 'exhibitor.artisan_id', type: 'uuid', valueOf: (node) => node.id },
]);

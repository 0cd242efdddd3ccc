import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Artisan } from '../artisan/artisan.type';
import { ExhibitorOrder } from './exhibitor.inputs';

/**
 * A page of an exhibition's exhibitors. It lists people, so, like the
 * training subgraph's lists of artisans, it carries no public cache hint.
 */
export const ExhibitorConnection = ConnectionType(
  Artisan,
  'Exhibitor',
  'exhibitors (artisans registered to exhibit), in the order they were registered unless `orderBy` says otherwise',
);

/** An exhibitor as a node of an exhibition's list: the artisan's reference, with when it was registered (which orders the list). */
export type ExhibitorNode = Artisan & { readonly registeredAt: Date };

function registrationOrder(direction: 'ASC' | 'DESC'): KeysetOrder<ExhibitorNode> {
  return new KeysetOrder<ExhibitorNode>(
    [
      { sql: 'exhibitor.registered_at', type: 'timestamptz', valueOf: (node) => node.registeredAt.toISOString() },
      { sql: 'exhibitor.artisan_id', type: 'uuid', valueOf: (node) => node.id },
    ],
    direction,
  );
}

/** The keyset order of each `ExhibitorOrder`: by registration time, then artisan id (`exhibitor_registration_idx` serves both directions). */
export const EXHIBITOR_ORDERS: Readonly<Record<ExhibitorOrder, KeysetOrder<ExhibitorNode>>> = {
  [ExhibitorOrder.REGISTRATION_ASC]: registrationOrder('ASC'),
  [ExhibitorOrder.REGISTRATION_DESC]: registrationOrder('DESC'),
};

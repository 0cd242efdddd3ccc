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
  undefined,
  "the caller may not read the artisan's personal data (the artisan is not listed publicly, and the key is not an analyst's, an admin's, or a partner's whose course the artisan is enrolled in): the exhibitor is still listed and counted, without an id that would link the artisan across exhibitions",
);

/**
 * An exhibitor as a node of an exhibition's list: the artisan's reference,
 * with when it was registered and its registration key (which order the
 * list). The key is a digest of the exhibition and the artisan, so that the
 * cursor of a hidden exhibitor names no artisan.
 */
export type ExhibitorNode = Artisan & { readonly registeredAt: Date; readonly registrationKey: string };

/** The SQL of an exhibitor's registration key (see `ExhibitorNode`), on alias `exhibitor`. */
export const EXHIBITOR_REGISTRATION_KEY_SQL = "md5(exhibitor.exhibition_id::text || '/' || exhibitor.artisan_id::text)";

function registrationOrder(direction: 'ASC' | 'DESC'): KeysetOrder<ExhibitorNode> {
  return new KeysetOrder<ExhibitorNode>(
    [
      { sql: 'exhibitor.registered_at', type: 'timestamptz', valueOf: (node) => node.registeredAt.toISOString() },
      { sql: EXHIBITOR_REGISTRATION_KEY_SQL, type: 'text', valueOf: (node) => node.registrationKey },
    ],
    direction,
  );
}

/** The keyset order of each `ExhibitorOrder`: by registration time, then registration key (`exhibitor_registration_idx` finds the exhibition's rows by time). */
export const EXHIBITOR_ORDERS: Readonly<Record<ExhibitorOrder, KeysetOrder<ExhibitorNode>>> = {
  [ExhibitorOrder.REGISTRATION_ASC]: registrationOrder('ASC'),
  [ExhibitorOrder.REGISTRATION_DESC]: registrationOrder('DESC'),
};

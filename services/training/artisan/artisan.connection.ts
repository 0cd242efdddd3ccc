import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Artisan } from './artisan.entity';
import { ArtisanOrder } from './artisan.inputs';

/** A page of artisans. */
export const ArtisanConnection = ConnectionType(Artisan, 'Artisan', 'artisans');

function nameOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Artisan> {
  return new KeysetOrder<Artisan>(
    [
      { sql: 'artisan.name', type: 'text', valueOf: (artisan) => artisan.name },
      { sql: 'artisan.id', type: 'uuid', valueOf: (artisan) => artisan.id },
    ],
    direction,
  );
}

/** The keyset order of each `ArtisanOrder`: by name, then id (the indexes on name serve both directions). */
export const ARTISAN_ORDERS: Readonly<Record<ArtisanOrder, KeysetOrder<Artisan>>> = {
  [ArtisanOrder.NAME_ASC]: nameOrder('ASC'),
  [ArtisanOrder.NAME_DESC]: nameOrder('DESC'),
};

import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Artisan } from './artisan.entity';

/** A page of artisans. */
export const ArtisanConnection = ConnectionType(Artisan, 'Artisan', 'artisans');

/** Artisans by name, then id. */
export const ARTISAN_ORDER = new KeysetOrder<Artisan>([
  { sql: 'artisan.name', type: 'text', valueOf: (artisan) => artisan.name },
  { sql: 'artisan.id', type: 'uuid', valueOf: (artisan) => artisan.id },
]);

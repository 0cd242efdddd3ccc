import { ConnectionType } from '../../shared/graphql';
import { Artisan } from './artisan.entity';

/** A page of artisans. */
export const ArtisanConnection = ConnectionType(Artisan, 'Artisan', 'artisans');

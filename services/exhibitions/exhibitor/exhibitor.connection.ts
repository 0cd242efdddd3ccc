import { ConnectionType } from '../../shared/graphql';
import { Artisan } from '../artisan/artisan.type';

/**
 * A page of an exhibition's exhibitors. It lists people, so, like the
 * training subgraph's lists of artisans, it carries no public cache hint.
 */
export const ExhibitorConnection = ConnectionType(Artisan, 'Exhibitor', 'exhibitors (artisans registered to exhibit), in the order they were registered');

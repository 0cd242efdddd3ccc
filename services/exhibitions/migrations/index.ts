import { CreateExhibitionsSchema1763800000000 } from './1763800000000-create-exhibitions-schema';
import { SeedSourceFacts1763800000001 } from './1763800000001-seed-source-facts';
import { RecordColumns1764200000000 } from './1764200000000-record-columns';

/** The exhibitions subgraph's migrations, oldest first. */
export const EXHIBITIONS_MIGRATIONS = [CreateExhibitionsSchema1763800000000, SeedSourceFacts1763800000001, RecordColumns1764200000000];

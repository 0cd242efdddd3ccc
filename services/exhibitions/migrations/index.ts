import { CreateExhibitionsSchema1763800000000 } from './1763800000000-create-exhibitions-schema';
import { SeedSourceFacts1763800000001 } from './1763800000001-seed-source-facts';
import { RecordColumns1764200000000 } from './1764200000000-record-columns';
import { ProvenanceSchema1764600000000 } from './1764600000000-provenance-schema';
import { SeedProvenance1764600000001 } from './1764600000001-seed-provenance';

/** The exhibitions subgraph's migrations, oldest first. */
export const EXHIBITIONS_MIGRATIONS = [
  CreateExhibitionsSchema1763800000000,
  SeedSourceFacts1763800000001,
  RecordColumns1764200000000,
  ProvenanceSchema1764600000000,
  SeedProvenance1764600000001,
];

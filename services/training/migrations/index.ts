import { CreateTrainingSchema1763700000000 } from './1763700000000-create-training-schema';
import { SeedSourceDocuments1763700000001 } from './1763700000001-seed-source-documents';
import { RecordColumns1764200000000 } from './1764200000000-record-columns';
import { ProvenanceSchema1764600000000 } from './1764600000000-provenance-schema';
import { SeedProvenance1764600000001 } from './1764600000001-seed-provenance';
import { ArtisanListedPublicly1764900000000 } from './1764900000000-artisan-listed-publicly';
import { ListIndexes1765100000000 } from './1765100000000-list-indexes';

/** The training subgraph's migrations, oldest first. */
export const TRAINING_MIGRATIONS = [
  CreateTrainingSchema1763700000000,
  SeedSourceDocuments1763700000001,
  RecordColumns1764200000000,
  ProvenanceSchema1764600000000,
  SeedProvenance1764600000001,
  ArtisanListedPublicly1764900000000,
  ListIndexes1765100000000,
];

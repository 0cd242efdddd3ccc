import { CreateTrainingSchema1763700000000 } from './1763700000000-create-training-schema';
import { SeedSourceDocuments1763700000001 } from './1763700000001-seed-source-documents';
import { RecordColumns1764200000000 } from './1764200000000-record-columns';

/** The training subgraph's migrations, oldest first. */
export const TRAINING_MIGRATIONS = [CreateTrainingSchema1763700000000, SeedSourceDocuments1763700000001, RecordColumns1764200000000];

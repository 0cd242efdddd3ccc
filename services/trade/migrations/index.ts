import { CreateTradeSchema1764000000000 } from './1764000000000-create-trade-schema';
import { SeedTradeSourceDocuments1764000000001 } from './1764000000001-seed-source-documents';
import { ProvenanceSchema1764600000000 } from './1764600000000-provenance-schema';
import { SeedTradeProvenance1764600000001 } from './1764600000001-seed-provenance';
import { ListIndexes1765100000000 } from './1765100000000-list-indexes';
import { AggregateIndexes1765200000000 } from './1765200000000-aggregate-indexes';

/** The trade subgraph's migrations, oldest first. */
export const TRADE_MIGRATIONS = [
  CreateTradeSchema1764000000000,
  SeedTradeSourceDocuments1764000000001,
  ProvenanceSchema1764600000000,
  SeedTradeProvenance1764600000001,
  ListIndexes1765100000000,
  AggregateIndexes1765200000000,
];

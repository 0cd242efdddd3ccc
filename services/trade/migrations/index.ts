import { CreateTradeSchema1764000000000 } from './1764000000000-create-trade-schema';
import { SeedTradeSourceDocuments1764000000001 } from './1764000000001-seed-source-documents';

/** The trade subgraph's migrations, oldest first. */
export const TRADE_MIGRATIONS = [CreateTradeSchema1764000000000, SeedTradeSourceDocuments1764000000001];

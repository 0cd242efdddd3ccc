/**
 * The subgraphs' own code that tests reach past the API: their definitions and
 * migrations, the synthetic seeders, the CSV import, and API keys as `npm run
 * apikey` creates them. Tests
 * import it from here, so that when the subgraph code moves only this file
 * changes.
 */
export { ACCESS_DATABASE, createApiKey, revokeApiKey } from '../../services/access/public';
export { exhibitionsSubgraph } from '../../services/exhibitions/exhibitions.subgraph';
export { EXHIBITIONS_MIGRATIONS } from '../../services/exhibitions/migrations';
export { seedSyntheticExhibitions } from '../../services/exhibitions/synthetic/synthetic-exhibitions.seeder';
export { SUBGRAPHS } from '../../services/subgraphs';
export { importExportCsv } from '../../services/trade/import/import-export-csv';
export { seedSyntheticTrade } from '../../services/trade/synthetic/synthetic-trade.seeder';
export { TRAINING_MIGRATIONS } from '../../services/training/migrations';
export { seedSyntheticTraining } from '../../services/training/synthetic/synthetic-training.seeder';
export { trainingSubgraph } from '../../services/training/training.subgraph';

import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { entityByIdLoader, groupByKey } from '../../shared/platform/loaders';
import { ExportMarket } from './export-market.entity';

/** Order of export market lists: by group (markets on their own last), then country code. */
export const EXPORT_MARKET_ORDER = { group: { direction: 'ASC', nulls: 'LAST' }, countryCode: 'ASC' } as const;

/** Per-request loaders of export market entries by id and of each country's entries. */
export function createExportMarketLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(ExportMarket);
  return {
    exportMarketById: entityByIdLoader(repository),
    exportMarketsByCountry: new DataLoader<string, ExportMarket[]>(async (countryCodes) => {
      const rows = await repository.find({ where: { countryCode: In([...countryCodes]) }, order: EXPORT_MARKET_ORDER });
      return groupByKey(countryCodes, rows, (row) => row.countryCode);
    }),
  };
}

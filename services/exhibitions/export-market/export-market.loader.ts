import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { groupByKey } from '../../shared/platform/loaders';
import { ExportMarket } from './export-market.entity';

/** Order of export market lists: by group (markets on their own last), then country code. */
export const EXPORT_MARKET_ORDER = { group: { direction: 'ASC', nulls: 'LAST' }, countryCode: 'ASC' } as const;

/** Per-request loader of each country's export market entries. */
export function createExportMarketLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(ExportMarket);
  return {
    exportMarketsByCountry: new DataLoader<string, ExportMarket[]>(async (countryCodes) => {
      const rows = await repository.find({ where: { countryCode: In([...countryCodes]) }, order: EXPORT_MARKET_ORDER });
      return groupByKey(countryCodes, rows, (row) => row.countryCode);
    }),
  };
}

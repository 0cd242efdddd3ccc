import { applyFilter } from '../../shared/platform/database';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { EXPORT_MARKET_ORDERS } from './export-market.connection';
import { ExportMarket, type ExportMarketGroup } from './export-market.entity';
import type { ExportMarketListArgs } from './export-market.inputs';
import { EXPORT_MARKET_ORDER } from './export-market.loader';

/** Returns every export market entry of `group` and `countryCode` (when given), by group then country code: the deprecated `exportMarkets`. */
export function listExportMarkets(
  context: ExhibitionsContext,
  group: ExportMarketGroup | null,
  countryCode: string | null,
): Promise<ExportMarket[]> {
  return context.dataSource.getRepository(ExportMarket).find({
    where: { ...(group ? { group } : {}), ...(countryCode ? { countryCode } : {}) },
    order: EXPORT_MARKET_ORDER,
  });
}

/** Returns a page of the export market entries matching the filter, in the order asked for. */
export async function findExportMarkets(context: ExhibitionsContext, args: ExportMarketListArgs): Promise<Connection<ExportMarket>> {
  const query = applyFilter(context.dataSource.getRepository(ExportMarket).createQueryBuilder('export_market'), args.filter, {
    group: { equals: 'export_market.market_group' },
    countryCode: { equals: 'export_market.country_code' },
    priority: { equals: 'export_market.priority' },
  });
  return pageOf('Query.exportMarketsConnection', query, args, EXPORT_MARKET_ORDERS[args.orderBy], context.loaders.exportMarketById);
}

import type { ClassType } from 'type-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CountryRecord, CraftRecord, ProvinceRecord } from '../../shared/catalogue';
import type { ChildPages } from '../../shared/platform/paging';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { TradeContext, TradeLoaders } from '../context';
import { ExportFigureConnection } from '../export-figure/export-figure.connection';
import type { ExportFigure } from '../export-figure/export-figure.entity';
import type { ExportFigureFilterValues } from '../export-figure/export-figure.filter';
import { ExportFigureListArgs } from '../export-figure/export-figure.inputs';
import { findExportFiguresOf } from '../export-figure/export-figure.service';
import { Country } from './country.type';
import { Craft } from './craft.type';
import { Province } from './province.type';

/** The loaders of figures by parent, by their name in the context. */
type ExportPagesLoader = {
  [Name in keyof TradeLoaders]: TradeLoaders[Name] extends ChildPages<ExportFigure, ExportFigureFilterValues> ? Name : never;
}[keyof TradeLoaders];

/** What a client sees of `exports` while the trade subgraph is away. */
const WHEN_TRADE_IS_AWAY = ' Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).';

/** Returns the resolver of `exports` on a shared entity: a page of the figures whose `loader` key is the parent's `keyOf`. */
function exportsResolver<TParent>(
  parentType: ClassType,
  keyOf: (parent: TParent) => string,
  loader: ExportPagesLoader,
  description: string,
) {
  @Resolver(() => parentType)
  class ExportsResolver {
    @ConnectionListSize()
    @FieldResolver(() => ExportFigureConnection, { nullable: true, description })
    exports(@Root() parent: TParent, @Args() args: ExportFigureListArgs, @Ctx() context: TradeContext) {
      return findExportFiguresOf(context.loaders[loader], keyOf(parent), args);
    }
  }
  return ExportsResolver;
}

/** `Province.exports`: figures for exports from a province. */
export const ProvinceExportsResolver = exportsResolver<ProvinceRecord>(
  Province,
  (province) => province.code,
  'exportPagesByProvince',
  'Export figures for goods from this province, most recent period first unless `orderBy` says otherwise; `filter` as in `exportFigures`.' +
    WHEN_TRADE_IS_AWAY,
);

/** `Country.exports`: figures for exports to a country. */
export const CountryExportsResolver = exportsResolver<CountryRecord>(
  Country,
  (country) => country.code,
  'exportPagesByDestination',
  'Export figures for goods sent to this country, most recent period first unless `orderBy` says otherwise; `filter` as in `exportFigures`.' +
    WHEN_TRADE_IS_AWAY,
);

/** `Craft.exports`: figures for exports of a craft. */
export const CraftExportsResolver = exportsResolver<CraftRecord>(
  Craft,
  (craft) => craft.slug,
  'exportPagesByCraft',
  'Export figures for this craft, most recent period first unless `orderBy` says otherwise; `filter` as in `exportFigures` (figures under an HS code shared with other crafts are not included).' +
    WHEN_TRADE_IS_AWAY,
);

import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { CountryRecord, CraftRecord, ProvinceRecord } from '../../shared/catalogue';
import { PageArgs } from '../../shared/platform/paging';
import type { TradeContext } from '../context';
import { ExportFigureConnection } from '../export-figure/export-figure.connection';
import { EXPORT_FIGURE_ORDER } from '../export-figure/export-figure.connection';
import { checkExportFigureFilter } from '../export-figure/export-figure.filter';
import { ExportFigureFilter } from '../export-figure/export-figure.inputs';
import { Country } from './country.type';
import { Craft } from './craft.type';
import { Province } from './province.type';

const FILTER_DESCRIPTION = 'Conditions the figures must meet besides this one; all its figures when omitted.';

/** `Province.exports`: figures for exports from a province. */
@Resolver(() => Province)
export class ProvinceExportsResolver {
  @FieldResolver(() => ExportFigureConnection, {
    nullable: true,
    description:
      'Export figures for goods from this province, most recent period first. Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exports(
    @Root() province: ProvinceRecord,
    @Arg('filter', () => ExportFigureFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: ExportFigureFilter | null,
    @Args() page: PageArgs,
    @Ctx() context: TradeContext,
  ) {
    checkExportFigureFilter(filter);
    return context.loaders.exportPagesByProvince.load(province.code, page, EXPORT_FIGURE_ORDER, filter);
  }
}

/** `Country.exports`: figures for exports to a country. */
@Resolver(() => Country)
export class CountryExportsResolver {
  @FieldResolver(() => ExportFigureConnection, {
    nullable: true,
    description:
      'Export figures for goods sent to this country, most recent period first. Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exports(
    @Root() country: CountryRecord,
    @Arg('filter', () => ExportFigureFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: ExportFigureFilter | null,
    @Args() page: PageArgs,
    @Ctx() context: TradeContext,
  ) {
    checkExportFigureFilter(filter);
    return context.loaders.exportPagesByDestination.load(country.code, page, EXPORT_FIGURE_ORDER, filter);
  }
}

/** `Craft.exports`: figures for exports of a craft. */
@Resolver(() => Craft)
export class CraftExportsResolver {
  @FieldResolver(() => ExportFigureConnection, {
    nullable: true,
    description:
      'Export figures for this craft, most recent period first (figures under an HS code shared with other crafts are not included). Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exports(
    @Root() craft: CraftRecord,
    @Arg('filter', () => ExportFigureFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: ExportFigureFilter | null,
    @Args() page: PageArgs,
    @Ctx() context: TradeContext,
  ) {
    checkExportFigureFilter(filter);
    return context.loaders.exportPagesByCraft.load(craft.slug, page, EXPORT_FIGURE_ORDER, filter);
  }
}

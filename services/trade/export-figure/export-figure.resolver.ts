import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { countryOf, craftOf, provinceOf } from '../../shared/catalogue';
import { AssumedListSize, runMutation } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { TradeContext } from '../context';
import { TradePeriod } from '../period/trade-period.type';
import { Country } from '../reference/country.type';
import { Craft } from '../reference/craft.type';
import { Province } from '../reference/province.type';
import { attributionsOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { ExportFigureConnection } from './export-figure.connection';
import { ExportFigure } from './export-figure.entity';
import { CorrectExportFigureInput, ExportFigureListArgs, RecordExportFigureInput } from './export-figure.inputs';
import { ExportFigurePayload } from './export-figure.payload';
import { correctExportFigure, findExportFigures, recordExportFigure } from './export-figure.service';

/** Export figures: lookup, listing, recording and correction, and what each figure names. */
@Resolver(() => ExportFigure)
export class ExportFigureResolver {
  @Query(() => ExportFigure, { nullable: true, description: 'The export figure with this id; null when there is none.' })
  exportFigure(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: TradeContext) {
    return context.loaders.exportFigureById.load(id);
  }

  @ConnectionListSize()
  @Query(() => ExportFigureConnection, {
    nullable: true,
    description:
      "Export figures as their sources state them (every source's figure, not only the preferred ones), most recent period first unless `orderBy` says otherwise.",
  })
  exportFigures(@Args() args: ExportFigureListArgs, @Ctx() context: TradeContext) {
    return findExportFigures(context, args);
  }

  @FieldResolver(() => TradePeriod, { description: 'The period the figure is for.' })
  period(@Root() figure: ExportFigure): TradePeriod {
    return { solarYear: figure.solarYear, startsOn: figure.periodStartsOn, endsOn: figure.periodEndsOn };
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The destination country; null when the figure covers all destinations.' })
  destination(@Root() figure: ExportFigure) {
    return countryOf(figure.destinationCode);
  }

  @FieldResolver(() => Craft, {
    nullable: true,
    description:
      'The craft the figure counts towards: the one it was reported for, or the one its HS code covers alone; null when it covers all crafts or only an HS code broader than any one craft (see `hsCode`).',
  })
  craft(@Root() figure: ExportFigure) {
    return craftOf(figure.craftSlug);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province the goods came from; null when the figure covers all provinces.',
  })
  province(@Root() figure: ExportFigure) {
    return provinceOf(figure.provinceCode);
  }

  @AssumedListSize(1)
  @FieldResolver(() => [Source], {
    description: 'The report that states the figure (the same amount in another report is another figure).',
  })
  async sources(@Root() figure: ExportFigure, @Ctx() context: TradeContext) {
    return loadAll(context.loaders.sourceById, [figure.sourceId]);
  }

  @FieldResolver(() => [Attribution], {
    description:
      'Who stated the figure, on what basis and in which words, in its report; the report alone, with no basis, when none was recorded.',
  })
  attributions(@Root() figure: ExportFigure, @Ctx() context: TradeContext) {
    return attributionsOf(context, context.loaders.attributionsByExportFigure.load(figure.id), figure.sourceId);
  }

  @Mutation(() => ExportFigurePayload, {
    nullable: true,
    description:
      'Records a figure a source states, adding the source when it is new; refuses when that source already has a figure for the same quantity. Admins only.',
  })
  recordExportFigure(
    @Arg('input', () => RecordExportFigureInput, { description: 'What to write.' }) input: RecordExportFigureInput,
    @Ctx() context: TradeContext,
  ) {
    return runMutation(context.loaders, async () => ({ figure: await recordExportFigure(context, input) }));
  }

  @Mutation(() => ExportFigurePayload, {
    nullable: true,
    description: 'Corrects a recorded figure; the totals then use the figure each quantity prefers after the correction. Admins only.',
  })
  correctExportFigure(
    @Arg('input', () => CorrectExportFigureInput, { description: 'What to change.' }) input: CorrectExportFigureInput,
    @Ctx() context: TradeContext,
  ) {
    return runMutation(context.loaders, async () => ({ figure: await correctExportFigure(context, input) }));
  }
}

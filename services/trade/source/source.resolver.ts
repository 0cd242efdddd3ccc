import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { type AttributionRow, attributionsFrom } from '../../shared/catalogue';
import { Source as SourceRecord } from '../../shared/catalogue/source.entity';
import { applyFilter } from '../../shared/platform/database';
import { AssumedListSize, GROWING_LIST_SIZE } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import { ConnectionListSize, pageOf } from '../../shared/platform/paging';
import type { TradeContext } from '../context';
import { ExportFigureConnection } from '../export-figure/export-figure.connection';
import { ExportFigureListArgs } from '../export-figure/export-figure.inputs';
import { findExportFiguresOf } from '../export-figure/export-figure.service';
import { GrowthTarget } from '../growth-target/growth-target.entity';
import { MarketSizeFigure } from '../market-size/market-size.entity';
import { organizationReferenceTo } from '../organization/organization.type';
import { PolicyDocument } from '../policy/policy-document.entity';
import { YearSlogan } from '../policy/year-slogan.entity';
import { SOURCE_ORDERS, SourceConnection } from './source.connection';
import { SourceListArgs } from './source.inputs';
import { Source, SourceFacts } from './source.type';

/**
 * Returns the attributions of a record from its attribution rows; a record
 * stated by one source (`ownSourceId`) without rows is attributed to that
 * source alone, with no basis recorded.
 */
export async function attributionsOf(context: TradeContext, rows: Promise<AttributionRow[]>, ownSourceId?: string) {
  const found = await rows;
  const withOwn: AttributionRow[] =
    found.length || !ownSourceId
      ? found
      : [{ sourceId: ownSourceId, basis: null, speakerName: null, speakerRole: null, speakerOrganizationId: null, quote: null }];
  return attributionsFrom(withOwn, context.loaders.sourceById, organizationReferenceTo);
}

/** Sources: the reports the graph's facts come from, and the trade records that cite each. */
@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'The source with this id; null when there is none.' })
  source(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: TradeContext) {
    return context.loaders.sourceById.load(id);
  }

  @ConnectionListSize()
  @Query(() => SourceConnection, {
    nullable: true,
    description:
      'The reports the graph cites (the four built-in reports, and those that recorded or imported figures cite), by title unless `orderBy` says otherwise. `Source.facts` lists what each supports.',
  })
  sources(@Args() args: SourceListArgs, @Ctx() context: TradeContext) {
    const query = applyFilter(context.dataSource.getRepository(SourceRecord).createQueryBuilder('source'), args.filter, {
      publisher: { where: 'lower(source.publisher) = lower(:publisher)' },
      credit: { where: 'EXISTS (SELECT 1 FROM unnest(source.credits) AS credit WHERE lower(credit) = lower(:credit))' },
      titleContains: { search: ['source.title'] },
      publishedOn: { equals: 'source.published_on' },
      isSynthetic: { equals: 'source.is_synthetic' },
    });
    return pageOf('Query.sources', query, args, SOURCE_ORDERS[args.orderBy], context.loaders.sourceById);
  }
}

/** The trade records that cite a source. */
@Resolver(() => SourceFacts)
export class SourceFactsResolver {
  @ConnectionListSize()
  @FieldResolver(() => ExportFigureConnection, {
    nullable: true,
    description:
      'Export figures the source states (each figure has exactly one source), most recent period first unless `orderBy` says otherwise. Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exportFigures(@Root() facts: SourceFacts, @Args() args: ExportFigureListArgs, @Ctx() context: TradeContext) {
    return findExportFiguresOf(context.loaders.exportPagesBySource, facts.sourceId, args);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [GrowthTarget], {
    nullable: true,
    description:
      'Growth targets the source states. Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async growthTargets(@Root() facts: SourceFacts, @Ctx() context: TradeContext) {
    return (await context.loaders.allGrowthTargets.load('all')).filter((target) => target.sourceId === facts.sourceId);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [MarketSizeFigure], {
    nullable: true,
    description:
      'Market sizes the source states. Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async marketSizes(@Root() facts: SourceFacts, @Ctx() context: TradeContext) {
    return (await context.loaders.allMarketSizes.load('all')).filter((market) => market.sourceId === facts.sourceId);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [PolicyDocument], {
    nullable: true,
    description:
      'Policy documents the source tells of. Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async policyDocuments(@Root() facts: SourceFacts, @Ctx() context: TradeContext) {
    return loadAll(context.loaders.policyDocumentById, await context.loaders.policyDocumentIdsBySource.load(facts.sourceId));
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [YearSlogan], {
    nullable: true,
    description:
      "Years' slogans the source gives. Null when the trade subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).",
  })
  async yearSlogans(@Root() facts: SourceFacts, @Ctx() context: TradeContext) {
    return loadAll(context.loaders.yearSloganById, await context.loaders.yearSloganIdsBySource.load(facts.sourceId));
  }
}

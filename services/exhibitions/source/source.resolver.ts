import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { type AttributionRow, attributionsFrom, sourceIdsOf } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import type { ExhibitionsContext } from '../context';
import { WorldCraftDesignation } from '../designation/world-craft-designation.entity';
import { designationCountsReportedIn } from '../designation/world-craft-designation.service';
import { WorldCraftDesignationCount } from '../designation/world-craft-designation-count.type';
import { Exhibition } from '../exhibition/exhibition.entity';
import { ExportMarket } from '../export-market/export-market.entity';
import { MarketingActivity } from '../marketing-activity/marketing-activity.entity';
import { organizationReferenceTo } from '../organization/organization.type';
import { SourceFacts } from './source.type';

/** Returns the sources that the attribution rows of a record cite, oldest report first. */
export async function sourcesOf(context: ExhibitionsContext, rows: Promise<AttributionRow[]>) {
  return loadAll(context.loaders.sourceById, sourceIdsOf(await rows));
}

/** Returns the attributions of a record from its attribution rows; speakers' organisations are references to the training subgraph's. */
export async function attributionsOf(context: ExhibitionsContext, rows: Promise<AttributionRow[]>) {
  return attributionsFrom(await rows, context.loaders.sourceById, organizationReferenceTo);
}

/** The exhibitions-and-markets records that cite a source. */
@Resolver(() => SourceFacts)
export class SourceFactsResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [Exhibition], {
    nullable: true,
    description:
      'Exhibitions that rest on the source. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async exhibitions(@Root() facts: SourceFacts, @Ctx() context: ExhibitionsContext) {
    return loadAll(context.loaders.exhibitionById, await context.loaders.exhibitionIdsBySource.load(facts.sourceId));
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [ExportMarket], {
    nullable: true,
    description:
      'Export market entries that rest on the source. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async exportMarkets(@Root() facts: SourceFacts, @Ctx() context: ExhibitionsContext) {
    return loadAll(context.loaders.exportMarketById, await context.loaders.exportMarketIdsBySource.load(facts.sourceId));
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [WorldCraftDesignation], {
    nullable: true,
    description:
      'World craft designations registered by name that rest on the source. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async worldCraftDesignations(@Root() facts: SourceFacts, @Ctx() context: ExhibitionsContext) {
    return loadAll(context.loaders.designationById, await context.loaders.designationIdsBySource.load(facts.sourceId));
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [WorldCraftDesignationCount], {
    nullable: true,
    description:
      'Counts of world craft cities and villages as the source gives them. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async worldCraftDesignationCounts(@Root() facts: SourceFacts, @Ctx() context: ExhibitionsContext) {
    return designationCountsReportedIn(context, await context.loaders.designationCountIdsBySource.load(facts.sourceId));
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [MarketingActivity], {
    nullable: true,
    description:
      'Marketing activities that rest on the source. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  async marketingActivities(@Root() facts: SourceFacts, @Ctx() context: ExhibitionsContext) {
    return loadAll(context.loaders.marketingActivityById, await context.loaders.marketingActivityIdsBySource.load(facts.sourceId));
  }
}

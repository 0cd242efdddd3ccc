import type { GraphQLSchema } from 'graphql';

import { catalogueReferenceResolvers, Source, sourceReferenceResolvers } from '../shared/catalogue';
import { nodeTypesResolver } from '../shared/platform/federation';
import { buildFederatedSchema } from '../shared/platform/graphql';
import type { TradeContext } from './context';
import { ExportFigure } from './export-figure/export-figure.entity';
import { exportFigureReference } from './export-figure/export-figure.reference';
import { ExportFigureResolver } from './export-figure/export-figure.resolver';
import { ExportTotalResolver } from './export-total/export-total.resolver';
import { GrowthTargetResolver } from './growth-target/growth-target.resolver';
import { MarketSizeResolver } from './market-size/market-size.resolver';
import { organizationReference } from './organization/organization.reference';
import { TradePeriodResolver } from './period/trade-period.resolver';
import { PolicyDocumentResolver, YearSloganResolver } from './policy/policy.resolver';
import { CountryExportsResolver, CraftExportsResolver, ProvinceExportsResolver } from './reference/exports.resolver';
import { SourceFactsResolver, SourceResolver } from './source/source.resolver';
import { SourceFactsFieldResolver } from './source/source.type';

/** `tradeNodeTypes(ids:)` for the graph's `node(id:)`: the records `exportFigure(id:)` and `source(id:)` answer. */
const NodeTypesResolver = nodeTypesResolver('trade', [
  { typeName: 'ExportFigure', entity: ExportFigure },
  { typeName: 'Source', entity: Source },
]);

/** Returns the trade subgraph's federated schema. */
export function buildTradeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<TradeContext>({
    resolvers: [
      CountryExportsResolver,
      CraftExportsResolver,
      ExportFigureResolver,
      ExportTotalResolver,
      GrowthTargetResolver,
      MarketSizeResolver,
      NodeTypesResolver,
      PolicyDocumentResolver,
      ProvinceExportsResolver,
      SourceFactsFieldResolver,
      SourceFactsResolver,
      SourceResolver,
      TradePeriodResolver,
      YearSloganResolver,
    ],
    referenceResolvers: {
      ...catalogueReferenceResolvers,
      ...sourceReferenceResolvers,
      Organization: organizationReference,
      ExportFigure: exportFigureReference,
    },
  });
}

import type { GraphQLSchema } from 'graphql';

import { catalogueReferenceResolvers, Source, sourceReferenceResolvers } from '../shared/catalogue';
import { nodeTypesResolver } from '../shared/platform/federation';
import { buildFederatedSchema } from '../shared/platform/graphql';
import type { TradeContext } from './context';
import { ExportFigure } from './export-figure/export-figure.entity';
import { exportFigureReference } from './export-figure/export-figure.reference';
import { ExportFigureResolver } from './export-figure/export-figure.resolver';
import { ExportTotalResolver } from './export-total/export-total.resolver';
import { GrowthTarget } from './growth-target/growth-target.entity';
import { growthTargetReference } from './growth-target/growth-target.reference';
import { GrowthTargetResolver } from './growth-target/growth-target.resolver';
import { MarketSizeFigure } from './market-size/market-size.entity';
import { marketSizeReference } from './market-size/market-size.reference';
import { MarketSizeResolver } from './market-size/market-size.resolver';
import { organizationReference } from './organization/organization.reference';
import { TradePeriodResolver } from './period/trade-period.resolver';
import { PolicyDocumentResolver, YearSloganResolver } from './policy/policy.resolver';
import { PolicyDocument } from './policy/policy-document.entity';
import { policyDocumentReference } from './policy/policy-document.reference';
import { YearSlogan } from './policy/year-slogan.entity';
import { yearSloganReference } from './policy/year-slogan.reference';
import { CountryExportsResolver, CraftExportsResolver, ProvinceExportsResolver } from './reference/exports.resolver';
import { SourceFactsResolver, SourceResolver } from './source/source.resolver';
import { SourceFactsFieldResolver } from './source/source.type';

/** `tradeNodeTypes(ids:)` for the graph's `node(id:)`: the records `exportFigure(id:)` and `source(id:)` answer, and those of the public lists of growth targets, market sizes, policy documents and year slogans. */
const NodeTypesResolver = nodeTypesResolver('trade', [
  { typeName: 'ExportFigure', entity: ExportFigure },
  { typeName: 'GrowthTarget', entity: GrowthTarget },
  { typeName: 'MarketSizeFigure', entity: MarketSizeFigure },
  { typeName: 'PolicyDocument', entity: PolicyDocument },
  { typeName: 'Source', entity: Source },
  { typeName: 'YearSlogan', entity: YearSlogan },
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
      ExportFigure: exportFigureReference,
      GrowthTarget: growthTargetReference,
      MarketSizeFigure: marketSizeReference,
      Organization: organizationReference,
      PolicyDocument: policyDocumentReference,
      YearSlogan: yearSloganReference,
    },
  });
}

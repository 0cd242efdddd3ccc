import type { GraphQLSchema } from 'graphql';

import { catalogueReferenceResolvers, sourceReferenceResolvers } from '../shared/catalogue';
import { nodeTypesResolver } from '../shared/platform/federation';
import { buildFederatedSchema } from '../shared/platform/graphql';
import { artisanReference } from './artisan/artisan.reference';
import { ArtisanResolver } from './artisan/artisan.resolver';
import type { ExhibitionsContext } from './context';
import { WorldCraftDesignation } from './designation/world-craft-designation.entity';
import { worldCraftDesignationReference } from './designation/world-craft-designation.reference';
import { WorldCraftDesignationCountResolver, WorldCraftDesignationResolver } from './designation/world-craft-designation.resolver';
import { Exhibition } from './exhibition/exhibition.entity';
import { exhibitionReference } from './exhibition/exhibition.reference';
import { ExhibitionResolver } from './exhibition/exhibition.resolver';
import { ExhibitorResolver } from './exhibitor/exhibitor.resolver';
import { ExportMarketResolver } from './export-market/export-market.resolver';
import { MarketingActivity } from './marketing-activity/marketing-activity.entity';
import { marketingActivityReference } from './marketing-activity/marketing-activity.reference';
import { MarketingActivityResolver } from './marketing-activity/marketing-activity.resolver';
import { organizationReference } from './organization/organization.reference';
import { OrganizationResolver } from './organization/organization.resolver';
import { CountryResolver } from './reference/country.resolver';
import { CraftResolver } from './reference/craft.resolver';
import { ProvinceResolver } from './reference/province.resolver';
import { SourceFactsResolver } from './source/source.resolver';
import { SourceFactsFieldResolver } from './source/source.type';

/** `exhibitionsNodeTypes(ids:)` for the graph's `node(id:)`: the records `exhibition(id:)` answers, and those of the public lists of marketing activities and world craft designations. */
const NodeTypesResolver = nodeTypesResolver('exhibitions', [
  { typeName: 'Exhibition', entity: Exhibition },
  { typeName: 'MarketingActivity', entity: MarketingActivity },
  { typeName: 'WorldCraftDesignation', entity: WorldCraftDesignation },
]);

/** Returns the exhibitions subgraph's federated schema. */
export function buildExhibitionsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<ExhibitionsContext>({
    resolvers: [
      ArtisanResolver,
      CountryResolver,
      CraftResolver,
      ExhibitionResolver,
      ExhibitorResolver,
      ExportMarketResolver,
      MarketingActivityResolver,
      NodeTypesResolver,
      OrganizationResolver,
      ProvinceResolver,
      SourceFactsFieldResolver,
      SourceFactsResolver,
      WorldCraftDesignationCountResolver,
      WorldCraftDesignationResolver,
    ],
    referenceResolvers: {
      ...catalogueReferenceResolvers,
      ...sourceReferenceResolvers,
      Artisan: artisanReference,
      Exhibition: exhibitionReference,
      MarketingActivity: marketingActivityReference,
      Organization: organizationReference,
      WorldCraftDesignation: worldCraftDesignationReference,
    },
  });
}

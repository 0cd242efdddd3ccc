import type { GraphQLSchema } from 'graphql';

import { catalogueReferenceResolvers, sourceReferenceResolvers } from '../shared/catalogue';
import { buildFederatedSchema } from '../shared/platform/graphql';
import { artisanReference } from './artisan/artisan.reference';
import { ArtisanResolver } from './artisan/artisan.resolver';
import type { ExhibitionsContext } from './context';
import { WorldCraftDesignationCountResolver, WorldCraftDesignationResolver } from './designation/world-craft-designation.resolver';
import { exhibitionReference } from './exhibition/exhibition.reference';
import { ExhibitionResolver } from './exhibition/exhibition.resolver';
import { ExhibitorResolver } from './exhibitor/exhibitor.resolver';
import { ExportMarketResolver } from './export-market/export-market.resolver';
import { MarketingActivityResolver } from './marketing-activity/marketing-activity.resolver';
import { organizationReference } from './organization/organization.reference';
import { OrganizationResolver } from './organization/organization.resolver';
import { CountryResolver } from './reference/country.resolver';
import { CraftResolver } from './reference/craft.resolver';
import { ProvinceResolver } from './reference/province.resolver';
import { SourceFactsResolver } from './source/source.resolver';
import { SourceFactsFieldResolver } from './source/source.type';

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
      Organization: organizationReference,
    },
  });
}

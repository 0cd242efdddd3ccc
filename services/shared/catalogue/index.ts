export { CountryCodeScalar, CraftSlugScalar, ProvinceCodeScalar } from './code-scalars';
export { findCountry, type CountryRecord } from './countries';
export { CRAFTS, findCraft, type CraftRecord } from './crafts';
export { PROVINCES, findProvince, type ProvinceRecord } from './provinces';
export { CountryFields, CraftFields, ProvinceFields } from './reference.types';
export { catalogueReferenceResolvers } from './reference-resolvers';
export { BUILTIN_ORGANIZATION_IDS, SOURCE_DOCUMENTS, type SourceDocument } from './source-documents';
export { sourceIdsLoader } from './source-links';
export { Source } from './source.entity';

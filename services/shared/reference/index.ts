export { findCountry, type CountryRecord } from './countries';
export { CRAFTS, findCraft, type CraftRecord } from './crafts';
export { PROVINCES, findProvince, type ProvinceRecord } from './provinces';
export { CountryFields, CraftFields, ProvinceFields } from './reference.types';
export { BUILTIN_ORGANIZATION_IDS, SOURCE_DOCUMENTS, type SourceDocument } from './source-documents';
export { catalogueReferenceResolvers } from './reference-resolvers';

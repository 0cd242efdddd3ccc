export { CountryCodeScalar, CraftSlugScalar, ProvinceCodeScalar } from './code-scalars';
export { type CountryRecord, findCountry } from './countries';
export { type CraftRecord, CRAFTS, findCraft } from './crafts';
export { findProvince, type ProvinceRecord, PROVINCES } from './provinces';
export { CountryFields, CraftFields, ProvinceFields } from './reference.types';
export { catalogueReferenceResolvers } from './reference-resolvers';
export { Source } from './source.entity';
export { BUILTIN_ORGANIZATION_IDS, SOURCE_DOCUMENTS, type SourceDocument } from './source-documents';
export { sourceIdsLoader } from './source-links';

export { argumentErrorsPlugin } from './argument-errors.plugin';
export { CATALOGUE_MAX_AGE, PublicCacheHint, PUBLIC_RECORD_MAX_AGE } from './cache-hints';
export { buildFederatedSchema, type ReferenceResolvers, type SubgraphSchemaOptions } from './build-subgraph-schema';
export { BadUserInputError, ErrorCode, MutationError, MutationErrorCode, MutationRefusal, ServiceUnavailableError } from './errors';
export { runMutation } from './run-mutation';
export { createErrorFormatter } from './format-error';
export {
  applyPage,
  ConnectionType,
  KeysetOrder,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PageArgs,
  PageInfo,
  rankedIdsByParent,
  rankedRowsByParent,
  toConnection,
  type Connection,
  type PageRequest,
  type SortKey,
} from './pagination';
export { CountryCodeScalar, CraftSlugScalar, DateScalar, DecimalScalar, NonEmptyStringScalar, parseDecimal, PositiveIntScalar, ProvinceCodeScalar } from './scalars';
export { checkDateOrder, checkRange, optionalText, trimmedText } from './input-checks';

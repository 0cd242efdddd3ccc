export { argumentErrorsPlugin } from './argument-errors.plugin';
export { buildFederatedSchema, type ReferenceResolvers, type SubgraphSchemaOptions } from './build-subgraph-schema';
export { CATALOGUE_MAX_AGE, PUBLIC_RECORD_MAX_AGE, PublicCacheHint } from './cache-hints';
export { codeScalar } from './code-scalar';
export { AssumedListSize, Cost, COST_LINK, COST_SPEC_URL, GROWING_LIST_SIZE, SlicedListSize } from './cost-directives';
export { BadUserInputError, ErrorCode, ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from './errors';
export { createErrorFormatter } from './format-error';
export { checkDateOrder, checkRange, optionalText, trimmedText } from './input-checks';
export { defineMutationErrors, type MutationErrorCodes, type RefusalDescriptions } from './mutation-error';
export { nulCharacterPlugin } from './nul-character.plugin';
export { nullAsDefaultPlugin } from './null-as-default.plugin';
export { runMutation } from './run-mutation';
export {
  DateScalar,
  DateTimeScalar,
  DecimalScalar,
  isStorableIsoDate,
  NonEmptyStringScalar,
  parseDecimal,
  PositiveIntScalar,
} from './scalars';
export { unsupportedOperationPlugin } from './unsupported-operation.plugin';

export { armorRules } from './armor-rules';
export { costModelFromSdl } from './cost-model-from-sdl';
export { estimateOperationCost, type OperationCost } from './estimate-operation-cost';
export { fragmentsOf } from './fragments-of';
export { limitExceededError, type OperationLimitName } from './limit-exceeded-error';
export {
  type ComputedListSize,
  type ComputedListSizes,
  type CostArguments,
  DEFAULT_LIST_SIZE,
  type ListSize,
  type OperationCostModel,
} from './operation-cost-model';
export { type OperationLimits, operationLimitsFromEnv } from './operation-limits';

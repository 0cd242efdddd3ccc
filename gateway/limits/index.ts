export { addressAdmission } from './address-admission';
export { type GatewayLimits, gatewayLimitsFromEnv } from './gateway-limits';
export { graphCostModel } from './graph-cost-model';
export { applyInputScalarRules } from './input-scalars';
export { limitsPlugin } from './limits.plugin';
export { RateLimiter } from './rate-limiter';
export { currentOperationSignal, withOperationTimeout } from './with-operation-timeout';

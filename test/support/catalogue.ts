/**
 * The shared catalogue and date rules of services/, as tests use them. Tests
 * import them from here, so that when services/shared moves only this file
 * changes.
 */
export { BUILTIN_ORGANIZATION_IDS, CRAFTS, PROVINCES } from '../../services/shared/catalogue';
export { addDays, todayInDomainZone } from '../../services/shared/platform/dates';

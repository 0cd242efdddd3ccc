/**
 * The shared catalogue of services/ (with the reports and passages the
 * built-in data rests on, and the HS nomenclature) and its date rules, as
 * tests use them. Tests import them from here, so that when services/shared
 * moves only this file changes.
 */
export {
  BUILTIN_ORGANIZATION_IDS,
  CRAFTS,
  HS_NOMENCLATURE,
  PROVINCES,
  REPORT_PASSAGES,
  SOURCE_DOCUMENTS,
} from '../../services/shared/catalogue';
export { addDays, todayInDomainZone } from '../../services/shared/platform/dates';

import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { WorldCraftDesignation } from './world-craft-designation.entity';

/** A page of world craft designations. */
export const WorldCraftDesignationConnection = ConnectionType(
  WorldCraftDesignation,
  'WorldCraftDesignation',
  'world craft designations',
  PUBLIC_RECORD_MAX_AGE,
);

/** Designations by province, then place name, then id. */
export const DESIGNATION_ORDER = new KeysetOrder<WorldCraftDesignation>([
  { sql: 'designation.province_code', type: 'text', valueOf: (designation) => designation.provinceCode },
  { sql: 'designation.place_name', type: 'text', valueOf: (designation) => designation.placeName },
  { sql: 'designation.id', type: 'uuid', valueOf: (designation) => designation.id },
]);

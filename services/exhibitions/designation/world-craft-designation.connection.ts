import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { WorldCraftDesignation } from './world-craft-designation.entity';
import { WorldCraftDesignationOrder } from './world-craft-designation.inputs';

/** A page of world craft designations. */
export const WorldCraftDesignationConnection = ConnectionType(
  WorldCraftDesignation,
  'WorldCraftDesignation',
  'world craft designations',
  PUBLIC_RECORD_MAX_AGE,
);

/** The keyset order of each `WorldCraftDesignationOrder`. */
export const DESIGNATION_ORDERS: Readonly<Record<WorldCraftDesignationOrder, KeysetOrder<WorldCraftDesignation>>> = {
  [WorldCraftDesignationOrder.PROVINCE_ASC]: new KeysetOrder<WorldCraftDesignation>([
    { sql: 'designation.province_code', type: 'text', valueOf: (designation) => designation.provinceCode },
    { sql: 'designation.place_name', type: 'text', valueOf: (designation) => designation.placeName },
    { sql: 'designation.id', type: 'uuid', valueOf: (designation) => designation.id },
  ]),
  [WorldCraftDesignationOrder.PLACE_NAME_ASC]: new KeysetOrder<WorldCraftDesignation>([
    { sql: 'designation.place_name', type: 'text', valueOf: (designation) => designation.placeName },
    { sql: 'designation.id', type: 'uuid', valueOf: (designation) => designation.id },
  ]),
};

import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { WorldCraftDesignation } from './world-craft-designation.entity';

/** A page of world craft designations. */
export const WorldCraftDesignationConnection = ConnectionType(WorldCraftDesignation, 'WorldCraftDesignation', 'world craft designations', PUBLIC_RECORD_MAX_AGE);

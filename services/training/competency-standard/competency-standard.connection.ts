import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { CompetencyStandard } from './competency-standard.entity';

/** A page of competency standards. */
export const CompetencyStandardConnection = ConnectionType(CompetencyStandard, 'CompetencyStandard', 'competency standards', PUBLIC_RECORD_MAX_AGE);

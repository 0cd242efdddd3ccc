import { ConnectionType } from '../../shared/graphql';
import { CompetencyStandard } from './competency-standard.entity';

/** A page of competency standards. */
export const CompetencyStandardConnection = ConnectionType(CompetencyStandard, 'CompetencyStandard', 'competency standards');

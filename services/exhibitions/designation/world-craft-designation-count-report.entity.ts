import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { Derivation } from '../../shared/catalogue';
import { WorldCraftDesignationKind } from './world-craft-designation.entity';

/**
 * A count of Iran's world craft designations of one kind as a report gives
 * it, kept apart from the designations registered by name: a report can
 * count places without naming them.
 */
@Entity({ name: 'world_craft_designation_count_report' })
export class WorldCraftDesignationCountReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: WorldCraftDesignationKind;

  @Column('int')
  reportedCount: number;

  /** The date the count holds for: the date of the report. */
  @Column('date')
  asOf: string;

  /** The report that gives the count. */
  @Column('uuid')
  sourceId: string;

  /** Notes on values of the count not stated word for word by its report. */
  @Column('jsonb', { default: () => "'[]'" })
  derivations: Derivation[];
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An artisan (of the training subgraph) registered to exhibit at an exhibition. */
@Entity({ name: 'exhibitor' })
export class Exhibitor {
  @PrimaryColumn('uuid')
  exhibitionId: string;

  @PrimaryColumn('uuid')
  artisanId: string;

  /** Orders an exhibition's exhibitors; millisecond precision so that a cursor holding it matches exactly. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  registeredAt: Date;
}

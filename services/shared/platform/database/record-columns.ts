import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * Columns every stored record has: when it was written and changed, and
 * whether it is generated demonstration data. Entities extend it; an entity
 * that exposes `isSynthetic` redeclares the property with its own `@Field`.
 */
export abstract class RecordColumns {
  @Column('boolean', { default: false })
  isSynthetic: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A trusted document: an operation the operator registered from a client's
 * persisted-documents manifest (`npm run documents -- add`), which the
 * gateway runs when a client sends its id. Its text never changes: the id is
 * its SHA-256.
 */
@Entity({ name: 'trusted_document' })
export class TrustedDocument {
  /** The SHA-256 of `body` (UTF-8), 64 lower-case hexadecimal digits: the `sha256:<hex>` id without its prefix. */
  @PrimaryColumn('text')
  sha256: string;

  /** The GraphQL document, exactly as the manifest holds it. */
  @Column('text')
  body: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  addedAt: Date;
}

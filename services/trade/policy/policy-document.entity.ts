import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** What kind of policy document. */
export enum PolicyDocumentKind {
  PLAN = 'PLAN',
  NATIONAL_DOCUMENT = 'NATIONAL_DOCUMENT',
}

registerEnumType(PolicyDocumentKind, {
  name: 'PolicyDocumentKind',
  description: 'What kind of policy document.',
  valuesConfig: {
    PLAN: { description: 'A plan of measures, such as the rescue plan for the sector.' },
    NATIONAL_DOCUMENT: { description: 'A national policy document, such as the National Handicrafts Document.' },
  },
});

/** Where a policy document stands. */
export enum PolicyDocumentStatus {
  IN_PREPARATION = 'IN_PREPARATION',
  ADOPTED = 'ADOPTED',
}

registerEnumType(PolicyDocumentStatus, {
  name: 'PolicyDocumentStatus',
  description: 'Where a policy document stands, as of `statusAsOf`.',
  valuesConfig: {
    IN_PREPARATION: { description: 'Being drafted or compiled.' },
    ADOPTED: { description: 'Adopted and in force.' },
  },
});

/** A plan or policy document for the handicrafts sector, as the reports tell of it. */
@Entity({ name: 'policy_document' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'A plan or policy document for the handicrafts sector, as the reports tell of it.' })
export class PolicyDocument extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Its name, as the reports give it (or a description where they give none).' })
  title: string;

  @Column('text')
  @Field(() => PolicyDocumentKind, { description: 'A plan or a national document.' })
  kind: PolicyDocumentKind;

  @Column('text', { nullable: true })
  @Field(() => PolicyDocumentStatus, {
    nullable: true,
    description: 'Where it stands as of `statusAsOf`; null when the reports do not say.',
  })
  status: PolicyDocumentStatus | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'The day `status` holds for (the date of its report).' })
  statusAsOf: string | null;

  /** Resolved to `ownerOrganization`; an organisation of the training subgraph. */
  @Column('uuid', { nullable: true })
  ownerOrganizationId: string | null;

  /** Resolved to `inLineWith`. */
  @Column('uuid', { nullable: true })
  inLineWithId: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'What the reports say it is for, and what they leave unsaid.' })
  summary: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Its chapters, measures or provisions, as the reports list them.' })
  elements: string[];

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], { description: 'Values not stated word for word by the sources: how each was derived or inferred.' })
  derivations: Derivation[];
}

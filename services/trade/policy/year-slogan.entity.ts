import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { RecordColumns } from '../../shared/platform/database';
import { PublicCacheHint } from '../../shared/platform/graphql';

/** The slogan a Persian solar year is named by, which plans and agreements cite. */
@Entity({ name: 'year_slogan' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'The slogan a Persian solar year is named by, which the reports cite for plans and agreements.' })
export class YearSlogan extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('int')
  @Field(() => Int, { description: 'The Persian solar year, e.g. 1404.' })
  solarYear: number;

  @Column('text')
  @Field({ description: 'The slogan, in the words of the first report; each attribution quotes its own wording.' })
  slogan: string;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], { description: 'Values not stated word for word by the sources: how each was derived or inferred.' })
  derivations: Derivation[];
}

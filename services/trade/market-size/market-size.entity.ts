import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { DecimalScalar, PublicCacheHint } from '../../shared/platform/graphql';
import { FigurePrecision } from '../export-figure/export-figure.entity';

/** The size of a market, as a source states it. */
@Entity({ name: 'market_size' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'The value of a market (such as the global handicrafts market), as a source states it.' })
export class MarketSizeFigure {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Which market, e.g. "Global handicrafts market".' })
  market: string;

  @Column('numeric', { precision: 20, scale: 2 })
  @Field(() => DecimalScalar, { description: 'Value in US dollars, exact as stated.' })
  valueUsd: string;

  @Column('text')
  @Field(() => FigurePrecision, { description: 'How exact the figure is.' })
  precision: FigurePrecision;

  /** Resolved to `period`. */
  @Column('date', { nullable: true })
  periodStartsOn: string | null;

  /** Resolved to `period`. */
  @Column('date', { nullable: true })
  periodEndsOn: string | null;

  /** Resolved to `period`. */
  @Column('int', { nullable: true })
  solarYear: number | null;

  /** Resolved to `sources`. */
  @Column('uuid')
  sourceId: string;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], {
    description: 'Values not stated word for word by the source: how each was derived or inferred, or why it is left null.',
  })
  derivations: Derivation[];

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: "The source's own words, and what it leaves unsaid." })
  note: string | null;
}

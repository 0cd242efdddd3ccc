import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { RecordColumns } from '../../shared/platform/database';
import { DecimalScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** How goods left the country. */
export enum ExportChannel {
  CUSTOMS = 'CUSTOMS',
  SUITCASE = 'SUITCASE',
}

registerEnumType(ExportChannel, {
  name: 'ExportChannel',
  description: 'How handicrafts left the country.',
  valuesConfig: {
    CUSTOMS: { description: 'Formal exports declared at customs.' },
    SUITCASE: { description: 'Informal "suitcase" trade: goods carried out by travellers, not declared as exports.' },
  },
});

/** How exact a stated figure is. */
export enum FigurePrecision {
  EXACT = 'EXACT',
  APPROXIMATE = 'APPROXIMATE',
  ESTIMATED = 'ESTIMATED',
}

registerEnumType(FigurePrecision, {
  name: 'FigurePrecision',
  description: 'How exact a figure is, as its source states it; the default preference rule ranks them in this order.',
  valuesConfig: {
    EXACT: {
      description: 'Stated as a measured amount, without qualification (it may still be rounded to the unit stated, such as millions).',
    },
    APPROXIMATE: { description: 'Stated as "about" or "around" a measured amount.' },
    ESTIMATED: { description: 'An estimate of something not measured, such as informal suitcase trade or the size of a market.' },
  },
});

/** How a figure's period was stated. */
export enum PeriodBasis {
  STATED = 'STATED',
  CURRENT_ANNUAL = 'CURRENT_ANNUAL',
}

registerEnumType(PeriodBasis, {
  name: 'PeriodBasis',
  description: 'How the source ties the figure to its period.',
  valuesConfig: {
    STATED: { description: 'The source states the figure for exactly this period.' },
    CURRENT_ANNUAL: {
      description:
        'The source describes the figure as the current annual level ("currently stand at"); it is attached to the last solar year completed when the source appeared. Totals prefer a STATED figure for the same quantity.',
    },
  },
});

/** An export value that a source reports or estimates for a period. */
@Entity({ name: 'export_figure' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({
  description:
    'An export value reported or estimated by a source for a period, through one channel, optionally for one destination, craft and province. Sources that disagree each keep their own figure.',
})
export class ExportFigure extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  /** Resolved to `period`. */
  @Column('date')
  periodStartsOn: string;

  /** Resolved to `period`. */
  @Column('date')
  periodEndsOn: string;

  /** Resolved to `period`; set when the period is exactly one solar year. */
  @Column('int', { nullable: true })
  solarYear: number | null;

  @Column('text')
  @Field(() => PeriodBasis, { description: 'Whether the source states the figure for exactly this period or as a current annual level.' })
  periodBasis: PeriodBasis;

  @Column('text')
  @Field(() => ExportChannel, { description: 'How the goods left the country.' })
  channel: ExportChannel;

  @Column('numeric', { precision: 20, scale: 2 })
  @Field(() => DecimalScalar, { description: 'Value in US dollars, exact.' })
  valueUsd: string;

  @Column('text')
  @Field(() => FigurePrecision, { description: 'How exact the figure is, as its source states it.' })
  precision: FigurePrecision;

  /** Resolved to `destination`. */
  @Column('text', { nullable: true })
  destinationCode: string | null;

  /** Resolved to `craft`: the craft it was reported for, or the one its HS code covers alone. */
  @Column('text', { nullable: true })
  craftSlug: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The Harmonized System code (HS 2022 chapter, heading or subheading: 2, 4 or 6 digits) the figure was reported under, as reported; null when it was reported without one. The code alone makes a figure count towards a craft only when it covers that craft and nothing else (`Craft.hsClassification`).',
  })
  hsCode: string | null;

  /** Resolved to `province`. */
  @Column('text', { nullable: true })
  provinceCode: string | null;

  /** Resolved to `sources`. */
  @Column('uuid')
  sourceId: string;

  @Column('text', { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The source's own words for the figure, and how it was read; null when none were recorded.",
  })
  note: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], {
    description:
      'Values not stated word for word by the source (period, channel, precision, value…): how each was derived or inferred. Totals that add the figure up say so.',
  })
  derivations: Derivation[];

  @Field({ description: 'True for generated demonstration data, false for figures from the sources or entered by staff.' })
  override isSynthetic: boolean;

  @Column('boolean', { default: false })
  @Field({
    description:
      'Whether the default preference rule picks this figure among all the figures for the same quantity (period, channel, destination, craft, province): totals use only that one.',
  })
  isPreferred: boolean;
}

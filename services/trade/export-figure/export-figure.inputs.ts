import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

import { CountryCodeScalar, CraftSlugScalar, ProvinceCodeScalar } from '../../shared/catalogue';
import { DateScalar, DecimalScalar, NonEmptyStringScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { TradePeriodInput } from '../period/trade-period.type';
import { ExportChannel, FigurePrecision, PeriodBasis } from './export-figure.entity';

/** How to order a list of export figures. */
export enum ExportFigureOrder {
  PERIOD_DESC = 'PERIOD_DESC',
  PERIOD_ASC = 'PERIOD_ASC',
  VALUE_DESC = 'VALUE_DESC',
  VALUE_ASC = 'VALUE_ASC',
}

registerEnumType(ExportFigureOrder, {
  name: 'ExportFigureOrder',
  description: 'How to order export figures.',
  valuesConfig: {
    PERIOD_DESC: { description: 'Most recent period first, by the first day of the period (the default).' },
    PERIOD_ASC: { description: 'Earliest period first.' },
    VALUE_DESC: { description: 'Largest value in US dollars first.' },
    VALUE_ASC: { description: 'Smallest value in US dollars first.' },
  },
});

/** Which export figures to list or add up. */
@InputType({ description: 'Which export figures to list or add up; all given conditions must hold.' })
export class ExportFigureFilter {
  @Field(() => [Int], { nullable: true, description: 'Only figures stated for one of these Persian solar years, e.g. `[1402, 1403]`.' })
  solarYears?: number[] | null;

  @Field(() => ExportChannel, { nullable: true, description: 'Only figures for this channel.' })
  channel?: ExportChannel | null;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Only figures for exports to this country.' })
  destinationCode?: string | null;

  @Field(() => CraftSlugScalar, {
    nullable: true,
    description: 'Only figures that count towards this craft (reported for it, or under a code that covers it alone).',
  })
  craftSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only figures reported under exactly this HS code (2, 4 or 6 digits, dots allowed): not those under its subheadings.',
  })
  hsCode?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only figures for exports from this province.' })
  provinceCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only synthetic figures (true) or only real ones (false); both when omitted.' })
  isSynthetic?: boolean | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Only figures of at least this value in US dollars. Lists of figures only: `exportTotals` refuses it.',
  })
  valueUsdFrom?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Only figures of at most this value in US dollars. Lists of figures only: `exportTotals` refuses it.',
  })
  valueUsdTo?: string | null;
}

/** Paging, filter and order of a list of export figures. */
@ArgsType()
export class ExportFigureListArgs extends PageArgs {
  @Field(() => ExportFigureFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: ExportFigureFilter | null;

  @Field(() => ExportFigureOrder, { defaultValue: ExportFigureOrder.PERIOD_DESC, description: 'Order of the items.' })
  orderBy: ExportFigureOrder;
}

/** The report a new figure comes from. */
@InputType({ description: 'The report a figure comes from; a report with the same publisher, title and date as a known one is that one.' })
export class SourceInput {
  @Field(() => NonEmptyStringScalar, { description: 'Headline of the report, or a short description in brackets when it has none.' })
  title: string;

  @Field(() => NonEmptyStringScalar, { description: 'The outlet or agency the report is credited to.' })
  publisher: string;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date, when known.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the report can be read, when known.' })
  url?: string | null;
}

/** A new export figure. */
@InputType({ description: 'A new export figure, with the report it comes from.' })
export class RecordExportFigureInput {
  @Field(() => TradePeriodInput, { description: 'The period the figure is for.' })
  period: TradePeriodInput;

  @Field(() => PeriodBasis, { defaultValue: PeriodBasis.STATED, description: 'How the source ties the figure to the period.' })
  periodBasis: PeriodBasis;

  @Field(() => ExportChannel, { description: 'How the goods left the country.' })
  channel: ExportChannel;

  @Field(() => DecimalScalar, { description: 'Value in US dollars, e.g. `"224000000"`; zero or more.' })
  valueUsd: string;

  @Field(() => FigurePrecision, { description: 'How exact the source says the figure is.' })
  precision: FigurePrecision;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Destination country, when the figure is for one.' })
  destinationCode?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'The craft, when the figure is for one.' })
  craftSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The HS 2022 code the figure was reported under (2, 4 or 6 digits, dots allowed, e.g. `570210` or `9503`), kept as reported; with `craftSlug`, one that the craft is declared under.',
  })
  hsCode?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Province of origin, when the figure is for one.' })
  provinceCode?: string | null;

  @Field(() => SourceInput, { description: 'The report that states the figure.' })
  source: SourceInput;

  @Field(() => String, { nullable: true, description: "The source's own words for the figure." })
  note?: string | null;
}

/** Corrections to a recorded figure. */
@InputType({
  description:
    'Corrections to a recorded figure; omitted fields stay as they are, and `null` clears a destination, craft, HS code, province or note.',
})
export class CorrectExportFigureInput {
  @Field(() => ID, { description: 'The figure to correct.' })
  id: string;

  @Field(() => TradePeriodInput, { nullable: true, description: 'New period.' })
  period?: TradePeriodInput | null;

  @Field(() => PeriodBasis, { nullable: true, description: 'New period basis.' })
  periodBasis?: PeriodBasis | null;

  @Field(() => ExportChannel, { nullable: true, description: 'New channel.' })
  channel?: ExportChannel | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'New value in US dollars.' })
  valueUsd?: string | null;

  @Field(() => FigurePrecision, { nullable: true, description: 'New precision.' })
  precision?: FigurePrecision | null;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'New destination country; null for none.' })
  destinationCode?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'New craft; null for none.' })
  craftSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'New HS code it was reported under; null for none.' })
  hsCode?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'New province of origin; null for none.' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: "New wording of the source's statement; null for none." })
  note?: string | null;
}

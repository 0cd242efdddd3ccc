import { Field, InputType, registerEnumType } from 'type-graphql';

import { DateScalar, NonEmptyStringScalar } from '../../shared/platform/graphql';

/** A dimension that export totals can be broken down by. */
export enum ExportGrouping {
  YEAR = 'YEAR',
  CHANNEL = 'CHANNEL',
  DESTINATION = 'DESTINATION',
  CRAFT = 'CRAFT',
  PROVINCE = 'PROVINCE',
}

registerEnumType(ExportGrouping, {
  name: 'ExportGrouping',
  description: 'A dimension that export totals are broken down by.',
  valuesConfig: {
    YEAR: { description: 'One total per Persian solar year, with year-on-year growth.' },
    CHANNEL: { description: 'One total per channel (customs, suitcase).' },
    DESTINATION: { description: 'One total per destination country; figures without a destination are left out.' },
    CRAFT: { description: 'One total per craft (or HS code shared by several crafts); figures without either are left out.' },
    PROVINCE: { description: 'One total per province of origin; figures without a province are left out.' },
  },
});

/** Names the source whose figures totals should use first. */
@InputType({ description: 'Names one source, as people cite it: its publisher, plus its title or date when the publisher has several.' })
export class ExportSourceSelector {
  @Field(() => NonEmptyStringScalar, { description: 'The publisher, any letter case, e.g. `IRNA`.' })
  publisher: string;

  @Field(() => String, { nullable: true, description: 'Part of the title, any letter case.' })
  titleContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date.' })
  publishedOn?: string | null;
}

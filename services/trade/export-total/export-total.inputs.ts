import { Field, InputType, registerEnumType } from 'type-graphql';

import { DateScalar, NonEmptyStringScalar } from '../../shared/platform/graphql';

/** A dimension that export totals can be broken down by. */
export enum ExportGrouping {
  YEAR = 'YEAR',
  CHANNEL = 'CHANNEL',
  DESTINATION = 'DESTINATION',
  CRAFT = 'CRAFT',
  HS_CODE = 'HS_CODE',
  PROVINCE = 'PROVINCE',
}

registerEnumType(ExportGrouping, {
  name: 'ExportGrouping',
  description: 'A dimension that export totals are broken down by.',
  valuesConfig: {
    YEAR: { description: 'One total per Persian solar year, with year-on-year growth.' },
    CHANNEL: { description: 'One total per channel (customs, suitcase).' },
    DESTINATION: { description: 'One total per destination country; figures without a destination are left out.' },
    CRAFT: {
      description:
        'One total per craft a figure counts towards (reported for the craft, or under a code covering it alone); figures reported only under an HS code broader than any one craft form a group of that code (`hsCode`); figures with neither are left out.',
    },
    HS_CODE: { description: 'One total per HS code the figures were reported under, as reported; figures without a code are left out.' },
    PROVINCE: { description: 'One total per province of origin; figures without a province are left out.' },
  },
});

/** Names the source whose figures totals should use first. */
@InputType({
  description: 'Names one source, as people cite it: its outlet or an agency it credits, plus its title or date when that names several.',
})
export class ExportSourceSelector {
  @Field(() => NonEmptyStringScalar, {
    description:
      'The outlet that published it (`Source.publisher`) or an agency it credits (one of `Source.credits`), any letter case, e.g. `IRNA`. Reports are cited by the agency they quote as often as by their outlet; the four built-in reports name no outlet.',
  })
  publisher: string;

  @Field(() => String, { nullable: true, description: 'Part of the title, any letter case.' })
  titleContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date.' })
  publishedOn?: string | null;
}

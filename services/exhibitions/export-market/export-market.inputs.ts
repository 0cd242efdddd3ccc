import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';

import { CountryCodeScalar } from '../../shared/catalogue';
import { PageArgs } from '../../shared/platform/paging';
import { ExportMarketGroup, ExportMarketPriority } from './export-market.entity';

/** How to order a list of export markets. */
export enum ExportMarketOrder {
  GROUP_ASC = 'GROUP_ASC',
  COUNTRY_CODE_ASC = 'COUNTRY_CODE_ASC',
}

registerEnumType(ExportMarketOrder, {
  name: 'ExportMarketOrder',
  description: 'How to order export market entries.',
  valuesConfig: {
    GROUP_ASC: { description: 'By target group (markets on their own last), then country code (the default).' },
    COUNTRY_CODE_ASC: { description: "By country code, then the country's groups (its entry on its own last)." },
  },
});

/** Which export market entries to list. */
@InputType({ description: 'Which export market entries to list; all given conditions must hold.' })
export class ExportMarketFilter {
  @Field(() => ExportMarketGroup, { nullable: true, description: 'Only the members of this target group.' })
  group?: ExportMarketGroup | null;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Only the entries of this country.' })
  countryCode?: string | null;

  @Field(() => ExportMarketPriority, { nullable: true, description: 'Only markets the sources give this weight.' })
  priority?: ExportMarketPriority | null;
}

/** Paging, filter and order of a list of export markets. */
@ArgsType()
export class ExportMarketListArgs extends PageArgs {
  @Field(() => ExportMarketFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: ExportMarketFilter | null;

  @Field(() => ExportMarketOrder, { defaultValue: ExportMarketOrder.GROUP_ASC, description: 'Order of the items.' })
  orderBy: ExportMarketOrder;
}

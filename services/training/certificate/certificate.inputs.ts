import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';

/** How to order a list of certificates. */
export enum CertificateOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}

registerEnumType(CertificateOrder, {
  name: 'CertificateOrder',
  description: 'How to order certificates: by date of issue, then serial number.',
  valuesConfig: {
    OLDEST_FIRST: { description: 'Earliest issued first (the default).' },
    NEWEST_FIRST: { description: 'Most recently issued first.' },
  },
});

/** Which certificates to list. */
@InputType({ description: 'Which certificates to list; all given conditions must hold.' })
export class CertificateFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Only certificates issued on or after this date.' })
  issuedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only certificates issued on or before this date.' })
  issuedTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration certificates (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of certificates. */
@ArgsType()
export class CertificateListArgs extends PageArgs {
  @Field(() => CertificateFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: CertificateFilter | null;

  @Field(() => CertificateOrder, { defaultValue: CertificateOrder.OLDEST_FIRST, description: 'Order of the items.' })
  orderBy: CertificateOrder;
}

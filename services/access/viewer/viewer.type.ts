import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Role } from '../../shared/platform/auth';
import { Organization } from '../organization/organization.type';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller may do, from the API key it sends.',
  valuesConfig: {
    ANONYMOUS: { description: 'No key: reads public data, writes nothing.' },
    PARTNER: {
      description:
        "A partner organisation's key: public data, plus the enrolments and certificates of its own courses and the exhibitors of its own exhibitions; writes its own courses, enrolments, exam results and exhibitions.",
    },
    ANALYST: { description: 'Reads everything at full detail; writes nothing.' },
    ADMIN: { description: 'Reads and writes everything, including figures, designations, agreements and keys.' },
  },
});

/** The caller, as the gateway knows it from its key. */
@ObjectType({ description: 'Who is calling: the role and organisation of the API key sent, if any.' })
export class Viewer {
  @Field(() => Role, { description: 'What the caller may do; ANONYMOUS without a key.' })
  role: Role;

  @Field(() => Organization, { nullable: true, description: 'The organisation a partner key acts for; null for other roles.' })
  organization: Organization | null;

  @Field(() => String, { nullable: true, description: "The key's name, as given when it was created; null without a key." })
  keyName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The key's public prefix (`hg_…`), which names it in logs and lists; null without a key.",
  })
  keyPrefix: string | null;
}

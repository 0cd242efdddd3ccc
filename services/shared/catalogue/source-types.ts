import { type ClassType, Directive, Field, FieldResolver, ID, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';

import { PublicCacheHint } from '../platform/graphql/cache-hints';
import { Source } from './source.entity';

/** How a report supports what a record holds. */
export enum AttributionBasis {
  STATED = 'STATED',
  REPORTED_SPEECH = 'REPORTED_SPEECH',
  CITED_DATA = 'CITED_DATA',
}

registerEnumType(AttributionBasis, {
  name: 'AttributionBasis',
  description: 'How a report supports a fact: in its own voice, by reporting what someone said, or by citing data.',
  valuesConfig: {
    STATED: { description: 'The report states it in its own voice, crediting no one.' },
    REPORTED_SPEECH: { description: 'The report relays what `speaker` said ("Izadi added that …", "she said …").' },
    CITED_DATA: {
      description:
        'The report gives it as data, "according to" or "compiled by" `speaker` (an office or an organisation, not necessarily a named person).',
    },
  },
});

/** A speaker as the subgraph returns it: the organisation is already the subgraph's `Organization` value. */
export interface SpeakerValue<TOrganization> {
  readonly name: string | null;
  readonly role: string | null;
  readonly organization: TOrganization | null;
}

/** An attribution as the subgraph returns it. */
export interface AttributionValue<TOrganization> {
  readonly source: Source;
  readonly speaker: SpeakerValue<TOrganization> | null;
  readonly basis: AttributionBasis | null;
  readonly quote: string | null;
}

/**
 * Returns one subgraph's GraphQL types for citations: `Source` (an entity
 * keyed by `id`, the same in every subgraph), `SourceFacts` (an entity keyed
 * by `sourceId` to which each subgraph adds the lists of its records that
 * cite the source), `Attribution` and `Speaker` (whose `organization` is the
 * subgraph's own `Organization` type), and the resolver of `Source.facts`.
 * Each subgraph calls it once: the classes differ per subgraph because their
 * fields do, as with `Province`.
 */
export function defineSourceTypes<TOrganization extends object>(organizationType: ClassType<TOrganization>) {
  @Directive('@key(fields: "sourceId")')
  @PublicCacheHint()
  @ObjectType('SourceFacts', {
    description:
      'Every record of the graph that cites one source, by kind: each subgraph lists its own records, so a report found wrong can be traced to everything that rests on it.',
  })
  class SourceFacts {
    @Field(() => ID, { description: 'The id of the source.' })
    sourceId: string;
  }

  @Directive('@key(fields: "id")')
  @PublicCacheHint()
  @ObjectType('Source', {
    description:
      'A citation: the published report a real-world fact comes from. Who published it (`publisher`) is kept apart from the agencies it quotes (`credits`) and from who said what (`attributions` of each record).',
  })
  class SourceType extends Source {}

  @Directive('@shareable')
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType('Speaker', {
    description:
      'Whom a report credits with a statement: a person named in the report with the role it gives them, or an office or organisation the report cites without naming anyone. Only people the reports name are recorded.',
  })
  class Speaker {
    @Field(() => String, {
      nullable: true,
      description: 'The name as the report spells it; null when the report names no one (for example "the Minister").',
    })
    name: string | null;

    @Field(() => String, { nullable: true, description: "The role or office in the report's words; null when it gives none." })
    role: string | null;

    @Field(() => organizationType, {
      nullable: true,
      description: 'The organisation the speaker speaks for; null when the report does not say.',
    })
    organization: TOrganization | null;
  }

  @Directive('@shareable')
  @Directive('@cacheControl(inheritMaxAge: true)')
  @ObjectType('Attribution', {
    description:
      'How one source supports a record: in its own voice, by relaying a speaker, or by citing data, with the words it rests on. A record has one attribution per statement it rests on.',
  })
  class Attribution {
    @Field(() => SourceType, { description: 'The report.' })
    source: SourceType;

    @Field(() => Speaker, {
      nullable: true,
      description: 'Whom the report credits with the statement; null when it states it in its own voice.',
    })
    speaker: Speaker | null;

    @Field(() => AttributionBasis, {
      nullable: true,
      description: 'How the report supports the record; null when whoever recorded it did not say (records entered through the API).',
    })
    basis: AttributionBasis | null;

    @Field(() => String, { nullable: true, description: "The report's words the record rests on, verbatim; null when none were recorded." })
    quote: string | null;
  }

  /** `Source.facts`, which every subgraph resolves alike: the key of the source's `SourceFacts`. */
  @Resolver(() => SourceType)
  class SourceFactsFieldResolver {
    @Directive('@shareable')
    @FieldResolver(() => SourceFacts, { description: 'Every record of the graph that cites this source, by kind.' })
    facts(@Root() source: Source): SourceFacts {
      return Object.assign(new SourceFacts(), { sourceId: source.id });
    }
  }

  return { Source: SourceType, SourceFacts, Speaker, Attribution, SourceFactsFieldResolver };
}

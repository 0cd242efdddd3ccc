import { Field, InputType } from 'type-graphql';

import { defineSourceTypes } from '../../shared/catalogue';
import { DateScalar } from '../../shared/platform/graphql';
import { Organization } from '../organization/organization.type';

/** This subgraph's `Source`, `SourceFacts`, `Attribution` and `Speaker` types (a speaker's organisation is a reference to the training subgraph's). */
const sourceTypes = defineSourceTypes(Organization);

/** A report, as a GraphQL entity keyed by id. */
export const Source = sourceTypes.Source;
export type Source = InstanceType<typeof Source>;
/** The records of this subgraph that cite a source. */
export const SourceFacts = sourceTypes.SourceFacts;
export type SourceFacts = InstanceType<typeof SourceFacts>;
/** How a source supports a record. */
export const Attribution = sourceTypes.Attribution;
/** Resolves `Source.facts`. */
export const SourceFactsFieldResolver = sourceTypes.SourceFactsFieldResolver;

/** Which sources to list. */
@InputType({ description: 'Which sources to list; all given conditions must hold.' })
export class SourceFilter {
  @Field(() => String, { nullable: true, description: 'The outlet that published it (`publisher`), any letter case.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'An agency it credits (one of `credits`), any letter case, e.g. `IRNA`.' })
  credit?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title, any letter case.' })
  titleContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date.' })
  publishedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only synthetic sources (true) or only real ones (false); both when omitted.' })
  isSynthetic?: boolean | null;
}

import { defineSourceTypes } from '../../shared/catalogue';
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

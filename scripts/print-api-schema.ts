import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema } from 'graphql';

/**
 * Returns the client-facing API schema of a supergraph as SDL: what clients of
 * the gateway can query, without federation's `join__` and `link__` machinery
 * or `@inaccessible` elements, with every description. Types and fields are
 * sorted by name so that the file only changes when the API does.
 */
export function printApiSchema(supergraphSdl: string): string {
  const apiSchema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(apiSchema))}\n`;
}

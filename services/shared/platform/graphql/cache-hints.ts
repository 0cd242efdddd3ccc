import { Directive } from 'type-graphql';

/**
 * Definitions of Apollo Server's `@cacheControl` directive, added to every
 * subgraph: Apollo Server computes each response's Cache-Control header from
 * these hints, and the gateway combines the subgraphs' headers into its own,
 * which also says how long its response cache keeps the answer. The enum is
 * `@inaccessible`: it serves the directive, which is the servers' business,
 * so clients never see it in the API schema.
 */
export const CACHE_CONTROL_DEFINITIONS = `
"""Who may reuse a cached response."""
enum CacheControlScope @inaccessible {
  """Any client."""
  PUBLIC
  """Only the client that asked."""
  PRIVATE
}

"""How long a field's or type's value may be served from a cache."""
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/** Seconds that public records which change by editing (courses, agreements, organisations…) may be cached. */
export const PUBLIC_RECORD_MAX_AGE = 60;
/** Seconds that catalogue entries (provinces, crafts, countries), which change only with a release, may be cached. */
export const CATALOGUE_MAX_AGE = 3600;

/** Marks a type or field as public data that a shared cache may keep for `maxAge` seconds. */
export function PublicCacheHint(maxAge: number = PUBLIC_RECORD_MAX_AGE): MethodDecorator & ClassDecorator & PropertyDecorator {
  return Directive(`@cacheControl(maxAge: ${maxAge}, scope: PUBLIC)`);
}

import type DataLoader from 'dataloader';

import type { Source } from './source.entity';

/** What a subgraph's context must offer to resolve sources. */
interface SourceContext {
  readonly loaders: { readonly sourceById: DataLoader<string, Source | null> };
}

/**
 * `__resolveReference` for `Source` (through the request's loader: every
 * subgraph keeps the same sources under the same ids) and for `SourceFacts`
 * (its key alone: each subgraph lists its own records that cite the source).
 */
export const sourceReferenceResolvers = {
  Source: {
    __resolveReference: (reference: Record<string, unknown>, context: SourceContext) =>
      context.loaders.sourceById.load(String(reference.id)),
  },
  SourceFacts: { __resolveReference: (reference: Record<string, unknown>) => ({ sourceId: String(reference.sourceId) }) },
};

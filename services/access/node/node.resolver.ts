import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { BadUserInputError, Cost } from '../../shared/platform/graphql';
import { MAX_PAGE_SIZE } from '../../shared/platform/paging';
import type { AccessContext } from '../context';
import { Node, type NodeReference } from './node.type';

/** `node(id:)` and `nodes(ids:)`: any record by its global id. */
@Resolver()
export class NodeResolver {
  // A point for asking every subgraph that holds records which type the id names.
  @Cost(1)
  @Query(() => Node, {
    nullable: true,
    description:
      "The record with this global id, of whichever type; null when there is none. It answers what the type's own root field answers for the same caller (`artisan(id:)`, `country(code:)`, …): guarded fields stay guarded.",
  })
  node(
    @Arg('id', () => ID, { description: 'A global id, as a `Node`’s `id` gives it.' }) id: string,
    @Ctx() context: AccessContext,
  ): Promise<NodeReference | null> {
    return context.loaders.nodeById.load(id);
  }

  // A point for asking every subgraph that holds records which types the ids name; its size: nodes-list-size.ts.
  @Cost(1)
  @Query(() => [Node], {
    nullable: 'itemsAndList',
    description: `The records with these global ids, in the same order; null at the position of an id that names none. At most ${MAX_PAGE_SIZE} ids.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `Global ids, at most ${MAX_PAGE_SIZE}.` }) ids: string[],
    @Ctx() context: AccessContext,
  ): Promise<Array<NodeReference | null | Error> | null> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new BadUserInputError('ids', `at most ${MAX_PAGE_SIZE} ids, got ${ids.length}.`);
    }
    return context.loaders.nodeById.loadMany(ids);
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { ExhibitionsContext } from '../context';
import { ExhibitionConnection } from '../exhibition/exhibition.connection';
import { ExhibitionListArgs } from '../exhibition/exhibition.inputs';
import { findExhibitionsOf } from '../exhibition/exhibition.service';
import { Artisan } from './artisan.type';

/** The exhibitions each artisan is registered to exhibit at. */
@Resolver(() => Artisan)
export class ArtisanResolver {
  @FieldResolver(() => ExhibitionConnection, {
    nullable: true,
    description:
      'Exhibitions the artisan is registered to exhibit at, by start date. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  exhibitions(@Root() artisan: Artisan, @Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitionsOf(context.loaders.exhibitionPagesByArtisan, artisan.id, args);
  }
}

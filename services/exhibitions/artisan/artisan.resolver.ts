import { Args, Ctx, Directive, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';

import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { ExhibitionConnection } from '../exhibition/exhibition.connection';
import { ExhibitionListArgs } from '../exhibition/exhibition.inputs';
import { artisanParticipation, findExhibitionsOfArtisan } from '../exhibition/exhibition.service';
import { Artisan } from './artisan.type';

/** The exhibitions each artisan is registered to exhibit at, as far as the caller may see them. */
@Resolver(() => Artisan)
export class ArtisanResolver {
  @ConnectionListSize()
  @FieldResolver(() => ExhibitionConnection, {
    nullable: true,
    description:
      'Exhibitions the artisan is registered to exhibit at, by start date. Anyone sees all of them for an artisan listed publicly; for any other, analysts and admins see all of them, a partner key those its organisation organises, and a caller without a key gets null with a FORBIDDEN error. Null when the exhibitions subgraph does not answer (an error with code SUBGRAPH_UNAVAILABLE says so).',
  })
  @Directive('@requires(fields: "listedPublicly")')
  @UseMiddleware(artisanParticipation)
  exhibitions(@Root() artisan: Artisan, @Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitionsOfArtisan(context, artisan, args);
  }
}

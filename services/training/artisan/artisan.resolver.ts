import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { craftsOf, findProvince } from '../../shared/catalogue';
import { runMutation } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import { PageArgs } from '../../shared/platform/paging';
import { Certificate } from '../certificate/certificate.entity';
import type { TrainingContext } from '../context';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Craft } from '../reference/craft.type';
import { Province } from '../reference/province.type';
import { ArtisanConnection } from './artisan.connection';
import { Artisan } from './artisan.entity';
import { ArtisanFilter, CreateArtisanInput, UpdateArtisanInput } from './artisan.inputs';
import { ArtisanPayload } from './artisan.payload';
import { createArtisan, findArtisans, updateArtisan } from './artisan.service';

/** Artisans: lookup, listing, registration and their province, crafts, enrolments and certificates. */
@Resolver(() => Artisan)
export class ArtisanResolver {
  @Query(() => Artisan, { nullable: true, description: 'The artisan with this id; null when there is none.' })
  artisan(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: TrainingContext) {
    return context.loaders.artisanById.load(id);
  }

  @Query(() => ArtisanConnection, { description: 'Artisans, by name.' })
  artisans(
    @Arg('filter', () => ArtisanFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
    filter: ArtisanFilter | null,
    @Args() page: PageArgs,
    @Ctx() context: TrainingContext,
  ) {
    return findArtisans(context, filter, page);
  }

  @FieldResolver(() => Province, { description: 'Province the artisan works in.' })
  province(@Root() artisan: Artisan) {
    return findProvince(artisan.provinceCode);
  }

  @FieldResolver(() => [Craft], { description: 'Crafts the artisan practises.' })
  crafts(@Root() artisan: Artisan) {
    return craftsOf(artisan.craftSlugs);
  }

  @FieldResolver(() => [Enrollment], { description: "The artisan's enrolments in courses, oldest first." })
  enrollments(@Root() artisan: Artisan, @Ctx() context: TrainingContext) {
    return context.loaders.enrollmentsByArtisan.load(artisan.id);
  }

  @FieldResolver(() => [Certificate], { description: 'Certificates the artisan has earned, oldest first.' })
  async certificates(@Root() artisan: Artisan, @Ctx() context: TrainingContext) {
    return loadAll(context.loaders.certificateById, await context.loaders.certificateIdsByArtisan.load(artisan.id));
  }

  @Mutation(() => ArtisanPayload, { description: 'Registers an artisan.' })
  createArtisan(
    @Arg('input', () => CreateArtisanInput, { description: 'What to write.' }) input: CreateArtisanInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ artisan: await createArtisan(context, input) }));
  }

  @Mutation(() => ArtisanPayload, { description: "Changes an artisan's name, province or crafts." })
  updateArtisan(
    @Arg('input', () => UpdateArtisanInput, { description: 'What to write.' }) input: UpdateArtisanInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ artisan: await updateArtisan(context, input) }));
  }
}

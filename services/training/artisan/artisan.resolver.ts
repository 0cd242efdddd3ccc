import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';

import { craftsOf, findProvince } from '../../shared/catalogue';
import { AssumedListSize, GROWING_LIST_SIZE, runMutation } from '../../shared/platform/graphql';
import { ConnectionListSize } from '../../shared/platform/paging';
import { CertificateConnection } from '../certificate/certificate.connection';
import { Certificate } from '../certificate/certificate.entity';
import { CertificateListArgs } from '../certificate/certificate.inputs';
import { certificatesOfArtisan, findCertificatesOfArtisan } from '../certificate/certificate.service';
import type { TrainingContext } from '../context';
import { EnrollmentConnection } from '../enrollment/enrollment.connection';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentListArgs } from '../enrollment/enrollment.inputs';
import { enrollmentsOfArtisan, findEnrollmentsOf } from '../enrollment/enrollment.service';
import { Craft } from '../reference/craft.type';
import { Province } from '../reference/province.type';
import { ArtisanConnection } from './artisan.connection';
import { Artisan } from './artisan.entity';
import { ArtisanListArgs, CreateArtisanInput, UpdateArtisanInput } from './artisan.inputs';
import { ArtisanPayload } from './artisan.payload';
import { artisanPersonalData, artisanTrainingRecord, createArtisan, findArtisans, updateArtisan } from './artisan.service';

/** Said of every personal field of an artisan. */
const PERSONAL = 'Personal: null with a FORBIDDEN error unless the artisan is listed publicly or the caller has the right to it.';

/** Artisans: lookup, listing, registration and their personal fields (name, province, crafts, enrolments, certificates), each guarded. */
@Resolver(() => Artisan)
export class ArtisanResolver {
  @Query(() => Artisan, {
    nullable: true,
    description: 'The artisan with this id; null when there is none. Its personal fields are guarded (see `Artisan`).',
  })
  artisan(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: TrainingContext) {
    return context.loaders.artisanById.load(id);
  }

  @ConnectionListSize()
  @Query(() => ArtisanConnection, {
    nullable: true,
    description:
      'Artisans, by name unless `orderBy` says otherwise: those the caller may see in full (listed publicly; for a partner also those enrolled in its courses; all for analysts and admins).',
  })
  artisans(@Args() args: ArtisanListArgs, @Ctx() context: TrainingContext) {
    return findArtisans(context, args);
  }

  @FieldResolver(() => String, { nullable: true, description: `Full name. ${PERSONAL}` })
  @UseMiddleware(artisanPersonalData)
  name(@Root() artisan: Artisan): string {
    return artisan.name;
  }

  @FieldResolver(() => Province, { nullable: true, description: `Province the artisan works in. ${PERSONAL}` })
  @UseMiddleware(artisanPersonalData)
  province(@Root() artisan: Artisan) {
    return findProvince(artisan.provinceCode);
  }

  @FieldResolver(() => [Craft], { nullable: true, description: `Crafts the artisan practises. ${PERSONAL}` })
  @UseMiddleware(artisanPersonalData)
  crafts(@Root() artisan: Artisan) {
    return craftsOf(artisan.craftSlugs);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `True for generated demonstration data (no real person), false for a registered artisan. ${PERSONAL}`,
  })
  @UseMiddleware(artisanPersonalData)
  isSynthetic(@Root() artisan: Artisan): boolean {
    return artisan.isSynthetic;
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [Enrollment], {
    nullable: true,
    deprecationReason: 'Use `enrollmentsConnection`, which takes `filter`, `orderBy`, `first` and `after`. Removal after 2027-06-01.',
    description:
      "The artisan's enrolments in courses, oldest first, all in one list: all of them for analysts and admins, those in its own courses for a partner; null with a FORBIDDEN error without a key or without the right to the artisan.",
  })
  @UseMiddleware(artisanTrainingRecord)
  enrollments(@Root() artisan: Artisan, @Ctx() context: TrainingContext) {
    return enrollmentsOfArtisan(context, artisan.id);
  }

  @ConnectionListSize()
  @FieldResolver(() => EnrollmentConnection, {
    nullable: true,
    description:
      "The artisan's enrolments in courses, a page at a time, oldest first unless `orderBy` says otherwise: all of them for analysts and admins, those in its own courses for a partner; null with a FORBIDDEN error without a key or without the right to the artisan. Replaces `enrollments`.",
  })
  @UseMiddleware(artisanTrainingRecord)
  enrollmentsConnection(@Root() artisan: Artisan, @Args() args: EnrollmentListArgs, @Ctx() context: TrainingContext) {
    return findEnrollmentsOf(context, 'artisan', artisan.id, args);
  }

  @AssumedListSize(GROWING_LIST_SIZE)
  @FieldResolver(() => [Certificate], {
    nullable: true,
    deprecationReason: 'Use `certificatesConnection`, which takes `filter`, `orderBy`, `first` and `after`. Removal after 2027-06-01.',
    description:
      'Certificates the artisan has earned, oldest first, all in one list: all of them for analysts and admins, those of its own courses for a partner; null with a FORBIDDEN error without a key or without the right to the artisan.',
  })
  @UseMiddleware(artisanTrainingRecord)
  certificates(@Root() artisan: Artisan, @Ctx() context: TrainingContext) {
    return certificatesOfArtisan(context, artisan.id);
  }

  @ConnectionListSize()
  @FieldResolver(() => CertificateConnection, {
    nullable: true,
    description:
      'Certificates the artisan has earned, a page at a time, oldest first unless `orderBy` says otherwise: all of them for analysts and admins, those of its own courses for a partner; null with a FORBIDDEN error without a key or without the right to the artisan. Replaces `certificates`.',
  })
  @UseMiddleware(artisanTrainingRecord)
  certificatesConnection(@Root() artisan: Artisan, @Args() args: CertificateListArgs, @Ctx() context: TrainingContext) {
    return findCertificatesOfArtisan(context, artisan.id, args);
  }

  @Mutation(() => ArtisanPayload, { nullable: true, description: 'Registers an artisan. Admins only.' })
  createArtisan(
    @Arg('input', () => CreateArtisanInput, { description: 'What to write.' }) input: CreateArtisanInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ artisan: await createArtisan(context, input) }));
  }

  @Mutation(() => ArtisanPayload, {
    nullable: true,
    description: "Changes an artisan's name, province, crafts or public listing. Admins only.",
  })
  updateArtisan(
    @Arg('input', () => UpdateArtisanInput, { description: 'What to write.' }) input: UpdateArtisanInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ artisan: await updateArtisan(context, input) }));
  }
}

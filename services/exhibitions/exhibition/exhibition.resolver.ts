import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { type CountryRecord, type CraftRecord, craftsOf, findCountry, provinceOf, type ProvinceRecord } from '../../shared/catalogue';
import { todayInDomainZone } from '../../shared/platform/dates';
import { DateScalar, runMutation } from '../../shared/platform/graphql';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { ExhibitionsContext } from '../context';
import { ExhibitorConnection } from '../exhibitor/exhibitor.connection';
import { ExhibitorListArgs } from '../exhibitor/exhibitor.inputs';
import { findExhibitorsOf, registeredExhibitorCount } from '../exhibitor/exhibitor.service';
import { Organization, organizationReferenceTo } from '../organization/organization.type';
import { Country } from '../reference/country.type';
import { Craft } from '../reference/craft.type';
import { Province } from '../reference/province.type';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { ExhibitionConnection } from './exhibition.connection';
import { Exhibition, ExhibitionStatus } from './exhibition.entity';
import { CancelExhibitionInput, CreateExhibitionInput, ExhibitionListArgs, UpdateExhibitionInput } from './exhibition.inputs';
import { ExhibitionPayload } from './exhibition.payload';
import { cancelExhibition, createExhibition, findExhibitions, updateExhibition } from './exhibition.service';
import { exhibitionStatusOn } from './exhibition-status';

/** Exhibitions: lookup, listing, creation, changes and cancellation, and everything an exhibition links to. */
@Resolver(() => Exhibition)
export class ExhibitionResolver {
  @Query(() => Exhibition, { nullable: true, description: 'The exhibition with this id; null when there is none.' })
  exhibition(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: ExhibitionsContext) {
    return context.loaders.exhibitionById.load(id);
  }

  @ConnectionListSize()
  @Query(() => ExhibitionConnection, { nullable: true, description: 'Exhibitions, by start date unless `orderBy` says otherwise.' })
  exhibitions(@Args() args: ExhibitionListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitions(context, args);
  }

  @FieldResolver(() => Country, { description: 'Country where it is held.' })
  country(@Root() exhibition: Exhibition): CountryRecord | undefined {
    return findCountry(exhibition.countryCode);
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province of Iran it represents; null when it represents no single province.',
  })
  province(@Root() exhibition: Exhibition): ProvinceRecord | null {
    return provinceOf(exhibition.provinceCode);
  }

  @FieldResolver(() => [Craft], { description: 'Crafts shown, in the order the sources list them.' })
  async crafts(@Root() exhibition: Exhibition, @Ctx() context: ExhibitionsContext): Promise<CraftRecord[]> {
    const slugs = await context.loaders.craftSlugsByExhibition.load(exhibition.id);
    return craftsOf(slugs);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation that organises it; null when the sources do not say.',
  })
  organizer(@Root() exhibition: Exhibition): Organization | null {
    return exhibition.organizerId ? organizationReferenceTo(exhibition.organizerId) : null;
  }

  @FieldResolver(() => [Organization], { description: 'Partner organisations.' })
  async partners(@Root() exhibition: Exhibition, @Ctx() context: ExhibitionsContext): Promise<Organization[]> {
    return (await context.loaders.partnerIdsByExhibition.load(exhibition.id)).map(organizationReferenceTo);
  }

  @ConnectionListSize()
  @FieldResolver(() => ExhibitorConnection, {
    description:
      'Artisans registered to exhibit, in the order they were registered unless `orderBy` says otherwise. Lists people, so never cached publicly.',
  })
  exhibitors(@Root() exhibition: Exhibition, @Args() args: ExhibitorListArgs, @Ctx() context: ExhibitionsContext) {
    return findExhibitorsOf(context, exhibition.id, args);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many exhibitors it has: the larger of `reportedExhibitorCount` and the number of artisans registered in `exhibitors`; null when neither is known.',
  })
  async exhibitorCount(@Root() exhibition: Exhibition, @Ctx() context: ExhibitionsContext): Promise<number | null> {
    const registered = await registeredExhibitorCount(context, exhibition.id);
    if (exhibition.reportedExhibitorCount === null && registered === 0) {
      return null;
    }
    return Math.max(exhibition.reportedExhibitorCount ?? 0, registered);
  }

  @FieldResolver(() => ExhibitionStatus, {
    nullable: true,
    description:
      'Where the exhibition stands on a date; null when the sources cannot tell (opening known only within a window that includes the date, or last day unknown). PAST after `endsOn`, or after `endsNoLaterThan` for one a report says was already held.',
  })
  status(
    @Root() exhibition: Exhibition,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The date to ask about; today in Tehran when omitted.' }) on: string | null,
  ): ExhibitionStatus | null {
    return exhibitionStatusOn(exhibition, on ?? todayInDomainZone());
  }

  @FieldResolver(() => [Source], { description: 'Reports the exhibition facts come from.' })
  sources(@Root() exhibition: Exhibition, @Ctx() context: ExhibitionsContext) {
    return sourcesOf(context, context.loaders.attributionsByExhibition.load(exhibition.id));
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the exhibition record rests on, in which report and words.' })
  attributions(@Root() exhibition: Exhibition, @Ctx() context: ExhibitionsContext) {
    return attributionsOf(context, context.loaders.attributionsByExhibition.load(exhibition.id));
  }

  @Mutation(() => ExhibitionPayload, {
    nullable: true,
    description:
      'Creates an exhibition with its crafts and partners; the organiser and partners must be organisations of the graph. Admins, and partners for an exhibition their organisation organises.',
  })
  createExhibition(
    @Arg('input', () => CreateExhibitionInput, { description: 'What to write.' }) input: CreateExhibitionInput,
    @Ctx() context: ExhibitionsContext,
  ) {
    return runMutation(context.loaders, async () => ({ exhibition: await createExhibition(context, input) }));
  }

  @Mutation(() => ExhibitionPayload, {
    nullable: true,
    description:
      "Changes an exhibition that is not cancelled. Admins, and partners for their organisation's exhibitions (keeping it as organiser).",
  })
  updateExhibition(
    @Arg('input', () => UpdateExhibitionInput, { description: 'What to write.' }) input: UpdateExhibitionInput,
    @Ctx() context: ExhibitionsContext,
  ) {
    return runMutation(context.loaders, async () => ({ exhibition: await updateExhibition(context, input) }));
  }

  @Mutation(() => ExhibitionPayload, {
    nullable: true,
    description:
      "Cancels an exhibition that has not ended; it stays listed with status CANCELLED. Admins, and partners for their organisation's exhibitions.",
  })
  cancelExhibition(
    @Arg('input', () => CancelExhibitionInput, { description: 'What to write.' }) input: CancelExhibitionInput,
    @Ctx() context: ExhibitionsContext,
  ) {
    return runMutation(context.loaders, async () => ({ exhibition: await cancelExhibition(context, input) }));
  }
}

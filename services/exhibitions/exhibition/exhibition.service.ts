import { withoutDerivationsOf } from '../../shared/catalogue';
import {
  assertPerformAction,
  guardField,
  mayPerformAction,
  performsOnAll,
  type PolicyAction,
  type Viewer,
} from '../../shared/platform/auth';
import { LinkTable, lockOrRefuse, replaceLinks } from '../../shared/platform/database';
import { todayInDomainZone } from '../../shared/platform/dates';
import { BadUserInputError, checkDateOrder, optionalText, trimmedText } from '../../shared/platform/graphql';
import { isUuid } from '../../shared/platform/ids';
import { ChildPages, type Connection, pageOf } from '../../shared/platform/paging';
import { MutationRefusal } from '../../shared/platform/refusal';
import type { Artisan } from '../artisan/artisan.type';
import type { ExhibitionsContext } from '../context';
import { MutationErrorCode } from '../mutation-error.type';
import { EXHIBITION_ORDERS } from './exhibition.connection';
import { Exhibition, ExhibitionKind } from './exhibition.entity';
import { applyExhibitionConditions, ExhibitionConditions, exhibitionConditions } from './exhibition.filter';
import type { CancelExhibitionInput, CreateExhibitionInput, ExhibitionListArgs, UpdateExhibitionInput } from './exhibition.inputs';

/** The crafts an exhibition shows, in the order the sources list them. */
const EXHIBITION_CRAFTS: LinkTable = {
  table: 'exhibition_craft',
  ownerColumn: 'exhibition_id',
  valueColumn: 'craft_slug',
  valueType: 'text',
  positionColumn: 'position',
};
/** An exhibition's partner organisations, in order. */
const EXHIBITION_PARTNERS: LinkTable = {
  table: 'exhibition_partner',
  ownerColumn: 'exhibition_id',
  valueColumn: 'organization_id',
  valueType: 'uuid',
  positionColumn: 'position',
};

/** Returns a page of exhibitions matching the filter, in the order asked for. */
export async function findExhibitions(context: ExhibitionsContext, args: ExhibitionListArgs): Promise<Connection<Exhibition>> {
  const query = applyExhibitionConditions(
    context.dataSource.getRepository(Exhibition).createQueryBuilder('exhibition'),
    exhibitionConditions(args.filter),
  );
  return pageOf('Query.exhibitions', query, args, EXHIBITION_ORDERS[args.orderBy], context.loaders.exhibitionById);
}

/** Returns a page of the exhibitions of one parent (a province, country, craft, organiser or artisan) from its kind's pages, batched with its siblings. */
export function findExhibitionsOf(
  pages: ChildPages<Exhibition, ExhibitionConditions>,
  parentKey: string,
  args: ExhibitionListArgs,
): Promise<Connection<Exhibition>> {
  return pages.load(parentKey, args, EXHIBITION_ORDERS[args.orderBy], exhibitionConditions(args.filter));
}

/**
 * Guards `Artisan.exhibitions` (`@UseMiddleware(artisanParticipation)`): who
 * exhibits where is personal unless the artisan is listed publicly, so a
 * caller without a key sees it only for artisans listed publicly.
 */
export const artisanParticipation = guardField<Artisan, ExhibitionsContext>(
  (artisan, { viewer }) =>
    mayPerformAction(viewer, 'artisan:read-exhibitions', { listedPublicly: artisan.listedPublicly === true }) ||
    // A partner key sees those its organisation organises: the list keeps to them.
    (viewer.organizationId !== null && mayPerformAction(viewer, 'artisan:read-exhibitions', { organizationIds: [viewer.organizationId] })),
  "This artisan is not listed publicly: the exhibitions they take part in need an analyst's, admin's or partner's key.",
);

/**
 * Returns a page of the exhibitions the artisan is registered at, batched with
 * its siblings: all of them for an artisan listed publicly, and for analysts
 * and admins; otherwise only those the caller's organisation organises.
 */
export function findExhibitionsOfArtisan(
  context: ExhibitionsContext,
  artisan: Artisan,
  args: ExhibitionListArgs,
): Promise<Connection<Exhibition>> {
  const conditions = exhibitionConditions(args.filter);
  const seesAll = mayPerformAction(context.viewer, 'artisan:read-exhibitions', { listedPublicly: artisan.listedPublicly === true });
  // A caller that acts for no organisation is given '' (no organisation), which matches nothing.
  const onlyOrganizedBy = seesAll ? null : (context.viewer.organizationId ?? '');
  return context.loaders.exhibitionPagesByArtisan.load(artisan.id, args, EXHIBITION_ORDERS[args.orderBy], {
    ...conditions,
    onlyOrganizedBy,
  });
}

/**
 * Throws UNAUTHENTICATED or FORBIDDEN unless the policy lets the viewer
 * perform `action` on this exhibition: an admin, or a partner key of its
 * organiser (an exhibition without one is for admins only).
 */
export function requireOrganizerRights(viewer: Viewer, exhibition: Pick<Exhibition, 'organizerId'>, action: PolicyAction): void {
  assertPerformAction(viewer, action, { organizationIds: [exhibition.organizerId] });
}

/**
 * Before asking the training subgraph anything for a write to an existing
 * exhibition, refuses a caller that may not change it (the check is repeated
 * on the locked row); an unknown id is left to the transaction (NOT_FOUND).
 */
export async function refuseEarlyUnlessOrganizer(context: ExhibitionsContext, exhibitionId: string, action: PolicyAction): Promise<void> {
  assertPerformAction(context.viewer, action);
  if (performsOnAll(context.viewer, action) || !isUuid(exhibitionId)) {
    return;
  }
  const exhibition = await context.dataSource.getRepository(Exhibition).findOneBy({ id: exhibitionId });
  if (exhibition) {
    requireOrganizerRights(context.viewer, exhibition, action);
  }
}

/** The date fields of an exhibition, as they are after a create or an update. */
type ExhibitionDates = Pick<Exhibition, 'startsOn' | 'endsOn' | 'startsNoEarlierThan' | 'startsNoLaterThan'>;

/**
 * Throws BAD_USER_INPUT naming the argument unless the dates say when the
 * exhibition opens (a day, or a window, not both), the window and the last
 * day come after their starts, and an exhibition abroad is INTERNATIONAL.
 */
function checkExhibition(dates: ExhibitionDates, kind: ExhibitionKind, countryCode: string): void {
  if (dates.startsOn !== null && (dates.startsNoEarlierThan !== null || dates.startsNoLaterThan !== null)) {
    const argument = dates.startsNoEarlierThan !== null ? 'input.startsNoEarlierThan' : 'input.startsNoLaterThan';
    throw new BadUserInputError(argument, 'give either the opening day (startsOn) or the window it opens in, not both.');
  }
  if (dates.startsOn === null && dates.startsNoEarlierThan === null && dates.startsNoLaterThan === null) {
    throw new BadUserInputError(
      'input.startsOn',
      'give the opening day, or startsNoEarlierThan and/or startsNoLaterThan when it is not known.',
    );
  }
  checkDateOrder('input.startsNoEarlierThan', dates.startsNoEarlierThan, 'input.startsNoLaterThan', dates.startsNoLaterThan);
  if (dates.startsOn !== null) {
    checkDateOrder('input.startsOn', dates.startsOn, 'input.endsOn', dates.endsOn);
  } else {
    checkDateOrder('input.startsNoEarlierThan', dates.startsNoEarlierThan, 'input.endsOn', dates.endsOn);
  }
  if (countryCode !== 'IR' && kind === ExhibitionKind.DOMESTIC) {
    throw new BadUserInputError('input.kind', `an exhibition held outside Iran (${countryCode}) is INTERNATIONAL.`);
  }
}

/** Throws FORBIDDEN unless the viewer may name these organisations as an exhibition's partners (`organization:name`: a partner key its own only). */
function assertNamesPartners(viewer: Viewer, partnerIds: readonly string[] | null | undefined): void {
  if (partnerIds && partnerIds.length > 0) {
    assertPerformAction(viewer, 'organization:name', { organizationIds: partnerIds });
  }
}

/**
 * Refuses with NOT_FOUND, naming the input field, unless the training
 * subgraph knows every organisation named; one request for all of them.
 */
async function requireOrganizations(
  context: ExhibitionsContext,
  organizerId: string | null | undefined,
  partnerIds: readonly string[] | null | undefined,
): Promise<void> {
  const named = [
    ...(organizerId ? [{ id: organizerId, field: 'organizerId' }] : []),
    ...(partnerIds ?? []).map((id) => ({ id, field: 'partnerIds' })),
  ];
  const missing = await context.training.findMissing(
    [...new Set(named.map(({ id }) => id))].map((id) => ({ __typename: 'Organization', id })),
  );
  const first = named.find(({ id }) => missing.some((reference) => reference.id === id));
  if (first) {
    throw new MutationRefusal(MutationErrorCode.NOT_FOUND, `No organisation has id ${first.id}.`, first.field);
  }
}

/**
 * Saves a new exhibition with its crafts and partners in one transaction,
 * after checking its organisations with the training subgraph, and returns
 * it; admins, and partners for an exhibition their organisation organises.
 */
export async function createExhibition(context: ExhibitionsContext, input: CreateExhibitionInput): Promise<Exhibition> {
  assertPerformAction(context.viewer, 'exhibition:create', { organizationIds: [input.organizerId ?? null] });
  assertNamesPartners(context.viewer, input.partnerIds);
  const name = trimmedText('input.name', input.name);
  const dates: ExhibitionDates = {
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    startsNoEarlierThan: input.startsNoEarlierThan ?? null,
    startsNoLaterThan: input.startsNoLaterThan ?? null,
  };
  checkExhibition(dates, input.kind, input.countryCode);
  await requireOrganizations(context, input.organizerId, input.partnerIds);
  return context.dataSource.transaction(async (manager) => {
    const exhibition = await manager.save(
      manager.create(Exhibition, {
        ...dates,
        name,
        description: optionalText(input.description),
        kind: input.kind,
        countryCode: input.countryCode,
        region: optionalText(input.region),
        city: optionalText(input.city),
        datesAsReported: optionalText(input.datesAsReported),
        provinceCode: input.provinceCode ?? null,
        organizerId: input.organizerId ?? null,
        reportedExhibitorCount: input.reportedExhibitorCount ?? null,
        endsNoLaterThan: null,
        derivations: [],
      }),
    );
    await replaceLinks(manager, EXHIBITION_CRAFTS, exhibition.id, input.craftSlugs);
    await replaceLinks(manager, EXHIBITION_PARTNERS, exhibition.id, input.partnerIds);
    return exhibition;
  });
}

/**
 * Applies the given changes to an exhibition in one transaction and returns
 * it; admins, and partners for their organisation's exhibitions (which they
 * may not hand to another organiser). Refuses an unknown or cancelled
 * exhibition and unknown organisations.
 */
export async function updateExhibition(context: ExhibitionsContext, input: UpdateExhibitionInput): Promise<Exhibition> {
  await refuseEarlyUnlessOrganizer(context, input.id, 'exhibition:update');
  if (input.organizerId !== undefined) {
    assertPerformAction(context.viewer, 'organization:name', { organizationIds: [input.organizerId] });
  }
  assertNamesPartners(context.viewer, input.partnerIds);
  const name = input.name === undefined || input.name === null ? null : trimmedText('input.name', input.name);
  if (input.organizerId || input.partnerIds) {
    await requireOrganizations(context, input.organizerId, input.partnerIds);
  }
  return context.dataSource.transaction(async (manager) => {
    const exhibition = await lockOrRefuse(manager, Exhibition, input.id, { label: 'exhibition', field: 'id' });
    requireOrganizerRights(context.viewer, exhibition, 'exhibition:update');
    refuseIfCancelled(exhibition, 'id');
    if (name !== null) {
      exhibition.name = name;
    }
    if (input.kind) {
      exhibition.kind = input.kind;
    }
    if (input.countryCode) {
      exhibition.countryCode = input.countryCode;
    }
    const setOptionalText = (field: 'description' | 'region' | 'city' | 'datesAsReported') => {
      if (input[field] !== undefined) {
        exhibition[field] = optionalText(input[field]);
      }
    };
    (['description', 'region', 'city', 'datesAsReported'] as const).forEach(setOptionalText);
    const givesWindow = input.startsNoEarlierThan !== undefined || input.startsNoLaterThan !== undefined;
    if (input.startsOn !== undefined) {
      exhibition.startsOn = input.startsOn;
      if (input.startsOn !== null && !givesWindow) {
        // The opening day is now known: the window it was known by no longer applies.
        exhibition.startsNoEarlierThan = null;
        exhibition.startsNoLaterThan = null;
      }
    }
    if (input.startsNoEarlierThan !== undefined) {
      exhibition.startsNoEarlierThan = input.startsNoEarlierThan;
    }
    if (input.startsNoLaterThan !== undefined) {
      exhibition.startsNoLaterThan = input.startsNoLaterThan;
    }
    if (input.endsOn !== undefined) {
      exhibition.endsOn = input.endsOn;
    }
    // A bound on the last day that the new dates contradict (or that a known last day replaces) no longer applies.
    const bound = exhibition.endsNoLaterThan;
    const earliestEnd = [exhibition.startsOn, exhibition.startsNoEarlierThan, exhibition.startsNoLaterThan].filter((day) => day !== null);
    if (bound !== null && (exhibition.endsOn !== null || earliestEnd.some((day) => (day as string) > bound))) {
      exhibition.endsNoLaterThan = null;
    }
    checkExhibition(exhibition, exhibition.kind, exhibition.countryCode);
    if (input.provinceCode !== undefined) {
      exhibition.provinceCode = input.provinceCode;
    }
    if (input.organizerId !== undefined) {
      exhibition.organizerId = input.organizerId;
    }
    if (input.reportedExhibitorCount !== undefined) {
      exhibition.reportedExhibitorCount = input.reportedExhibitorCount;
    }
    if (input.craftSlugs) {
      await replaceLinks(manager, EXHIBITION_CRAFTS, exhibition.id, input.craftSlugs);
    }
    if (input.partnerIds) {
      await replaceLinks(manager, EXHIBITION_PARTNERS, exhibition.id, input.partnerIds);
    }
    // A value just written is the writer's, not a derivation from the reports.
    const fieldNames: Record<string, string> = {
      organizerId: 'organizer',
      partnerIds: 'partners',
      craftSlugs: 'crafts',
      provinceCode: 'province',
      countryCode: 'country',
    };
    const changed = Object.keys(input).filter((field) => field !== 'id' && input[field as keyof UpdateExhibitionInput] !== undefined);
    exhibition.derivations = withoutDerivationsOf(exhibition.derivations, [
      ...changed.map((field) => fieldNames[field] ?? field),
      ...(exhibition.endsNoLaterThan === null ? ['endsNoLaterThan'] : []),
    ]);
    return manager.save(exhibition);
  });
}

/**
 * Cancels an exhibition from today and returns it; admins, and partners for
 * their organisation's exhibitions. Refuses an unknown, already cancelled or
 * ended exhibition.
 */
export async function cancelExhibition(context: ExhibitionsContext, input: CancelExhibitionInput): Promise<Exhibition> {
  assertPerformAction(context.viewer, 'exhibition:cancel');
  return context.dataSource.transaction(async (manager) => {
    const exhibition = await lockOrRefuse(manager, Exhibition, input.id, { label: 'exhibition', field: 'id' });
    requireOrganizerRights(context.viewer, exhibition, 'exhibition:cancel');
    refuseIfCancelled(exhibition, 'id');
    const today = todayInDomainZone();
    refuseIfEnded(exhibition, today, 'id');
    exhibition.cancelledOn = today;
    exhibition.cancellationReason = optionalText(input.reason);
    return manager.save(exhibition);
  });
}

/** Refuses with EXHIBITION_CANCELLED, naming `field`, when the exhibition has been cancelled. */
export function refuseIfCancelled(exhibition: Exhibition, field: string): void {
  if (exhibition.cancelledOn !== null) {
    throw new MutationRefusal(MutationErrorCode.EXHIBITION_CANCELLED, `The exhibition was cancelled on ${exhibition.cancelledOn}.`, field);
  }
}

/** Refuses with EXHIBITION_ENDED, naming `field`, when the exhibition's last day (or the latest day it can have ended) is before `today`. */
export function refuseIfEnded(exhibition: Exhibition, today: string, field: string): void {
  const lastDay = exhibition.endsOn ?? exhibition.endsNoLaterThan;
  if (lastDay !== null && lastDay < today) {
    throw new MutationRefusal(
      MutationErrorCode.EXHIBITION_ENDED,
      `The exhibition ended ${exhibition.endsOn ? 'on' : 'by'} ${lastDay}.`,
      field,
    );
  }
}

import { assertPerformAction, guardField, mayEverPerformAction, mayPerformAction } from '../../shared/platform/auth';
import { lockOrRefuse } from '../../shared/platform/database';
import { trimmedText } from '../../shared/platform/graphql';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { ARTISAN_ORDERS } from './artisan.connection';
import { Artisan } from './artisan.entity';
import { applyArtisanConditions, artisanConditions } from './artisan.filter';
import type { ArtisanListArgs, CreateArtisanInput, UpdateArtisanInput } from './artisan.inputs';

/**
 * Returns a page of the artisans matching the filter that the caller may see
 * in full (see `mayReadArtisan`), in the order asked for: the others are left
 * out rather than listed with errors.
 */
export async function findArtisans(context: TrainingContext, args: ArtisanListArgs): Promise<Connection<Artisan>> {
  const query = applyArtisanConditions(
    context.dataSource.getRepository(Artisan).createQueryBuilder('artisan'),
    artisanConditions(args.filter, context.viewer),
  );
  return pageOf('Query.artisans', query, args, ARTISAN_ORDERS[args.orderBy], context.loaders.artisanById);
}

/** Returns a page of a province's artisans, as `findArtisans` lists them, batched with the other provinces of the request. */
export function findArtisansOfProvince(
  context: TrainingContext,
  provinceCode: string,
  args: ArtisanListArgs,
): Promise<Connection<Artisan>> {
  return context.loaders.artisanPagesByProvince.load(
    provinceCode,
    args,
    ARTISAN_ORDERS[args.orderBy],
    artisanConditions(args.filter, context.viewer),
  );
}

/**
 * Returns whether the policy lets the caller perform an action on the
 * artisan (`artisan:read-personal`, `artisan:read-training-record`): the
 * artisan's listing, and for a partner key whether the artisan is enrolled,
 * not withdrawn, in one of its organisation's courses (batched for all
 * artisans of the request).
 */
async function mayPerformOnArtisan(
  context: TrainingContext,
  action: 'artisan:read-personal' | 'artisan:read-training-record',
  artisan: Pick<Artisan, 'id' | 'listedPublicly'>,
): Promise<boolean> {
  const { viewer } = context;
  const resource = { listedPublicly: artisan.listedPublicly };
  if (mayPerformAction(viewer, action, resource)) {
    return true;
  }
  if (!viewer.organizationId || !mayEverPerformAction(viewer, action)) {
    return false;
  }
  const related = await context.loaders.artisanEnrolledWithOrganization.load({
    artisanId: artisan.id,
    organizationId: viewer.organizationId,
  });
  return mayPerformAction(viewer, action, { ...resource, related });
}

/** Returns whether the caller may read the artisan's personal data (`artisan:read-personal`, see `mayPerformOnArtisan`). */
export function mayReadArtisan(artisan: Artisan, context: TrainingContext): Promise<boolean> {
  return mayPerformOnArtisan(context, 'artisan:read-personal', artisan);
}

/** Guards an artisan's personal fields (`@UseMiddleware(artisanPersonalData)`): see `mayReadArtisan`. */
export const artisanPersonalData = guardField<Artisan, TrainingContext>(
  mayReadArtisan,
  "This artisan is not listed publicly: their personal data needs an analyst's or admin's key, or the partner key of an organisation whose course they are enrolled in.",
);

/**
 * Guards an artisan's training record (enrolments, certificates):
 * `artisan:read-training-record`, which needs a key whether or not the
 * artisan is listed publicly. Which entries a partner sees is then up to the
 * enrolment and certificate services.
 */
export const artisanTrainingRecord = guardField<Artisan, TrainingContext>(
  (artisan, context) => mayPerformOnArtisan(context, 'artisan:read-training-record', artisan),
  "An artisan's enrolments and certificates need an analyst's or admin's key, or the partner key of an organisation whose course they are enrolled in.",
);

/** Saves a new artisan and returns it; admins only. */
export async function createArtisan(context: TrainingContext, input: CreateArtisanInput): Promise<Artisan> {
  assertPerformAction(context.viewer, 'artisan:create');
  const repository = context.dataSource.getRepository(Artisan);
  return repository.save(
    repository.create({
      name: trimmedText('input.name', input.name),
      provinceCode: input.provinceCode,
      craftSlugs: [...new Set(input.craftSlugs)],
      listedPublicly: input.listedPublicly,
    }),
  );
}

/**
 * Applies the given changes to an artisan in one transaction and returns it;
 * admins only. Refuses with NOT_FOUND for an unknown id. The row is locked
 * first, so that simultaneous updates of one artisan each keep the fields
 * they change.
 */
export async function updateArtisan(context: TrainingContext, input: UpdateArtisanInput): Promise<Artisan> {
  assertPerformAction(context.viewer, 'artisan:update');
  return context.dataSource.transaction(async (manager) => {
    const artisan = await lockOrRefuse(manager, Artisan, input.id, { label: 'artisan', field: 'id' });
    if (input.name !== undefined && input.name !== null) {
      artisan.name = trimmedText('input.name', input.name);
    }
    if (input.provinceCode) {
      artisan.provinceCode = input.provinceCode;
    }
    if (input.craftSlugs) {
      artisan.craftSlugs = [...new Set(input.craftSlugs)];
    }
    if (input.listedPublicly !== undefined && input.listedPublicly !== null) {
      artisan.listedPublicly = input.listedPublicly;
    }
    return manager.getRepository(Artisan).save(artisan);
  });
}

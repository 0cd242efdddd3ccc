import { applyFilter, lockOrRefuse } from '../../shared/platform/database';
import { trimmedText } from '../../shared/platform/graphql';
import { type Connection, PageArgs, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { ARTISAN_ORDER } from './artisan.connection';
import { Artisan } from './artisan.entity';
import type { ArtisanFilter, CreateArtisanInput, UpdateArtisanInput } from './artisan.inputs';

/** Returns a page of artisans matching `filter`, by name. */
export async function findArtisans(
  context: TrainingContext,
  filter: ArtisanFilter | null | undefined,
  page: PageArgs,
): Promise<Connection<Artisan>> {
  const query = applyFilter(context.dataSource.getRepository(Artisan).createQueryBuilder('artisan'), filter, {
    search: { search: ['artisan.name'] },
    provinceCode: { equals: 'artisan.province_code' },
    craftSlug: { arrayHas: 'artisan.craft_slugs' },
  });
  return pageOf(query, page, ARTISAN_ORDER, context.loaders.artisanById);
}

/** Saves a new artisan and returns it. */
export async function createArtisan(context: TrainingContext, input: CreateArtisanInput): Promise<Artisan> {
  const repository = context.dataSource.getRepository(Artisan);
  return repository.save(
    repository.create({
      name: trimmedText('input.name', input.name),
      provinceCode: input.provinceCode,
      craftSlugs: [...new Set(input.craftSlugs)],
    }),
  );
}

/**
 * Applies the given changes to an artisan in one transaction and returns it;
 * refuses with NOT_FOUND for an unknown id. The row is locked first, so that
 * simultaneous updates of one artisan each keep the fields they change.
 */
export async function updateArtisan(context: TrainingContext, input: UpdateArtisanInput): Promise<Artisan> {
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
    return manager.getRepository(Artisan).save(artisan);
  });
}

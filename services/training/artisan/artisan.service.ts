import { applyFilter } from '../../shared/platform/database';
import { trimmedText } from '../../shared/platform/graphql';
import { isUuid } from '../../shared/platform/ids';
import { type Connection, PageArgs, pageOf } from '../../shared/platform/paging';
import { MutationRefusal } from '../../shared/platform/refusal';
import type { TrainingContext } from '../context';
import { MutationErrorCode } from '../mutation-error.type';
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

/** Applies the given changes to an artisan and returns it; refuses with NOT_FOUND for an unknown id. */
export async function updateArtisan(context: TrainingContext, input: UpdateArtisanInput): Promise<Artisan> {
  const repository = context.dataSource.getRepository(Artisan);
  const artisan = isUuid(input.id) ? await repository.findOneBy({ id: input.id }) : null;
  if (!artisan) {
    throw new MutationRefusal(MutationErrorCode.NOT_FOUND, `No artisan has id ${input.id}.`, 'id');
  }
  if (input.name !== undefined && input.name !== null) {
    artisan.name = trimmedText('input.name', input.name);
  }
  if (input.provinceCode) {
    artisan.provinceCode = input.provinceCode;
  }
  if (input.craftSlugs) {
    artisan.craftSlugs = [...new Set(input.craftSlugs)];
  }
  return repository.save(artisan);
}

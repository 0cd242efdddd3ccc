import type { EntityManager } from 'typeorm';

import { CRAFTS, PROVINCES } from '../../shared/catalogue';
import { addDays } from '../../shared/platform/dates';
import { deterministicUuid, insertRows, SeededRandom } from '../../shared/platform/synthetic';

/** How much synthetic exhibitions data to have, and how many synthetic artisans the training subgraph has to draw exhibitors from. */
export interface SyntheticExhibitionsSize {
  readonly exhibitions: number;
  readonly artisans: number;
}

/** How many rows of each kind a seeding run inserted (rows already there are kept and not counted). */
export type SyntheticExhibitionsCounts = Record<'exhibitions' | 'exhibitors', number>;

/** Countries synthetic exhibitions are held in; Iran most often. */
const HOST_COUNTRIES = ['IR', 'IR', 'IR', 'IQ', 'IT', 'TR', 'AE', 'RU', 'KZ', 'QA', 'OM', 'DE'];
/** The training seeder's synthetic providers (`organization:0` … `organization:4`) organise the synthetic exhibitions. */
const SYNTHETIC_ORGANIZER_COUNT = 5;
const MAX_EXHIBITORS = 20;

/**
 * Adds deterministic synthetic exhibitions, every one marked `is_synthetic`
 * and named "Synthetic exhibition …" so that no one mistakes it for a fact,
 * with crafts, an organiser among the training seeder's synthetic providers,
 * and up to 20 exhibitors drawn from the training seeder's synthetic artisans
 * (ids `artisan:0` … `artisan:<artisans - 1>`). Ids and random choices derive
 * from positions and sizes alone, so running it again with the same sizes
 * adds nothing. Runs inside the caller's transaction.
 */
export async function seedSyntheticExhibitions(
  manager: EntityManager,
  size: SyntheticExhibitionsSize,
): Promise<SyntheticExhibitionsCounts> {
  for (const [name, value] of Object.entries(size)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`The number of synthetic ${name} must be a whole number, got ${value}.`);
    }
  }
  const exhibitions = Array.from({ length: size.exhibitions }, (_, index) => {
    const random = new SeededRandom(`exhibition:${index}`);
    const countryCode = random.pick(HOST_COUNTRIES);
    const startsOn = addDays('2024-01-06', random.integer(0, 4 * 365));
    const crafts = random.sample(CRAFTS, random.integer(1, 4));
    const exhibitorIndexes = new Set<number>();
    const wanted = Math.min(size.artisans, random.integer(0, MAX_EXHIBITORS));
    while (exhibitorIndexes.size < wanted) {
      exhibitorIndexes.add(random.integer(0, size.artisans - 1));
    }
    return {
      id: deterministicUuid(`exhibition:${index}`),
      name: `Synthetic exhibition ${String(index + 1).padStart(6, '0')}: ${crafts[0].name}`,
      kind: countryCode === 'IR' && random.next() < 0.7 ? 'DOMESTIC' : 'INTERNATIONAL',
      countryCode,
      city: `Synthetic city ${String((index % 40) + 1).padStart(2, '0')}`,
      startsOn,
      endsOn: addDays(startsOn, random.integer(2, 10)),
      provinceCode: random.next() < 0.8 ? random.pick(PROVINCES).code : null,
      organizerId: deterministicUuid(`organization:${index % SYNTHETIC_ORGANIZER_COUNT}`),
      crafts,
      artisanIds: [...exhibitorIndexes].map((artisanIndex) => deterministicUuid(`artisan:${artisanIndex}`)),
    };
  });

  const insertedExhibitions = await insertRows(
    manager,
    'exhibition',
    {
      id: 'uuid',
      name: 'text',
      kind: 'text',
      country_code: 'text',
      city: 'text',
      starts_on: 'date',
      ends_on: 'date',
      province_code: 'text',
      organizer_id: 'uuid',
      is_synthetic: 'bool',
    },
    exhibitions.map((exhibition) => [
      exhibition.id,
      exhibition.name,
      exhibition.kind,
      exhibition.countryCode,
      exhibition.city,
      exhibition.startsOn,
      exhibition.endsOn,
      exhibition.provinceCode,
      exhibition.organizerId,
      true,
    ]),
  );
  await insertRows(
    manager,
    'exhibition_craft',
    { exhibition_id: 'uuid', craft_slug: 'text', position: 'int' },
    exhibitions.flatMap((exhibition) => exhibition.crafts.map((craft, position) => [exhibition.id, craft.slug, position])),
  );
  const insertedExhibitors = await insertRows(
    manager,
    'exhibitor',
    { exhibition_id: 'uuid', artisan_id: 'uuid', registered_at: 'timestamptz' },
    exhibitions.flatMap((exhibition) =>
      exhibition.artisanIds.map((artisanId, position) => [
        exhibition.id,
        artisanId,
        `${addDays(exhibition.startsOn, -30)}T08:00:${String(position).padStart(2, '0')}Z`,
      ]),
    ),
  );
  return { exhibitions: insertedExhibitions, exhibitors: insertedExhibitors };
}

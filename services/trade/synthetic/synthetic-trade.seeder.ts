import type { EntityManager } from 'typeorm';

import { CRAFTS, PROVINCES } from '../../shared/catalogue';
import { FigureStaging } from '../import/staged-figures';
import { solarYearRange } from '../period/persian-calendar';

/** How much synthetic trade data to have. */
export interface SyntheticTradeSize {
  readonly figures: number;
}

/** How many rows of each kind a seeding run inserted (rows already there are kept and not counted). */
export type SyntheticTradeCounts = Record<'figures' | 'sources', number>;

/** Synthetic figures are for these solar years, well before the real figures of the reports (1403). */
const FIRST_YEAR = 1370;
const YEARS = 30;
const CHANNELS = ['CUSTOMS', 'SUITCASE'] as const;
/** Destinations of synthetic exports: neighbours, the Persian Gulf and Caspian states, and distant markets. */
const DESTINATIONS = [
  'IQ',
  'AE',
  'TR',
  'AZ',
  'RU',
  'KZ',
  'TM',
  'QA',
  'OM',
  'KW',
  'BH',
  'SA',
  'AM',
  'AF',
  'PK',
  'IN',
  'CN',
  'DE',
  'IT',
  'FR',
  'GB',
  'US',
  'CA',
  'AU',
  'JP',
  'KR',
  'ES',
  'NL',
  'BE',
  'AT',
  'CH',
  'SE',
  'MY',
  'ID',
  'GE',
  'UZ',
  'TJ',
  'KG',
  'LB',
  'SY',
] as const;
/** Distinct quantities (year × channel × destination × craft × province): each source states each at most once. */
const QUANTITIES = YEARS * CHANNELS.length * DESTINATIONS.length * CRAFTS.length * PROVINCES.length;
/** Steps through the quantities in an order that mixes every dimension even for small sizes; coprime with QUANTITIES. */
const STRIDE = 611_953;
const PRECISION_BY_SOURCE = ['EXACT', 'APPROXIMATE', 'ESTIMATED'] as const;

/** The quantity a synthetic figure measures, and which synthetic source (from 0) states it. */
export interface SyntheticFigureQuantity {
  readonly solarYear: number;
  readonly channel: (typeof CHANNELS)[number];
  readonly destinationCode: string;
  readonly craftSlug: string;
  readonly provinceCode: string;
  readonly sourceNumber: number;
}

/**
 * Returns the quantity that synthetic figure `index` measures: quantity
 * `index × STRIDE mod QUANTITIES` read as province, craft, destination,
 * channel and year, stated by source `⌊index / QUANTITIES⌋`. The seeder and the
 * benchmark's generated CSV files both use it.
 */
export function syntheticFigureQuantity(index: number): SyntheticFigureQuantity {
  let quantity = (index * STRIDE) % QUANTITIES;
  const pick = <T>(items: readonly T[]): T => {
    const item = items[quantity % items.length];
    quantity = Math.floor(quantity / items.length);
    return item;
  };
  const provinceCode = pick(PROVINCES).code;
  const craftSlug = pick(CRAFTS).slug;
  const destinationCode = pick(DESTINATIONS);
  const channel = pick(CHANNELS);
  return {
    provinceCode,
    craftSlug,
    destinationCode,
    channel,
    solarYear: FIRST_YEAR + (quantity % YEARS),
    sourceNumber: Math.floor(index / QUANTITIES),
  };
}

/**
 * Adds deterministic synthetic export figures, every one marked `is_synthetic`
 * and cited to a source titled "Synthetic …": figure `i` measures quantity
 * `i × STRIDE mod QUANTITIES` (a solar year from 1370 to 1399, a channel, a
 * destination, a craft and a province) and is stated by synthetic source
 * `⌊i / QUANTITIES⌋`, so that beyond 892,800 figures sources start to
 * disagree (with lower precision, so the first source stays preferred). Every
 * value derives from `i` alone, and a source has one figure per quantity:
 * running it again adds nothing, and a larger size adds only the new figures.
 * Written through COPY inside the caller's transaction.
 */
export async function seedSyntheticTrade(manager: EntityManager, size: SyntheticTradeSize): Promise<SyntheticTradeCounts> {
  if (!Number.isInteger(size.figures) || size.figures < 0) {
    throw new Error(`The number of synthetic export figures must be a whole number, got ${size.figures}.`);
  }
  const yearRanges = new Map(Array.from({ length: YEARS }, (_, offset) => [FIRST_YEAR + offset, solarYearRange(FIRST_YEAR + offset)]));
  const staging = await FigureStaging.open(manager);
  for (let index = 0; index < size.figures; index += 1) {
    const { solarYear, channel, destinationCode, craftSlug, provinceCode, sourceNumber } = syntheticFigureQuantity(index);
    const period = yearRanges.get(solarYear)!;
    await staging.add({
      row: index,
      periodStartsOn: period.startsOn,
      periodEndsOn: period.endsOn,
      solarYear,
      periodBasis: 'STATED',
      channel,
      valueUsd: syntheticValue(index),
      precision: PRECISION_BY_SOURCE[Math.min(sourceNumber, PRECISION_BY_SOURCE.length - 1)],
      destinationCode,
      craftSlug,
      hsCode: null,
      provinceCode,
      sourceTitle: `Synthetic trade figures, source ${sourceNumber + 1} (generated for load tests, not facts)`,
      sourcePublisher: 'Synthetic',
      sourcePublishedOn: null,
      sourceUrl: null,
      note: null,
      isSynthetic: true,
    });
  }
  await staging.close();
  const written = await staging.write();
  return { figures: written.figuresAdded, sources: written.sourcesAdded };
}

/** Returns a value from $100.00 to $1,000,099.99 derived from `index` alone (an integer hash, no floating point in the amount). */
function syntheticValue(index: number): string {
  let hash = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  hash = (hash ^ (hash >>> 16)) >>> 0;
  const cents = 10_000 + (hash % 100_000_000);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

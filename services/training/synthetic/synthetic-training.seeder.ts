import type { EntityManager } from 'typeorm';

import { CRAFTS, PROVINCES } from '../../shared/catalogue';
import { addDays, todayInDomainZone } from '../../shared/platform/dates';
import { deterministicUuid, insertRows, SeededRandom } from '../../shared/platform/synthetic';

/** How much synthetic training data to have. */
export interface SyntheticTrainingSize {
  readonly artisans: number;
}

/** How many rows of each kind a seeding run inserted (rows already there are kept and not counted). */
export type SyntheticTrainingCounts = Record<
  'organizations' | 'instructors' | 'competencyStandards' | 'courses' | 'artisans' | 'enrollments' | 'certificates',
  number
>;

const PROVIDER_COUNT = 5;
/** Artisans per course; artisans of block b enrol only in courses b, b+1 and b+2, so a course never has more than three blocks. */
const ARTISANS_PER_COURSE = 20;
const COURSE_CAPACITY = 3 * ARTISANS_PER_COURSE;

/**
 * Adds deterministic synthetic training data, every row marked `is_synthetic`
 * and named "Synthetic …" so that no one mistakes it for a fact: providers,
 * instructors, competency standards, courses (one per 20 artisans, at least
 * 10), artisans (every other one listed publicly, from the first), enrolments
 * with exam results for courses ended by today, and the certificates of
 * passed exams. Every record's id and random choices derive
 * from its position alone, so running it again adds nothing, and running it
 * with a larger size adds only the new records. Runs inside the caller's
 * transaction.
 */
export async function seedSyntheticTraining(manager: EntityManager, size: SyntheticTrainingSize): Promise<SyntheticTrainingCounts> {
  if (!Number.isInteger(size.artisans) || size.artisans < 0) {
    throw new Error(`The number of synthetic artisans must be a whole number, got ${size.artisans}.`);
  }
  const today = todayInDomainZone();
  const counts: SyntheticTrainingCounts = {
    organizations: 0,
    instructors: 0,
    competencyStandards: 0,
    courses: 0,
    artisans: 0,
    enrollments: 0,
    certificates: 0,
  };
  const insert = async (key: keyof SyntheticTrainingCounts, table: string, columns: Record<string, string>, rows: unknown[][]) => {
    counts[key] += await insertRows(manager, table, columns, rows);
  };

  const providerIds = Array.from({ length: PROVIDER_COUNT }, (_, index) => deterministicUuid(`organization:${index}`));
  await insert(
    'organizations',
    'organization',
    { id: 'uuid', name: 'text', kind: 'text', country_code: 'text', is_synthetic: 'bool' },
    providerIds.map((id, index) => [
      id,
      `Synthetic training provider ${String(index + 1).padStart(2, '0')}`,
      'TRAINING_CENTRE',
      'IR',
      true,
    ]),
  );

  const standardIds = CRAFTS.map((craft) => deterministicUuid(`competency-standard:${craft.slug}`));
  await insert(
    'competencyStandards',
    'competency_standard',
    { id: 'uuid', code: 'text', title: 'text', craft_slugs: 'text[]', developed_by_id: 'uuid', is_synthetic: 'bool' },
    CRAFTS.map((craft, index) => [
      standardIds[index],
      `SYN-${craft.slug.toUpperCase()}-01`,
      `Synthetic competency standard: ${craft.name}`,
      `{${craft.slug}}`,
      providerIds[index % PROVIDER_COUNT],
      true,
    ]),
  );

  const instructorCount = Math.max(5, Math.ceil(size.artisans / 50));
  const instructorIds = Array.from({ length: instructorCount }, (_, index) => deterministicUuid(`instructor:${index}`));
  await insert(
    'instructors',
    'instructor',
    { id: 'uuid', name: 'text', affiliation_id: 'uuid', craft_slugs: 'text[]', is_synthetic: 'bool' },
    instructorIds.map((id, index) => [
      id,
      `Synthetic instructor ${String(index + 1).padStart(4, '0')}`,
      providerIds[index % PROVIDER_COUNT],
      `{${CRAFTS[index % CRAFTS.length].slug}}`,
      true,
    ]),
  );

  const courseCount = Math.max(10, Math.ceil(size.artisans / ARTISANS_PER_COURSE));
  const courses = Array.from({ length: courseCount }, (_, index) => {
    const random = new SeededRandom(`course:${index}`);
    const craft = CRAFTS[index % CRAFTS.length];
    const startsOn = addDays('2024-01-06', random.integer(0, 4 * 365));
    return {
      id: deterministicUuid(`course:${index}`),
      index,
      craft,
      providerId: providerIds[index % PROVIDER_COUNT],
      mode: random.pick(['ONLINE', 'IN_PERSON', 'HYBRID']),
      provinces: random.sample(PROVINCES, random.integer(1, 2)).map((province) => province.code),
      startsOn,
      endsOn: addDays(startsOn, random.integer(14, 120)),
      hasFinalExam: index % 5 !== 0,
    };
  });

  const artisans = Array.from({ length: size.artisans }, (_, index) => {
    const random = new SeededRandom(`artisan:${index}`);
    const block = Math.floor(index / ARTISANS_PER_COURSE);
    const reachable = [block, block + 1, block + 2]
      .filter((courseIndex) => courseIndex < courseCount)
      .map((courseIndex) => courses[courseIndex]);
    return {
      id: deterministicUuid(`artisan:${index}`),
      name: `Synthetic artisan ${String(index + 1).padStart(6, '0')}`,
      provinceCode: random.pick(PROVINCES).code,
      craftSlugs: random.sample(CRAFTS, random.integer(1, 2)).map((craft) => craft.slug),
      courses: random.sample(reachable, random.integer(0, 3)),
      // Every other artisan chose to be listed publicly.
      listedPublicly: index % 2 === 0,
      random,
    };
  });

  await insert(
    'courses',
    'course',
    {
      id: 'uuid',
      title: 'text',
      craft_slugs: 'text[]',
      provider_id: 'uuid',
      mode: 'text',
      audiences: 'text[]',
      starts_on: 'date',
      ends_on: 'date',
      capacity: 'int',
      capacity_status: 'text',
      language: 'text',
      has_final_exam: 'bool',
      certificate_issuer_id: 'uuid',
      is_synthetic: 'bool',
    },
    courses.map((course) => [
      course.id,
      `Synthetic course ${String(course.index + 1).padStart(5, '0')}: ${course.craft.name}`,
      `{${course.craft.slug}}`,
      course.providerId,
      course.mode,
      '{PROFESSIONALS}',
      course.startsOn,
      course.endsOn,
      COURSE_CAPACITY,
      'LIMITED',
      'Persian',
      course.hasFinalExam,
      course.providerId,
      true,
    ]),
  );
  await insertRows(
    manager,
    'course_province',
    { course_id: 'uuid', province_code: 'text' },
    courses.flatMap((course) => course.provinces.map((code) => [course.id, code])),
  );
  await insertRows(
    manager,
    'course_instructor',
    { course_id: 'uuid', instructor_id: 'uuid' },
    courses.map((course) => [course.id, instructorIds[course.index % instructorCount]]),
  );
  await insertRows(
    manager,
    'course_competency_standard',
    { course_id: 'uuid', competency_standard_id: 'uuid' },
    courses.map((course) => [course.id, standardIds[course.index % CRAFTS.length]]),
  );

  await insert(
    'artisans',
    'artisan',
    { id: 'uuid', name: 'text', province_code: 'text', craft_slugs: 'text[]', listed_publicly: 'bool', is_synthetic: 'bool' },
    artisans.map((artisan) => [
      artisan.id,
      artisan.name,
      artisan.provinceCode,
      `{${artisan.craftSlugs.join(',')}}`,
      artisan.listedPublicly,
      true,
    ]),
  );

  const enrollments: unknown[][] = [];
  const certificates: unknown[][] = [];
  for (const artisan of artisans) {
    for (const course of artisan.courses) {
      const id = deterministicUuid(`enrollment:${artisan.id}:${course.id}`);
      const ended = course.endsOn < today;
      const roll = artisan.random.next();
      const status = !ended ? 'ENROLLED' : roll < 0.15 ? 'WITHDRAWN' : !course.hasFinalExam ? 'ENROLLED' : roll < 0.4 ? 'FAILED' : 'PASSED';
      const score = status === 'PASSED' ? artisan.random.integer(50, 100) : status === 'FAILED' ? artisan.random.integer(0, 49) : null;
      enrollments.push([id, artisan.id, course.id, status, score, `${course.startsOn}T08:00:00Z`, true]);
      if (status === 'PASSED') {
        certificates.push([
          deterministicUuid(`certificate:${id}`),
          id,
          `SYN-${course.endsOn.slice(0, 4)}-${id.slice(0, 8).toUpperCase()}`,
          course.providerId,
          course.endsOn,
          true,
        ]);
      }
    }
  }
  await insert(
    'enrollments',
    'enrollment',
    {
      id: 'uuid',
      artisan_id: 'uuid',
      course_id: 'uuid',
      status: 'text',
      exam_score: 'numeric',
      enrolled_at: 'timestamptz',
      is_synthetic: 'bool',
    },
    enrollments,
  );
  await insert(
    'certificates',
    'certificate',
    { id: 'uuid', enrollment_id: 'uuid', serial: 'text', issuer_id: 'uuid', issued_on: 'date', is_synthetic: 'bool' },
    certificates,
  );
  return counts;
}

// @durationSeconds 60 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import type { ListsSyntheticCountsQuery, ListsSyntheticCountsQueryVariables } from '../generated/graphql';
import { queryData } from '../support/graphql-client';
import { seedSyntheticExhibitions, seedSyntheticTrade, seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

const ARTISANS = 120;

/** The parents of the nested lists below: each has synthetic records and (for most) real ones. */
let parents: Omit<ListsSyntheticCountsQueryVariables, 'synthetic'>;

/** Returns the single value of the first row of a statement on the graph's database. */
async function scalar<T>(sql: string, parameters: unknown[] = []): Promise<T> {
  const { rows } = await graph.db.query<{ value: T }>(sql, parameters);
  return rows[0].value;
}

beforeAll(async () => {
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: ARTISANS }));
  await graph.subgraphs.exhibitions.dataSource.transaction((manager) =>
    seedSyntheticExhibitions(manager, { exhibitions: 40, artisans: ARTISANS }),
  );
  await graph.subgraphs.trade.dataSource.transaction((manager) => seedSyntheticTrade(manager, { figures: 400 }));
  parents = {
    // The built-in online course with Cheche runs in Mazandaran (IR-02) with the synthetic ones seeded there.
    province: await scalar<string>(
      `SELECT province_code AS value FROM training.course_province JOIN training.course ON course.id = course_id
       WHERE course.is_synthetic GROUP BY province_code ORDER BY count(*) DESC, province_code LIMIT 1`,
    ),
    course: await scalar<string>(
      `SELECT course_id::text AS value FROM training.enrollment GROUP BY course_id ORDER BY count(*) DESC, course_id LIMIT 1`,
    ),
    artisan: await scalar<string>(
      `SELECT enrollment.artisan_id::text AS value FROM training.certificate JOIN training.enrollment ON enrollment.id = enrollment_id
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    ),
    country: await scalar<string>(
      'SELECT country_code AS value FROM exhibitions.exhibition WHERE is_synthetic GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
    ),
    craft: 'kilim',
    organization: await scalar<string>(
      'SELECT organizer_id::text AS value FROM exhibitions.exhibition WHERE is_synthetic GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1',
    ),
    source: await scalar<string>('SELECT source_id::text AS value FROM trade.export_figure GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1'),
  };
});

const SYNTHETIC_COUNTS = graphql(`
  query ListsSyntheticCounts(
    $synthetic: Boolean
    $province: ProvinceCode!
    $course: ID!
    $artisan: ID!
    $country: CountryCode!
    $craft: CraftSlug!
    $organization: ID!
    $source: ID!
  ) {
    artisans(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    courses(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    organizations(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    agreements(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    instructors(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    competencyStandards(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    trainingCentres(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    exhibitions(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    exportFigures(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    sources(filter: { isSynthetic: $synthetic }) {
      totalCount
    }
    province(code: $province) {
      courses(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
      artisans(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
      exhibitions(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
      exports(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
    }
    course(id: $course) {
      enrollments(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
    }
    artisan(id: $artisan) {
      enrollmentsConnection(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
      certificatesConnection(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
      exhibitions(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
    }
    country(code: $country) {
      exhibitionsHosted(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
      exports(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
    }
    craft(slug: $craft) {
      exhibitions(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
      exports(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
    }
    organization(id: $organization) {
      exhibitionsOrganized(filter: { isSynthetic: $synthetic }) {
        totalCount
      }
    }
    source(id: $source) {
      facts {
        exportFigures(filter: { isSynthetic: $synthetic }) {
          totalCount
        }
      }
    }
  }
`);

/** Returns every `totalCount` of the answer by its path, e.g. `province.courses`. */
function totalCounts(data: ListsSyntheticCountsQuery): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (value: unknown, path: string[]) => {
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'totalCount') {
          counts[path.join('.')] = child as number;
        } else {
          walk(child, [...path, key]);
        }
      }
    }
  };
  walk(data, []);
  return counts;
}

describe('isSynthetic on every list whose records have it', () => {
  it('splits each list, root or nested, into the synthetic and the real records', async () => {
    const countsFor = async (synthetic: boolean | null) =>
      totalCounts(await queryData(graph.url, SYNTHETIC_COUNTS, { ...parents, synthetic }));
    const all = await countsFor(null);
    const synthetic = await countsFor(true);
    const real = await countsFor(false);
    expect(Object.keys(all)).toHaveLength(24);
    for (const path of Object.keys(all)) {
      expect({ path, sum: synthetic[path] + real[path] }).toEqual({ path, sum: all[path] });
    }
    // The parents were chosen for their synthetic records, so these lists have some of each kind.
    const seeded = [
      'artisans',
      'courses',
      'organizations',
      'instructors',
      'competencyStandards',
      'exhibitions',
      'exportFigures',
      'sources',
      'province.courses',
      'course.enrollments',
      'artisan.enrollmentsConnection',
      'artisan.certificatesConnection',
      'country.exhibitionsHosted',
      'organization.exhibitionsOrganized',
      'source.facts.exportFigures',
    ];
    expect(seeded.filter((path) => !(synthetic[path] > 0))).toEqual([]);
    expect(['courses', 'organizations', 'agreements', 'exportFigures', 'sources'].filter((path) => !(real[path] > 0))).toEqual([]);
  });

  it('counts the same records as PostgreSQL does', async () => {
    const synthetic = totalCounts(await queryData(graph.url, SYNTHETIC_COUNTS, { ...parents, synthetic: true }));
    const real = totalCounts(await queryData(graph.url, SYNTHETIC_COUNTS, { ...parents, synthetic: false }));
    const expected = {
      'artisans synthetic': await scalar<number>('SELECT count(*)::int AS value FROM training.artisan WHERE is_synthetic'),
      'exportFigures real': await scalar<number>('SELECT count(*)::int AS value FROM trade.export_figure WHERE NOT is_synthetic'),
      'course.enrollments synthetic': await scalar<number>(
        'SELECT count(*)::int AS value FROM training.enrollment WHERE is_synthetic AND course_id = $1',
        [parents.course],
      ),
      'artisan.certificatesConnection synthetic': await scalar<number>(
        `SELECT count(*)::int AS value FROM training.certificate JOIN training.enrollment ON enrollment.id = enrollment_id
         WHERE certificate.is_synthetic AND enrollment.artisan_id = $1`,
        [parents.artisan],
      ),
      'province.exports real': await scalar<number>(
        'SELECT count(*)::int AS value FROM trade.export_figure WHERE NOT is_synthetic AND province_code = $1',
        [parents.province],
      ),
    };
    expect({
      'artisans synthetic': synthetic.artisans,
      'exportFigures real': real.exportFigures,
      'course.enrollments synthetic': synthetic['course.enrollments'],
      'artisan.certificatesConnection synthetic': synthetic['artisan.certificatesConnection'],
      'province.exports real': real['province.exports'],
    }).toEqual(expected);
    expect(expected['artisans synthetic']).toBe(ARTISANS);
  });
});

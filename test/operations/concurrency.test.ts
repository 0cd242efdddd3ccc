import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { graphql } from '../generated';
import { queryData } from '../support/graphql-client';
import { importExportCsv } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { createArtisan, createCourse, enroll } from '../support/training-fixtures';

const graph = useTestGraph();

const UPDATE = graphql(`
  mutation ConcurrentArtisanUpdate($input: UpdateArtisanInput!) {
    updateArtisan(input: $input) {
      artisan {
        id
      }
      error {
        code
      }
    }
  }
`);

const ARTISAN = graphql(`
  query ConcurrentlyUpdatedArtisan($id: ID!) {
    artisan(id: $id) {
      name
      province {
        code
      }
      crafts {
        slug
      }
    }
  }
`);

describe('writes that arrive at the same time', () => {
  it('never overfill a course: 20 simultaneous enrolments into 3 seats give 3', async () => {
    const url = graph.url;
    const courseId = await createCourse(url, {
      title: 'Three seats',
      capacity: 3,
      provinceCodes: ['IR-16'],
      craftSlugs: ['kilim'],
      startsOn: '2099-01-01',
    });
    const artisans = await Promise.all(
      Array.from({ length: 20 }, (_, index) => createArtisan(url, { name: `Seat seeker ${index}`, provinceCode: 'IR-16' })),
    );
    const results = await Promise.all(artisans.map((artisanId) => enroll(url, artisanId, courseId)));
    expect(results.filter((result) => result!.enrollment).length).toBe(3);
    expect(results.filter((result) => result!.error?.code === 'COURSE_FULL').length).toBe(17);
  });

  it('lose no field when updates of one artisan, each changing another field, arrive at once', async () => {
    const url = graph.url;
    for (let round = 0; round < 10; round += 1) {
      const id = await createArtisan(url, { name: `Before ${round}`, provinceCode: 'IR-01', craftSlugs: ['kilim'] });
      const answers = await Promise.all([
        queryData(url, UPDATE, { input: { id, name: `After ${round}` } }),
        queryData(url, UPDATE, { input: { id, provinceCode: 'IR-16' } }),
        queryData(url, UPDATE, { input: { id, craftSlugs: ['jajim'] } }),
      ]);
      expect(answers.every((answer) => answer.updateArtisan!.error === null)).toBe(true);
      const { artisan } = await queryData(url, ARTISAN, { id });
      expect(artisan).toEqual({ name: `After ${round}`, province: { code: 'IR-16' }, crafts: [{ slug: 'jajim' }] });
    }
  });

  it('write the rows of one file once when two imports of it run at the same time', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-concurrent-import-'));
    try {
      const file = path.join(folder, 'figures.csv');
      await writeFile(
        file,
        'period,channel,value_usd,precision,destination,craft,province,source_title,source_publisher,source_date\n' +
          Array.from(
            { length: 50 },
            (_, index) => `${1350 + index},CUSTOMS,${1000 + index},EXACT,IQ,kilim,IR-16,Concurrent import,Test publisher,2025-01-01`,
          ).join('\n') +
          '\n',
      );
      const reports = await Promise.allSettled([
        importExportCsv(graph.subgraphs.trade.dataSource, file),
        importExportCsv(graph.subgraphs.trade.dataSource, file),
      ]);
      expect(reports.every((report) => report.status === 'fulfilled')).toBe(true);
      const { rows } = await graph.db.query(
        "SELECT count(*)::int AS figures, count(DISTINCT f.solar_year)::int AS years FROM trade.export_figure f JOIN trade.source s ON s.id = f.source_id WHERE s.title = 'Concurrent import'",
      );
      expect(rows[0]).toEqual({ figures: 50, years: 50 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

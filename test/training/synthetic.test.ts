import pg from 'pg';
import { seedSyntheticTraining } from '../../services/training/synthetic/synthetic-training.seeder';
import { queryData } from '../support/graphql-client';
import { startTestGraph, type TestGraph } from '../support/test-graph';

let graph: TestGraph;
let sql: pg.Client;
beforeAll(async () => {
  graph = await startTestGraph();
  sql = new pg.Client({ connectionString: graph.database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await graph?.stop();
});

const seed = (artisans: number) => graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans }));

describe('synthetic training data', () => {
  it('adds the same rows on every run, labelled synthetic, and nothing when run again', async () => {
    const first = await seed(300);
    expect(first).toMatchObject({ artisans: 300, courses: 15, organizations: 5 });
    expect(await seed(300)).toEqual({ organizations: 0, instructors: 0, competencyStandards: 0, courses: 0, artisans: 0, enrollments: 0, certificates: 0 });
    const grown = await seed(400);
    expect(grown.artisans).toBe(100);

    for (const [table, label] of [['artisan', 'name'], ['course', 'title'], ['organization', 'name'], ['instructor', 'name'], ['competency_standard', 'title']]) {
      const { rows } = await sql.query(`SELECT count(*)::int AS unlabelled FROM training.${table} WHERE is_synthetic AND ${label} NOT LIKE 'Synthetic%'`);
      expect({ table, unlabelled: rows[0].unlabelled }).toEqual({ table, unlabelled: 0 });
    }
    const { rows: real } = await sql.query("SELECT count(*)::int AS count FROM training.artisan WHERE NOT is_synthetic");
    expect(real[0].count).toBe(0);
  });

  it('keeps the training rules: seats within capacity, certificates only for passed exams, one per enrolment', async () => {
    const overfull = await sql.query(`SELECT course.id FROM training.course JOIN training.enrollment ON enrollment.course_id = course.id
      WHERE enrollment.status <> 'WITHDRAWN' GROUP BY course.id, course.capacity HAVING count(*) > course.capacity`);
    expect(overfull.rows).toEqual([]);
    const wrongCertificates = await sql.query(`SELECT certificate.id FROM training.certificate JOIN training.enrollment ON enrollment.id = certificate.enrollment_id WHERE enrollment.status <> 'PASSED'`);
    expect(wrongCertificates.rows).toEqual([]);
    const passedWithout = await sql.query(`SELECT enrollment.id FROM training.enrollment LEFT JOIN training.certificate ON certificate.enrollment_id = enrollment.id WHERE enrollment.status = 'PASSED' AND certificate.id IS NULL`);
    expect(passedWithout.rows).toEqual([]);
  });

  it('is served by the API with its synthetic label', async () => {
    const { artisans } = await queryData(graph.gateway.url, '{ artisans(first: 3) { totalCount edges { node { name isSynthetic province { name } enrollments { status course { isSynthetic } } } } } }');
    expect(artisans.totalCount).toBe(400);
    expect(artisans.edges.every((edge: any) => edge.node.isSynthetic && edge.node.enrollments.every((enrollment: any) => enrollment.course.isSynthetic))).toBe(true);
  });
});

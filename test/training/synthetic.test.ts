import { graphql } from '../generated';
import { queryData } from '../support/graphql-client';
import { seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

const seed = (artisans: number) =>
  graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans }));

describe('synthetic training data', () => {
  it('adds the same rows on every run, labelled synthetic, and nothing when run again', async () => {
    const first = await seed(300);
    expect(first).toMatchObject({ artisans: 300, courses: 15, organizations: 5 });
    expect(await seed(300)).toEqual({
      organizations: 0,
      instructors: 0,
      competencyStandards: 0,
      courses: 0,
      artisans: 0,
      enrollments: 0,
      certificates: 0,
    });
    const grown = await seed(400);
    expect(grown.artisans).toBe(100);

    for (const [table, label] of [
      ['artisan', 'name'],
      ['course', 'title'],
      ['organization', 'name'],
      ['instructor', 'name'],
      ['competency_standard', 'title'],
    ]) {
      const { rows } = await graph.db.query<{ unlabelled: number }>(
        `SELECT count(*)::int AS unlabelled FROM training.${table} WHERE is_synthetic AND ${label} NOT LIKE 'Synthetic%'`,
      );
      expect({ table, unlabelled: rows[0].unlabelled }).toEqual({ table, unlabelled: 0 });
    }
    const { rows: real } = await graph.db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM training.artisan WHERE NOT is_synthetic',
    );
    expect(real[0].count).toBe(0);
  });

  it('keeps the training rules: seats within capacity, certificates only for passed exams, one per enrolment', async () => {
    const overfull = await graph.db
      .query(`SELECT course.id FROM training.course JOIN training.enrollment ON enrollment.course_id = course.id
      WHERE enrollment.status <> 'WITHDRAWN' GROUP BY course.id, course.capacity HAVING count(*) > course.capacity`);
    expect(overfull.rows).toEqual([]);
    const wrongCertificates = await graph.db.query(`SELECT certificate.id FROM training.certificate
      JOIN training.enrollment ON enrollment.id = certificate.enrollment_id WHERE enrollment.status <> 'PASSED'`);
    expect(wrongCertificates.rows).toEqual([]);
    const passedWithout = await graph.db.query(`SELECT enrollment.id FROM training.enrollment
      LEFT JOIN training.certificate ON certificate.enrollment_id = enrollment.id WHERE enrollment.status = 'PASSED' AND certificate.id IS NULL`);
    expect(passedWithout.rows).toEqual([]);
  });

  it('is served by the API with its synthetic label', async () => {
    const SYNTHETIC = graphql(`
      query SyntheticTrainingArtisans {
        artisans(first: 3) {
          totalCount
          edges {
            node {
              name
              isSynthetic
              province {
                name
              }
              enrollments {
                status
                course {
                  isSynthetic
                }
              }
            }
          }
        }
      }
    `);
    const { artisans } = await queryData(graph.url, SYNTHETIC);
    expect(artisans!.totalCount).toBe(400);
    expect(
      artisans!.edges.every((edge) => edge.node.isSynthetic && edge.node.enrollments?.every((enrollment) => enrollment.course.isSynthetic)),
    ).toBe(true);
  });
});

import { graphql } from '../generated';
import { ANONYMOUS, asGatewayFor, type Endpoint, partnerViewer } from '../support/access';
import { type AuthorizationWorld, forbiddenPaths, useAuthorizationWorld, WORLD_PROVINCE } from '../support/authorization-fixtures';
import { createExhibition, registerExhibitor } from '../support/exhibitions-fixtures';
import { type GraphqlError, postGraphql } from '../support/graphql-client';
import { Role, type Viewer } from '../support/platform';
import { useTestGraph } from '../support/test-graph';
import { createArtisan } from '../support/training-fixtures';

const graph = useTestGraph();
const { world, anonymous, partnerA, partnerB, analyst } = useAuthorizationWorld(graph);

/** Fails unless an error carries nothing of the servers' internals: no stack, no SQL, no file names, no other ids. */
function expectNothingInternal(errors: readonly GraphqlError[], world: AuthorizationWorld): void {
  for (const error of errors) {
    expect(Object.keys(error.extensions ?? {}).filter((key) => !['code', 'serviceName'].includes(key))).toEqual([]);
    expect(error.message).not.toMatch(/select|from |where |stack|\.ts\b|\.js\b|\/work\/|node_modules|typeorm|postgres/i);
    for (const id of [world.organizationA, world.organizationB, ...Object.values(world.artisans), ...Object.values(world.courses)]) {
      expect(error.message).not.toContain(id);
    }
  }
}

const PUBLIC_DATA = graphql(`
  query AccessPublicData($code: ProvinceCode!) {
    provinces {
      code
    }
    crafts {
      slug
    }
    country(code: "IT") {
      name
    }
    organizations(first: 3) {
      totalCount
    }
    courses(first: 3) {
      totalCount
      edges {
        node {
          title
          seatsTaken
          provider {
            name
          }
        }
      }
    }
    agreements(first: 3) {
      totalCount
    }
    exhibitions(first: 3) {
      totalCount
      edges {
        node {
          name
          exhibitorCount
          organizer {
            name
          }
        }
      }
    }
    exportMarkets {
      priority
    }
    worldCraftDesignationCounts {
      reportedCount
    }
    exportTotals(filter: { solarYears: [1403] }, groupBy: [CHANNEL]) {
      valueUsd
      figures {
        valueUsd
      }
    }
    province(code: $code) {
      name
    }
  }
`);

const ARTISAN_LISTS = graphql(`
  query AccessArtisanLists($code: ProvinceCode!) {
    artisans(filter: { provinceCode: $code }, first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    province(code: $code) {
      artisans(first: 100) {
        totalCount
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

const ARTISAN = graphql(`
  query AccessArtisan($id: ID!) {
    artisan(id: $id) {
      id
      listedPublicly
      name
      isSynthetic
      province {
        code
      }
      crafts {
        slug
      }
      enrollments {
        id
        status
        examScore
        course {
          id
        }
      }
      certificates {
        serial
        course {
          id
        }
      }
      exhibitions {
        totalCount
      }
    }
  }
`);

const COURSE_ENROLLMENTS = graphql(`
  query AccessCourseEnrollments($id: ID!) {
    course(id: $id) {
      title
      seatsTaken
      enrollments {
        totalCount
        edges {
          node {
            status
            examScore
            artisan {
              name
            }
          }
        }
      }
    }
  }
`);

const EXHIBITORS = graphql(`
  query AccessExhibitors($id: ID!) {
    exhibition(id: $id) {
      name
      exhibitors {
        totalCount
        edges {
          node {
            id
            listedPublicly
            name
            enrollments {
              examScore
            }
            exhibitions {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

const EXHIBITOR_NAMES = graphql(`
  query AccessExhibitorNames($id: ID!) {
    exhibition(id: $id) {
      exhibitors(first: 100) {
        edges {
          node {
            name
          }
        }
      }
    }
  }
`);

const CERTIFICATE = graphql(`
  query AccessCertificate($serial: NonEmptyString!) {
    certificate(serial: $serial) {
      serial
      artisan {
        id
      }
    }
  }
`);

const ARTISAN_ENTITIES = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Artisan { id listedPublicly name enrollments { examScore } certificates { serial } }
    }
  }
`;

const ARTISAN_EXHIBITION_ENTITIES = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Artisan { id exhibitions { totalCount edges { node { id } } } }
    }
  }
`;

describe('a caller without a key', () => {
  it('reads the public data: provinces, crafts, countries, organisations, courses, agreements, exhibitions, markets, designations and export totals', async () => {
    const response = await postGraphql(anonymous(), PUBLIC_DATA, { code: WORLD_PROVINCE });
    expect(response.errors).toBeUndefined();
    expect(response.data?.provinces).toHaveLength(31);
    expect(response.data?.courses!.totalCount).toBeGreaterThanOrEqual(3);
    expect(response.data?.exhibitions!.edges.length).toBeGreaterThan(0);
    expect(response.data?.exportTotals!.length).toBeGreaterThan(0);
  });

  it('lists only artisans listed publicly, in `artisans` and `Province.artisans`', async () => {
    const response = await postGraphql(anonymous(), ARTISAN_LISTS, { code: WORLD_PROVINCE });
    expect(response.errors).toBeUndefined();
    const expected = [{ id: world.artisans.listed, name: 'Listed Potter' }];
    expect(response.data?.artisans!.edges.map((edge) => edge.node)).toEqual(expected);
    expect(response.data?.artisans!.totalCount).toBe(1);
    expect(response.data?.province?.artisans?.edges.map((edge) => edge.node)).toEqual(expected);
    expect(response.data?.province?.artisans?.totalCount).toBe(1);
  });

  it("gets an unlisted artisan's id and listing, and every other field null with a FORBIDDEN error at its path", async () => {
    const response = await postGraphql(anonymous(), ARTISAN, { id: world.artisans.unlistedA });
    expect(response.data?.artisan).toEqual({
      id: world.artisans.unlistedA,
      listedPublicly: false,
      name: null,
      isSynthetic: null,
      province: null,
      crafts: null,
      enrollments: null,
      certificates: null,
      exhibitions: null,
    });
    expect(forbiddenPaths(response)).toEqual(
      [
        'artisan.name',
        'artisan.isSynthetic',
        'artisan.province',
        'artisan.crafts',
        'artisan.enrollments',
        'artisan.certificates',
        'artisan.exhibitions',
      ].sort(),
    );
    expectNothingInternal(response.errors ?? [], world);
  });

  it('sees the personal fields and exhibitions of an artisan listed publicly, but never enrolments, exam scores or certificates', async () => {
    // The gateway fetches listedPublicly from the training subgraph for the exhibitions subgraph (`@requires`).
    const response = await postGraphql(anonymous(), ARTISAN, { id: world.artisans.listed });
    expect(response.data?.artisan).toMatchObject({
      name: 'Listed Potter',
      listedPublicly: true,
      province: { code: WORLD_PROVINCE },
      crafts: [{ slug: 'pottery' }],
      enrollments: null,
      certificates: null,
      exhibitions: { totalCount: 2 },
    });
    expect(forbiddenPaths(response)).toEqual(['artisan.certificates', 'artisan.enrollments']);
  });

  it("gets a course's public fields but its enrolments null with a FORBIDDEN error", async () => {
    const response = await postGraphql(anonymous(), COURSE_ENROLLMENTS, { id: world.courses.a });
    expect(response.data?.course).toEqual({ title: 'Course of A', seatsTaken: 2, enrollments: null });
    expect(forbiddenPaths(response)).toEqual(['course.enrollments']);
  });

  it('lists and counts every exhibitor of an exhibition, but shows the artisan (id, name, exhibitions) only of those listed publicly', async () => {
    const response = await postGraphql(anonymous(), EXHIBITORS, { id: world.exhibitions.b });
    const exhibitors = response.data?.exhibition?.exhibitors;
    expect(exhibitors?.totalCount).toBe(3);
    const nodes = exhibitors?.edges.map((edge) => edge.node) ?? [];
    // The two not listed publicly are there without their artisan, so that no id links them across exhibitions.
    expect(nodes.filter((node) => node === null)).toHaveLength(2);
    const listed = nodes.find((node) => node?.id === world.artisans.listed);
    expect(listed).toMatchObject({ name: 'Listed Potter', listedPublicly: true, enrollments: null });
    expect(listed?.exhibitions?.edges.map((edge) => edge.node.id).sort()).toEqual([world.exhibitions.a, world.exhibitions.b].sort());
    expect(forbiddenPaths(response)).toEqual([`exhibition.exhibitors.edges.${nodes.indexOf(listed!)}.node.enrollments`]);
    expectNothingInternal(response.errors ?? [], world);
  });

  it('cannot look up a certificate by its serial', async () => {
    const response = await postGraphql(anonymous(), CERTIFICATE, { serial: world.certificates.listedInB });
    expect(response.data?.certificate).toBeNull();
    expect(forbiddenPaths(response)).toEqual(['certificate']);
  });
});

describe('a partner key', () => {
  it('lists the artisans listed publicly and those enrolled in its courses, and no others', async () => {
    const forA = await postGraphql(partnerA(), ARTISAN_LISTS, { code: WORLD_PROVINCE });
    expect(forA.errors).toBeUndefined();
    expect(forA.data?.artisans!.edges.map((edge) => edge.node.name)).toEqual(['Listed Potter', 'Unlisted Weaver']);
    expect(forA.data?.province?.artisans?.edges.map((edge) => edge.node.name)).toEqual(['Listed Potter', 'Unlisted Weaver']);
    const forB = await postGraphql(partnerB(), ARTISAN_LISTS, { code: WORLD_PROVINCE });
    expect(forB.data?.artisans!.edges.map((edge) => edge.node.name)).toEqual(['Listed Potter', 'Unlisted Carver']);
    expect(forB.data?.artisans!.totalCount).toBe(2);
  });

  it('reads an artisan enrolled in its courses in full, with only the enrolments and certificates of its own courses', async () => {
    const unlisted = await postGraphql(partnerA(), ARTISAN, { id: world.artisans.unlistedA });
    expect(unlisted.errors).toBeUndefined();
    expect(unlisted.data?.artisan).toMatchObject({
      name: 'Unlisted Weaver',
      enrollments: [{ id: world.enrollments.unlistedInA, status: 'PASSED', examScore: 88, course: { id: world.courses.a } }],
      certificates: [{ serial: world.certificates.unlistedInA, course: { id: world.courses.a } }],
    });
    const listed = await postGraphql(partnerA(), ARTISAN, { id: world.artisans.listed });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.artisan?.enrollments?.map((enrollment) => enrollment.id)).toEqual([world.enrollments.listedInA]);
    // The listed artisan's certificate is of B's course.
    expect(listed.data?.artisan?.certificates).toEqual([]);
  });

  it("gets another organisation's artisans, course enrolments and certificates null with FORBIDDEN errors", async () => {
    const artisan = await postGraphql(partnerA(), ARTISAN, { id: world.artisans.unlistedB });
    expect(artisan.data?.artisan).toMatchObject({ id: world.artisans.unlistedB, name: null, enrollments: null, certificates: null });
    expect(artisan.data?.artisan?.exhibitions?.totalCount).toBe(0);
    expect(forbiddenPaths(artisan)).toHaveLength(6);
    const course = await postGraphql(partnerA(), COURSE_ENROLLMENTS, { id: world.courses.b });
    expect(course.data?.course?.enrollments).toBeNull();
    expect(forbiddenPaths(course)).toEqual(['course.enrollments']);
    const certificate = await postGraphql(partnerA(), CERTIFICATE, { serial: world.certificates.listedInB });
    expect(certificate.data?.certificate).toBeNull();
    expect(forbiddenPaths(certificate)).toEqual(['certificate']);
    expectNothingInternal([...(artisan.errors ?? []), ...(course.errors ?? []), ...(certificate.errors ?? [])], world);
  });

  it("reads its own course's enrolments with exam scores, and its own certificates by serial", async () => {
    const course = await postGraphql(partnerA(), COURSE_ENROLLMENTS, { id: world.courses.a });
    expect(course.errors).toBeUndefined();
    expect(course.data?.course?.enrollments?.edges.map((edge) => edge.node)).toEqual([
      { status: 'PASSED', examScore: 88, artisan: { name: 'Unlisted Weaver' } },
      { status: 'ENROLLED', examScore: null, artisan: { name: 'Listed Potter' } },
    ]);
    const certificate = await postGraphql(partnerA(), CERTIFICATE, { serial: world.certificates.unlistedInA });
    expect(certificate.errors).toBeUndefined();
    expect(certificate.data?.certificate).toEqual({ serial: world.certificates.unlistedInA, artisan: { id: world.artisans.unlistedA } });
  });

  it("sees of an unlisted artisan's exhibitions only those its organisation organises, and all of a listed artisan's", async () => {
    const response = await postGraphql(partnerB(), EXHIBITORS, { id: world.exhibitions.b });
    const edges = response.data?.exhibition?.exhibitors.edges ?? [];
    const nodes = new Map(edges.flatMap((edge) => (edge.node ? [[edge.node.id, edge.node] as const] : [])));
    const exhibitionsOf = (id: string) =>
      nodes
        .get(id)
        ?.exhibitions?.edges.map((edge) => edge.node.id)
        .sort();
    expect(exhibitionsOf(world.artisans.unlistedB)).toEqual([world.exhibitions.b]);
    expect(exhibitionsOf(world.artisans.listed)).toEqual([world.exhibitions.a, world.exhibitions.b].sort());
    // B may read its own artisan; the one enrolled only with A is listed without its artisan.
    expect(nodes.get(world.artisans.unlistedB)?.name).toBe('Unlisted Carver');
    expect(nodes.has(world.artisans.unlistedA)).toBe(false);
    expect(edges.filter((edge) => edge.node === null)).toHaveLength(1);
  });
});

describe('an analyst key', () => {
  it('reads every artisan, enrolment, exam score and certificate at full detail', async () => {
    const lists = await postGraphql(analyst(), ARTISAN_LISTS, { code: WORLD_PROVINCE });
    expect(lists.errors).toBeUndefined();
    expect(lists.data?.artisans!.edges.map((edge) => edge.node.name)).toEqual(['Listed Potter', 'Unlisted Carver', 'Unlisted Weaver']);
    const listed = await postGraphql(analyst(), ARTISAN, { id: world.artisans.listed });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.artisan?.enrollments?.map((enrollment) => enrollment.id)).toEqual([
      world.enrollments.listedInA,
      world.enrollments.listedInB,
    ]);
    expect(listed.data?.artisan?.certificates?.map((certificate) => certificate.serial)).toEqual([world.certificates.listedInB]);
    const exhibitors = await postGraphql(analyst(), EXHIBITORS, { id: world.exhibitions.b });
    expect(exhibitors.errors).toBeUndefined();
    const unlistedA = exhibitors.data?.exhibition?.exhibitors.edges.find((edge) => edge.node?.id === world.artisans.unlistedA)?.node;
    expect(unlistedA?.name).toBe('Unlisted Weaver');
    expect(unlistedA?.exhibitions?.edges).toHaveLength(2);
  });
});

describe('`_entities` sent straight to a subgraph', () => {
  type ArtisanEntities = {
    _entities: Array<{ id: string; name: string | null; enrollments: unknown[] | null; certificates: unknown[] | null } | null>;
  };
  const askTraining = (viewer: Viewer, id: string) =>
    postGraphql<ArtisanEntities>(asGatewayFor(graph.subgraphs.training.url, viewer), ARTISAN_ENTITIES, {
      representations: [{ __typename: 'Artisan', id }],
    });

  it("gives an anonymous caller or another organisation's partner no name, enrolments or certificates of an unlisted artisan", async () => {
    for (const viewer of [ANONYMOUS, partnerViewer(world.organizationB)]) {
      const response = await askTraining(viewer, world.artisans.unlistedA);
      expect(response.data?._entities).toEqual([
        { id: world.artisans.unlistedA, listedPublicly: false, name: null, enrollments: null, certificates: null },
      ]);
      expect(forbiddenPaths(response)).toEqual(['_entities.0.certificates', '_entities.0.enrollments', '_entities.0.name']);
      expectNothingInternal(response.errors ?? [], world);
    }
  });

  it('gives an anonymous caller no enrolments of an artisan listed publicly, and a partner only those of its courses', async () => {
    const anonymousAnswer = await askTraining(ANONYMOUS, world.artisans.listed);
    expect(anonymousAnswer.data?._entities[0]).toMatchObject({ name: 'Listed Potter', enrollments: null, certificates: null });
    expect(forbiddenPaths(anonymousAnswer)).toEqual(['_entities.0.certificates', '_entities.0.enrollments']);
    const partnerAnswer = await askTraining(partnerViewer(world.organizationA), world.artisans.unlistedA);
    expect(partnerAnswer.errors).toBeUndefined();
    expect(partnerAnswer.data?._entities[0]).toMatchObject({ name: 'Unlisted Weaver', enrollments: [{ examScore: 88 }] });
  });

  it("gives the exhibitions of an unlisted artisan to nobody without a key, to a partner only for its organisation's, to an analyst all", async () => {
    type ExhibitionEntities = { _entities: Array<{ exhibitions: { totalCount: number } | null } | null> };
    const ask = (viewer: Viewer, listedPublicly: boolean) =>
      postGraphql<ExhibitionEntities>(asGatewayFor(graph.subgraphs.exhibitions.url, viewer), ARTISAN_EXHIBITION_ENTITIES, {
        representations: [{ __typename: 'Artisan', id: world.artisans.unlistedA, listedPublicly }],
      });
    const refused = await ask(ANONYMOUS, false);
    expect(refused.data?._entities).toEqual([{ id: world.artisans.unlistedA, exhibitions: null }]);
    expect(forbiddenPaths(refused)).toEqual(['_entities.0.exhibitions']);
    expect((await ask(partnerViewer(world.organizationA), false)).data?._entities[0]?.exhibitions?.totalCount).toBe(1);
    expect((await ask({ ...ANONYMOUS, role: Role.ANALYST }, false)).data?._entities[0]?.exhibitions?.totalCount).toBe(2);
    // A representation without the gateway's listedPublicly counts as not listed.
    const withoutListing = await postGraphql<ExhibitionEntities>(
      asGatewayFor(graph.subgraphs.exhibitions.url, ANONYMOUS),
      ARTISAN_EXHIBITION_ENTITIES,
      { representations: [{ __typename: 'Artisan', id: world.artisans.listed }] },
    );
    expect(forbiddenPaths(withoutListing)).toEqual(['_entities.0.exhibitions']);
  });
});

describe('who may see an artisan, for a partner', () => {
  it('is decided for all the artisans of a request with one SQL statement, however many there are', async () => {
    const exhibitionWith = async (count: number) => {
      const id = await createExhibition(graph.url, { name: `Crowd of ${count}`, organizerId: world.organizationB, startsOn: '2099-06-01' });
      for (let index = 0; index < count; index += 1) {
        await registerExhibitor(
          graph.url,
          id,
          await createArtisan(graph.url, { name: `Crowd artisan ${count}-${index}`, provinceCode: 'IR-01' }),
        );
      }
      return id;
    };
    const few = await exhibitionWith(2);
    const many = await exhibitionWith(12);
    const names = (endpoint: Endpoint, id: string) => graph.countStatements(() => postGraphql(endpoint, EXHIBITOR_NAMES, { id }));
    const small = await names(partnerB(), few);
    const large = await names(partnerB(), many);
    const admin = await names(graph.url, many);
    // B sees none of the twelve (not listed, not enrolled with it): listed without their artisan.
    expect(large.result.data?.exhibition?.exhibitors.edges.map((edge) => edge.node)).toEqual(new Array(12).fill(null));
    expect(large.result.errors).toBeUndefined();
    expect(admin.result.errors).toBeUndefined();
    // The artisans' batch; for a partner, the exhibitions subgraph's question to training (the artisans and the visibility batch) instead.
    expect(admin.statements.training).toBe(1);
    expect(small.statements.training).toBe(2);
    expect(large.statements.training).toBe(2);
    process.stdout.write(
      `training statements for 2 | 12 exhibitors' names: partner ${small.statements.training} | ${large.statements.training}, admin ${admin.statements.training}\n`,
    );
  });
});

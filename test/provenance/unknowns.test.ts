import { graphql } from '../generated';
import { BUILTIN_ORGANIZATION_IDS as ORG } from '../support/catalogue';
import { queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createArtisan, createCourse } from '../support/training-fixtures';

const graph = useTestGraph();

describe('an agreement whose term the reports do not state', () => {
  const CHECHE = graphql(`
    query ProvenanceChecheAgreement($partyId: ID!, $on: Date!) {
      agreements(filter: { partyId: $partyId }) {
        edges {
          node {
            title
            stage
            term
            validUntil
            signedNoLaterThan
            status(on: $on)
            derivations {
              field
              method
            }
          }
        }
      }
    }
  `);
  const ACTIVE_ON = graphql(`
    query ProvenanceAgreementsActiveOn($d: Date!) {
      agreements(filter: { activeOn: $d }) {
        edges {
          node {
            title
          }
        }
      }
    }
  `);

  it('is not open-ended: its status is unknown after the day it is known to be signed, and it is not listed as active then', async () => {
    const on = async (date: string) => (await queryData(graph.url, CHECHE, { partyId: ORG.cheche, on: date })).agreements!.edges[0].node;
    expect(await on('2025-04-19')).toMatchObject({
      stage: 'SIGNED',
      term: 'NOT_STATED',
      validUntil: null,
      signedNoLaterThan: '2025-04-19',
      status: 'ACTIVE',
    });
    expect((await on('2040-01-01')).status).toBeNull();
    expect((await on('2025-04-18')).status).toBeNull();
    const active = (date: string) => queryData(graph.url, ACTIVE_ON, { d: date });
    expect((await active('2040-01-01')).agreements!.edges).toEqual([]);
    expect((await active('2025-04-19')).agreements!.edges.map((edge) => edge.node.title)).toEqual([
      expect.stringMatching(/design and fashion/),
    ]);
  });

  it('differs from an open-ended one, which stays active', async () => {
    const CREATE_OPEN_ENDED = graphql(`
      mutation ProvenanceCreateOpenEndedAgreement($input: CreateAgreementInput!) {
        createAgreement(input: $input) {
          agreement {
            term
            validUntil
            status(on: "2040-01-01")
          }
          error {
            code
          }
        }
      }
    `);
    const { createAgreement } = await queryData(graph.url, CREATE_OPEN_ENDED, {
      input: {
        title: 'Open-ended test memorandum',
        signedOn: '2025-01-01',
        parties: [{ organizationId: ORG.cheche }, { organizationId: ORG.deputyForHandicrafts }],
      },
    });
    expect(createAgreement).toEqual({ agreement: { term: 'OPEN_ENDED', validUntil: null, status: 'ACTIVE' }, error: null });
  });
});

describe('a proposed agreement', () => {
  it("is recorded unsigned: the Ilam–Wasit memorandum proposed during the delegation's visit", async () => {
    const PROPOSAL = graphql(`
      query ProvenanceProposedAgreement($partyId: ID!) {
        agreements(filter: { partyId: $partyId }) {
          edges {
            node {
              title
              stage
              signedOn
              signedNoLaterThan
              unsignedAsOf
              term
              before: status(on: "2025-10-11")
              after: status(on: "2026-01-01")
              parties {
                organization {
                  name
                }
              }
              proposedAt {
                title
                city
                country {
                  code
                }
                heldNoLaterThan
                topics
                outcomes
                proposedAgreements {
                  stage
                }
              }
              attributions {
                basis
                speaker {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const { agreements } = await queryData(graph.url, PROPOSAL, { partyId: ORG.wasitGovernorate });
    const [proposal] = agreements!.edges.map((edge) => edge.node);
    expect(proposal).toMatchObject({
      stage: 'PROPOSED',
      signedOn: null,
      signedNoLaterThan: null,
      unsignedAsOf: '2025-10-11',
      term: 'NOT_STATED',
      before: 'UPCOMING',
      after: null,
      parties: [{ organization: { name: 'Governorate of Ilam Province' } }, { organization: { name: 'Wasit Governorate' } }],
      attributions: [{ basis: 'REPORTED_SPEECH', speaker: { name: 'Abbas Mirzad' } }],
    });
    expect(proposal.proposedAt).toMatchObject({
      city: 'Kut',
      country: { code: 'IQ' },
      heldNoLaterThan: '2025-10-11',
      proposedAgreements: [{ stage: 'PROPOSED' }],
    });
    expect(proposal.proposedAt?.topics).toEqual(['Trade', 'Tourism', 'Student issues', 'Exports and imports']);
    expect(proposal.proposedAt?.outcomes.join(' ')).toMatch(/familiarisation tour/);
    const VISITS = graphql(`
      query ProvenanceOfficialVisits {
        officialVisits {
          title
          visitingOrganization {
            name
          }
          hostOrganization {
            name
          }
        }
      }
    `);
    const { officialVisits } = await queryData(graph.url, VISITS);
    expect(officialVisits).toEqual([
      expect.objectContaining({
        visitingOrganization: { name: 'Governorate of Ilam Province' },
        hostOrganization: { name: 'Wasit Governorate' },
      }),
    ]);
  });

  it('becomes signed when given a signing date', async () => {
    const CREATE_PROPOSED = graphql(`
      mutation ProvenanceCreateProposedAgreement($input: CreateAgreementInput!) {
        createAgreement(input: $input) {
          agreement {
            id
            stage
            status(on: "2030-01-01")
          }
          error {
            code
          }
        }
      }
    `);
    const create = await queryData(graph.url, CREATE_PROPOSED, {
      input: {
        title: 'Proposed test memorandum',
        stage: 'PROPOSED',
        unsignedAsOf: '2029-12-31',
        parties: [{ organizationId: ORG.cheche }, { organizationId: ORG.wasitGovernorate }],
      },
    });
    expect(create.createAgreement!.agreement).toMatchObject({ stage: 'PROPOSED', status: null });
    const UPDATE = graphql(`
      mutation ProvenanceSignProposedAgreement($input: UpdateAgreementInput!) {
        updateAgreement(input: $input) {
          agreement {
            stage
            unsignedAsOf
            signedOn
            status(on: "2030-01-01")
          }
          error {
            code
          }
        }
      }
    `);
    const { updateAgreement } = await queryData(graph.url, UPDATE, {
      input: { id: create.createAgreement!.agreement!.id, signedOn: '2030-01-01' },
    });
    expect(updateAgreement).toEqual({
      agreement: { stage: 'SIGNED', unsignedAsOf: null, signedOn: '2030-01-01', status: 'ACTIVE' },
      error: null,
    });
  });
});

describe('a capacity', () => {
  it('that was not announced is not "unlimited"', async () => {
    const CAPACITIES = graphql(`
      query ProvenanceCourseCapacities {
        courses {
          edges {
            node {
              capacity
              capacityStatus
            }
          }
        }
      }
    `);
    const { courses } = await queryData(graph.url, CAPACITIES);
    expect(courses!.edges.map((edge) => edge.node)).toEqual([{ capacity: null, capacityStatus: 'NOT_ANNOUNCED' }]);
    const unlimited = await createCourse(graph.url, { title: 'No limit' });
    const unannounced = await createCourse(graph.url, { title: 'Not announced', capacityStatus: 'NOT_ANNOUNCED' });
    const limited = await createCourse(graph.url, { title: 'Twelve', capacity: 12 });
    const STATUSES = graphql(`
      query ProvenanceCapacityStatuses($a: ID!, $b: ID!, $c: ID!) {
        a: course(id: $a) {
          capacityStatus
        }
        b: course(id: $b) {
          capacityStatus
        }
        c: course(id: $c) {
          capacityStatus
        }
      }
    `);
    const statuses = await queryData(graph.url, STATUSES, { a: unlimited, b: unannounced, c: limited });
    expect(statuses).toEqual({
      a: { capacityStatus: 'UNLIMITED' },
      b: { capacityStatus: 'NOT_ANNOUNCED' },
      c: { capacityStatus: 'LIMITED' },
    });
  });
});

describe('an exhibition a report says was already held', () => {
  it('is PAST from the date of that report, and the earlier one in Wasit opened before the Ilam exhibition', async () => {
    const IRAQ = graphql(`
      query ProvenanceExhibitionsHeldInIraq {
        exhibitions(filter: { countryCode: "IQ" }) {
          edges {
            node {
              name
              region
              startsOn
              startsNoLaterThan
              endsNoLaterThan
              onTheDayBefore: status(on: "2025-10-10")
              onTheReportsDay: status(on: "2025-10-11")
              derivations {
                field
                method
              }
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, IRAQ);
    const nodes = exhibitions!.edges.map((edge) => edge.node);
    const ilam = nodes.find((node) => node.name === 'Ilam Handicrafts Exhibition');
    const earlierWasit = nodes.find((node) => node.region === 'Wasit' && node !== ilam);
    const sulaymaniyah = nodes.find((node) => node.region === 'Sulaymaniyah');
    for (const held of [earlierWasit, sulaymaniyah]) {
      expect(held).toMatchObject({ endsNoLaterThan: '2025-10-10', onTheDayBefore: null, onTheReportsDay: 'PAST' });
      expect(held?.derivations.find((derivation) => derivation.field === 'endsNoLaterThan')?.method).toBe('INFERRED');
    }
    expect(ilam?.startsOn).toEqual(expect.any(String));
    expect((earlierWasit?.startsNoLaterThan ?? '9999-12-31') < (ilam?.startsOn ?? '0000-01-01')).toBe(true);
    expect(ilam?.onTheReportsDay).toBe('ONGOING');
    const PAST = graphql(`
      query ProvenancePastExhibitionsInIraq {
        exhibitions(filter: { countryCode: "IQ", status: PAST, statusOn: "2025-10-11" }) {
          totalCount
        }
      }
    `);
    expect((await queryData(graph.url, PAST)).exhibitions!.totalCount).toBe(2);
  });

  it('no longer takes exhibitors', async () => {
    const SULAYMANIYAH = graphql(`
      query ProvenanceSulaymaniyahExhibition {
        exhibitions(filter: { countryCode: "IQ", region: "Sulaymaniyah" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, SULAYMANIYAH);
    const artisanId = await createArtisan(graph.url, { name: 'Provenance test artisan', provinceCode: 'IR-16' });
    const REGISTER = graphql(`
      mutation ProvenanceRegisterAtHeldExhibition($input: ExhibitorInput!) {
        registerExhibitor(input: $input) {
          error {
            code
          }
        }
      }
    `);
    const { registerExhibitor } = await queryData(graph.url, REGISTER, {
      input: { exhibitionId: exhibitions!.edges[0].node.id, artisanId },
    });
    expect(registerExhibitor!.error).toEqual({ code: 'EXHIBITION_ENDED' });
  });
});

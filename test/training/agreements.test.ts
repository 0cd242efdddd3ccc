// @durationSeconds 49 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import { BUILTIN_ORGANIZATION_IDS as ORG } from '../support/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

const CREATE = graphql(`
  mutation AgreementsCreate($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      agreement {
        id
        title
        parties {
          organization {
            name
          }
          representedBy
        }
        commitments {
          joint
          description
          party {
            name
          }
        }
      }
      error {
        code
        field
      }
    }
  }
`);

describe('the memorandum with the Technical and Vocational Training Organization', () => {
  const MEMORANDUM = graphql(`
    query AgreementsMemorandum($partyId: ID!, $on: Date) {
      agreements(filter: { partyId: $partyId }) {
        edges {
          node {
            title
            signedOn
            validUntil
            extendable
            extensionTerms
            financialObligations
            financialTerms
            status(on: $on)
            parties {
              organization {
                name
              }
              representedBy
              representativeRole
            }
            commitments {
              joint
              party {
                name
              }
              description
            }
            sources {
              title
              publisher
            }
          }
        }
      }
    }
  `);
  const memorandum = async (on: string) =>
    (await queryData(graph.url, MEMORANDUM, { partyId: ORG.technicalAndVocationalTrainingOrganization, on })).agreements!.edges.map(
      (edge) => edge.node,
    );

  it('is valid for three years from 2025-04-22, extendable, without financial obligations, citing its report', async () => {
    const [agreement] = await memorandum('2026-01-01');
    expect(agreement).toMatchObject({
      signedOn: '2025-04-22',
      validUntil: '2028-04-21',
      extendable: true,
      financialObligations: false,
      status: 'ACTIVE',
      parties: [
        { representedBy: 'Maryam Jalali Dehkordi', representativeRole: null },
        { organization: { name: 'Technical and Vocational Training Organization' }, representedBy: 'Gholamhossein Mohammadi' },
      ],
      sources: [{ publisher: null }],
    });
    expect(agreement.extensionTerms).toMatch(/mutual agreement/);
    expect(agreement.financialTerms).toMatch(/separate contracts/);
  });

  it('lists the commitments of each party and the joint ones', async () => {
    const [{ commitments }] = await memorandum('2026-01-01');
    const byParty = (name: string | null) =>
      commitments.filter((commitment) => (commitment.party?.name ?? null) === name).map((commitment) => commitment.description);
    expect(byParty('Technical and Vocational Training Organization')).toContain('License private training centres for artists.');
    expect(byParty('Deputy of Handicrafts and Traditional Arts, Ministry of Cultural Heritage, Tourism and Handicrafts')).toContain(
      'Conduct training needs assessments.',
    );
    expect(byParty(null)).toContain('Create a shared database.');
    expect(commitments.filter((commitment) => commitment.joint).every((commitment) => commitment.party === null)).toBe(true);
  });

  it.each([
    ['2025-04-21', 'UPCOMING'],
    ['2025-04-22', 'ACTIVE'],
    ['2028-04-21', 'ACTIVE'],
    ['2028-04-22', 'EXPIRED'],
  ])('has status on %s: %s', async (on, status) => {
    const [agreement] = await memorandum(on);
    expect(agreement.status).toBe(status);
  });
});

describe('agreements', () => {
  const COUNT = graphql(`
    query AgreementsCount {
      agreements {
        totalCount
      }
    }
  `);
  const count = async () => (await queryData(graph.url, COUNT)).agreements!.totalCount;

  it('filters by the date they are active on, consistently with status', async () => {
    const ACTIVE_ON = graphql(`
      query AgreementsActiveOn($d: Date!) {
        agreements(filter: { activeOn: $d }) {
          edges {
            node {
              title
              status(on: $d)
            }
          }
        }
      }
    `);
    const activeOn = async (date: string) =>
      (await queryData(graph.url, ACTIVE_ON, { d: date })).agreements!.edges.map((edge) => edge.node);
    const early = await activeOn('2025-04-19');
    expect(early.map((agreement) => agreement.title)).toEqual([expect.stringMatching(/design and fashion/)]);
    const later = await activeOn('2026-06-01');
    expect(later).toHaveLength(1);
    expect(later.every((agreement) => agreement.status === 'ACTIVE')).toBe(true);
    expect(await activeOn('2030-01-01')).toEqual([]);
  });

  it('records an agreement with parties and commitments in one transaction', async () => {
    const { createAgreement } = await queryData(graph.url, CREATE, {
      input: {
        title: 'Test memorandum',
        signedOn: '2026-01-10',
        validUntil: '2027-01-09',
        parties: [{ organizationId: ORG.ilamProvinceGovernorate, representedBy: 'A Signatory' }, { organizationId: ORG.wasitGovernorate }],
        commitments: [
          { partyId: ORG.ilamProvinceGovernorate, description: 'Host a delegation.' },
          { description: 'Review trade cooperation.' },
        ],
      },
    });
    expect(createAgreement!.error).toBeNull();
    expect(createAgreement!.agreement).toMatchObject({
      title: 'Test memorandum',
      parties: [
        { organization: { name: 'Governorate of Ilam Province' }, representedBy: 'A Signatory' },
        { organization: { name: 'Wasit Governorate' } },
      ],
      commitments: [
        { joint: false, description: 'Host a delegation.', party: { name: 'Governorate of Ilam Province' } },
        { joint: true, description: 'Review trade cooperation.', party: null },
      ],
    });

    const UPDATE = graphql(`
      mutation AgreementsUpdate($input: UpdateAgreementInput!) {
        updateAgreement(input: $input) {
          agreement {
            validUntil
            commitments {
              description
            }
          }
          error {
            code
          }
        }
      }
    `);
    const { updateAgreement } = await queryData(graph.url, UPDATE, {
      input: { id: createAgreement!.agreement!.id, validUntil: '2028-01-09', commitments: [{ description: 'Only this now.' }] },
    });
    expect(updateAgreement).toEqual({
      agreement: { validUntil: '2028-01-09', commitments: [{ description: 'Only this now.' }] },
      error: null,
    });
  });

  it('writes nothing when a commitment names an organisation that is not a party', async () => {
    const before = await count();
    const response = await postGraphql(graph.url, CREATE, {
      input: {
        title: 'Broken memorandum',
        signedOn: '2026-02-01',
        parties: [{ organizationId: ORG.cheche }, { organizationId: ORG.deputyForHandicrafts }],
        commitments: [{ description: 'Fine.' }, { partyId: ORG.worldCraftsCouncil, description: 'Not a party.' }],
      },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.commitments[1].partyId' });
    expect(await count()).toBe(before);
  });

  it('refuses unknown parties with NOT_FOUND and a validity that ends before signing with BAD_USER_INPUT', async () => {
    const unknown = await queryData(graph.url, CREATE, {
      input: {
        title: 'Ghost',
        signedOn: '2026-01-01',
        parties: [{ organizationId: ORG.cheche }, { organizationId: '00000000-0000-4000-8000-000000000042' }],
      },
    });
    expect(unknown.createAgreement).toEqual({ agreement: null, error: { code: 'NOT_FOUND', field: 'parties' } });
    const backwards = await postGraphql(graph.url, CREATE, {
      input: {
        title: 'Backwards',
        signedOn: '2026-01-01',
        validUntil: '2025-01-01',
        parties: [{ organizationId: ORG.cheche }, { organizationId: ORG.deputyForHandicrafts }],
      },
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.validUntil' });
  });
});

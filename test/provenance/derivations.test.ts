import { graphql } from '../generated';
import { BUILTIN_ORGANIZATION_IDS as ORG } from '../support/catalogue';
import { queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { recordFigure } from '../support/trade-fixtures';

graphql(`
  fragment ProvenanceDerivation on Derivation {
    field
    method
    statement
  }
`);

const graph = useTestGraph();

/** Returns the method of the derivation on `field`, or undefined when the field carries none. */
function methodOf(record: { readonly derivations: ReadonlyArray<{ readonly field: string; readonly method: string }> }, field: string) {
  return record.derivations.find((derivation) => derivation.field === field)?.method;
}

describe('values the reports do not state word for word', () => {
  it('say how they were derived: the last day of the week-long exhibition, the three years of the memorandum', async () => {
    const DERIVED = graphql(`
      query ProvenanceDerivedDates($partyId: ID!) {
        exhibitions(filter: { countryCode: "IQ", startsFrom: "2025-10-10" }) {
          edges {
            node {
              startsOn
              endsOn
              derivations {
                ...ProvenanceDerivation
              }
            }
          }
        }
        agreements(filter: { partyId: $partyId }) {
          edges {
            node {
              signedOn
              validUntil
              term
              derivations {
                ...ProvenanceDerivation
              }
            }
          }
        }
      }
    `);
    const data = await queryData(graph.url, DERIVED, { partyId: ORG.technicalAndVocationalTrainingOrganization });
    const ilam = data.exhibitions!.edges[0].node;
    expect(ilam).toMatchObject({ startsOn: '2025-10-10', endsOn: '2025-10-16' });
    expect(methodOf(ilam, 'endsOn')).toBe('DERIVED');
    expect(ilam.derivations.find((derivation) => derivation.field === 'endsOn')?.statement).toMatch(/week-long/);
    expect(methodOf(ilam, 'startsOn')).toBe('DERIVED');
    const tvto = data.agreements!.edges[0].node;
    expect(tvto).toMatchObject({ signedOn: '2025-04-22', validUntil: '2028-04-21', term: 'FIXED' });
    expect(methodOf(tvto, 'validUntil')).toBe('INFERRED');
    expect(methodOf(tvto, 'signedOn')).toBeUndefined();
  });

  it("mark the $224 million's channel as inferred and leave the certificate issuer null rather than narrowed to Cheche", async () => {
    const FIGURES_AND_COURSES = graphql(`
      query ProvenanceDerivedFiguresAndCourses {
        exportFigures(filter: { solarYears: [1403] }) {
          edges {
            node {
              channel
              valueUsd
              precision
              periodBasis
              derivations {
                ...ProvenanceDerivation
              }
            }
          }
        }
        courses {
          edges {
            node {
              title
              certificateIssuer {
                name
              }
              provider {
                name
              }
              derivations {
                ...ProvenanceDerivation
              }
            }
          }
        }
      }
    `);
    const data = await queryData(graph.url, FIGURES_AND_COURSES);
    const figures = data.exportFigures!.edges.map((edge) => edge.node);
    const customs224 = figures.find((figure) => figure.valueUsd === '224000000.00' && figure.channel === 'CUSTOMS');
    expect(customs224).toBeDefined();
    expect(methodOf(customs224!, 'channel')).toBe('INFERRED');
    expect(methodOf(customs224!, 'precision')).toBe('DERIVED');
    expect(methodOf(customs224!, 'period')).toBe('DERIVED');
    const current = figures.filter((figure) => figure.periodBasis === 'CURRENT_ANNUAL');
    expect(current.map((figure) => methodOf(figure, 'period'))).toEqual(['INFERRED', 'INFERRED']);
    const [course] = data.courses!.edges.map((edge) => edge.node);
    expect(course.certificateIssuer).toBeNull();
    expect(methodOf(course, 'certificateIssuer')).toBe('UNDETERMINED');
    expect(course.derivations.find((derivation) => derivation.field === 'certificateIssuer')?.statement).toMatch(/the Italian organizers/);
    expect(methodOf(course, 'provider')).toBe('INFERRED');
  });

  it('keep the two "other provisions" of the memorandum apart from its joint commitments', async () => {
    const COMMITMENTS = graphql(`
      query ProvenanceCommitmentKinds($partyId: ID!) {
        agreements(filter: { partyId: $partyId }) {
          edges {
            node {
              commitments {
                kind
                joint
                party {
                  name
                }
                description
              }
            }
          }
        }
      }
    `);
    const { agreements } = await queryData(graph.url, COMMITMENTS, { partyId: ORG.technicalAndVocationalTrainingOrganization });
    const commitments = agreements!.edges[0].node.commitments;
    expect(commitments.filter((commitment) => commitment.kind === 'OTHER_PROVISION')).toEqual([
      { kind: 'OTHER_PROVISION', joint: false, party: null, description: 'Trainee insurance.' },
      { kind: 'OTHER_PROVISION', joint: false, party: null, description: 'Coordination with associations and NGOs.' },
    ]);
    expect(commitments.filter((commitment) => commitment.kind === 'JOINT')).toHaveLength(5);
    expect(commitments.filter((commitment) => commitment.kind === 'PARTY')).toHaveLength(8);
  });

  it('drop their note once someone writes the value: the writer states it', async () => {
    const CREATE = graphql(`
      mutation ProvenanceCreateAgreementWithoutTerm($input: CreateAgreementInput!) {
        createAgreement(input: $input) {
          agreement {
            id
            term
            derivations {
              ...ProvenanceDerivation
            }
            commitments {
              kind
            }
          }
          error {
            code
          }
        }
      }
    `);
    const { createAgreement } = await queryData(graph.url, CREATE, {
      input: {
        title: 'Provenance test memorandum',
        signedOn: '2025-06-01',
        term: 'NOT_STATED',
        parties: [{ organizationId: ORG.cheche }, { organizationId: ORG.deputyForHandicrafts }],
        commitments: [{ description: 'Something unattributed.', kind: 'OTHER_PROVISION' }, { description: 'Together.' }],
      },
    });
    expect(createAgreement!.agreement).toMatchObject({
      term: 'NOT_STATED',
      derivations: [],
      commitments: [{ kind: 'OTHER_PROVISION' }, { kind: 'JOINT' }],
    });
    const ILAM_ID = graphql(`
      query ProvenanceIlamExhibitionId {
        exhibitions(filter: { countryCode: "IQ", startsFrom: "2025-10-10" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, ILAM_ID);
    const UPDATE = graphql(`
      mutation ProvenanceUpdateExhibitionEnd($input: UpdateExhibitionInput!) {
        updateExhibition(input: $input) {
          exhibition {
            endsOn
            derivations {
              ...ProvenanceDerivation
            }
          }
          error {
            code
          }
        }
      }
    `);
    const { updateExhibition } = await queryData(graph.url, UPDATE, { input: { id: exhibitions!.edges[0].node.id, endsOn: '2025-10-17' } });
    expect(updateExhibition!.exhibition?.endsOn).toBe('2025-10-17');
    expect(methodOf(updateExhibition!.exhibition!, 'endsOn')).toBeUndefined();
    expect(methodOf(updateExhibition!.exhibition!, 'startsOn')).toBe('DERIVED');
  });
});

describe('aggregates over derived or inferred figures', () => {
  it('say so: the 1403 totals ($448 million by default, $500 million from IRNA) list the derived values they add up', async () => {
    const TOTALS = graphql(`
      query ProvenanceTotalsOfDerivedValues($source: ExportSourceSelector) {
        exportTotals(filter: { solarYears: [1403] }, source: $source) {
          valueUsd
          usesDerivedValues
          derivedValues {
            recordType
            recordId
            field
            method
          }
          figures {
            id
          }
        }
      }
    `);
    const [byDefault] = (await queryData(graph.url, TOTALS)).exportTotals!;
    expect(byDefault).toMatchObject({ valueUsd: '448000000.00', usesDerivedValues: true });
    const figureIds = new Set(byDefault.figures.map((figure) => figure.id));
    expect(byDefault.derivedValues.every((value) => value.recordType === 'ExportFigure' && figureIds.has(value.recordId))).toBe(true);
    expect(byDefault.derivedValues).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'channel', method: 'INFERRED' })]));
    const [irna] = (await queryData(graph.url, TOTALS, { source: { publisher: 'IRNA' } })).exportTotals!;
    expect(irna).toMatchObject({ valueUsd: '500000000.00', usesDerivedValues: true });
    expect(irna.derivedValues.filter((value) => value.field === 'period').map((value) => value.method)).toEqual(['INFERRED', 'INFERRED']);
  });

  it('do not say so when no figure used is derived', async () => {
    await recordFigure(graph.url, { channel: 'CUSTOMS', precision: 'EXACT', period: { solarYear: 1380 }, valueUsd: '10' });
    const TOTALS_1380 = graphql(`
      query ProvenanceTotalsWithoutDerivedValues {
        exportTotals(filter: { solarYears: [1380] }) {
          valueUsd
          usesDerivedValues
          derivedValues {
            field
          }
        }
      }
    `);
    const { exportTotals } = await queryData(graph.url, TOTALS_1380);
    expect(exportTotals).toEqual([{ valueUsd: '10.00', usesDerivedValues: false, derivedValues: [] }]);
  });

  it('give no market share across unmatched periods: the $770 billion has no year', async () => {
    const SHARES = graphql(`
      query ProvenanceMarketShareWithoutPeriod {
        exportTotals(filter: { solarYears: [1403] }) {
          valueUsd
          marketShares {
            share
            unavailableReason
            market {
              market
              valueUsd
            }
            derivedValues {
              field
              method
            }
          }
        }
      }
    `);
    const { exportTotals } = await queryData(graph.url, SHARES);
    const [share] = exportTotals![0].marketShares;
    expect(share).toMatchObject({ share: null, market: { market: 'Global handicrafts market', valueUsd: '770000000000.00' } });
    expect(share.unavailableReason).toMatch(/states no period/);
    expect(share.derivedValues).toEqual(expect.arrayContaining([{ field: 'period', method: 'UNDETERMINED' }]));
  });

  it('say how the growth target is read when they compare growth with it', async () => {
    await recordFigure(graph.url, { channel: 'CUSTOMS', precision: 'EXACT', period: { solarYear: 1381 }, valueUsd: '11' });
    const PROGRESS = graphql(`
      query ProvenanceTargetProgress {
        exportTotals(filter: { solarYears: [1381] }, groupBy: [YEAR]) {
          growthPercent
          targetProgress {
            met
            target {
              policyDocument {
                title
              }
            }
            derivedValues {
              recordType
              field
              method
            }
          }
        }
      }
    `);
    const { exportTotals } = await queryData(graph.url, PROGRESS);
    const [progress] = exportTotals![0].targetProgress;
    expect(progress.target.policyDocument?.title).toBe('National Handicrafts Document');
    expect(progress.derivedValues).toEqual(
      expect.arrayContaining([
        { recordType: 'GrowthTarget', field: 'ratePercent', method: 'INFERRED' },
        { recordType: 'GrowthTarget', field: 'document', method: 'INFERRED' },
      ]),
    );
  });
});

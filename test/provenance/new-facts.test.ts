import { graphql } from '../generated';
import { queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

describe('facts of the reports recorded as their own records', () => {
  it('hold the rescue plan, in preparation, in line with the National Handicrafts Document, which holds the eight percent target', async () => {
    const POLICY_DOCUMENTS = graphql(`
      query ProvenancePolicyDocuments {
        policyDocuments {
          title
          kind
          status
          statusAsOf
          elements
          ownerOrganization {
            name
          }
          inLineWith {
            title
          }
          growthTargets {
            ratePercent
          }
          sources {
            id
            credits
          }
          attributions {
            basis
            speaker {
              name
            }
          }
          derivations {
            field
            method
          }
        }
      }
    `);
    const { policyDocuments } = await queryData(graph.url, POLICY_DOCUMENTS);
    const byTitle = Object.fromEntries(policyDocuments!.map((document) => [document.title, document]));
    const plan = byTitle['Rescue plan for the handicrafts sector'];
    expect(plan).toMatchObject({
      kind: 'PLAN',
      status: 'IN_PREPARATION',
      statusAsOf: '2025-04-21',
      ownerOrganization: { name: expect.stringMatching(/^Deputy of Handicrafts/) },
      inLineWith: { title: 'National Handicrafts Document' },
      sources: [{ id: expect.any(String), credits: ['IRNA'] }],
    });
    expect(plan.elements.join(' ')).toMatch(/value chain/);
    expect(plan.elements.join(' ')).toMatch(/convergence of all agencies/i);
    expect(plan.elements.join(' ')).toMatch(/High Employment Council/);
    expect(
      plan.attributions.every(
        (attribution) => attribution.basis === 'REPORTED_SPEECH' && attribution.speaker?.name === 'Maryam Jalali-Dehkordi',
      ),
    ).toBe(true);
    expect(plan.derivations).toEqual(expect.arrayContaining([{ field: 'elements', method: 'INFERRED' }]));
    const document = byTitle['National Handicrafts Document'];
    expect(document).toMatchObject({ kind: 'NATIONAL_DOCUMENT', status: null, growthTargets: [{ ratePercent: '8.00' }] });
  });

  it("hold the year's slogan with each report's wording", async () => {
    const SLOGANS = graphql(`
      query ProvenanceYearSlogans {
        yearSlogans {
          solarYear
          slogan
          attributions {
            basis
            quote
            source {
              credits
            }
          }
          derivations {
            field
            method
          }
        }
      }
    `);
    const { yearSlogans } = await queryData(graph.url, SLOGANS);
    expect(yearSlogans).toHaveLength(1);
    const [slogan] = yearSlogans!;
    expect(slogan).toMatchObject({
      solarYear: 1404,
      slogan: 'Investment for Production',
      derivations: [{ field: 'solarYear', method: 'DERIVED' }],
    });
    expect(slogan.attributions.map((attribution) => [attribution.source.credits[0], attribution.basis])).toEqual([
      ['IRNA', 'REPORTED_SPEECH'],
      ['Miras Aria', 'STATED'],
    ]);
    expect(slogan.attributions[0].quote).toMatch(/Year of Investment in Production/);
  });

  it('hold Cheche already marketing Mazandaran products, without saying where they are marketed', async () => {
    const MARKETING = graphql(`
      query ProvenanceMarketingActivities {
        marketingActivities {
          description
          marketer {
            name
          }
          province {
            code
          }
          market {
            code
          }
          begunNoLaterThan
          outlook
          derivations {
            field
            method
          }
          attributions {
            speaker {
              name
            }
          }
        }
      }
    `);
    const { marketingActivities } = await queryData(graph.url, MARKETING);
    expect(marketingActivities).toEqual([
      {
        description: expect.stringMatching(/Cheche has begun marketing Mazandaran/),
        marketer: { name: 'Cheche' },
        province: { code: 'IR-02' },
        market: null,
        begunNoLaterThan: '2025-04-19',
        outlook: expect.stringMatching(/exports to Italy are expected to commence soon/),
        derivations: [
          { field: 'begunNoLaterThan', method: 'DERIVED' },
          { field: 'market', method: 'UNDETERMINED' },
        ],
        attributions: [{ speaker: { name: 'Hossein Izadi' } }],
      },
    ]);
  });
});

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { graphql } from '../generated';
import type { ProvenanceAttributionFragment, ProvenanceReportFactsQuery } from '../generated/graphql';
import { REPORT_PASSAGES, SOURCE_DOCUMENTS } from '../support/catalogue';
import { queryData } from '../support/graphql-client';
import { projectRoot } from '../support/project-root';
import { useTestGraph } from '../support/test-graph';

/**
 * The seed reports, beside the project where it is developed; a clone
 * elsewhere checks the passages against their committed fingerprints.
 */
const SEEDS = path.join(projectRoot(), '..', 'shared', 'seeds');
const SEED_FILES: Record<string, string> = {
  [SOURCE_DOCUMENTS.chechePilotCourses.id]: '000_0f08ce0820dcbfa5.txt',
  [SOURCE_DOCUMENTS.tvtoMemorandum.id]: '001_244c58cf48eb6cc8.txt',
  [SOURCE_DOCUMENTS.rescuePlan.id]: '002_8925a9ebab88ead6.txt',
  [SOURCE_DOCUMENTS.ilamExhibitionInWasit.id]: '003_c1ff9dbbbaea4b55.txt',
};

graphql(`
  fragment ProvenanceAttribution on Attribution {
    source {
      id
    }
    basis
    quote
    speaker {
      name
      role
      organization {
        id
        name
      }
    }
  }
`);

/**
 * Everything each source supports, across the three subgraphs: of ten
 * sources at most (there are four), as a hundred, each with all it supports,
 * would be more than the gateway's node limit allows.
 */
const REPORT_FACTS = graphql(`
  query ProvenanceReportFacts {
    sources(first: 10) {
      edges {
        node {
          id
          facts {
            organizations {
              name
            }
            agreements {
              title
              stage
              attributions {
                ...ProvenanceAttribution
              }
            }
            courses {
              title
              attributions {
                ...ProvenanceAttribution
              }
            }
            trainingCentres {
              name
              attributions {
                ...ProvenanceAttribution
              }
            }
            officialVisits {
              title
              attributions {
                ...ProvenanceAttribution
              }
            }
            exhibitions {
              name
              attributions {
                ...ProvenanceAttribution
              }
            }
            exportMarkets {
              country {
                code
              }
              attributions {
                ...ProvenanceAttribution
              }
            }
            worldCraftDesignations {
              placeName
            }
            worldCraftDesignationCounts {
              kind
              reportedCount
              attributions {
                ...ProvenanceAttribution
              }
            }
            marketingActivities {
              description
              attributions {
                ...ProvenanceAttribution
              }
            }
            exportFigures(first: 100) {
              totalCount
              edges {
                node {
                  id
                  valueUsd
                  channel
                  attributions {
                    ...ProvenanceAttribution
                  }
                }
              }
            }
            growthTargets {
              ratePercent
              attributions {
                ...ProvenanceAttribution
              }
            }
            marketSizes {
              market
              attributions {
                ...ProvenanceAttribution
              }
            }
            policyDocuments {
              title
              attributions {
                ...ProvenanceAttribution
              }
            }
            yearSlogans {
              slogan
              attributions {
                ...ProvenanceAttribution
              }
            }
          }
        }
      }
    }
  }
`);

/** The facts of one source, as REPORT_FACTS reads them. */
type ReportFacts = NonNullable<ProvenanceReportFactsQuery['sources']>['edges'][number]['node']['facts'];

const graph = useTestGraph();

/** Returns the facts of each of the four reports, by source id. */
async function factsOfReports(): Promise<Record<string, ReportFacts>> {
  const { sources } = await queryData(graph.url, REPORT_FACTS);
  return Object.fromEntries(sources!.edges.map((edge) => [edge.node.id, edge.node.facts]));
}

/** Returns every attribution of every record of `facts` (organisations and designations by name carry none). */
function attributionsIn(facts: ReportFacts): ProvenanceAttributionFragment[] {
  const records: ReadonlyArray<{ readonly attributions: readonly ProvenanceAttributionFragment[] }> = [
    ...(facts.agreements ?? []),
    ...(facts.courses ?? []),
    ...(facts.trainingCentres ?? []),
    ...(facts.officialVisits ?? []),
    ...(facts.exhibitions ?? []),
    ...(facts.exportMarkets ?? []),
    ...(facts.worldCraftDesignationCounts ?? []),
    ...(facts.marketingActivities ?? []),
    ...(facts.exportFigures?.edges.map((edge) => edge.node) ?? []),
    ...(facts.growthTargets ?? []),
    ...(facts.marketSizes ?? []),
    ...(facts.policyDocuments ?? []),
    ...(facts.yearSlogans ?? []),
  ];
  return records.flatMap((record) => record.attributions);
}

describe('a source', () => {
  it('keeps its outlet apart from the agencies it quotes: none of the four reports names its outlet', async () => {
    const SOURCES = graphql(`
      query ProvenanceSources {
        sources {
          totalCount
          edges {
            node {
              id
              title
              publisher
              credits
              publishedOn
              url
            }
          }
        }
      }
    `);
    const { sources } = await queryData(graph.url, SOURCES);
    expect(sources!.totalCount).toBe(4);
    const byId = Object.fromEntries(sources!.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId[SOURCE_DOCUMENTS.chechePilotCourses.id]).toMatchObject({ publisher: null, credits: ['CHTN'], publishedOn: '2025-04-19' });
    expect(byId[SOURCE_DOCUMENTS.tvtoMemorandum.id]).toMatchObject({ publisher: null, credits: ['Miras Aria'], publishedOn: null });
    expect(byId[SOURCE_DOCUMENTS.rescuePlan.id]).toMatchObject({ publisher: null, credits: ['IRNA'], publishedOn: '2025-04-21' });
    expect(byId[SOURCE_DOCUMENTS.ilamExhibitionInWasit.id]).toMatchObject({
      publisher: null,
      credits: ['IRIB'],
      publishedOn: '2025-10-11',
    });
  });

  it('is found by the agency it credits, and has the same id whichever subgraph cites it', async () => {
    const CITED_BY_IRNA = graphql(`
      query ProvenanceCitedByIrna {
        sources(filter: { credit: "irna" }) {
          edges {
            node {
              id
              title
            }
          }
        }
        exportFigures(filter: { solarYears: [1403], channel: SUITCASE }) {
          edges {
            node {
              sources {
                id
              }
            }
          }
        }
        exportMarkets(group: CASPIAN_LITTORAL) {
          sources {
            id
          }
        }
        organizations(first: 100) {
          edges {
            node {
              name
              sources {
                id
              }
            }
          }
        }
      }
    `);
    const data = await queryData(graph.url, CITED_BY_IRNA);
    expect(data.sources!.edges.map((edge) => edge.node.id)).toEqual([SOURCE_DOCUMENTS.rescuePlan.id]);
    const rescuePlan = SOURCE_DOCUMENTS.rescuePlan.id;
    expect(data.exportFigures!.edges.map((edge) => edge.node.sources[0].id)).toContain(rescuePlan);
    expect(data.exportMarkets!.every((market) => market.sources[0].id === rescuePlan)).toBe(true);
    const council = data.organizations!.edges.find((edge) => edge.node.name === 'World Crafts Council')?.node;
    expect(council?.sources.map((source) => source.id)).toEqual([rescuePlan]);
  });
});

describe('who said it', () => {
  it('credits the $224 million to the Minister, citing data, not to the agency the report quotes', async () => {
    const FIGURES = graphql(`
      query ProvenanceFigureAttributions {
        exportFigures(filter: { solarYears: [1403] }) {
          edges {
            node {
              channel
              valueUsd
              attributions {
                ...ProvenanceAttribution
              }
            }
          }
        }
      }
    `);
    const { exportFigures } = await queryData(graph.url, FIGURES);
    const figures = exportFigures!.edges.map((edge) => edge.node);
    const customs224 = figures.find((figure) => figure.valueUsd === '224000000.00' && figure.channel === 'CUSTOMS');
    expect(customs224?.attributions).toEqual([
      {
        source: { id: SOURCE_DOCUMENTS.chechePilotCourses.id },
        basis: 'CITED_DATA',
        quote: expect.stringContaining('according to the Minister of Cultural Heritage, Tourism, and Handicrafts'),
        speaker: {
          name: null,
          role: 'Minister of Cultural Heritage, Tourism, and Handicrafts',
          organization: { id: expect.any(String), name: 'Ministry of Cultural Heritage, Tourism and Handicrafts' },
        },
      },
    ]);
    const customs250 = figures.find((figure) => figure.valueUsd === '250000000.00' && figure.channel === 'CUSTOMS');
    expect(customs250?.attributions).toEqual([
      {
        source: { id: SOURCE_DOCUMENTS.rescuePlan.id },
        basis: 'CITED_DATA',
        quote: expect.stringContaining('Available data compiled by the Ministry'),
        speaker: {
          name: null,
          role: null,
          organization: { id: expect.any(String), name: 'Ministry of Cultural Heritage, Tourism and Handicrafts' },
        },
      },
    ]);
  });

  it("credits the eight percent to the Deputy Minister, the $770 billion to the Ministry's data, the Ilam exhibition to the report and to Ilam's deputy governor general", async () => {
    const TARGET_MARKET_EXHIBITION = graphql(`
      query ProvenanceTargetMarketExhibitionAttributions {
        growthTargets {
          attributions {
            ...ProvenanceAttribution
          }
        }
        marketSizes {
          attributions {
            ...ProvenanceAttribution
          }
        }
        exhibitions(filter: { countryCode: "IQ", region: "Wasit", startsFrom: "2025-10-10" }) {
          edges {
            node {
              name
              attributions {
                ...ProvenanceAttribution
              }
            }
          }
        }
      }
    `);
    const data = await queryData(graph.url, TARGET_MARKET_EXHIBITION);
    expect(data.growthTargets![0].attributions).toEqual([
      expect.objectContaining({
        basis: 'REPORTED_SPEECH',
        quote: expect.stringContaining('eight-percent growth'),
        speaker: {
          name: 'Maryam Jalali-Dehkordi',
          role: 'Deputy Minister of Handicrafts',
          organization: expect.objectContaining({ name: expect.stringMatching(/^Deputy of Handicrafts/) }),
        },
      }),
    ]);
    expect(data.marketSizes![0].attributions).toEqual([
      expect.objectContaining({ basis: 'CITED_DATA', quote: expect.stringContaining('$770 billion') }),
    ]);
    const [ilam] = data.exhibitions!.edges.map((edge) => edge.node);
    expect(ilam.name).toBe('Ilam Handicrafts Exhibition');
    expect(ilam.attributions.map((attribution) => [attribution.basis, attribution.speaker?.name ?? null])).toEqual([
      ['STATED', null],
      ['REPORTED_SPEECH', 'Abbas Mirzad'],
      ['REPORTED_SPEECH', 'Abbas Mirzad'],
      ['REPORTED_SPEECH', 'Abbas Mirzad'],
    ]);
    expect(ilam.attributions[1].speaker).toMatchObject({
      role: 'deputy governor general of Ilam province',
      organization: { name: 'Governorate of Ilam Province' },
    });
  });

  it('records as speakers only the people the reports name, with the roles the reports give them, and unnamed offices', async () => {
    const speakers = new Set(
      Object.values(await factsOfReports())
        .flatMap(attributionsIn)
        .flatMap((attribution) =>
          attribution.speaker ? [`${attribution.speaker.name ?? '(unnamed)'} | ${attribution.speaker.role ?? ''}`] : [],
        ),
    );
    expect([...speakers].sort()).toEqual([
      '(unnamed) | ',
      '(unnamed) | Minister of Cultural Heritage, Tourism, and Handicrafts',
      'Abbas Mirzad | deputy governor general of Ilam province',
      'Hossein Izadi | tourism chief of Mazandaran province',
      'Maryam Jalali-Dehkordi | Deputy Minister of Handicrafts',
    ]);
    // The TVTO's deputy minister is recorded as a signatory, with his office as reported.
    const SIGNATORIES = graphql(`
      query ProvenanceSignatories {
        agreements {
          edges {
            node {
              parties {
                representedBy
                representativeRole
              }
            }
          }
        }
      }
    `);
    const { agreements } = await queryData(graph.url, SIGNATORIES);
    const signatories = agreements!.edges.flatMap((edge) => edge.node.parties).filter((party) => party.representedBy);
    expect(signatories).toEqual(
      expect.arrayContaining([
        { representedBy: 'Gholamhossein Mohammadi', representativeRole: 'Deputy Minister of Cooperatives, Labour, and Social Welfare' },
        { representedBy: 'Maryam Jalali Dehkordi', representativeRole: null },
      ]),
    );
    expect(signatories).toHaveLength(2);
  });

  it('quotes every report word for word, each attribution from the report it cites', async () => {
    const passages = new Set(Object.values(REPORT_PASSAGES).map((passage) => `${passage.source.id}|${passage.text}`));
    const facts = await factsOfReports();
    let quotes = 0;
    for (const [sourceId, sourceFacts] of Object.entries(facts)) {
      for (const attribution of attributionsIn(sourceFacts)) {
        if (attribution.source.id === sourceId && attribution.quote) {
          // Every quote in the graph is one of the passages checked against the reports below.
          expect(passages.has(`${sourceId}|${attribution.quote}`)).toBe(true);
          quotes += 1;
        }
      }
    }
    expect(quotes).toBeGreaterThan(30);
  });

  it('holds passages that are in the reports word for word, as their fingerprints record', async () => {
    const fingerprints = JSON.parse(await readFile(path.join(__dirname, 'report-passages.sha256.json'), 'utf8')) as Record<string, string>;
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(Object.fromEntries(Object.entries(REPORT_PASSAGES).map(([name, passage]) => [name, sha256(passage.text)]))).toEqual(
      fingerprints,
    );
    if (!existsSync(SEEDS)) {
      // A clone without the reports beside it (../shared/seeds) checks the fingerprints only: a passage
      // changed since it was last checked against its report fails above.
      return;
    }
    const texts: Record<string, string> = Object.fromEntries(
      await Promise.all(Object.entries(SEED_FILES).map(async ([id, file]) => [id, await readFile(path.join(SEEDS, file), 'utf8')])),
    );
    for (const passage of Object.values(REPORT_PASSAGES)) {
      expect(texts[passage.source.id]).toContain(passage.text);
    }
  });
});

describe('Source.facts', () => {
  it('lists everything each report supports, in all three subgraphs, so that a report found wrong can be traced', async () => {
    const facts = await factsOfReports();
    const rescuePlan = facts[SOURCE_DOCUMENTS.rescuePlan.id];
    expect(rescuePlan.exportFigures?.totalCount).toBe(2);
    expect(rescuePlan.growthTargets).toHaveLength(1);
    expect(rescuePlan.marketSizes).toEqual([expect.objectContaining({ market: 'Global handicrafts market' })]);
    expect(rescuePlan.exportMarkets).toHaveLength(11);
    expect(rescuePlan.worldCraftDesignationCounts?.map((count) => [count.kind, count.reportedCount])).toEqual([
      ['CITY', 13],
      ['VILLAGE', 3],
    ]);
    expect(rescuePlan.policyDocuments?.map((document) => document.title).sort()).toEqual([
      'National Handicrafts Document',
      'Rescue plan for the handicrafts sector',
    ]);
    expect(rescuePlan.yearSlogans).toEqual([expect.objectContaining({ slogan: 'Investment for Production' })]);
    expect(rescuePlan.organizations?.map((organization) => organization.name)).toContain('World Crafts Council');

    const ilamReport = facts[SOURCE_DOCUMENTS.ilamExhibitionInWasit.id];
    expect(ilamReport.exhibitions).toHaveLength(3);
    expect(ilamReport.officialVisits).toHaveLength(1);
    expect(ilamReport.agreements?.map((agreement) => agreement.stage)).toEqual(['PROPOSED']);
    expect(ilamReport.exportMarkets?.map((market) => market.country.code)).toEqual(['IQ']);

    const chechePilot = facts[SOURCE_DOCUMENTS.chechePilotCourses.id];
    expect(chechePilot.courses).toHaveLength(1);
    expect(chechePilot.agreements).toHaveLength(1);
    expect(chechePilot.marketingActivities).toHaveLength(1);
    expect(chechePilot.exportFigures?.totalCount).toBe(2);

    const tvto = facts[SOURCE_DOCUMENTS.tvtoMemorandum.id];
    expect(tvto.agreements).toHaveLength(1);
    expect(tvto.trainingCentres?.map((centre) => centre.name)).toEqual(['Handicraft skills hub in Isfahan']);
    expect(tvto.yearSlogans).toHaveLength(1);
  });

  it('is reached from any record through its source', async () => {
    const FROM_A_RECORD = graphql(`
      query ProvenanceFactsFromARecord {
        exhibitions(filter: { countryCode: "IT" }) {
          edges {
            node {
              sources {
                credits
                facts {
                  courses {
                    title
                  }
                  exportFigures {
                    totalCount
                  }
                  marketingActivities {
                    outlook
                  }
                }
              }
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, FROM_A_RECORD);
    const [source] = exhibitions!.edges[0].node.sources;
    expect(source.credits).toEqual(['CHTN']);
    expect(source.facts.courses).toHaveLength(1);
    expect(source.facts.exportFigures?.totalCount).toBe(2);
    expect(source.facts.marketingActivities?.[0].outlook).toMatch(/exports to Italy are expected/);
  });
});

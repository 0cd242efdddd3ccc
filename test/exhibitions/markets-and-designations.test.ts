// @durationSeconds 44 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import { todayInDomainZone } from '../support/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';

// Counts and lists are read again after designations are recorded: every read must see the writes before it.
const graph = useTestGraph({ responseCache: false });

const DESIGNATIONS_COUNT = graphql(`
  query MarketsDesignationsCount {
    worldCraftDesignations {
      totalCount
    }
  }
`);

describe('export markets', () => {
  it('lists the Caspian littoral states and the Persian Gulf countries as the main export targets, with the report that names them', async () => {
    const TARGETS = graphql(`
      query MarketsTargets {
        caspian: exportMarkets(group: CASPIAN_LITTORAL) {
          country {
            code
          }
          priority
          rationale
          sources {
            title
            publisher
            publishedOn
          }
        }
        gulf: exportMarkets(group: PERSIAN_GULF) {
          country {
            code
            name
          }
          priority
        }
      }
    `);
    const data = await queryData(graph.url, TARGETS);
    expect(data.caspian!.map((market) => market.country.code)).toEqual(['AZ', 'KZ', 'RU', 'TM']);
    expect(
      data.caspian!.every((market) => market.priority === 'MAIN_TARGET' && /Caspian Sea littoral states/.test(market.rationale ?? '')),
    ).toBe(true);
    expect(data.caspian![0].sources).toEqual([
      {
        title: '[Deputy Minister of Handicrafts on a rescue plan for the handicrafts sector]',
        publisher: null,
        publishedOn: '2025-04-21',
      },
    ]);
    expect(data.gulf!.map((market) => market.country.code)).toEqual(['AE', 'BH', 'IQ', 'KW', 'OM', 'QA', 'SA']);
    expect(data.gulf!.find((market) => market.country.code === 'AE')?.country.name).toBe('United Arab Emirates');
  });

  it('keeps Italy and Iraq as markets with reported activity, Iraq also in its group, each entry with its own source', async () => {
    const ACTIVE = graphql(`
      query MarketsActive {
        all: exportMarkets {
          country {
            code
          }
          group
        }
        iraq: country(code: "IQ") {
          exportMarkets {
            group
            priority
            rationale
            sources {
              publisher
              publishedOn
            }
          }
        }
        italy: exportMarkets(countryCode: "IT") {
          group
          priority
          rationale
          sources {
            publisher
            publishedOn
          }
        }
        iran: country(code: "IR") {
          exportMarkets {
            group
          }
        }
      }
    `);
    const data = await queryData(graph.url, ACTIVE);
    expect(data.all).toHaveLength(13);
    expect(data.all!.slice(-2)).toEqual([
      { country: { code: 'IQ' }, group: null },
      { country: { code: 'IT' }, group: null },
    ]);
    expect(data.iraq?.exportMarkets).toEqual([
      {
        group: 'PERSIAN_GULF',
        priority: 'MAIN_TARGET',
        rationale: expect.stringMatching(/Persian Gulf/),
        sources: [{ publisher: null, publishedOn: '2025-04-21' }],
      },
      {
        group: null,
        priority: 'ACTIVE_MARKET',
        rationale: expect.stringMatching(/three Iranian handicrafts exhibitions/i),
        sources: [{ publisher: null, publishedOn: '2025-10-11' }],
      },
    ]);
    expect(data.italy).toEqual([
      {
        group: null,
        priority: 'ACTIVE_MARKET',
        rationale: expect.stringMatching(/Cheche/),
        sources: [{ publisher: null, publishedOn: '2025-04-19' }],
      },
    ]);
    expect(data.iran?.exportMarkets).toEqual([]);
  });
});

describe('world craft designations', () => {
  const RECORD = graphql(`
    mutation MarketsRecordDesignation($input: RecordWorldCraftDesignationInput!) {
      recordWorldCraftDesignation(input: $input) {
        designation {
          kind
          placeName
          designatedIn
          province {
            name
          }
          sources {
            title
          }
        }
        error {
          code
          field
        }
      }
    }
  `);
  const COUNTS = graphql(`
    query MarketsDesignationCounts {
      worldCraftDesignationCounts {
        kind
        reportedCount
        reportedAsOf
        reportedIn {
          title
          publisher
          publishedOn
        }
        registeredCount
        designatedBy {
          id
          name
        }
      }
    }
  `);

  it('answers the reported counts, 13 cities and 3 villages, with their report, while no place is registered by name', async () => {
    const { worldCraftDesignationCounts } = await queryData(graph.url, COUNTS);
    const report = {
      title: '[Deputy Minister of Handicrafts on a rescue plan for the handicrafts sector]',
      publisher: null,
      publishedOn: '2025-04-21',
    };
    const council = { id: '0a9a0000-0000-4000-8000-000000000008', name: 'World Crafts Council' };
    expect(worldCraftDesignationCounts).toEqual([
      { kind: 'CITY', reportedCount: 13, reportedAsOf: '2025-04-21', reportedIn: report, registeredCount: 0, designatedBy: council },
      { kind: 'VILLAGE', reportedCount: 3, reportedAsOf: '2025-04-21', reportedIn: report, registeredCount: 0, designatedBy: council },
    ]);
    expect((await queryData(graph.url, DESIGNATIONS_COUNT)).worldCraftDesignations!.totalCount).toBe(0);
  });

  it('registers a designated place by name, which counts beside the reported figure, and refuses it twice', async () => {
    const { recordWorldCraftDesignation } = await queryData(graph.url, RECORD, {
      input: { kind: 'VILLAGE', placeName: ' Test Village ', provinceCode: 'IR-10', designatedIn: 2020 },
    });
    expect(recordWorldCraftDesignation).toEqual({
      designation: { kind: 'VILLAGE', placeName: 'Test Village', designatedIn: 2020, province: { name: 'Isfahan' }, sources: [] },
      error: null,
    });
    const again = await queryData(graph.url, RECORD, { input: { kind: 'VILLAGE', placeName: 'test village', provinceCode: 'IR-10' } });
    expect(again.recordWorldCraftDesignation).toEqual({ designation: null, error: { code: 'ALREADY_DESIGNATED', field: 'placeName' } });
    await queryData(graph.url, RECORD, { input: { kind: 'CITY', placeName: 'Test City', provinceCode: 'IR-10' } });

    const { worldCraftDesignationCounts } = await queryData(graph.url, COUNTS);
    expect(worldCraftDesignationCounts!.map((count) => [count.kind, count.reportedCount, count.registeredCount])).toEqual([
      ['CITY', 13, 1],
      ['VILLAGE', 3, 1],
    ]);
    const VILLAGES = graphql(`
      query MarketsVillages {
        worldCraftDesignations(filter: { kind: VILLAGE, provinceCode: "IR-10" }) {
          totalCount
          edges {
            node {
              placeName
            }
          }
        }
      }
    `);
    const { worldCraftDesignations } = await queryData(graph.url, VILLAGES);
    expect(worldCraftDesignations).toEqual({ totalCount: 1, edges: [{ node: { placeName: 'Test Village' } }] });
  });

  it('refuses a year before the World Crafts Council or after this year, and a blank name, with BAD_USER_INPUT naming the argument', async () => {
    // Bad input on purpose: plain strings, out of codegen's reach.
    for (const [input, argumentName] of [
      ['kind: CITY, placeName: "Early", provinceCode: "IR-10", designatedIn: 1950', 'input.designatedIn'],
      [
        `kind: CITY, placeName: "Future", provinceCode: "IR-10", designatedIn: ${Number(todayInDomainZone().slice(0, 4)) + 1}`,
        'input.designatedIn',
      ],
      ['kind: CITY, placeName: "   ", provinceCode: "IR-10"', 'input.placeName'],
    ]) {
      const response = await postGraphql(
        graph.url,
        `mutation { recordWorldCraftDesignation(input: { ${input} }) { designation { placeName } } }`,
      );
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
    expect((await queryData(graph.url, DESIGNATIONS_COUNT)).worldCraftDesignations!.totalCount).toBe(2);
  });
});

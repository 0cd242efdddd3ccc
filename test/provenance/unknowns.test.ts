import { BUILTIN_ORGANIZATION_IDS as ORG } from '../../services/shared/catalogue';
import { queryData } from '../support/graphql-client';
import { startTestGraph, type TestGraph } from '../support/test-graph';
import { createCourse } from '../support/training-fixtures';

let graph: TestGraph;
let url: string;
beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
});
afterAll(() => graph?.stop());

describe('an agreement whose term the reports do not state', () => {
  const cheche = `query($on: Date!) { agreements(filter: { partyId: "${ORG.cheche}" }) { edges { node {
    title stage term validUntil signedNoLaterThan status(on: $on) derivations { field method } } } } }`;

  it('is not open-ended: its status is unknown after the day it is known to be signed, and it is not listed as active then', async () => {
    const on = async (date: string) => (await queryData(url, cheche, { on: date })).agreements.edges[0].node;
    expect(await on('2025-04-19')).toMatchObject({ stage: 'SIGNED', term: 'NOT_STATED', validUntil: null, signedNoLaterThan: '2025-04-19', status: 'ACTIVE' });
    expect((await on('2040-01-01')).status).toBeNull();
    expect((await on('2025-04-18')).status).toBeNull();
    const active = (date: string) => queryData(url, 'query($d: Date!) { agreements(filter: { activeOn: $d }) { edges { node { title } } } }', { d: date });
    expect((await active('2040-01-01')).agreements.edges).toEqual([]);
    expect((await active('2025-04-19')).agreements.edges.map((edge: any) => edge.node.title)).toEqual([expect.stringMatching(/design and fashion/)]);
  });

  it('differs from an open-ended one, which stays active', async () => {
    const { createAgreement } = await queryData(
      url,
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { term validUntil status(on: "2040-01-01") } error { code } } }`,
      { input: { title: 'Open-ended test memorandum', signedOn: '2025-01-01', parties: [{ organizationId: ORG.cheche }, { organizationId: ORG.deputyForHandicrafts }] } },
    );
    expect(createAgreement).toEqual({ agreement: { term: 'OPEN_ENDED', validUntil: null, status: 'ACTIVE' }, error: null });
  });
});

describe('a proposed agreement', () => {
  it('is recorded unsigned: the Ilam–Wasit memorandum proposed during the delegation\'s visit', async () => {
    const { agreements } = await queryData(
      url,
      `{ agreements(filter: { partyId: "${ORG.wasitGovernorate}" }) { edges { node {
          title stage signedOn signedNoLaterThan unsignedAsOf term before: status(on: "2025-10-11") after: status(on: "2026-01-01")
          parties { organization { name } } proposedAt { title city country { code } heldNoLaterThan topics outcomes proposedAgreements { stage } }
          attributions { basis speaker { name } } } } } }`,
    );
    const [proposal] = agreements.edges.map((edge: any) => edge.node);
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
    expect(proposal.proposedAt).toMatchObject({ city: 'Kut', country: { code: 'IQ' }, heldNoLaterThan: '2025-10-11', proposedAgreements: [{ stage: 'PROPOSED' }] });
    expect(proposal.proposedAt.topics).toEqual(['Trade', 'Tourism', 'Student issues', 'Exports and imports']);
    expect(proposal.proposedAt.outcomes.join(' ')).toMatch(/familiarisation tour/);
    const { officialVisits } = await queryData(url, '{ officialVisits { title visitingOrganization { name } hostOrganization { name } } }');
    expect(officialVisits).toEqual([
      expect.objectContaining({ visitingOrganization: { name: 'Governorate of Ilam Province' }, hostOrganization: { name: 'Wasit Governorate' } }),
    ]);
  });

  it('becomes signed when given a signing date', async () => {
    const create = await queryData(
      url,
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id stage status(on: "2030-01-01") } error { code } } }`,
      { input: { title: 'Proposed test memorandum', stage: 'PROPOSED', unsignedAsOf: '2029-12-31', parties: [{ organizationId: ORG.cheche }, { organizationId: ORG.wasitGovernorate }] } },
    );
    expect(create.createAgreement.agreement).toMatchObject({ stage: 'PROPOSED', status: null });
    const { updateAgreement } = await queryData(
      url,
      `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { stage unsignedAsOf signedOn status(on: "2030-01-01") } error { code } } }`,
      { input: { id: create.createAgreement.agreement.id, signedOn: '2030-01-01' } },
    );
    expect(updateAgreement).toEqual({ agreement: { stage: 'SIGNED', unsignedAsOf: null, signedOn: '2030-01-01', status: 'ACTIVE' }, error: null });
  });
});

describe('a capacity', () => {
  it('that was not announced is not "unlimited"', async () => {
    const { courses } = await queryData(url, '{ courses { edges { node { capacity capacityStatus } } } }');
    expect(courses.edges.map((edge: any) => edge.node)).toEqual([{ capacity: null, capacityStatus: 'NOT_ANNOUNCED' }]);
    const unlimited = await createCourse(url, { title: 'No limit' });
    const unannounced = await createCourse(url, { title: 'Not announced', capacityStatus: 'NOT_ANNOUNCED' });
    const limited = await createCourse(url, { title: 'Twelve', capacity: 12 });
    const statuses = await queryData(
      url,
      'query($a: ID!, $b: ID!, $c: ID!) { a: course(id: $a) { capacityStatus } b: course(id: $b) { capacityStatus } c: course(id: $c) { capacityStatus } }',
      { a: unlimited, b: unannounced, c: limited },
    );
    expect(statuses).toEqual({ a: { capacityStatus: 'UNLIMITED' }, b: { capacityStatus: 'NOT_ANNOUNCED' }, c: { capacityStatus: 'LIMITED' } });
  });
});

describe('an exhibition a report says was already held', () => {
  it('is PAST from the date of that report, and the earlier one in Wasit opened before the Ilam exhibition', async () => {
    const { exhibitions } = await queryData(
      url,
      `{ exhibitions(filter: { countryCode: "IQ" }) { edges { node {
          name region startsOn startsNoLaterThan endsNoLaterThan onTheDayBefore: status(on: "2025-10-10") onTheReportsDay: status(on: "2025-10-11")
          derivations { field method } } } } }`,
    );
    const byName = Object.fromEntries(exhibitions.edges.map((edge: any) => [edge.node.name, edge.node]));
    const ilam = byName['Ilam Handicrafts Exhibition'];
    const earlierWasit = exhibitions.edges.map((edge: any) => edge.node).find((node: any) => node.region === 'Wasit' && node !== ilam);
    const sulaymaniyah = exhibitions.edges.map((edge: any) => edge.node).find((node: any) => node.region === 'Sulaymaniyah');
    for (const held of [earlierWasit, sulaymaniyah]) {
      expect(held).toMatchObject({ endsNoLaterThan: '2025-10-10', onTheDayBefore: null, onTheReportsDay: 'PAST' });
      expect(held.derivations.find((derivation: any) => derivation.field === 'endsNoLaterThan').method).toBe('INFERRED');
    }
    expect(earlierWasit.startsNoLaterThan < ilam.startsOn).toBe(true);
    expect(ilam.onTheReportsDay).toBe('ONGOING');
    const { exhibitions: past } = await queryData(url, '{ exhibitions(filter: { countryCode: "IQ", status: PAST, statusOn: "2025-10-11" }) { totalCount } }');
    expect(past.totalCount).toBe(2);
  });

  it('no longer takes exhibitors', async () => {
    const { exhibitions } = await queryData(url, '{ exhibitions(filter: { countryCode: "IQ", region: "Sulaymaniyah" }) { edges { node { id } } } }');
    const { createArtisan } = await queryData(
      url,
      'mutation { createArtisan(input: { name: "Provenance test artisan", provinceCode: "IR-16" }) { artisan { id } } }',
    );
    const { registerExhibitor } = await queryData(
      url,
      'mutation($input: ExhibitorInput!) { registerExhibitor(input: $input) { error { code } } }',
      { input: { exhibitionId: exhibitions.edges[0].node.id, artisanId: createArtisan.artisan.id } },
    );
    expect(registerExhibitor.error).toEqual({ code: 'EXHIBITION_ENDED' });
  });
});

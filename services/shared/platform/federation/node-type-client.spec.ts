import { ServiceUnavailableError } from '../graphql/errors';
import { NodeTypeClient } from './node-type-client';
import type { PeerCaller, Peers } from './peer-caller';

const COURSE = '11111111-1111-4111-8111-111111111111';
const EXHIBITION = '22222222-2222-4222-8222-222222222222';
const UNKNOWN = '33333333-3333-4333-8333-333333333333';

/** A peer that answers `<name>NodeTypes` from `types` by id, and records the ids of each request. */
function peerHolding(name: string, types: Record<string, string>, requests: string[][]): PeerCaller {
  return async (query, variables) => {
    expect(query).toContain(`${name}NodeTypes(ids: $ids)`);
    const ids = variables.ids as string[];
    requests.push(ids);
    return { data: { [`${name}NodeTypes`]: ids.map((id) => types[id] ?? null) } };
  };
}

describe('NodeTypeClient', () => {
  it('asks each subgraph once for all the UUIDs, and answers in order with null for ids nobody holds', async () => {
    const requests: string[][] = [];
    const peers: Peers = {
      training: peerHolding('training', { [COURSE]: 'Course' }, requests),
      exhibitions: peerHolding('exhibitions', { [EXHIBITION]: 'Exhibition' }, requests),
    };
    const client = new NodeTypeClient(['training', 'exhibitions'], peers);
    expect(await client.typesOf([EXHIBITION, 'not-a-uuid', COURSE, UNKNOWN])).toEqual(['Exhibition', null, 'Course', null]);
    expect(requests).toEqual([
      [EXHIBITION, COURSE, UNKNOWN],
      [EXHIBITION, COURSE, UNKNOWN],
    ]);
  });

  it('asks nobody for ids that are no UUIDs', async () => {
    const requests: string[][] = [];
    const client = new NodeTypeClient(['training'], { training: peerHolding('training', {}, requests) });
    expect(await client.typesOf(['Country:IQ', ''])).toEqual([null, null]);
    expect(requests).toEqual([]);
  });

  it('names the subgraph that did not answer at the ids no other subgraph holds, and keeps what the others answered', async () => {
    const requests: string[][] = [];
    const client = new NodeTypeClient(['training', 'trade', 'exhibitions'], {
      training: peerHolding('training', { [COURSE]: 'Course' }, requests),
      trade: async () => {
        throw new Error('connect ECONNREFUSED');
      },
    });
    const [course, unknown] = await client.typesOf([COURSE, UNKNOWN]);
    expect(course).toBe('Course');
    expect(unknown).toBeInstanceOf(ServiceUnavailableError);
    expect((unknown as ServiceUnavailableError).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'trade' });
  });

  it('takes an answer with errors or of the wrong length as no answer', async () => {
    const client = new NodeTypeClient(['training'], {
      training: async () => ({ data: { trainingNodeTypes: ['Course'] } }),
    });
    const [answer] = await client.typesOf([COURSE, UNKNOWN]);
    expect(answer).toBeInstanceOf(ServiceUnavailableError);
  });
});

import { createHmac } from 'node:crypto';

import { Role, type Viewer } from '../viewer';
import { MemoryReplayCache } from './replay-cache';
import {
  IDENTITY_CLOCK_SKEW_MS,
  IDENTITY_MAX_AGE_MS,
  type IdentityBinding,
  IdentityRejectedError,
  signIdentity,
  verifyIdentity,
} from './signed-identity';

const SECRET = 'a secret the gateway shares with the subgraphs';
const NOW = Date.parse('2026-03-20T12:00:00Z');
const PARTNER: Viewer = { role: Role.PARTNER, organizationId: 'org-1', keyName: 'shop', keyPrefix: 'hg_abc' };
const BINDING: IdentityBinding = {
  requestId: 'req-1',
  subgraph: 'training',
  query: 'query Artisans($first: Int) { artisans(first: $first) { totalCount } }',
  variables: { first: 5 },
};

/** Returns the reason `verifyIdentity` gives for refusing `header`, or fails the test when it accepts it. */
function refusal(header: string | undefined, binding: IdentityBinding = BINDING, secret = SECRET, now = NOW): string {
  try {
    verifyIdentity(header, binding, secret, now);
  } catch (error) {
    expect(error).toBeInstanceOf(IdentityRejectedError);
    return (error as Error).message;
  }
  throw new Error('the identity was accepted');
}

/** Returns `header` with its payload rewritten by `change` and signed again under `secret`. */
function resigned(header: string, change: (payload: Record<string, unknown>) => void, secret = SECRET): string {
  const [version, encoded] = header.split('.');
  const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(payload);
  const body = `${version}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('a signed identity', () => {
  it('gives back the viewer it was signed for, on the request it names', () => {
    const header = signIdentity(PARTNER, BINDING, SECRET, NOW);
    expect(verifyIdentity(header, BINDING, SECRET, NOW).viewer).toEqual(PARTNER);
    // Variables absent and variables `{}` are the same request.
    const withoutVariables = { ...BINDING, variables: undefined };
    expect(verifyIdentity(signIdentity(PARTNER, withoutVariables, SECRET, NOW), { ...BINDING, variables: {} }, SECRET, NOW).viewer).toEqual(
      PARTNER,
    );
  });

  it('carries a fresh nonce each time it is signed, which a replay cache accepts once', async () => {
    const first = verifyIdentity(signIdentity(PARTNER, BINDING, SECRET, NOW), BINDING, SECRET, NOW);
    const second = verifyIdentity(signIdentity(PARTNER, BINDING, SECRET, NOW), BINDING, SECRET, NOW);
    expect(first.nonce).not.toBe(second.nonce);
    const replays = new MemoryReplayCache();
    expect(await replays.claim(first.nonce, IDENTITY_MAX_AGE_MS, NOW)).toBe(true);
    expect(await replays.claim(first.nonce, IDENTITY_MAX_AGE_MS, NOW + 1)).toBe(false);
    expect(await replays.claim(second.nonce, IDENTITY_MAX_AGE_MS, NOW + 1)).toBe(true);
  });

  it('is refused when missing, malformed or signed under another secret', () => {
    const header = signIdentity(PARTNER, BINDING, SECRET, NOW);
    expect(refusal(undefined)).toMatch(/no signed identity/);
    expect(refusal('')).toMatch(/no signed identity/);
    expect(refusal('no dots at all')).toMatch(/signature is wrong/);
    expect(refusal(header, BINDING, 'another secret')).toMatch(/signature is wrong/);
    expect(refusal(`${header}x`)).toMatch(/signature is wrong/);
    expect(refusal(header.replace(/^v2\./, 'v1.'))).toMatch(/signature is wrong/);
    // Validly signed, but not JSON, or without a known role.
    const notJson = `v2.${Buffer.from('{').toString('base64url')}`;
    expect(refusal(`${notJson}.${createHmac('sha256', SECRET).update(notJson).digest('base64url')}`)).toMatch(/malformed/);
    expect(refusal(resigned(header, (payload) => (payload.r = 'ROOT')))).toMatch(/malformed/);
    expect(refusal(resigned(header, (payload) => delete payload.j))).toMatch(/malformed/);
  });

  it('is refused when its payload is changed without the secret: a raised role, another organisation', () => {
    const header = signIdentity(PARTNER, BINDING, SECRET, NOW);
    const [version, encoded, signature] = header.split('.');
    const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const change of [{ r: Role.ADMIN }, { o: 'org-2' }, { t: NOW + 1 }]) {
      const tampered = Buffer.from(JSON.stringify({ ...payload, ...change })).toString('base64url');
      expect(refusal(`${version}.${tampered}.${signature}`)).toMatch(/signature is wrong/);
    }
    // Flipping one character of the signature.
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
    expect(refusal(`${version}.${encoded}.${flipped}`)).toMatch(/signature is wrong/);
  });

  it('is refused on any request other than the one it was signed for', () => {
    const header = signIdentity(PARTNER, BINDING, SECRET, NOW);
    expect(refusal(header, { ...BINDING, requestId: 'req-2' })).toMatch(/another request/);
    expect(refusal(header, { ...BINDING, subgraph: 'trade' })).toMatch(/another subgraph/);
    expect(refusal(header, { ...BINDING, query: `${BINDING.query} ` })).toMatch(/another operation/);
    expect(refusal(header, { ...BINDING, variables: { first: 100 } })).toMatch(/other variables/);
    expect(refusal(header, { ...BINDING, variables: {} })).toMatch(/other variables/);
  });

  it('is accepted within its age and the clock skew, and refused a millisecond outside them either way', () => {
    const header = signIdentity(PARTNER, BINDING, SECRET, NOW);
    const oldest = NOW + IDENTITY_MAX_AGE_MS + IDENTITY_CLOCK_SKEW_MS;
    expect(verifyIdentity(header, BINDING, SECRET, oldest).viewer).toEqual(PARTNER);
    expect(refusal(header, BINDING, SECRET, oldest + 1)).toMatch(/expired/);
    // Signed by a clock ahead of the subgraph's.
    expect(verifyIdentity(header, BINDING, SECRET, NOW - IDENTITY_CLOCK_SKEW_MS).viewer).toEqual(PARTNER);
    expect(refusal(header, BINDING, SECRET, NOW - IDENTITY_CLOCK_SKEW_MS - 1)).toMatch(/expired/);
  });
});

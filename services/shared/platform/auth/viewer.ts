/** What a caller may do, from the key it sends (none: ANONYMOUS). */
export enum Role {
  ANONYMOUS = 'ANONYMOUS',
  PARTNER = 'PARTNER',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

/** Who is calling, as the gateway established it from the caller's key. */
export interface Viewer {
  readonly role: Role;
  /** The organisation a PARTNER key belongs to; null for other roles. */
  readonly organizationId: string | null;
  /** The key's name, as its creator gave it; null without a key. */
  readonly keyName: string | null;
  /** The key's public prefix, which names it in logs and lists; null without a key. */
  readonly keyPrefix: string | null;
}

/** A caller without a key. */
export const ANONYMOUS_VIEWER: Viewer = Object.freeze({ role: Role.ANONYMOUS, organizationId: null, keyName: null, keyPrefix: null });

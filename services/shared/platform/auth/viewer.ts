import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';

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

/** Returns whether the viewer may read everything at full detail (analysts and admins). */
export function readsEverything(viewer: Viewer): boolean {
  return viewer.role === Role.ANALYST || viewer.role === Role.ADMIN;
}

/** Returns whether the viewer acts for this organisation: a partner key of it, or an admin (who acts for any). */
export function actsFor(viewer: Viewer, organizationId: string | null): boolean {
  return (
    viewer.role === Role.ADMIN || (viewer.role === Role.PARTNER && organizationId !== null && viewer.organizationId === organizationId)
  );
}

/**
 * Throws unless the viewer has one of `roles`: UNAUTHENTICATED for a caller
 * without a key, FORBIDDEN for a key of another role. `what` completes
 * "… needs a key of role …" in the message (e.g. "Writing courses").
 */
export function requireRole(viewer: Viewer, roles: readonly Role[], what: string): void {
  if (roles.includes(viewer.role)) {
    return;
  }
  const needed = roles.map((role) => role.toLowerCase()).join(' or ');
  if (viewer.role === Role.ANONYMOUS) {
    throw new UnauthenticatedError(`${what} needs an API key (${needed}): send \`Authorization: Bearer <key>\`.`);
  }
  throw new ForbiddenError(`${what} needs a key of role ${needed}; this key is ${viewer.role.toLowerCase()}.`);
}

/**
 * Throws unless the viewer acts for `organizationId` (see `actsFor`):
 * UNAUTHENTICATED for a caller without a key, FORBIDDEN for any other key
 * (analysts and other organisations' partners). `what` names the action and
 * begins the message (e.g. "Changing this course"); the message never names
 * the organisation.
 */
export function requireActsFor(viewer: Viewer, organizationId: string | null, what: string): void {
  if (actsFor(viewer, organizationId)) {
    return;
  }
  if (viewer.role === Role.ANONYMOUS) {
    throw new UnauthenticatedError(`${what} needs an API key: send \`Authorization: Bearer <key>\`.`);
  }
  throw new ForbiddenError(`${what} is for an admin or a partner key of the organisation concerned; this key is not one.`);
}

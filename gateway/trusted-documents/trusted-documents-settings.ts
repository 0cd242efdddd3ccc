import { Role } from '../../services/shared/platform/auth';
import { listFromEnv } from '../../services/shared/platform/env';

/** Whether callers may send operation text besides trusted documents: `allow` (any caller) or `only` (trusted documents only, for `roles`). */
export type TrustedDocumentsMode = 'allow' | 'only';

/** How the gateway treats trusted documents (see `trustedDocuments`). */
export interface TrustedDocumentsSettings {
  /** TRUSTED_DOCUMENTS: `allow` (operation text and trusted documents alike) or `only`. */
  readonly mode: TrustedDocumentsMode;
  /** TRUSTED_DOCUMENTS_ROLES: the roles that `only` holds to trusted documents; every role when not given. */
  readonly roles: ReadonlySet<Role>;
}

/**
 * Returns the trusted documents' settings from the environment:
 * TRUSTED_DOCUMENTS (`allow`, the default, or `only`) and
 * TRUSTED_DOCUMENTS_ROLES (comma-separated roles, `anonymous,partner` for
 * example; every role when unset). Throws for a value it cannot read.
 */
export function trustedDocumentsSettingsFromEnv(): TrustedDocumentsSettings {
  const mode = (process.env.TRUSTED_DOCUMENTS ?? '').trim().toLowerCase() || 'allow';
  if (mode !== 'allow' && mode !== 'only') {
    throw new Error(`TRUSTED_DOCUMENTS must be allow or only, got "${process.env.TRUSTED_DOCUMENTS}".`);
  }
  const names = listFromEnv('TRUSTED_DOCUMENTS_ROLES').map((name) => name.toUpperCase());
  const unknown = names.filter((name) => !Object.values<string>(Role).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `TRUSTED_DOCUMENTS_ROLES names ${unknown.join(', ')}: the roles are ${Object.values(Role)
        .map((role) => role.toLowerCase())
        .join(', ')}.`,
    );
  }
  return { mode, roles: new Set(names.length > 0 ? (names as Role[]) : Object.values(Role)) };
}

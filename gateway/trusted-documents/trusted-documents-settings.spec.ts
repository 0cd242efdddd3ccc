import { Role } from '../../services/shared/platform/auth';
import { trustedDocumentsSettingsFromEnv } from './trusted-documents-settings';

/** Returns the settings read with these values of TRUSTED_DOCUMENTS and TRUSTED_DOCUMENTS_ROLES (unset when undefined). */
function settingsWith(mode: string | undefined, roles: string | undefined) {
  const saved = { mode: process.env.TRUSTED_DOCUMENTS, roles: process.env.TRUSTED_DOCUMENTS_ROLES };
  const set = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
  set('TRUSTED_DOCUMENTS', mode);
  set('TRUSTED_DOCUMENTS_ROLES', roles);
  try {
    const { mode: read, roles: held } = trustedDocumentsSettingsFromEnv();
    return { mode: read, roles: [...held].sort() };
  } finally {
    set('TRUSTED_DOCUMENTS', saved.mode);
    set('TRUSTED_DOCUMENTS_ROLES', saved.roles);
  }
}

describe('trustedDocumentsSettingsFromEnv', () => {
  it('allows operation text by default, and holds every role to trusted documents under `only` unless roles are named', () => {
    const everyRole = Object.values(Role).sort();
    expect(settingsWith(undefined, undefined)).toEqual({ mode: 'allow', roles: everyRole });
    expect(settingsWith('only', undefined)).toEqual({ mode: 'only', roles: everyRole });
    expect(settingsWith(' Only ', 'anonymous, PARTNER')).toEqual({ mode: 'only', roles: [Role.ANONYMOUS, Role.PARTNER] });
  });

  it('refuses a mode or a role it does not know, naming the ones it does', () => {
    expect(() => settingsWith('strict', undefined)).toThrow('TRUSTED_DOCUMENTS must be allow or only, got "strict".');
    expect(() => settingsWith('only', 'anonymous,guest')).toThrow(
      'TRUSTED_DOCUMENTS_ROLES names GUEST: the roles are anonymous, partner, analyst, admin.',
    );
  });
});

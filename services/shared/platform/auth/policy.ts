import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { Role, type Viewer } from './viewer';

/**
 * One condition a grant puts on the resource of an action:
 * - `own`: every organisation the resource names is the caller's (a partner key's organisation; none named: not met);
 * - `public`: the artisan concerned is listed publicly;
 * - `related`: the caller's organisation has a live relation with the artisan (an enrolment in one of its courses that is not withdrawn);
 * - `party`: the caller's organisation is party to every agreement the resource names.
 */
export type PolicyCondition = 'own' | 'public' | 'related' | 'party';

/** A grant: the conditions that must all hold; an empty one holds for everything of the action. */
export type PolicyGrant = readonly PolicyCondition[];

/** What the services tell the policy about the resource of an action, as far as the action's conditions need it. */
export interface PolicyResource {
  /** The organisations the action concerns or names (a course's provider, an exhibition's organiser, the partners named). */
  readonly organizationIds?: ReadonlyArray<string | null>;
  /** Whether the artisan concerned is listed publicly. */
  readonly listedPublicly?: boolean;
  /** Whether the caller's organisation has a live relation with the artisan concerned (see `related`). */
  readonly related?: boolean;
  /** Whether the caller's organisation is party to every agreement named. */
  readonly party?: boolean;
}

/** One row of the policy table: what the action is (completes "… needs …" in refusals) and the grants of each role. */
export interface PolicyRule {
  /** What the action does, as refusals name it (e.g. "Creating courses"). */
  readonly what: string;
  /** Each role's grants; a role without one may not perform the action. */
  readonly grants: Partial<Readonly<Record<Role, readonly PolicyGrant[]>>>;
}

const ALL: readonly PolicyGrant[] = [[]];
const OWN: readonly PolicyGrant[] = [['own']];
const ADMIN_ONLY = { [Role.ADMIN]: ALL };
const READERS = { [Role.ANALYST]: ALL, [Role.ADMIN]: ALL };

/**
 * The graph's one policy table: every authorization check of every subgraph
 * and of the gateway is one of these actions. Writes that concern an
 * artisan (`enrollment:create`, `exhibitor:register`) also need
 * `artisan:read-personal` on it, so that no write grants sight; an
 * exhibitor's artisan is shown only with `artisan:read-personal` too. docs/using.md's "Who may do what"
 * carries the same table, and a test compares them both ways.
 */
export const POLICY = {
  'organization:create': { what: 'Registering organisations', grants: ADMIN_ONLY },
  'organization:name': {
    what: 'Naming this organisation (as provider, issuer, partner or organiser)',
    grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL },
  },
  'agreement:create': { what: 'Recording agreements', grants: ADMIN_ONLY },
  'agreement:update': { what: 'Changing agreements', grants: ADMIN_ONLY },
  'agreement:name': { what: 'Naming this agreement', grants: { [Role.PARTNER]: [['party']], [Role.ADMIN]: ALL } },
  'artisan:create': { what: 'Registering artisans', grants: ADMIN_ONLY },
  'artisan:update': { what: 'Changing artisans', grants: ADMIN_ONLY },
  'artisan:read-personal': {
    what: "Reading this artisan's personal data",
    grants: { [Role.ANONYMOUS]: [['public']], [Role.PARTNER]: [['public'], ['related']], ...READERS },
  },
  'artisan:read-training-record': {
    what: "Reading this artisan's enrolments and certificates",
    grants: { [Role.PARTNER]: [['public'], ['related']], ...READERS },
  },
  'artisan:read-exhibitions': {
    what: 'Reading the exhibitions this artisan takes part in',
    grants: { [Role.ANONYMOUS]: [['public']], [Role.PARTNER]: [['public'], ['own']], ...READERS },
  },
  'course:create': { what: 'Creating courses', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'course:update': { what: 'Changing courses', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'enrollment:read': { what: "Reading a course's enrolments", grants: { [Role.PARTNER]: OWN, ...READERS } },
  'enrollment:create': { what: 'Enrolling artisans', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'enrollment:record-result': { what: 'Recording exam results', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'enrollment:withdraw': { what: 'Withdrawing enrolments', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'certificate:read': { what: 'Reading certificates', grants: { [Role.PARTNER]: OWN, ...READERS } },
  'certificate:issue': { what: 'Naming this certificate issuer', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'exhibition:create': { what: 'Creating exhibitions', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'exhibition:update': { what: 'Changing exhibitions', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'exhibition:cancel': { what: 'Cancelling exhibitions', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'exhibitor:register': { what: 'Registering exhibitors', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'exhibitor:remove': { what: 'Removing exhibitors', grants: { [Role.PARTNER]: OWN, [Role.ADMIN]: ALL } },
  'designation:create': { what: 'Recording world craft designations', grants: ADMIN_ONLY },
  'export-figure:create': { what: 'Recording export figures', grants: ADMIN_ONLY },
  'export-figure:correct': { what: 'Correcting export figures', grants: ADMIN_ONLY },
  'audit-event:read': { what: 'Reading the audit trail', grants: ADMIN_ONLY },
  'schema:introspect': { what: 'Introspection', grants: READERS },
} as const satisfies Readonly<Record<string, PolicyRule>>;

/** The name of an action of the policy table (e.g. `course:create`). */
export type PolicyAction = keyof typeof POLICY;

/** Returns whether one condition holds for the viewer on the resource. */
function holds(condition: PolicyCondition, viewer: Viewer, resource: PolicyResource): boolean {
  switch (condition) {
    case 'own': {
      const named = resource.organizationIds ?? [];
      return viewer.organizationId !== null && named.length > 0 && named.every((id) => id === viewer.organizationId);
    }
    case 'public':
      return resource.listedPublicly === true;
    case 'related':
      return viewer.organizationId !== null && resource.related === true;
    case 'party':
      return viewer.organizationId !== null && resource.party === true;
  }
}

/** Returns the viewer's role's grants for the action (none: an empty list). */
function grantsOf(viewer: Viewer, action: PolicyAction): readonly PolicyGrant[] {
  const grants: Partial<Record<Role, readonly PolicyGrant[]>> = POLICY[action].grants;
  return grants[viewer.role] ?? [];
}

/** Returns whether the policy lets the viewer perform the action on the resource (some grant of its role holds in full). */
export function mayPerformAction(viewer: Viewer, action: PolicyAction, resource: PolicyResource = {}): boolean {
  return grantsOf(viewer, action).some((grant) => grant.every((condition) => holds(condition, viewer, resource)));
}

/** Returns whether the viewer may perform the action on everything, whatever the resource (an unconditional grant): lists then need no condition. */
export function performsOnAll(viewer: Viewer, action: PolicyAction): boolean {
  return grantsOf(viewer, action).some((grant) => grant.length === 0);
}

/** Returns whether the viewer's role may perform the action on something (it has a grant): checked before loading the resource. */
export function mayEverPerformAction(viewer: Viewer, action: PolicyAction): boolean {
  return grantsOf(viewer, action).length > 0;
}

/**
 * Throws unless the policy lets the viewer perform the action on the
 * resource: UNAUTHENTICATED for a caller without a key that the action
 * does not let through, FORBIDDEN for a key that it does not. Without a
 * resource, only the role is checked (the check before the resource is
 * loaded; call again with it). The message never names an organisation.
 */
export function assertPerformAction(viewer: Viewer, action: PolicyAction, resource?: PolicyResource): void {
  const { what } = POLICY[action];
  const permitted = resource === undefined ? mayEverPerformAction(viewer, action) : mayPerformAction(viewer, action, resource);
  if (permitted) {
    return;
  }
  const roles = Object.keys(POLICY[action].grants).filter((role) => role !== Role.ANONYMOUS);
  const needed = roles.map((role) => role.toLowerCase()).join(' or ');
  if (viewer.role === Role.ANONYMOUS) {
    throw new UnauthenticatedError(`${what} needs an API key (${needed}): send \`Authorization: Bearer <key>\`.`);
  }
  if (!mayEverPerformAction(viewer, action)) {
    throw new ForbiddenError(`${what} needs a key of role ${needed}; this key is ${viewer.role.toLowerCase()}.`);
  }
  throw new ForbiddenError(
    `${what} is refused: a ${viewer.role.toLowerCase()} key may do it only for ${describeGrants(grantsOf(viewer, action))} (an admin for any).`,
  );
}

/** What each condition means to a caller, for refusals and the table of docs/using.md. */
const CONDITION_WORDS: Readonly<Record<PolicyCondition, string>> = {
  own: 'own organisation',
  public: 'listed publicly',
  related: 'enrolled in its courses',
  party: 'party to it',
};

/** Returns the grants as the table of docs/using.md writes them: `all`, `—`, or the grants' conditions (`own organisation & listed publicly; …`). */
export function describeGrants(grants: readonly PolicyGrant[] | undefined): string {
  if (!grants || grants.length === 0) {
    return '—';
  }
  return grants.map((grant) => (grant.length === 0 ? 'all' : grant.map((condition) => CONDITION_WORDS[condition]).join(' & '))).join('; ');
}

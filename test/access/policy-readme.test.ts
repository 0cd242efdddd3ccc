import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readDocumentation } from '../support/markdown-docs';
import { describeGrants, POLICY, type PolicyAction, type PolicyGrant, Role } from '../support/policy';
import { projectRoot } from '../support/project-root';

const ROLES = [Role.ANONYMOUS, Role.PARTNER, Role.ANALYST, Role.ADMIN] as const;
const MARKER = '<!-- policy table:';

/** Returns the policy table of docs/using.md as action → the cells of each role, in the order of `ROLES`. */
function documentedPolicyTable(): Map<string, string[]> {
  const using = readDocumentation('docs/using.md');
  const start = using.indexOf(MARKER);
  expect(start).toBeGreaterThan(-1);
  const lines = using.slice(start).split('\n').slice(1);
  const header = lines[0].split('|').map((cell) => cell.trim());
  expect(header.slice(1, -1)).toEqual(['action', ...ROLES.map((role) => role.toLowerCase())]);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) {
      break;
    }
    const [action, ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    expect(rows.has(action)).toBe(false);
    rows.set(action.replace(/^`|`$/g, ''), cells);
  }
  return rows;
}

/** Returns the policy table as the code has it, in the words of docs/using.md. */
function codePolicyTable(): Map<string, string[]> {
  return new Map(
    (Object.keys(POLICY) as PolicyAction[]).map((action) => {
      const grants: Partial<Record<Role, readonly PolicyGrant[]>> = POLICY[action].grants;
      return [action, ROLES.map((role) => describeGrants(grants[role]))];
    }),
  );
}

describe("docs/using.md's 'Who may do what' and the policy table", () => {
  it('lists every action of the policy with the grants of each role, and no action the policy does not have', () => {
    const documented = documentedPolicyTable();
    const code = codePolicyTable();
    expect([...documented.keys()].sort()).toEqual([...code.keys()].sort());
    for (const [action, cells] of code) {
      expect({ action, cells: documented.get(action) }).toEqual({ action, cells });
    }
  });

  it('has no action that no service checks, and no authorization check outside the policy', () => {
    const sources = execFileSync('git', ['ls-files', 'services', 'gateway'], { cwd: projectRoot(), encoding: 'utf8' })
      .split('\n')
      .filter((file) => file.endsWith('.ts') && !file.endsWith('auth/policy.ts'))
      .map((file) => readFileSync(join(projectRoot(), file), 'utf8'))
      .join('\n');
    const unused = Object.keys(POLICY).filter((action) => !sources.includes(`'${action}'`));
    expect(unused).toEqual([]);
    expect(sources).not.toMatch(/\b(requireRole|requireActsFor|readsEverything|actsFor)\(/);
  });
});

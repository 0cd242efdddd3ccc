import { defaultsInTheCode, variablesTheCodeReads } from '../support/environment-variables';
import { readDocumentation } from '../support/markdown-docs';

/** Variables the code reads that an operator never sets: the code sets them for processes it starts, each for the reason given. */
const SET_BY_THE_CODE: Record<string, string> = {
  EMBEDDED_POSTGRES_PORT: 'the process that runs the embedded PostgreSQL is forked with the port its parent chose',
  IDENTITY_MODULE: "the benchmark's Hive Gateway configuration loads the signing code from it",
  SUBGRAPH_NAMES_BY_URL: "the benchmark's Hive Gateway configuration names the subgraphs it signs for",
};

/**
 * Returns the variables the tables of docs/operating.md document (the first
 * column of each `| variable |` table), each with its documented default when
 * that is a number or a switch (`4000`, `1048576 (1 MiB)`, `true`); a row of
 * several variables gives as many defaults, separated by commas.
 */
function documentedVariables(): Map<string, string | null> {
  const variables = new Map<string, string | null>();
  let inTable = false;
  for (const line of readDocumentation('docs/operating.md').split('\n')) {
    if (line.startsWith('| variable |')) {
      inTable = true;
    } else if (!line.startsWith('|')) {
      inTable = false;
    } else if (inTable) {
      const [, nameCell, defaultCell] = line.split('|');
      const names = [...nameCell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map(([, name]) => name);
      const defaults = names.length === 1 ? [defaultCell] : defaultCell.split(',');
      names.forEach((name, index) => {
        const value = defaults.length === names.length ? /^`?(\d+|true|false)\b/.exec(defaults[index].trim()) : null;
        variables.set(name, value ? value[1] : null);
      });
    }
  }
  return variables;
}

describe('the variables of docs/operating.md', () => {
  it('are each read by the code', () => {
    const read = variablesTheCodeReads();
    const documented = [...documentedVariables().keys()];
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((name) => !read.has(name))).toEqual([]);
  });

  it('are every variable the code reads, apart from those the code sets for its own processes', () => {
    const documented = documentedVariables();
    const undocumented = [...variablesTheCodeReads()].filter((name) => !documented.has(name)).sort();
    expect(undocumented).toEqual(Object.keys(SET_BY_THE_CODE).sort());
  });

  it('have the defaults the code gives them, where the code gives a number or a switch', () => {
    const documented = documentedVariables();
    const compared = [...defaultsInTheCode()].filter(([name]) => documented.get(name) != null);
    expect(compared.length).toBeGreaterThan(30);
    expect(
      compared
        .filter(([name, value]) => documented.get(name) !== value)
        .map(([name, value]) => `${name}: the code says ${value}, the docs ${documented.get(name)}`),
    ).toEqual([]);
  });
});

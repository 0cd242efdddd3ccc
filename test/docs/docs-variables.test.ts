import { variablesTheCodeReads } from '../support/environment-variables';
import { readDocumentation } from '../support/markdown-docs';

/** Variables the code reads that an operator never sets: the code sets them for processes it starts, each for the reason given. */
const SET_BY_THE_CODE: Record<string, string> = {
  EMBEDDED_POSTGRES_PORT: 'the process that runs the embedded PostgreSQL is forked with the port its parent chose',
  IDENTITY_MODULE: "the benchmark's Hive Gateway configuration loads the signing code from it",
  SUBGRAPH_NAMES_BY_URL: "the benchmark's Hive Gateway configuration names the subgraphs it signs for",
  TMPDIR: 'set around initdb so that its password file is written in a folder only postgres can read',
};

/** Returns the variables the tables of docs/operating.md document (the first column of each `| variable |` table). */
function documentedVariables(): Set<string> {
  const names = new Set<string>();
  let inTable = false;
  for (const line of readDocumentation('docs/operating.md').split('\n')) {
    if (line.startsWith('| variable |')) {
      inTable = true;
    } else if (!line.startsWith('|')) {
      inTable = false;
    } else if (inTable) {
      for (const [, name] of line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)) {
        names.add(name);
      }
    }
  }
  return names;
}

describe('the variables of docs/operating.md', () => {
  it('are each read by the code', () => {
    const read = variablesTheCodeReads();
    const documented = [...documentedVariables()];
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((name) => !read.has(name))).toEqual([]);
  });

  it('are every variable the code reads, apart from those the code sets for its own processes', () => {
    const documented = documentedVariables();
    const undocumented = [...variablesTheCodeReads()].filter((name) => !documented.has(name)).sort();
    expect(undocumented).toEqual(Object.keys(SET_BY_THE_CODE).sort());
  });
});

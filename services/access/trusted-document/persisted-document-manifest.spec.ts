import { documentSha256, parsePersistedDocumentManifest, sha256OfDocumentId } from './persisted-document-manifest';

const PROVINCES = 'query Provinces { provinces { code name } }';
const HASH = documentSha256(PROVINCES);

describe('sha256OfDocumentId', () => {
  it('reads `sha256:<hex>` and the hex alone, and nothing else', () => {
    expect(sha256OfDocumentId(`sha256:${HASH}`)).toBe(HASH);
    expect(sha256OfDocumentId(HASH)).toBe(HASH);
    expect(sha256OfDocumentId(`sha256:${HASH.toUpperCase()}`)).toBeNull();
    expect(sha256OfDocumentId(`sha1:${HASH.slice(0, 40)}`)).toBeNull();
    expect(sha256OfDocumentId(HASH.slice(0, 40))).toBeNull();
    expect(sha256OfDocumentId(`${HASH}0`)).toBeNull();
  });
});

describe('parsePersistedDocumentManifest', () => {
  it("reads the client preset's manifest (id to text) and Apollo's persisted query manifest alike", () => {
    expect(documentSha256('query ($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}')).toBe(
      // The example of GraphQL over HTTP's Appendix A.
      '7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e',
    );
    const expected = [{ sha256: HASH, body: PROVINCES }];
    expect(parsePersistedDocumentManifest({ [`sha256:${HASH}`]: PROVINCES })).toEqual(expected);
    expect(
      parsePersistedDocumentManifest({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: HASH, name: 'Provinces', type: 'query', body: PROVINCES }],
      }),
    ).toEqual(expected);
  });

  it('refuses the whole manifest, listing every document that fails: a hash that does not match, an id of another kind, text that is not an operation', () => {
    const manifest = {
      [`sha256:${HASH}`]: PROVINCES,
      [`sha256:${'0'.repeat(64)}`]: PROVINCES,
      [HASH.slice(0, 40)]: PROVINCES,
      [`sha256:${documentSha256('type Query { a: Int }')}`]: 'type Query { a: Int }',
      [`sha256:${documentSha256('fragment F on Query { a }')}`]: 'fragment F on Query { a }',
      [`sha256:${documentSha256('{ a')}`]: '{ a',
    };
    expect(() => parsePersistedDocumentManifest(manifest)).toThrow(
      [
        'The manifest was not registered (nothing was written):',
        `  "sha256:${'0'.repeat(64)}": the SHA-256 of its document is ${HASH}`,
        `  "${HASH.slice(0, 40)}": not a SHA-256 document id (\`sha256:\` and 64 lower-case hexadecimal digits, or the digits alone); the client preset writes them with its default \`hashAlgorithm: "sha256"\``,
        `  "sha256:${documentSha256('type Query { a: Int }')}": its document defines more than operations and fragments`,
        `  "sha256:${documentSha256('fragment F on Query { a }')}": its document holds no operation`,
        `  "sha256:${documentSha256('{ a')}": its document is not GraphQL: Syntax Error: Expected Name, found <EOF>.`,
      ].join('\n'),
    );
  });

  it('refuses what is no manifest, and an empty one', () => {
    expect(() => parsePersistedDocumentManifest([PROVINCES])).toThrow(/A manifest is a JSON object/);
    expect(() => parsePersistedDocumentManifest({ format: 'apollo-persisted-query-manifest', version: 2, operations: [] })).toThrow(
      /version 1/,
    );
    expect(() => parsePersistedDocumentManifest({})).toThrow(/the manifest holds no document/);
  });
});

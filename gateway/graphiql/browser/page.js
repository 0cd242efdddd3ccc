// The gateway's GraphiQL page, in the browser: renders GraphiQL (the bundle of
// @graphql-yoga/render-graphiql, loaded before this script) with a fetcher of
// its own, loads the examples of schema/examples/ into the editors, puts an API
// key into the headers, and says so when the gateway refuses introspection
// without a key. Plain JavaScript served as it is: no build step, no imports.
'use strict';

(function () {
  const config = JSON.parse(document.getElementById('hg-config').textContent);
  const INTROSPECTION = 'IntrospectionQuery';
  // GraphiQL names its editors' models after these files (GraphiQL 5); monaco is global (MonacoEnvironment.globalAPI).
  const EDITOR_FILES = { operation: 'operation.graphql', variables: 'variables.json', headers: 'request-headers.json' };

  const select = document.getElementById('hg-example');
  const exampleNote = document.getElementById('hg-example-note');
  const keyForm = document.getElementById('hg-key-form');
  const keyInput = document.getElementById('hg-key');
  const banner = document.getElementById('hg-introspection');
  const bannerMessage = document.getElementById('hg-introspection-message');

  /** Returns GraphiQL's editor whose model is the file `name`, or undefined before GraphiQL has made it. */
  function editorFor(name) {
    const editors = window.monaco ? window.monaco.editor.getEditors() : [];
    return editors.find((editor) => {
      const model = editor.getModel();
      return model && model.uri.path.endsWith(name);
    });
  }

  /** Returns the headers in the headers editor as an object; {} when it is empty or not JSON. */
  function currentHeaders() {
    const editor = editorFor(EDITOR_FILES.headers);
    try {
      const headers = JSON.parse((editor && editor.getValue().trim()) || '{}');
      return headers && typeof headers === 'object' && !Array.isArray(headers) ? headers : {};
    } catch {
      return {};
    }
  }

  function hasAuthorization(headers) {
    return Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  }

  /** Sends an operation to the gateway, as GraphiQL asks; notes whether introspection was answered. */
  async function fetcher(params, options) {
    const headers = { accept: 'application/graphql-response+json, application/json', ...(options && options.headers) };
    headers['content-type'] = 'application/json';
    let response;
    try {
      response = await fetch(config.endpoint, { method: 'POST', headers, body: JSON.stringify(params), credentials: 'same-origin' });
    } catch (error) {
      const unanswered = { errors: [{ message: `The gateway did not answer: ${error.message}` }] };
      if (params.operationName === INTROSPECTION) {
        introspectionAnswered(unanswered, 0, hasAuthorization(headers));
      }
      return unanswered;
    }
    const text = await response.text();
    let result;
    try {
      result = JSON.parse(text);
    } catch {
      result = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 300)}` }] };
    }
    if (params.operationName === INTROSPECTION) {
      introspectionAnswered(result, response.status, hasAuthorization(headers));
    }
    return result;
  }

  /** Shows or hides the banner that asks for a key when the gateway did not answer introspection. */
  function introspectionAnswered(result, status, withKey) {
    if (result && result.data && result.data.__schema) {
      banner.hidden = true;
      return;
    }
    const error = (result && result.errors && result.errors[0]) || {};
    const code = (error.extensions && error.extensions.code) || `HTTP ${status}`;
    const reason = `${(error.message || 'no schema in the answer').replace(/\.$/, '')} (${code})`;
    const refused = status === 401 || status === 403 || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
    if (refused && withKey) {
      bannerMessage.textContent = `The gateway refused introspection with this key: ${reason}. Enter another key to load the documentation.`;
    } else if (refused) {
      bannerMessage.textContent = `The gateway answers introspection only to callers with an API key: ${reason}. Enter your key to load the documentation.`;
    } else {
      bannerMessage.textContent = `The gateway did not answer introspection: ${reason}. If it answers it only to callers with an API key, enter yours to load the documentation.`;
    }
    banner.hidden = false;
    keyInput.focus();
  }

  /** Puts `Authorization: Bearer <key>` into the headers editor of the open tab and loads the schema with it. */
  function useKey(key) {
    const editor = editorFor(EDITOR_FILES.headers);
    if (!editor) {
      return;
    }
    const headers = currentHeaders();
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'authorization') {
        delete headers[name];
      }
    }
    if (key) {
      headers.Authorization = `Bearer ${key}`;
    }
    editor.setValue(JSON.stringify(headers, null, 2));
    showExampleNote();
    if (!banner.hidden) {
      // Introspection reads the headers editor as it is now.
      const refetch = document.querySelector('[aria-label^="Re-fetch GraphQL schema"]');
      if (refetch) {
        refetch.click();
      }
    }
  }

  /** Says who the chosen example is for and which key it needs, and whether the open tab has one. */
  function showExampleNote() {
    const example = config.examples.find((candidate) => candidate.name === select.value);
    if (!example) {
      exampleNote.textContent = '';
      exampleNote.removeAttribute('title');
      return;
    }
    const missing = example.needsKey && !hasAuthorization(currentHeaders()) ? ' Enter a key: the open tab has none.' : '';
    const description = example.description.charAt(0).toUpperCase() + example.description.slice(1);
    exampleNote.textContent = `${description} For: ${example.audience}. Key: ${example.key}.${missing}`;
    exampleNote.title = example.notes.join('\n');
    exampleNote.classList.toggle('hg-warning', missing !== '');
  }

  /** Waits until `condition` holds, at most a second (GraphiQL renders a new tab on its next frames). */
  async function until(condition) {
    for (let frame = 0; frame < 60 && !condition(); frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  /**
   * Loads an example's operation and default variables into the editors: into
   * the open tab when that would lose nothing (empty, the welcome text, or an
   * example as it was loaded), otherwise into a new tab, which keeps the open
   * tab's headers.
   */
  async function loadExample(example) {
    let operation = editorFor(EDITOR_FILES.operation);
    if (!operation) {
      return;
    }
    const current = operation.getValue().trim();
    const loaded = [config.graphiql.defaultQuery, ...config.examples.map((candidate) => candidate.document)];
    if (current !== '' && !loaded.some((text) => text.trim() === current)) {
      const headers = editorFor(EDITOR_FILES.headers)?.getValue() ?? '';
      document.querySelector('[aria-label="New tab"]')?.click();
      await until(() => editorFor(EDITOR_FILES.operation)?.getValue().trim() !== current);
      editorFor(EDITOR_FILES.headers)?.setValue(headers);
      operation = editorFor(EDITOR_FILES.operation);
    }
    operation.setValue(example.document);
    editorFor(EDITOR_FILES.variables)?.setValue(JSON.stringify(example.defaultVariables, null, 2));
    operation.focus();
    showExampleNote();
  }

  select.addEventListener('change', () => {
    const example = config.examples.find((candidate) => candidate.name === select.value);
    if (example) {
      void loadExample(example);
    } else {
      showExampleNote();
    }
  });
  keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    useKey(keyInput.value.trim());
    keyInput.value = '';
  });

  // `plugins: undefined` gives GraphiQL its default sidebar (documentation and history) instead of the
  // bundle's own choice (documentation and the query builder, without history).
  window.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), { ...config.graphiql, plugins: undefined, fetcher });
})();

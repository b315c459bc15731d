// Loads XForms in ODK's own form engine (@getodk/xforms-engine, the engine
// of ODK Web Forms), fills in answers and prints what the engine computed.
//
// Usage: SCORECARD_NODE_MODULES=DIR node odk-check.mjs < request.json
// The request is {"forms": [{"file": "form.xml", "language": "English (en)",
// "answers": {"name": "value"}}]}; "language", when given, is the language the
// form is shown in, as a person would choose it.
// The reply, on standard output, is one object per form:
// {"file", "status", "error", "languages": ["English (en)", …],
//  "fields": {"name": {"value", "relevant", "label", "hint", "options"}}},
// where "options" are the choices of a select, as {"value", "label"}.
// The engine needs a DOM: jsdom provides one, as in the engine's own tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The packages are in the repository's .cache/node/node_modules (see
// .ci/run), named by SCORECARD_NODE_MODULES.
const modules = process.env.SCORECARD_NODE_MODULES;
const { JSDOM } = createRequire(join(modules, 'noop.js'))('jsdom');

const dom = new JSDOM('');
for (const k of ['DOMParser', 'XMLSerializer', 'document', 'Node', 'Element', 'Document', 'XPathResult', 'NodeFilter']) {
  if (!(k in globalThis)) globalThis[k] = dom.window[k];
}
// The engine's XPath parser (tree-sitter in WebAssembly) reads __dirname
// when it believes it runs under Node; an ES module has none.
globalThis.__dirname = process.cwd();
const { loadForm } = await import(pathToFileURL(join(modules, '@getodk/xforms-engine/dist/index.js')).href);

function walk(node, out) {
  const state = node.currentState;
  const name = state.reference.split('/').pop();
  const text = (t) => (t ? t.asString ?? String(t) : null);
  let value = state.value;
  if (Array.isArray(value)) value = value.join(' ');
  else if (value != null && typeof value === 'object') value = String(value);
  const field = { value: value ?? null, relevant: state.relevant, label: text(state.label), hint: text(state.hint), type: node.nodeType };
  if (node.nodeType === 'select') {
    field.options = state.valueOptions.map((o) => ({ value: o.value, label: text(o.label) }));
  }
  out[name] = field;
  for (const child of state.children ?? []) walk(child, out);
}

function find(node, name) {
  const state = node.currentState;
  if (state.reference.split('/').pop() === name) return node;
  for (const child of state.children ?? []) {
    const found = find(child, name);
    if (found) return found;
  }
  return null;
}

const request = JSON.parse(readFileSync(0, 'utf8'));
const replies = [];
for (const f of request.forms) {
  const reply = { file: f.file, status: 'failure', error: null, languages: [], fields: {} };
  try {
    const result = await loadForm(readFileSync(f.file, 'utf8'));
    reply.status = result.status;
    if (result.status === 'failure') {
      reply.error = String(result.error?.message ?? result.error);
    } else {
      const instance = result.createInstance();
      reply.languages = instance.root.languages.map((l) => l.language);
      if (f.language) {
        const lang = instance.root.languages.find((l) => l.language === f.language);
        if (!lang) throw new Error(`no language ${f.language}`);
        instance.root.setLanguage(lang);
      }
      for (const [name, value] of Object.entries(f.answers ?? {})) {
        const node = find(instance.root, name);
        if (!node) throw new Error(`no field ${name}`);
        if (node.nodeType === 'select') node.selectValue(value);
        else node.setValue(value);
      }
      walk(instance.root, reply.fields);
    }
  } catch (e) {
    reply.status = 'failure';
    reply.error = String(e?.stack ?? e);
  }
  replies.push(reply);
}
process.stdout.write(JSON.stringify(replies));

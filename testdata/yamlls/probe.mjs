// probe.mjs drives yaml-language-server, as an editor would, over the
// Language Server Protocol on stdio: it opens one YAML document and
// prints, as JSON, the diagnostics the server publishes and its answers
// to hover and completion requests. Input (JSON on standard input):
//
//   {"server": "path/to/yaml-language-server/bin/yaml-language-server",
//    "file": "/abs/path/answers.yaml", "text": "...",
//    "hovers": [[line, character], ...], "completions": [[line, character], ...]}
//
// Lines and characters count from 0. Used by the schema tests in
// cmd/internal/cli.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const input = JSON.parse(await new Promise((resolve) => {
  let s = '';
  process.stdin.on('data', (d) => (s += d));
  process.stdin.on('end', () => resolve(s));
}));

const server = spawn(process.execPath, [input.server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
let diagnostics = null;
let diagnosticsSeen;
const diagnosticsArrived = new Promise((resolve) => (diagnosticsSeen = resolve));

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}
function notify(method, params) {
  send({ method, params });
}
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const m = /Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString());
    const len = Number(m[1]);
    if (buffer.length < end + 4 + len) return;
    const msg = JSON.parse(buffer.subarray(end + 4, end + 4 + len).toString('utf8'));
    buffer = buffer.subarray(end + 4 + len);
    if (msg.id !== undefined && pending.has(msg.id) && msg.method === undefined) {
      pending.get(msg.id)(msg.result);
      pending.delete(msg.id);
    } else if (msg.method === 'textDocument/publishDiagnostics') {
      diagnostics = msg.params.diagnostics;
      diagnosticsSeen();
    } else if (msg.id !== undefined && msg.method) {
      // A request from the server (configuration, capabilities): answer
      // with the settings, or nothing.
      const result = msg.method === 'workspace/configuration' ? msg.params.items.map(() => settings) : null;
      send({ id: msg.id, result });
    }
  }
});

const settings = { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false } };
const uri = pathToFileURL(input.file).href;
await request('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: {
    textDocument: {
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } },
    },
  },
});
notify('initialized', {});
notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: input.text } });
const timeout = setTimeout(() => {
  process.stderr.write('probe: no diagnostics from yaml-language-server within 30 s\n');
  process.exit(3);
}, 30000);
await diagnosticsArrived;
const hovers = [];
for (const [line, character] of input.hovers || []) {
  const r = await request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  hovers.push(r && r.contents ? (typeof r.contents === 'string' ? r.contents : r.contents.value) : null);
}
const completions = [];
for (const [line, character] of input.completions || []) {
  const r = await request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const items = Array.isArray(r) ? r : (r ? r.items : []);
  completions.push(items.map((i) => ({
    label: i.label,
    insertText: i.insertText || (i.textEdit && i.textEdit.newText) || i.label,
    documentation: i.documentation ? (typeof i.documentation === 'string' ? i.documentation : i.documentation.value) : '',
  })));
}
clearTimeout(timeout);
process.stdout.write(JSON.stringify({ diagnostics: diagnostics.map((d) => ({ line: d.range.start.line, character: d.range.start.character, message: d.message })), hovers, completions }, null, 1) + '\n');
await request('shutdown', null);
notify('exit', null);
server.kill();
process.exit(0);

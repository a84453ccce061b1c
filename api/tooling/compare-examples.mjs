#!/usr/bin/env node
// Checks that the TypeScript client generated from api/openapi.yaml serialises the page's two
// example bodies to the same JSON as the Java client (field order aside), and both to the spec's
// own `examples` of editTask. Also reads the Java JSON back with the TypeScript client and writes
// it again, to catch a union that picks the wrong variant on the way in. With --go, the same three
// checks for the Go client, from the JSON its proof program wrote (api/tooling/go/proof).
//
// Usage (repo root): node api/tooling/compare-examples.mjs
//   [--java target/spec-tooling/java-examples.json] [--ts-build target/spec-tooling/ts-build]
//   [--spec api/openapi.yaml] [--go target/spec-tooling/go-examples.json]
// Needs: `mvn test` (ExampleBodiesExportTest writes the Java JSON) and the TypeScript client
// compiled by the spec-tooling profile (tsc -p api/tooling/tsconfig.json); for --go, the Go proof
// run by api/tooling/other-languages.sh.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = parseArgs(process.argv.slice(2), {
  java: path.join(root, 'target/spec-tooling/java-examples.json'),
  'ts-build': path.join(root, 'target/spec-tooling/ts-build'),
  spec: path.join(root, 'api/openapi.yaml'),
  go: '',
});

const EDIT = '/speech/openapi/v1/task/outbound/edit';
const NAMES = ['notStarted', 'inProgressOrPaused'];

if (!fs.existsSync(args.java)) {
  fail(`${args.java} is missing: run the Java test ExampleBodiesExportTest first (mvn test).`);
}
const compiled = path.join(args['ts-build'], 'api/tooling/ts/example-bodies.js');
if (!fs.existsSync(compiled)) {
  fail(`${compiled} is missing: compile the TypeScript client first (mvn -Pspec-tooling process-sources).`);
}

if (args.go !== '' && !fs.existsSync(args.go)) {
  fail(`${args.go} is missing: run the Go proof first (bash api/tooling/other-languages.sh).`);
}

const java = JSON.parse(fs.readFileSync(args.java, 'utf8'));
const ts = createRequire(import.meta.url)(compiled);
const typescript = ts.exampleBodies();
const go = args.go === '' ? null : JSON.parse(fs.readFileSync(args.go, 'utf8'));
const spec = YAML.parse(fs.readFileSync(args.spec, 'utf8'));
const specExamples = spec.paths[EDIT].post.requestBody.content['application/json'].examples;

let passed = 0;
let failed = 0;
function check(label, actual, expected, who = 'TypeScript') {
  const differences = [];
  diff(actual, expected, '$', differences, who);
  if (differences.length === 0) {
    passed += 1;
    console.log(`ok   ${label}`);
  } else {
    failed += 1;
    console.log(`FAIL ${label}`);
    for (const d of differences) {
      console.log(`       ${d}`);
    }
  }
}

for (const name of NAMES) {
  if (!(name in java)) {
    failed += 1;
    console.log(`FAIL ${name}: not in ${args.java}`);
    continue;
  }
  check(`${name}: TypeScript client JSON equals Java client JSON`, typescript[name], java[name]);
  check(`${name}: TypeScript client JSON equals the spec's example`, typescript[name], specExamples[name].value);
  check(`${name}: TypeScript client reads the Java JSON and writes it back unchanged`, ts.roundTrip(java[name]), java[name]);
  if (go !== null) {
    check(`${name}: Go client JSON equals Java client JSON`, go[name], java[name], 'Go');
    check(`${name}: Go client JSON equals the spec's example`, go[name], specExamples[name].value, 'Go');
    check(`${name}: Go client reads the Java JSON and writes it back unchanged`, go.roundTrip?.[name], java[name], 'Go');
  }
}
console.log(`compare-examples: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Structural comparison: object key order ignored, array order kept; lists every difference. */
function diff(a, b, at, out, who) {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) {
      out.push(`${at}: ${show(a)} (${who}) vs ${show(b)}`);
      return;
    }
    if (a.length !== b.length) {
      out.push(`${at}: ${a.length} items vs ${b.length}`);
    }
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      diff(a[i], b[i], `${at}[${i}]`, out, who);
    }
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in a)) {
        out.push(`${at}.${key}: missing from the ${who} JSON (expected ${show(b[key])})`);
      } else if (!(key in b)) {
        out.push(`${at}.${key}: ${show(a[key])} in the ${who} JSON only`);
      } else {
        diff(a[key], b[key], `${at}.${key}`, out, who);
      }
    }
    return;
  }
  if (!Object.is(a, b)) {
    out.push(`${at}: ${show(a)} (${who}) vs ${show(b)}`);
  }
}

function show(v) {
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in defaults) || i + 1 >= argv.length) {
      fail(`unknown or incomplete option ${argv[i]}; options: ${Object.keys(defaults).map((k) => `--${k}`).join(' ')}`);
    }
    out[key] = path.resolve(argv[i + 1]);
    i += 1;
  }
  return out;
}

function fail(message) {
  console.error(`compare-examples: ${message}`);
  process.exit(2);
}

#!/usr/bin/env node
// Lints api/openapi.yaml three ways and fails on ANY finding, warnings and hints included:
//   1. Spectral, ruleset api/tooling/.spectral.yaml (spectral:oas + this API's own rules);
//   2. Redocly CLI `lint`, config api/tooling/redocly.yaml;
//   3. `openapi-generator validate --recommend` (the CLI jar of the generator the build uses).
//
// Usage (repo root): node api/tooling/lint.mjs [--spec api/openapi.yaml] [--og-jar PATH]
// The generator jar defaults to $OG_CLI_JAR, then target/spec-tooling/lib/openapi-generator-cli.jar
// (copied there by `mvn -Pspec-tooling`), then the local Maven repository.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const OG_VERSION = '7.25.0';
const opts = { spec: path.join(root, 'api/openapi.yaml'), 'og-jar': undefined };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const key = argv[i].replace(/^--/, '');
  if (!(key in opts) || argv[i + 1] === undefined) {
    console.error(`lint: unknown or incomplete option ${argv[i]}; options: --spec PATH --og-jar PATH`);
    process.exit(2);
  }
  opts[key] = path.resolve(argv[i + 1]);
}
const bin = (name) => path.join(here, 'node_modules', '.bin', name);
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
for (const tool of ['spectral', 'redocly']) {
  if (!fs.existsSync(bin(tool))) {
    console.error(`lint: ${bin(tool)} is missing; run \`npm ci\` in api/tooling (or bash api/tooling/ci.sh)`);
    process.exit(2);
  }
}

const results = [];
function report(tool, errors, warnings, lines) {
  results.push({ tool, errors, warnings });
  for (const line of lines) {
    console.log(`  ${line}`);
  }
  console.log(`lint: ${tool}: ${errors} error(s), ${warnings} warning(s)`);
}

// 1. Spectral, as JSON so that every severity counts.
{
  const run = spawnSync(bin('spectral'),
    ['lint', '--ruleset', path.join(here, '.spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'hint', opts.spec],
    { encoding: 'utf8', env, cwd: root });
  let findings;
  try {
    findings = JSON.parse(run.stdout.trim() || '[]');
  } catch {
    console.error(run.stdout, run.stderr);
    report('spectral', 1, 0, ['spectral did not run: see its output above']);
    findings = null;
  }
  if (findings) {
    const severity = ['error', 'warning', 'info', 'hint'];
    const lines = findings.map((f) => `${path.relative(root, f.source ?? opts.spec)}:${f.range.start.line + 1}:${f.range.start.character + 1} `
      + `${severity[f.severity]} ${f.code} ${f.message} (${f.path.join('.')})`);
    report('spectral', findings.filter((f) => f.severity === 0).length, findings.filter((f) => f.severity > 0).length, lines);
  }
}

// 2. Redocly, as JSON: totals of errors and warnings.
{
  const run = spawnSync(bin('redocly'),
    ['lint', '--config', path.join(here, 'redocly.yaml'), '--format', 'json', '--lint-config', 'error', opts.spec],
    { encoding: 'utf8', env, cwd: root });
  let out;
  try {
    out = JSON.parse(run.stdout);
  } catch {
    console.error(run.stdout, run.stderr);
    report('redocly', 1, 0, ['redocly did not run: see its output above']);
    out = null;
  }
  if (out) {
    const lines = (out.problems ?? []).map((p) => {
      const loc = (p.location ?? [])[0] ?? {};
      return `${p.severity} ${p.ruleId} ${p.message} (${loc.pointer ?? ''})`;
    });
    report('redocly', out.totals.errors, out.totals.warnings, lines);
  }
}

// 3. openapi-generator validate --recommend: anything but "No validation issues detected." fails.
{
  const candidates = [
    opts['og-jar'],
    process.env.OG_CLI_JAR,
    path.join(root, 'target/spec-tooling/lib/openapi-generator-cli.jar'),
    path.join(process.env.MAVEN_REPO_LOCAL ?? path.join(os.homedir(), '.m2/repository'),
      `org/openapitools/openapi-generator-cli/${OG_VERSION}/openapi-generator-cli-${OG_VERSION}.jar`),
  ].filter(Boolean);
  const jar = candidates.find((c) => fs.existsSync(c));
  if (!jar) {
    report('openapi-generator validate', 1, 0, [
      `no openapi-generator-cli ${OG_VERSION} jar; fetch it with: mvn -q dependency:get -Dartifact=org.openapitools:openapi-generator-cli:${OG_VERSION} -Dtransitive=false`,
    ]);
  } else {
    const run = spawnSync('java', ['-jar', jar, 'validate', '-i', opts.spec, '--recommend'], { encoding: 'utf8', env, cwd: root });
    const output = `${run.stdout}${run.stderr}`.trim();
    const clean = run.status === 0 && /No validation issues detected\./.test(output);
    const lines = clean ? [] : output.split('\n').filter((l) => l.trim() && !/^Validating spec/.test(l));
    const errors = run.status === 0 ? 0 : Math.max(1, lines.filter((l) => /^\s*-/.test(l)).length);
    const warnings = clean || errors > 0 ? 0 : Math.max(1, lines.filter((l) => /^\s*-/.test(l)).length);
    report('openapi-generator validate --recommend', errors, warnings, lines);
  }
}

const total = results.reduce((n, r) => n + r.errors + r.warnings, 0);
console.log(`lint: ${total === 0 ? 'clean' : `${total} finding(s)`} (${results.map((r) => `${r.tool} ${r.errors}E/${r.warnings}W`).join(', ')})`);
process.exit(total === 0 ? 0 : 1);

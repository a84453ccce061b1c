// Proof that the TypeScript client generated from api/openapi.yaml signs, and works against a
// server: the signing middleware against openssl (fixed key and timestamp of the Java tests; in
// Node, and with WebCrypto in headless Chromium, browser.ts), key errors, then edits, read-backs, a wrong key and a refused body against the mock of a target profile.
// One line per check (`ok   typescript: ...` or `FAIL typescript: ...`); exit 1 when any failed.
// Run by api/tooling/other-languages.sh, which starts the mock and computes the openssl sign.
//
// Usage: node target/spec-tooling/ts-build/api/tooling/ts/proof.js --keys DIR --app-id ID
//          --timestamp MILLIS --expect-sign BASE64 --profile FILE
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CommunicateBaseVo,
  Configuration,
  EditTaskRequest,
  InProgressTaskEdit,
  NotStartedTaskEdit,
  OutboundTaskApi,
  PhoneGroupDto,
  ResultCode,
} from '../../../target/spec-tooling/clients/typescript/src/index';
import {
  APP_ID_HEADER,
  SIGN_HEADER,
  Signer,
  signingMiddleware,
  TIMESTAMP_HEADER,
} from '../../../target/spec-tooling/clients/typescript/src/signing';
import { loadPrivateKey, RsaSigner } from '../../../target/spec-tooling/clients/typescript/src/nodeSigner';
import { WebCryptoSigner } from '../../../target/spec-tooling/clients/typescript/src/webCryptoSigner';
import { BrowserResult, signInChromium } from './browser';
import { inProgressOrPaused, notStarted } from './example-bodies';
import { readProfile } from './profile';

const LANGUAGE = 'typescript';
let failures = 0;

function report(ok: boolean, label: string, detail = ''): void {
  if (!ok) {
    failures += 1;
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${LANGUAGE}: ${label}${ok || detail === '' ? '' : ` (${detail})`}`);
}

async function check(label: string, body: () => Promise<string | null>): Promise<void> {
  try {
    const problem = await body();
    report(problem === null, label, problem ?? '');
  } catch (e) {
    report(false, label, `threw ${(e as Error).name}: ${(e as Error).message}`);
  }
}

/** The three headers the middleware puts on a request, with a fixed clock. */
async function signedHeaders(appId: string, signer: Signer, timestamp: number): Promise<Record<string, string>> {
  const middleware = signingMiddleware({ appId, signer, clock: () => timestamp });
  const params = await middleware.pre!({
    fetch,
    url: 'http://127.0.0.1:9/speech/openapi/v1/task/outbound/getPhoneGroups?taskId=1',
    init: { method: 'GET', headers: { Accept: 'application/json' } },
  });
  return (params as { init: { headers: Record<string, string> } }).init.headers;
}

function compareHeaders(headers: Record<string, string>, appId: string, timestamp: number, expected: string): string | null {
  if (headers[APP_ID_HEADER] !== appId) {
    return `${APP_ID_HEADER} header is ${JSON.stringify(headers[APP_ID_HEADER])}`;
  }
  if (headers[TIMESTAMP_HEADER] !== String(timestamp)) {
    return `${TIMESTAMP_HEADER} header is ${JSON.stringify(headers[TIMESTAMP_HEADER])}`;
  }
  if (headers.Accept !== 'application/json') {
    return 'the request lost its other headers';
  }
  // A mismatching sign is not printed: it is a credential for its timestamp.
  return headers[SIGN_HEADER] === expected ? null : "the sign differs from openssl's (not printed)";
}

/** The middleware on requests that already carry the three headers (a retry, a copied request). */
async function staleHeadersReplaced(appId: string, signer: Signer, timestamp: number, expected: string): Promise<string | null> {
  const middleware = signingMiddleware({ appId, signer, clock: () => timestamp });
  const stale = (): Array<[string, string]> => [['APPID', 'other'], ['Timestamp', '1'], ['SIGN', 'stale'], ['Accept', 'application/json']];
  for (const [form, headers] of [
    ['object', Object.fromEntries(stale())],
    ['Headers', new Headers(stale())],
    ['array', stale()],
  ] as Array<[string, HeadersInit]>) {
    const params = await middleware.pre!({ fetch, url: 'http://127.0.0.1:9/', init: { method: 'GET', headers } });
    const sent = (params as { init: { headers: Record<string, string> } }).init.headers;
    const names = Object.keys(sent).map((name) => name.toLowerCase()).sort();
    if (JSON.stringify(names) !== JSON.stringify(['accept', 'appid', 'sign', 'timestamp'])) {
      return `${form}: headers sent ${names.join(', ')}`;
    }
    const accept = sent.Accept ?? sent.accept;
    const problem = compareHeaders({ ...sent, Accept: accept }, appId, timestamp, expected);
    if (problem !== null) {
      return `${form}: ${problem}`;
    }
  }
  return null;
}

/** Loads keys the module must refuse: each error names the problem and the file, and holds no line of the key. */
function keyErrors(keys: string): string | null {
  const cases: Record<string, string> = {
    'ec-p256-pkcs8.pem': 'RSA key',
    'rsa1024-pkcs8.pem': '1024 bits',
    'rsa2048-public.pem': 'public key',
    'rsa2048-pkcs8-encrypted.pem': 'encrypted',
    'garbage.txt': 'not a key',
    'no-such-file.pem': 'cannot read the file',
  };
  for (const [file, want] of Object.entries(cases)) {
    const keyPath = path.join(keys, file);
    let message: string;
    try {
      loadPrivateKey(keyPath);
      return `${file} was accepted`;
    } catch (e) {
      message = (e as Error).message;
    }
    if (!message.includes(want) || !message.startsWith(`${keyPath}: `)) {
      return `${file}: the error ${JSON.stringify(message)} does not say ${JSON.stringify(want)}`;
    }
    const text = fs.existsSync(keyPath) ? fs.readFileSync(keyPath, 'utf8') : '';
    if (text.split('\n').some((line) => line.length >= 16 && !line.startsWith('-----') && message.includes(line))) {
      return `${file}: the error echoes the key`;
    }
  }
  return null;
}

function sameBatches(read: unknown[] | null | undefined, sent: PhoneGroupDto[]): string | null {
  const normal = (b: any) => JSON.stringify([b.name, b.identify, b.autoOutboundSwitch, b.autoOutboundInterval ?? null, b.autoOutboundTimes ?? null]);
  const got = (read ?? []).map(normal);
  const want = sent.map(normal);
  return JSON.stringify(got) === JSON.stringify(want) ? null : `read back ${got.join(',')}, sent ${want.join(',')}`;
}

/** Null when the answer has `code` and, for an edit, the `data` that goes with it. */
function expectCode(answer: { code: ResultCode; message: string; data?: unknown }, code: ResultCode, data?: boolean): string | null {
  if (answer.code !== code) {
    return `code ${answer.code} ${answer.message}`;
  }
  if (data !== undefined && answer.data !== data) {
    return `data is ${JSON.stringify(answer.data)}`;
  }
  return null;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['keys', 'app-id', 'timestamp', 'expect-sign', 'profile']);
  const appId = args['app-id'];
  const timestamp = Number(args.timestamp);
  const expected = args['expect-sign'];

  // 1. The sign, byte for byte, for each key form the module takes.
  const pem = path.join(args.keys, 'rsa2048-pkcs8.pem');
  const b64 = path.join(args.keys, 'rsa2048-pkcs8.b64');
  await check('sign of appId+timestamp equals openssl dgst -sha256 -sign, byte for byte (PEM PKCS#8, node:crypto)', async () =>
    compareHeaders(await signedHeaders(appId, new RsaSigner(loadPrivateKey(pem)), timestamp), appId, timestamp, expected));
  await check('sign of appId+timestamp equals openssl dgst -sha256 -sign, byte for byte (PEM PKCS#1, node:crypto)', async () =>
    compareHeaders(await signedHeaders(appId, new RsaSigner(loadPrivateKey(path.join(args.keys, 'rsa2048-pkcs1.pem'))), timestamp), appId, timestamp, expected));
  await check('sign of appId+timestamp equals openssl dgst -sha256 -sign, byte for byte (bare Base64 PKCS#8, node:crypto)', async () =>
    compareHeaders(await signedHeaders(appId, new RsaSigner(loadPrivateKey(b64)), timestamp), appId, timestamp, expected));
  await check('sign of appId+timestamp equals openssl dgst -sha256 -sign, byte for byte (PEM PKCS#8, WebCrypto in Node)', async () =>
    compareHeaders(await signedHeaders(appId, await WebCryptoSigner.fromPkcs8(fs.readFileSync(pem, 'utf8')), timestamp), appId, timestamp, expected));

  const browsers = await signInChromium(fs.readFileSync(pem, 'utf8'), appId, timestamp).catch((e: Error) =>
    [{ where: 'headless Chromium', error: e.message }] as BrowserResult[]);
  for (const result of browsers) {
    await check(`sign of appId+timestamp equals openssl dgst -sha256 -sign, byte for byte (PEM PKCS#8, WebCrypto in ${result.where})`, async () => {
      if (result.error !== undefined) {
        return result.error;
      }
      const h = result.headers ?? {};
      return compareHeaders({ [APP_ID_HEADER]: h.appId!, [TIMESTAMP_HEADER]: h.timestamp!, [SIGN_HEADER]: h.sign!, Accept: 'application/json' },
        appId, timestamp, expected);
    });
  }
  await check('replaces a stale appId/timestamp/sign of the request, in any case, and keeps its other headers (object, Headers, array)', async () =>
    staleHeadersReplaced(appId, new RsaSigner(loadPrivateKey(pem)), timestamp, expected));
  await check('key errors name the problem and the file, never the key', async () => keyErrors(args.keys));

  // 2. Against the server of the profile.
  const profile = readProfile(args.profile);
  const api = (signer: Signer) => new OutboundTaskApi(new Configuration({
    basePath: profile.baseUrl,
    middleware: [signingMiddleware({ appId: profile.appId, signer })],
  }));
  const tenant = api(new RsaSigner(loadPrivateKey(profile.privateKey)));

  const full: NotStartedTaskEdit = {
    ...notStarted(),
    taskId: profile.taskId('task.notStarted'),
    skillSetId: profile.get('skillSetId'),
    outboundNumberGroupId: profile.get('outboundNumberGroupId'),
  };
  const second: InProgressTaskEdit = {
    ...inProgressOrPaused(),
    taskId: profile.taskId('task.inProgress'),
    outboundNumberGroupId: profile.get('outboundNumberGroupId'),
  };
  const variants: Array<[string, EditTaskRequest, PhoneGroupDto[]]> = [
    [`not-started task ${full.taskId} edited with the page's full body: 10000`, full, full.outboundPhoneGroups],
    [`in-progress task ${second.taskId} edited with the second table's body: 10000`, second, second.outboundPhoneGroups],
  ];
  for (const [label, body, batches] of variants) {
    await check(label, async () => expectCode(await tenant.editTask({ editTaskRequest: body }), ResultCode.SUCCESS, true));
    await check(`task ${body.taskId} read back with getPhoneGroups: the batch sent`, async () => {
      const read = await tenant.getPhoneGroups({ taskId: body.taskId });
      return expectCode(read, ResultCode.SUCCESS) ?? sameBatches(read.data, batches);
    });
  }

  const stranger = api(new RsaSigner(loadPrivateKey(path.join(args.keys, 'rsa2048-second-pkcs8.pem'))));
  await check('signed with another key: 10001', async () =>
    expectCode(await stranger.editTask({ editTaskRequest: full }), ResultCode.AUTHENTICATION_FAILED, false));

  await check('a body the server refuses (acw 181): 29002 as a typed CommunicateBaseVo, not a thrown error', async () => {
    const answer: CommunicateBaseVo = await tenant.editTask({ editTaskRequest: { ...full, acw: 181 } });
    return expectCode(answer, ResultCode.PARAMETER_ERROR, false);
  });

  process.exit(failures === 0 ? 0 : 1);
}

function parseArgs(argv: string[], names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!names.includes(name) || i + 1 >= argv.length) {
      usage(`unknown or incomplete option ${argv[i]}`);
    }
    out[name] = argv[i + 1];
  }
  const missing = names.filter((name) => !(name in out));
  if (missing.length > 0) {
    usage(`missing ${missing.map((name) => `--${name}`).join(' ')}`);
  }
  return out;
}

function usage(message: string): never {
  console.error(`proof: ${message}; options: --keys DIR --app-id ID --timestamp MILLIS --expect-sign BASE64 --profile FILE`);
  process.exit(2);
}

main().catch((e: Error) => {
  console.error(`proof: ${e.message}`);
  process.exit(2);
});

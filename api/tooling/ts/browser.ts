// Runs the TypeScript client's signing middleware with its WebCrypto signer (signing.ts and
// webCryptoSigner.ts import no Node module) in headless Chromium, in a page and in a Web Worker,
// and returns the three headers each produced. Used by proof.ts.
// Env: CHROMIUM (default /usr/bin/chromium).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

export interface BrowserResult {
  where: string;
  headers?: { appId?: string; timestamp?: string; sign?: string };
  error?: string;
}

/** The compiled client modules, next to this file in the ts-build tree. */
const COMPILED = path.resolve(__dirname, '../../../target/spec-tooling/clients/typescript/src');

export async function signInChromium(pem: string, appId: string, timestamp: number): Promise<BrowserResult[]> {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}; install Debian's chromium (api/tooling/ci.sh does)`);
  }
  // The two compiled CommonJS modules, wrapped for a browser; they import types only.
  const wrap = (name: string) => `(function (exports, require) {\n${fs.readFileSync(path.join(COMPILED, `${name}.js`), 'utf8')}\n})(self.${name} = {}, () => { throw new Error('no require in a browser'); });`;
  const script = `${wrap('signing')}\n${wrap('webCryptoSigner')}
self.signedHeaders = async (pem, appId, timestamp) => {
  const signer = await self.webCryptoSigner.WebCryptoSigner.fromPkcs8(pem);
  const middleware = self.signing.signingMiddleware({ appId, signer, clock: () => timestamp });
  const params = await middleware.pre({ fetch: self.fetch, url: 'http://127.0.0.1:9/', init: { method: 'GET', headers: {} } });
  const { APP_ID_HEADER, TIMESTAMP_HEADER, SIGN_HEADER } = self.signing;
  const headers = params.init.headers;
  return { appId: headers[APP_ID_HEADER], timestamp: headers[TIMESTAMP_HEADER], sign: headers[SIGN_HEADER] };
};
self.onmessage = async (event) => {
  try {
    self.postMessage({ headers: await self.signedHeaders(...event.data) });
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
};`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outboundkit-browser-sign-'));
  fs.writeFileSync(path.join(dir, 'signing-bundle.js'), script);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="signing-bundle.js"></script>');
  const input: [string, string, number] = [pem, appId, timestamp];
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // http://localhost is a secure context, as WebCrypto needs; Playwright serves the two files.
    await page.route('http://localhost/**', (route) => {
      const file = new URL(route.request().url()).pathname.slice(1) || 'index.html';
      return route.fulfill({ path: path.join(dir, file), contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    });
    await page.goto('http://localhost/index.html');
    const version = await page.evaluate(() => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? 'Chromium');
    const inPage = await page.evaluate(async (args) => {
      try {
        return { headers: await (self as any).signedHeaders(...args) };
      } catch (e) {
        return { error: String(e) };
      }
    }, input);
    const inWorker = await page.evaluate((args) => new Promise<{ headers?: any; error?: string }>((resolve) => {
      const worker = new Worker('signing-bundle.js');
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => resolve({ error: event.message || 'worker error' });
      worker.postMessage(args);
    }), input);
    return [
      { where: `a page of headless ${version}`, ...inPage },
      { where: `a Web Worker of headless ${version}`, ...inWorker },
    ];
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

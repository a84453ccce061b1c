// Reads a target profile (docs/mock.md, "The target profile"): a Java properties file with
// baseUrl, appId, privateKey (relative to the profile's folder), ids and task.* keys.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Profile {
  baseUrl: string;
  appId: string;
  /** The private key file, resolved against the profile's folder. */
  privateKey: string;
  get(key: string): string;
  taskId(key: string): number;
}

export function readProfile(file: string): Profile {
  const values = parseProperties(fs.readFileSync(file, 'utf8'));
  const get = (key: string): string => {
    const value = values.get(key);
    if (value === undefined || value.trim() === '') {
      throw new Error(`profile ${file}: ${key} is missing or blank`);
    }
    return value;
  };
  const taskId = (key: string): number => {
    const value = get(key);
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new Error(`profile ${file}: ${key} is not a task id: ${value}`);
    }
    return Number(value);
  };
  return {
    baseUrl: get('baseUrl').replace(/\/+$/, ''),
    appId: get('appId'),
    privateKey: path.resolve(path.dirname(file), get('privateKey')),
    get,
    taskId,
  };
}

/** The subset of java.util.Properties the profile uses: key=value or key:value, # and ! comments, backslash escapes. */
function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^[ \t\f]+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) {
      continue;
    }
    const match = /^((?:\\.|[^=:\s\\])*)[ \t\f]*[=:]?[ \t\f]*(.*)$/.exec(line);
    if (match) {
      out.set(unescape(match[1]), unescape(match[2]));
    }
  }
  return out;
}

function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c.length === 5) {
      return String.fromCharCode(parseInt(c.slice(1), 16));
    }
    return ({ n: '\n', r: '\r', t: '\t', f: '\f' } as Record<string, string>)[c] ?? c;
  });
}

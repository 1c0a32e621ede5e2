/**
 * Settings as users type them in an editor form: a value, empty, or `${VAR}` that Node-RED left
 * as it was because VAR is not set. Empty and unresolved values fall back to environment
 * variables (as set in Kubernetes) and then to a default, so one flow runs on a laptop and in a
 * cluster unchanged.
 */
export function resolveSetting(
  value: string | undefined,
  envNames: string[],
  fallback: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const given = value?.trim() ?? '';
  const unresolved = /^\$\{(\S+)\}$/.exec(given);
  if (given && !unresolved) return given;
  const names = unresolved ? [unresolved[1], ...envNames] : envNames;
  for (const name of names) {
    const v = env[name]?.trim();
    if (v) return v;
  }
  return fallback;
}

/** OLLAMA_HOST may be `host:port` without a scheme, as Ollama itself accepts. */
export function withScheme(url: string): string {
  return url && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? `http://${url}` : url;
}

export const DEFAULT_OLLAMA_URL = 'http://127.0.0.1:11434';
export const DEFAULT_OLLAMA_MODEL = 'llama3.2';
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';

// Run-time settings: defaults, then environment variables, then command-line flags (in the CLI).
// Every setting is validated here once, so the rest of the code can trust its types.
import { AppError } from '../errors.ts';
import {
  type Config,
  DEFAULTS,
  queryBodyBytes,
  SETTINGS,
  type Setting,
  storeUrl,
  WIKIDATA_SPARQL,
} from './settings.ts';

export { codeVersion, keep, keepJson, keptName, readKept, readKeptJson } from './kept.ts';
export { type Config, DEFAULTS, queryBodyBytes, SETTINGS, type Setting, storeUrl, WIKIDATA_SPARQL };

/** Raw texts by setting, as the environment or the flags give them; not yet validated. */
export type RawSettings = Partial<Record<keyof Config, string | string[] | undefined>>;

const usage = (message: string) => new AppError('usage', message);

/** A comma-separated list (environment) or repeated values (flags); undefined when empty. */
function list(value: string | string[]): string[] | undefined {
  const items = (Array.isArray(value) ? value : value.split(','))
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** One raw value as its setting's type; `name` says where it came from (a flag or a variable). */
function read(setting: Setting, raw: string | string[], name: string): Config[keyof Config] | undefined {
  const text = Array.isArray(raw) ? raw.join(',') : raw;
  const { kind } = setting;
  switch (kind.type) {
    case 'integer': {
      const value = Number(text.trim());
      if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < kind.min || value > kind.max) {
        throw usage(`${name} must be a whole number from ${kind.min} to ${kind.max}, got '${text}'`);
      }
      return value;
    }
    case 'boolean':
      if (!/^(1|0|true|false|yes|no)$/i.test(text)) throw usage(`${name} must be true or false, got '${text}'`);
      return /^(1|true|yes)$/i.test(text);
    case 'list':
      return list(raw);
    case 'urls': {
      const urls = list(raw);
      for (const url of urls ?? []) {
        if (!/^https?:\/\/[^\s]+$/.test(url)) throw usage(`${name} must hold http(s) URLs, got '${url}'`);
      }
      return urls;
    }
    case 'text': {
      const problem = kind.check?.(text);
      // Credentials typed into a URL are not echoed back.
      if (problem) throw usage(`${name} ${problem}, got '${text.replace(/\/\/[^/@\s]*@/g, '//…@')}'`);
      return text;
    }
  }
}

/**
 * Builds a validated Config from raw strings; unset or empty values keep `base`'s. `describe`
 * names a setting in messages (its environment variable, or its flag on the command line).
 */
export function resolveConfig(
  raw: RawSettings,
  base: Config = DEFAULTS,
  describe = (key: keyof Config) => SETTINGS[key].env,
): Config {
  const config: Record<string, unknown> = { ...base };
  for (const key of Object.keys(SETTINGS) as (keyof Config)[]) {
    const value = raw[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const parsed = read(SETTINGS[key], value, describe(key));
    if (parsed !== undefined) config[key] = parsed;
  }
  const resolved = config as unknown as Config;
  // A client may hold all workers but one unless told otherwise: the default follows the pool's size.
  if (raw.maxClientWorkers === undefined && base.maxClientWorkers === DEFAULTS.maxClientWorkers) {
    resolved.maxClientWorkers = Math.max(1, resolved.workers - 1);
  }
  // Room for one body of each route at least, or some requests could never be admitted.
  const largest = Math.max(resolved.maxUploadBytes, queryBodyBytes(resolved));
  if (resolved.maxBodyMemoryBytes < largest) {
    throw usage(
      `${describe('maxBodyMemoryBytes')} (${resolved.maxBodyMemoryBytes}) must be at least the largest body a route accepts (${largest} bytes, from ${describe(largest === resolved.maxUploadBytes ? 'maxUploadBytes' : 'maxQueryBytes')})`,
    );
  }
  return resolved;
}

/** The raw settings given by SUMMIT_KG_* environment variables. */
export function rawFromEnv(env: NodeJS.ProcessEnv = process.env): RawSettings {
  const raw: RawSettings = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [keyof Config, Setting][]) raw[key] = env[setting.env];
  return raw;
}

/** The configuration given by SUMMIT_KG_* environment variables. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return resolveConfig(rawFromEnv(env));
}

/** Wikidata's IRI is called at the configured URL; any other allowed endpoint at its own. */
export function serviceUrls(config: Pick<Config, 'federationAllowList' | 'wikidataEndpoint'>): Record<string, string> {
  return Object.fromEntries(
    config.federationAllowList.map((iri) => [iri, iri === WIKIDATA_SPARQL ? config.wikidataEndpoint : iri]),
  );
}

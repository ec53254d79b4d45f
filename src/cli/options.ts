// Command-line options from the settings table: each setting's flag, help text and default come
// from config/settings.ts; flags override the environment, which overrides the defaults.
import { type Command, Option } from 'commander';
import { type Config, DEFAULTS, type RawSettings, rawFromEnv, resolveConfig, SETTINGS } from '../config/index.ts';

/** The flags a command takes, by setting. */
export function settingOption(key: keyof Config): Option {
  const setting = SETTINGS[key];
  if (!setting.flag) throw new Error(`the setting ${key} has no flag`);
  const value = DEFAULTS[key];
  const shown = setting.defaultText ?? (Array.isArray(value) ? value.join(', ') : String(value));
  const help = `${setting.describe} (env ${setting.env}; default: ${shown || 'none'})`;
  if (setting.kind.type === 'boolean') return new Option(`--${setting.flag}`, help);
  const short = { data: '-d, ', shapes: '-s, ', port: '-p, ', workers: '-w, ', timeout: '-t, ' }[setting.flag] ?? '';
  const option = new Option(`${short}--${setting.flag} <value>`, help);
  // Repeatable (--data a --data b) rather than variadic, so that a command's own arguments can follow.
  if (setting.kind.type === 'list' || setting.kind.type === 'urls') {
    return option.argParser((item: string, previous: string[] | undefined) => [...(previous ?? []), item]);
  }
  return option;
}

/** Adds the flags of these settings to a command. */
export function withSettings(command: Command, keys: (keyof Config)[]): Command {
  for (const key of keys) command.addOption(settingOption(key));
  return command;
}

/** The settings given on the command line (only flags actually typed), over the environment's. */
export function configFrom(command: Command, env: NodeJS.ProcessEnv = process.env): Config {
  const options = command.opts<Record<string, string | string[] | boolean | undefined>>();
  const raw: RawSettings = rawFromEnv(env);
  const flags = new Map<keyof Config, string>();
  for (const [key, setting] of Object.entries(SETTINGS) as [keyof Config, (typeof SETTINGS)[keyof Config]][]) {
    if (!setting.flag) continue;
    const name = setting.flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (command.getOptionValueSource(name) !== 'cli') continue;
    const value = options[name];
    raw[key] = typeof value === 'boolean' ? String(value) : value;
    flags.set(key, `--${setting.flag}`);
  }
  // Checked once as a whole, so that a flag can settle what the environment alone would not.
  return resolveConfig(raw, DEFAULTS, (key) => flags.get(key) ?? SETTINGS[key].env);
}

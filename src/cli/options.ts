// Options several commands share, and how they become a StageContext.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { defaultContext } from '../context.js';
import type { StageContext } from '../stage.js';
import { UserError, parseDateOption } from './errors.js';

export interface ContextOptions {
  rules?: string;
  today?: string;
}

export function addContextOptions(cmd: Command): Command {
  return cmd
    .option('--rules <dir>', 'use a rule set from this folder instead of the built-in one (also: DEREK_RULES)')
    .option('--today <date>', 'the date undated articles resolve against when their text shows no period (default: today)', parseDateOption);
}

export function contextFrom(opts: ContextOptions): StageContext {
  const overrides: Partial<StageContext> = {};
  if (opts.rules) {
    const dir = path.resolve(opts.rules);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UserError(`--rules ${opts.rules}: not a folder`);
    overrides.rulesDir = dir;
  }
  if (opts.today) overrides.today = opts.today;
  return defaultContext(overrides);
}

/** Inputs from the command line, or stdin when none are given and stdin is not a terminal. */
export function inputsOrStdin(inputs: string[]): string[] {
  if (inputs.length) return inputs;
  if (process.stdin.isTTY) throw new UserError('no inputs: give files, folders, .jsonl archives, or - for stdin');
  return ['-'];
}

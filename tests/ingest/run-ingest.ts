/** Runs `npm run ingest`'s script as a user would, in a child process, and reads what it wrote. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SeedArtefact } from '../../graph-seed/types.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The national reports, read where they are (never copied into the repository). */
export const NATIONAL = fileURLToPath(new URL('../../../shared/reports/national/', import.meta.url));

export interface IngestRun { code: number | null; stdout: string; stderr: string }

/** `tsx scripts/ingest.ts …args` from the project root. */
export function runIngest(args: string[]): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(`${ROOT}node_modules/.bin/tsx`, ['scripts/ingest.ts', ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function readSeedFile(path: string): SeedArtefact {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedArtefact;
}

/** True when the text holds a JavaScript stack trace (`    at fn (file:line:col)`). */
export const hasStack = (text: string) => /^\s+at .+[:(]/m.test(text);

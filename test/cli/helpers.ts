import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/shared.js';

export const BIN = join(ROOT, 'bin', 'kronika.js');
export const EXAMPLES = join(ROOT, 'examples', 'articles');

/** A fresh temporary folder for one test's database and inputs. */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'kronika-test-'));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run `node bin/kronika.js ARGS...` to completion (standard error is not a terminal: no progress
 * bar). Asynchronous, so a test can run independent commands side by side.
 */
export function kronika(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      if (err && code === null) reject(err);
      else resolve({ code, stdout, stderr });
    });
  });
}

/** Start `node bin/kronika.js ARGS...` without waiting for it. */
export const kronikaAsync = (args: string[]) => spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });

const VOCABULARY = (
  'government minister president police city state country party world week report group officials talks security defence army ' +
  'border agreement election court law bank price energy gas oil parliament mayor region village river bridge school hospital ' +
  'budget tax farmers workers union strike protest vote coalition opposition ambassador embassy summit alliance troops mission ' +
  'said told announced warned added denied confirmed stated claimed reported on in at with from after before during under over ' +
  'the a an and or but not new old first last next many few more less large small public local national foreign'
).split(' ');

/**
 * Write `count` distinct synthetic articles (seed format, 80 words each drawn from a fixed
 * vocabulary with a deterministic generator) into `dir`, named 0000.txt, 0001.txt, ...
 * Unrelated to each other, so none is a near-duplicate of another.
 */
export function writeSyntheticArticles(dir: string, count: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 80 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const body = `${words.slice(0, 40).join(' ')}.\n${words.slice(40).join(' ')}.\n`;
    const path = join(dir, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, ` date 2025-03-${day} Report number ${i} from the synthetic wire\n${body}`);
    paths.push(path);
  }
  return paths;
}

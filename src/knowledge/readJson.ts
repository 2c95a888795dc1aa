/** Reads and validates one knowledge file; any failure becomes a KnowledgeError naming the file and key. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { KnowledgeError } from './errors.js';

export function readText(dir: string, name: string): string {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch (err) {
    throw new KnowledgeError(displayName(dir, name), '', `cannot be read (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
}

export function readJson<S extends z.ZodType>(dir: string, name: string, schema: S): z.infer<S> {
  const file = displayName(dir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readText(dir, name));
  } catch (err) {
    if (err instanceof KnowledgeError) throw err;
    throw new KnowledgeError(file, '', `is not valid JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw KnowledgeError.fromZod(file, parsed.error);
  return parsed.data;
}

/** Paths in messages are relative to the project, the way a reader of the repository sees them. */
export function displayName(dir: string, name: string): string {
  return relative(process.cwd(), join(dir, name)) || name;
}

/** The one error type for knowledge that fails to load: it names the file and the key. */
import type { z } from 'zod';

export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    detail: string,
  ) {
    super(`${file}: ${key || '(top level)'}: ${detail}`);
    this.name = 'KnowledgeError';
  }

  static fromZod(file: string, error: z.ZodError): KnowledgeError {
    const issue = error.issues[0]!;
    return new KnowledgeError(file, formatPath(issue.path), issue.message);
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Where the shipped knowledge lives (a module of its own, so that importing it loads nothing else). */
import { fileURLToPath } from 'node:url';

export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

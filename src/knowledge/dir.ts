/** Where the shipped knowledge lives (a module of its own, so that importing it loads nothing else). */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.js';

export const DEFAULT_KNOWLEDGE_DIR = join(PACKAGE_ROOT, 'knowledge', '/');

/** `node --import tsx test/slackBurstMain.ts URL SECRET COUNT CONCURRENCY PREFIX`: one burst, its result as JSON on stdout. */
import { mentionBurst } from './slackBurst.js';

const [url, secret, count, concurrency, prefix] = process.argv.slice(2);
const result = await mentionBurst(url!, secret!, Number(count), Number(concurrency), prefix);
process.stdout.write(JSON.stringify(result));

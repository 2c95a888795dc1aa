/**
 * policy-bot: the command line of docs/contract.md.
 *
 * Each sub-command lives in its own module and is imported only when used, so the terminal chat
 * never pays for loading Bolt or Wechaty.
 */
type Command = { run(args: string[]): Promise<number> };

const COMMANDS: Record<string, () => Promise<Command>> = {
  chat: () => import('./commands/chat.js'),
  ask: () => import('./commands/ask.js'),
  entitlements: () => import('./commands/entitlements.js'),
  calc: () => import('./commands/calc.js'),
  review: () => import('./commands/review.js'),
  slack: () => import('../slack/main.js'),
  wechat: () => import('../wechat/main.js'),
};

/**
 * Whether the command will answer a message that needs nodejieba (its load is about a second of one
 * core), so that the load should start alongside the command's own modules: the chat and a --jsonl
 * stream, which keep answering; and a single `ask` unless it names an item by number (第十七条),
 * which is answered without jieba. Not other one-shot commands: a process cannot end while that
 * thread is inside nodejieba's load, so a quick exit (a usage error, a clause-number answer) would
 * wait for a load it never needed. Slack and WeChat load it in warmUp().
 */
async function needsJieba(name: string, args: readonly string[]): Promise<{ question?: string } | false> {
  if (name === 'chat' || (name === 'ask' && args.includes('--jsonl'))) return {};
  if (name !== 'ask') return false;
  // The question as ask.ts reads it: the words that are neither options nor --as-of's value.
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--as-of') i++;
    else if (!args[i]!.startsWith('--')) words.push(args[i]!);
  }
  const question = words.join(' ');
  if (!question.trim()) return false;
  try {
    return (await import('../../src/search/jiebaEarly.js')).mayNeedJieba(question) && { question };
  } catch {
    return false;
  }
}

/**
 * Starts nodejieba's load (about a second of one core) on its own thread before the command's
 * modules load, so the two overlap; for a single question, only the words it needs (a few tens of
 * milliseconds). A failure here is left to the first question that needs jieba, which reports it in
 * the command's own way, as before.
 */
async function startJieba(question: string | undefined): Promise<void> {
  try {
    (await import('../../src/search/jiebaEarly.js')).startJiebaEarly(question);
  } catch {
    // reported by lexicon() when a message needs it
  }
}

async function main(argv: string[]): Promise<number> {
  const first = argv[0];
  // No sub-command (or only options such as --as-of) means the interactive chat.
  const name = first && !first.startsWith('-') ? first : 'chat';
  const args = name === first ? argv.slice(1) : argv;
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`policy-bot: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  const jieba = await needsJieba(name, args);
  if (jieba) await startJieba(jieba.question);
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`policy-bot: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

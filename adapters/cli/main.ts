/**
 * policy-bot: the command line of ../shared/CONTRACT.md.
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
 * Whether the command will keep answering messages for a while (the chat, a --jsonl stream), and so
 * gains from loading nodejieba alongside its own modules. Not for one-shot commands: a process
 * cannot end while that thread is inside nodejieba's load, so a quick exit (a usage error, one
 * clause-number answer) would wait for a load it never needed. Slack and WeChat load it in warmUp().
 */
function keepsAnswering(name: string, args: readonly string[]): boolean {
  return name === 'chat' || (name === 'ask' && args.includes('--jsonl'));
}

/**
 * Starts nodejieba's load (about a second of one core) on its own thread before the command's
 * modules load, so the two overlap. A failure here is left to the first question that needs jieba,
 * which reports it in the command's own way, as before.
 */
async function startJieba(): Promise<void> {
  try {
    (await import('../../src/search/jiebaEarly.js')).startJiebaEarly();
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
  if (keepsAnswering(name, args)) await startJieba();
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`policy-bot: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

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
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`policy-bot: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);

// Placeholder until this command lands; see the open issues.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('policy-bot: this command is not built yet\n');
  return 2;
}

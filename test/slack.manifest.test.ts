/** The Slack app manifest in the repository matches what the bot listens to and needs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS_PATH } from '../adapters/slack/app.js';
import { POLICY_COMMAND } from '../adapters/slack/listeners/policyCommand.js';

interface Manifest {
  features: { bot_user?: unknown; app_home?: { messages_tab_enabled?: boolean; messages_tab_read_only_enabled?: boolean }; slash_commands: { command: string; url?: string; description: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity?: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

const manifest = JSON.parse(readFileSync(new URL('../slack-app-manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('slack-app-manifest.json', () => {
  it('asks for exactly the scopes the bot uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
  });

  it('subscribes to mentions and direct messages', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_mention', 'message.im']);
  });

  it('declares the slash command the bot handles', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([POLICY_COMMAND]);
  });

  it('has a bot user people can write to directly', () => {
    expect(manifest.features.bot_user).toBeDefined();
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('turns interactivity on: the options of a clarify answer are buttons (listeners/clarifyChoice.ts)', () => {
    expect(manifest.settings.interactivity?.is_enabled).toBe(true);
  });

  it('points any request URL at the events path', () => {
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity?.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
    for (const url of urls.filter((u): u is string => u !== undefined)) expect(new URL(url).pathname).toBe(EVENTS_PATH);
    if (!manifest.settings.socket_mode_enabled) expect(urls.every((u) => u !== undefined)).toBe(true);
  });
});

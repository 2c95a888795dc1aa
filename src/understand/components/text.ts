/**
 * The message's text: cut to the input limit and stripped of invisible characters (sanitize),
 * normalised (NFKC, simplified, colloquial question words), WeChat expression codes dropped; then
 * the bare forms cue words and short replies are read on.
 */
import { FINAL_PARTICLES } from '../../dialogue/cues.js';
import { withoutRetraction } from '../../dialogue/facts/answers.js';
import { normalizeText } from '../../dialogue/normalize.js';
import { sanitize } from '../../dialogue/sanitize.js';
import { withoutStickers } from '../../dialogue/stickers.js';
import { NOT_WORDS } from '../language.js';
import type { Component } from '../types.js';

export const text: Component = {
  name: 'text',
  process(m) {
    const { text: clean, truncated } = sanitize(m.raw);
    m.truncated = truncated;
    m.text = withoutStickers(normalizeText(clean));
    m.bare = m.text.replace(NOT_WORDS, '');
    m.plain = m.bare.replace(FINAL_PARTICLES, '') || m.bare;
    m.reply = withoutRetraction(m.bare);
  },
};

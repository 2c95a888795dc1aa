/**
 * The few language patterns the understanding stage applies itself, beyond the readers' own
 * (src/dialogue/cues.ts, facts/, benefit cues). Kept here, in one marked place, so that they can
 * move to knowledge/ as data with the rest of the language; nothing else under src/understand or
 * src/dialogue/listeners holds a pattern of words.
 */

/** Spaces, punctuation and symbols: what a bare reply or a cue word is read without. */
export const NOT_WORDS = /[\s\p{P}\p{S}]/gu;

/** "那硕士呢", "国家级的呢": shaped like an ellipsis on the topic. */
export const ELLIPSIS_SHAPE = /呢$|呢[?？]?$|^那/;

/** "那如果是二手房呢": a supposition varies the asker's own case, whatever words it uses. */
export const SUPPOSITION = /^那?(?:如果|要是|假如|假设|换成|改成)/;

/** A figure ("三年一共多少") is a detail of the topic, not a subject. */
export const QUANTITY = /[\d.一二两三四五六七八九十百千万]+(?:个月|年|万元|万|元|月|次|套|%)?/g;

/** Glue of a bare units question ("这个找哪个部门办"): what is left after it is its subject, if any. */
const UNITS_GLUE_WORDS = '请问|这个|那个|这|那|是|谁|的|呢|要|去|办|吗|啊|该|应该|可以|问|哪|个|部门|单位|找|理|申请|咨询';
export const UNITS_GLUE = new RegExp(UNITS_GLUE_WORDS, 'g');

/** Words of a units question naming clauses ("第17条的牵头单位是哪个部门") that say nothing else. */
export const UNITS_FILLER = new RegExp(`${UNITS_GLUE_WORDS}|些|和|及|与|跟|什么|分别|都|有|一下|告诉我|由|归|管|条款?|第?[\\d一二三四五六七八九十]+条?`, 'g');

/** A message this short (characters besides punctuation) that names a benefit is a question about it. */
export const SHORT_MESSAGE = 8;

/** A message this short leans on the previous turn whatever its words ("省级", "硕士"). */
export const ANAPHORIC_LENGTH = 4;

/**
 * Every intent the bot answers, one listener a file, in order (like bolt's listeners/index.ts). The
 * order breaks ties between equal scores; the rules that win outright come first, the catch-all
 * last. To add an intent: write a listener (types.ts) and list it here.
 */
import { bareReply } from './bareReply.js';
import { clauseByNumber } from './clauseByNumber.js';
import { clarify } from './clarify.js';
import { topicClauses, unitClauses } from './clauseLists.js';
import { clauseSearch } from './clauseSearch.js';
import { companyProfile } from './companyProfile.js';
import { documentFact } from './documentFact.js';
import { empty } from './empty.js';
import { entitlement } from './entitlement.js';
import { factsNoted } from './factsNoted.js';
import { greet } from './greet.js';
import { learned } from './learned.js';
import { missingItem } from './missingItem.js';
import { offTopic } from './offTopic.js';
import { openPoint } from './openPoint.js';
import { outOfScope } from './outOfScope.js';
import { picked } from './picked.js';
import { procedure } from './procedure.js';
import { reset } from './reset.js';
import { severalClauses } from './severalClauses.js';
import { structure } from './structure.js';
import { targets } from './targets.js';
import { thanks } from './thanks.js';
import { topicClauseMoney } from './topicClauseMoney.js';
import { units } from './units.js';
import { unsure } from './unsure.js';
import { unprovided } from './unprovided.js';
import { unreadAnswer } from './unreadAnswer.js';
import { unreadable } from './unreadable.js';
import type { Listener } from './types.js';

export const LISTENERS: readonly Listener[] = Object.freeze([
  // Certain (score 1): the first that applies wins.
  empty,
  unreadable,
  reset,
  greet,
  thanks,
  // An option picked from the last answer's list ("2", "第二个"), before a number is read as a clause.
  picked,
  severalClauses,
  clauseByNumber,
  missingItem,
  openPoint,
  structure,
  unitClauses,
  topicClauses,
  companyProfile,
  documentFact,
  offTopic,
  procedure,
  targets,
  unprovided,
  units,
  topicClauseMoney,
  // Ranked.
  entitlement,
  clarify,
  clauseSearch,
  learned,
  factsNoted,
  bareReply,
  // A short reply to an open question no reader understood: the question again.
  unreadAnswer,
  // Asked about rather than refused when some clause shares its words.
  unsure,
  // Catch-all.
  outOfScope,
]);

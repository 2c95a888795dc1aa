/**
 * The answer to a message as if it had been about one target: what an option picked from a
 * clarify list or from "您是不是想问" is answered with. It is the same answer the
 * listener of that kind gives (the clause quoted, the benefit decided on the asker's facts, the
 * document fact), so picking "2" says exactly what asking about option 2 would have said.
 */
import { knowledge } from '../../knowledge/index.js';
import { answerDocumentFact } from '../intents/documentFacts.js';
import { answerTargets } from '../intents/targets.js';
import { clauseReply } from '../listeners/clauseReply.js';
import { benefitReply } from '../listeners/entitlement.js';
import { answered, say } from '../listeners/say.js';
import type { TurnContext, TurnResult } from '../listeners/types.js';
import { clauseTopic } from '../topic.js';
import type { Parsed } from '../../understand/index.js';
import { targetKind } from './options.js';

/** The answer for `target`, read with the message `p`'s cues (a money question about a clause says whether it sets money); null for a target with no answer of its own. */
export function answerTarget(target: string, p: Parsed, t: TurnContext): TurnResult | null {
  const kind = targetKind(target);
  if (!kind) return null;
  switch (kind.kind) {
    case 'benefit':
      return benefitReply(kind.rule, p, t) ?? clauseAnswer(kind.clause, p, t);
    case 'clause':
      return clauseAnswer(kind.clause, p, t);
    case 'document':
      return answered(t, say(t, answerDocumentFact(kind.fact, t.validity)), { facts: t.facts });
    case 'targets': {
      const body = answerTargets([...knowledge().targets]);
      return answered(t, say(t, body), { topic: clauseTopic(body.citations[0]!), facts: t.facts });
    }
  }
}

function clauseAnswer(id: string, p: Parsed, t: TurnContext): TurnResult {
  return answered(t, say(t, clauseReply(p, t, id)), { topic: clauseTopic(id), facts: t.facts });
}

/**
 * "第一次在这里创业", "准备创业", "刚创业": words that say a business is the asker's, not when it
 * began. Inside the policy period the day of the question stands in for the start, as near as any
 * date the asker would give. After the period the start decides whether the policy covered the
 * business at all, and these words do not tell "now" from "back in 2020": it is asked, never
 * assumed (issue 10, §6, "the event dates the claim").
 */
import { knowledge } from '../../knowledge/index.js';

/** The start date tense words imply as of `asOf`: asOf inside the period, nothing after it. */
export function presentStart(asOf: string): string | undefined {
  return asOf <= knowledge().document.period.to ? asOf : undefined;
}

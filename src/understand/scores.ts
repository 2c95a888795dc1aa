/**
 * How sure each rule reading is, in one place (0–1). These are the rule-based scores of the
 * candidate intents; a trained model's scores take the same scale.
 */
export const RULE_SCORES = Object.freeze({
  empty: 1,
  reset: 1,
  greet: 1,
  thanks: 1,
  clauses: 1,
  clause: 1,
  missingItem: 1,
  documentFact: 0.9,
  outOfScope: 0.9,
  targets: 0.8,
  unprovided: 0.8,
  units: 0.8,
  benefit: 0.7,
  amount: 0.6,
  broad: 0.6,
  procedure: 0.6,
  facts: 0.5,
});

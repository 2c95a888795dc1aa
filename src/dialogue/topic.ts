/**
 * What the conversation is about, kept in the session so that ellipsis ("那硕士呢", "国家级的呢",
 * "这个找哪个部门办？") can be read against it.
 */
export interface Topic {
  /** Clause ids, most relevant first. */
  clauses: string[];
  /** Entitlement rule ids the user asked about (empty for a plain clause lookup). */
  benefits: string[];
  /** Whether the benefits were named by the user (a specific question) or inferred (a broad one). */
  specific: boolean;
}

export function clauseTopic(id: string): Topic {
  return { clauses: [id], benefits: [], specific: true };
}

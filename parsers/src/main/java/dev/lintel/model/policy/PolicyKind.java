package dev.lintel.model.policy;

/** How a policy document is read (RULES.md §2.5). */
public enum PolicyKind {
  /** Attached to a user, group or role: no Principal. */
  IDENTITY,
  /** Attached to a resource (bucket, queue, topic, key, ...): names a Principal. */
  RESOURCE,
  /** A role's trust policy: who may assume the role. */
  TRUST
}

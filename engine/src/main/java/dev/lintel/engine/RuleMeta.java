package dev.lintel.engine;

import dev.lintel.model.FileKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, in one place. The prose (why it matters, how to fix) lives in
 * {@code rules/docs/<id>.md}; SARIF, {@code lintel rules} and the generated docs read both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {

  /** Permanent id, e.g. {@code S3_BUCKET_ACL_PUBLIC_READ}. Never renamed: add aliases. */
  String id();

  /** One-line title: states the problem. */
  String title();

  /** Default severity; a finding may report a sub-case at another level. */
  Severity severity();

  Category category();

  /** SARIF tags: {@code security}, {@code correctness}, {@code performance}. */
  String[] tags() default {};

  /** Older ids and peer ids (checkov, KICS, cfn_nag, ...) honoured in suppressions. */
  String[] aliases() default {};

  /** Authoritative reference for the defect. */
  String helpUri() default "";

  /** The file kinds the rule looks at; empty for engine rules that apply to any file. */
  FileKind[] kinds() default {};
}

package dev.lintel.rules.lambda;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.Candidate;

/** Reports a function with environment variables and no {@code KmsKeyArn}: they use the default Lambda key. */
@RuleMeta(id = "LAMBDA_ENV_NOT_ENCRYPTED_CMK", title = "Environment variables use the default Lambda key",
    severity = Severity.NOTE, category = Category.LAMBDA, kinds = {FileKind.CLOUDFORMATION},
    tags = {"security"}, aliases = {"CKV_AWS_173", "serverless_function_environment_variables_not_encrypted"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html")
public final class LambdaEnvNotEncryptedCmkRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    LambdaFunctions.on(on, (ctx, fn) -> {
      Node variables = TemplateValues.nodeAt(LambdaFunctions.property(fn, "Environment"), "Variables");
      boolean nonEmpty = false;
      for (MappingNode vars : TemplateValues.mappings(fn, variables)) {
        nonEmpty |= !vars.entries().isEmpty();
      }
      if (!nonEmpty) {
        return;
      }
      Node key = LambdaFunctions.property(fn, "KmsKeyArn");
      if (key == null) {
        ctx.report(fn.typeAnchor(), "Function " + fn.logicalId() + " has environment variables but no KmsKeyArn,"
            + " so they are encrypted with the default Lambda key");
        return;
      }
      for (Candidate c : fn.values(key)) {
        if (c.absent()) {
          ctx.report(key, "KmsKeyArn is removed by AWS::NoValue, so the environment variables are encrypted with"
              + " the default Lambda key" + c.originSuffix());
          return;
        }
      }
    });
  }
}

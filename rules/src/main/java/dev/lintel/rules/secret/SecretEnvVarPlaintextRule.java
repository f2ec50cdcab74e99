package dev.lintel.rules.secret;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.rules.support.CfnFlags;

/**
 * Reports a secret in a plaintext environment variable of a Lambda function (SAM {@code Globals}
 * included), an ECS container or a CodeBuild project: a secret-looking name with a literal value
 * (warning), or a value holding an AWS access key or a private key (error). Values are masked.
 */
@RuleMeta(id = "SECRET_ENV_VAR_PLAINTEXT", title = "Secret in a plaintext environment variable",
    severity = Severity.WARNING, category = Category.SECRET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_45"},
    helpUri = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption")
public final class SecretEnvVarPlaintextRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    for (String type : new String[] {"AWS::Lambda::Function", "AWS::Serverless::Function"}) {
      on.cfnResource(type, (ctx, fn) -> CfnFlags.at(fn, "Environment.Variables").stream()
          .filter(s -> s.candidate().value() instanceof MappingNode).forEach(s -> variables(ctx, fn.template(),
              (MappingNode) s.candidate().value())));
    }
    on.cfnTemplate((ctx, template) -> {
      MappingNode globals = template.root().mapping("Globals");
      MappingNode function = globals == null ? null : globals.mapping("Function");
      MappingNode env = function == null ? null : function.mapping("Environment");
      if (env != null && env.mapping("Variables") != null) {
        variables(ctx, template, env.mapping("Variables"));
      }
    });
    on.cfnResource("AWS::ECS::TaskDefinition", (ctx, task) -> CfnFlags.items(task, "ContainerDefinitions")
        .forEach(c -> CfnFlags.itemsUnder(task, c, "Environment")
            .forEach(v -> check(ctx, task.template(), v.string("Name"), v.get("Value")))));
    on.cfnResource("AWS::CodeBuild::Project", (ctx, project) -> CfnFlags.items(project,
        "Environment.EnvironmentVariables").stream()
        .filter(v -> v.string("Type") == null || v.string("Type").equalsIgnoreCase("PLAINTEXT"))
        .forEach(v -> check(ctx, project.template(), v.string("Name"), v.get("Value"))));
  }

  private static void variables(RuleContext ctx, CfnTemplate template, MappingNode vars) {
    vars.entries().forEach(e -> check(ctx, template, e.name(), e.value()));
  }

  private static void check(RuleContext ctx, CfnTemplate template, String name, Node value) {
    if (name == null || value == null) {
      return;
    }
    for (Secrets.Literal l : Secrets.literals(template, value)) {
      String key = Secrets.keyMaterial(l.text());
      if (key != null) {
        ctx.report(l.anchor(), "Environment variable " + name + " holds " + key + " in plain text"
            + l.originSuffix() + "; read it from Secrets Manager or Parameter Store").level(Severity.ERROR);
        return;
      }
      if (Secrets.secretName(name) && Secrets.plaintext(l.text())) {
        ctx.report(l.anchor(), "Environment variable " + name + " holds the plaintext value '"
            + Secrets.mask(l.text()) + "'" + l.originSuffix() + "; read it from Secrets Manager or Parameter Store");
        return;
      }
    }
  }
}

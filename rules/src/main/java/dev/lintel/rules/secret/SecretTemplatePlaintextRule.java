package dev.lintel.rules.secret;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports a secret-bearing property (table SECRET-P) set to a readable value: a plaintext literal
 * or a parameter whose {@code Default} holds it (errors), or a parameter without {@code NoEcho}
 * (warning, unless SECRET_PARAMETER_NO_NOECHO reports that parameter). The value is masked.
 */
@RuleMeta(id = "SECRET_TEMPLATE_PLAINTEXT", title = "Secret property set to a readable value", severity = Severity.ERROR,
    category = Category.SECRET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"docdb_cluster_master_password_in_plaintext", "dms_endpoint_password_exposed",
        "dms_endpoint_mongo_db_settings_password_exposed",
        "directory_service_microsoft_ad_password_set_to_plaintext_or_default_ref",
        "directory_service_simple_ad_password_exposed", "iam_user_login_profile_password_is_in_plaintext",
        "amplify_app_access_token_exposed", "amplify_app_basic_auth_config_password_exposed",
        "amplify_app_oauth_token_exposed", "amplify_branch_basic_auth_config_password_exposed",
        "alexa_skill_plaintext_client_secret_exposed", "refresh_token_is_exposed", "W2501", "W1011", "F23", "F24",
        "F31", "F34"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds")
public final class SecretTemplatePlaintextRule implements Rule {

  private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([^!}][^}]*)}");

  @Override
  public void register(Subscriptions on) {
    SecretProperties.PATHS.forEach((type, paths) -> on.cfnResource(type, (ctx, r) -> {
      if (r.properties() != null) {
        paths.forEach(p -> SecretProperties.at(r.properties(), p)
            .forEach(f -> check(ctx, r, f.property(), f.value(), null)));
      }
    }));
  }

  private static void check(RuleContext ctx, CfnResource r, String property, Node value, String origin) {
    String where = property + " of " + r.logicalId();
    String suffix = origin == null ? "" : " (" + origin + ")";
    if (value instanceof ScalarNode s) {
      if (Secrets.plaintext(s.value())) {
        ctx.report(s, where + " is the plaintext value '" + Secrets.mask(s.value()) + "'" + suffix
            + "; use a dynamic reference to Secrets Manager");
      }
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Fn::If")
        && fn.argument() instanceof SequenceNode seq && seq.items().size() == 3) {
      String condition = seq.items().get(0).text();
      check(ctx, r, property, seq.items().get(1), prefix(origin) + "when condition " + condition + " is true");
      check(ctx, r, property, seq.items().get(2), prefix(origin) + "when condition " + condition + " is false");
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Ref") && fn.argument().text() != null) {
      parameter(ctx, r, where, value, fn.argument().text(), suffix, true);
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Fn::Sub")) {
      Node text = fn.argument() instanceof SequenceNode s && !s.items().isEmpty() ? s.items().get(0) : fn.argument();
      MappingNode vars = fn.argument() instanceof SequenceNode s && s.items().size() > 1 ? s.items().get(1).asMapping()
          : null;
      String t = text.text();
      if (t == null || t.contains("{{resolve:")) {
        return;
      }
      List<String> names = SUB_NAME.matcher(t).results().map(m -> m.group(1)).toList();
      if (vars == null && names.stream().allMatch(n -> n.startsWith("AWS::")) && Secrets.plaintext(t)) {
        ctx.report(value, where + " is the plaintext value '" + Secrets.mask(t) + "'" + suffix
            + "; use a dynamic reference to Secrets Manager");
      }
      names.stream().filter(n -> vars == null || !vars.has(n))
          .forEach(n -> parameter(ctx, r, where, value, n, suffix, false));
    } else if (value instanceof IntrinsicNode fn && fn.function().equals("Fn::Join")) {
      for (Candidate c : r.values(value)) {
        if (c.known() && Secrets.plaintext(c.text())) {
          ctx.report(value, where + " is the plaintext value '" + Secrets.mask(c.text()) + "'" + suffix
              + "; use a dynamic reference to Secrets Manager");
        }
      }
    }
  }

  private static void parameter(RuleContext ctx, CfnResource r, String where, Node value, String name, String suffix,
      boolean direct) {
    MappingNode p = r.template().parameter(name);
    if (p == null || Secrets.ssmType(p)) {
      return;
    }
    ScalarNode def = Secrets.defaultValue(p);
    if (def != null) {
      ctx.report(value, where + " comes from parameter " + name + ", whose Default '" + Secrets.mask(def.value())
          + "' is stored in the template" + suffix);
    } else if (direct && !Secrets.noEcho(p) && !Secrets.parameterReported(name, p)) {
      ctx.report(value, where + " comes from parameter " + name + " without NoEcho: true, so the value appears in"
          + " console and API output" + suffix).level(Severity.WARNING);
    }
  }

  private static String prefix(String origin) {
    return origin == null ? "" : origin + ", ";
  }
}

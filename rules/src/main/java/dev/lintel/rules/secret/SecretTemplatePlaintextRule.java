package dev.lintel.rules.secret;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.cfn.CfnResource;

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

  @Override
  public void register(Subscriptions on) {
    SecretProperties.PATHS.forEach((type, paths) -> on.cfnResource(type, (ctx, r) -> {
      if (r.properties() != null) {
        paths.forEach(p -> SecretProperties.at(r.properties(), p).forEach(f -> check(ctx, r, f)));
      }
    }));
  }

  private static void check(RuleContext ctx, CfnResource r, SecretProperties.Found found) {
    String where = found.property() + " of " + r.logicalId();
    for (SecretSources.Source s : SecretSources.of(r.template(), found.value())) {
      switch (s.kind()) {
        case LITERAL -> ctx.report(s.anchor(), where + " is the plaintext value '" + Secrets.mask(s.text()) + "'"
            + s.originSuffix() + "; use a dynamic reference to Secrets Manager");
        case PARAMETER_DEFAULT -> ctx.report(s.anchor(), where + " comes from parameter " + s.parameter()
            + ", whose Default '" + Secrets.mask(s.text()) + "' is stored in the template" + s.originSuffix());
        case PARAMETER_NOT_MASKED -> ctx.report(s.anchor(), where + " comes from parameter " + s.parameter()
            + " without NoEcho: true, so the value appears in console and API output" + s.originSuffix())
            .level(Severity.WARNING);
      }
    }
  }
}

package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.Condition;
import dev.lintel.model.policy.PolicyKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reports web-identity trust that any identity of the provider can use: Cognito without an
 * audience, GitHub OIDC without a repository-owner subject, other OIDC providers without a subject
 * or audience, and Google/Facebook/Amazon without an audience or app id condition.
 */
@RuleMeta(id = "IAM_TRUST_FEDERATED_UNSCOPED", title = "Federated trust lacks the audience or subject condition",
    severity = Severity.ERROR, category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY},
    tags = {"security"}, aliases = {"MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL", "MISSING_GITHUB_REPO_CONDITION_KEY"},
    helpUri = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html")
public final class IamTrustFederatedUnscopedRule implements Rule {

  private static final String GITHUB = "token.actions.githubusercontent.com";
  private static final Set<String> SOCIAL = Set.of("accounts.google.com", "graph.facebook.com", "www.amazon.com");
  private static final Pattern GITHUB_SUBJECT = Pattern.compile("repo:[^*?/:$]+/.*");

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      if (st.policy().kind() != PolicyKind.TRUST || !st.isAllow()
          || IamStatements.granting(st, "sts:AssumeRoleWithWebIdentity") == null) {
        return;
      }
      for (PolicyValue v : st.principals("Federated")) {
        String problem = v.text() == null ? null : problem(st, v.text().toLowerCase(Locale.ROOT));
        if (problem != null) {
          ctx.report(v.anchor(), "Any identity of '" + v.text() + "' can assume this role: " + problem
              + v.originSuffix());
        }
      }
    });
  }

  private static String problem(Statement st, String provider) {
    if (provider.equals("cognito-identity.amazonaws.com")) {
      return positive(st, provider + ":aud", v -> true) ? null
          : "no StringEquals condition on cognito-identity.amazonaws.com:aud (the identity pool id)";
    }
    if (SOCIAL.contains(provider)) {
      return st.conditions().stream().anyMatch(c -> c.keyLower().equals(provider + ":aud")
          || c.keyLower().equals(provider + ":app_id")) ? null
          : "no condition on " + provider + ":aud or " + provider + ":app_id";
    }
    int at = provider.indexOf(":oidc-provider/");
    if (at < 0) {
      return null;
    }
    String host = provider.substring(at + ":oidc-provider/".length());
    if (host.isEmpty() || host.contains("${")) {
      return null;
    }
    if (host.equals(GITHUB)) {
      return positive(st, GITHUB + ":sub", v -> GITHUB_SUBJECT.matcher(v).matches()) ? null
          : "no condition on " + GITHUB + ":sub limiting it to a repository owner ('repo:<owner>/...')";
    }
    return positive(st, host + ":sub", v -> true) || positive(st, host + ":aud", v -> true) ? null
        : "no condition on " + host + ":sub or " + host + ":aud";
  }

  /** A positive condition on {@code key} whose known values all pass {@code valueTest}. */
  private static boolean positive(Statement st, String key, Predicate<String> valueTest) {
    for (Condition c : st.conditions()) {
      if (c.keyLower().equals(key) && PublicAccess.isPositive(c)
          && c.values().stream().allMatch(v -> !v.known() || valueTest.test(v.text()))) {
        return true;
      }
    }
    return false;
  }
}

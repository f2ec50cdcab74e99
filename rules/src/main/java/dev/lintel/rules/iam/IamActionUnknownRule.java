package dev.lintel.rules.iam;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.parse.data.IamCatalogue;
import dev.lintel.parse.data.IamCatalogue.Action;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reports an Action or NotAction entry that is malformed, names a service prefix the IAM catalogue
 * does not know, or matches no action of a known service, with the closest known name.
 */
@RuleMeta(id = "IAM_ACTION_UNKNOWN", title = "Action names an unknown service or operation", severity = Severity.ERROR,
    category = Category.IAM, kinds = {FileKind.CLOUDFORMATION, FileKind.POLICY}, tags = {"correctness"},
    aliases = {"UNKNOWN_PREFIX", "UNKNOWN_ACTION", "INVALID_ACTION", "INVALID_SERVICE", "INVALID_SERVICE_IN_ACTION",
        "W3037"},
    helpUri = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html")
public final class IamActionUnknownRule implements Rule {

  /** Prefixes are matched case-insensitively, as IAM matches actions (RULES.md §2.5). */
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]+:[A-Za-z0-9*?]+");

  @Override
  public void register(Subscriptions on) {
    on.statement((ctx, st) -> {
      for (PolicyValue v : Stream.concat(st.actions().stream(), st.notActions().stream()).toList()) {
        if (!v.known() || v.text().equals("*") || v.text().equals("*:*")) {
          continue;
        }
        String text = v.text();
        if (!FORM.matcher(text).matches()) {
          ctx.report(v.anchor(), "Action '" + text + "' is not of the form <service>:<action>" + v.originSuffix());
          continue;
        }
        IamCatalogue cat = IamActions.catalogue();
        String prefix = text.substring(0, text.indexOf(':'));
        String name = text.substring(text.indexOf(':') + 1);
        if (cat.service(prefix) == null) {
          String near = IamActions.closest(prefix, IamActions.prefixes(), Math.max(2, prefix.length() / 3));
          ctx.report(v.anchor(), "Action '" + text + "' names an unknown service prefix '" + prefix + "'"
              + (near == null ? "" : " (did you mean '" + near + "'?)") + v.originSuffix());
        } else if (cat.expand(text).isEmpty()) {
          List<String> names = cat.service(prefix).actions().stream().map(Action::name).toList();
          boolean wildcard = name.contains("*") || name.contains("?");
          String near = wildcard ? null : IamActions.closest(name, names, 2);
          ctx.report(v.anchor(), (wildcard ? "Action pattern '" + text + "' matches no action of service "
              : "Action '" + text + "' does not exist in service ") + prefix.toLowerCase(java.util.Locale.ROOT)
              + (near == null ? "" : " (did you mean '" + prefix.toLowerCase(java.util.Locale.ROOT) + ":" + near + "'?)")
              + v.originSuffix()).level(Severity.WARNING);
        }
      }
    });
  }
}

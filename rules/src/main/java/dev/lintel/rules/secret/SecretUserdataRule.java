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
import dev.lintel.model.cfn.CfnResource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports credentials in the user data of instances, launch templates and launch
 * configurations, looking at the literal parts of {@code Fn::Base64}/{@code Fn::Sub}/
 * {@code Fn::Join} and at base64 literals decoded: a literal assigned to a password or secret key,
 * or a write to {@code ~/.aws/credentials} (warning); an AWS access key or a private key (error).
 */
@RuleMeta(id = "SECRET_USERDATA", title = "Credentials embedded in instance user data", severity = Severity.WARNING,
    category = Category.SECRET, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_46", "user_data_contains_encoded_private_key"},
    helpUri = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html")
public final class SecretUserdataRule implements Rule {

  /** {@code aws_secret_access_key = x}, {@code password: x}, {@code --password x}: a literal, not a variable. */
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "(?i)(aws_secret_access_key|(?<![\\w-])passw(?:or)?d\\b)[\"']?\\s*[:=]\\s*[\"']?([^\\s\"'$`{<>|;&(][^\\s\"';]*)"
      + "|(--password)(?:=|\\s+)[\"']?([^\\s\"'$`{<>|;&(-][^\\s\"';]*)");

  private static final Pattern CREDENTIALS_FILE = Pattern.compile("(>>?|\\btee\\b[^|\\n]*?)\\s*\\S*\\.aws/credentials");

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::EC2::Instance", (ctx, r) -> check(ctx, r, r.property("UserData")));
    on.cfnResource("AWS::AutoScaling::LaunchConfiguration", (ctx, r) -> check(ctx, r, r.property("UserData")));
    on.cfnResource("AWS::EC2::LaunchTemplate", (ctx, r) -> {
      MappingNode data = r.properties() == null ? null : r.properties().mapping("LaunchTemplateData");
      check(ctx, r, data == null ? null : data.get("UserData"));
    });
  }

  private static void check(RuleContext ctx, CfnResource r, Node userData) {
    if (userData == null) {
      return;
    }
    Secrets.scalars(userData, s -> {
      String decoded = Secrets.base64(s.value());
      String text = decoded != null ? decoded : s.value();
      String how = decoded != null ? " (base64-encoded)" : "";
      String key = Secrets.keyMaterial(s.value());
      key = key != null ? key : Secrets.keyMaterial(text);
      if (key != null) {
        ctx.report(s, "User data of " + r.logicalId() + " contains " + key + how
            + "; instances can read user data without credentials, use an instance role or Secrets Manager")
            .level(Severity.ERROR);
        return;
      }
      Matcher m = ASSIGNMENT.matcher(text);
      while (m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(3);
        String value = m.group(1) != null ? m.group(2) : m.group(4);
        if (Secrets.plaintext(value) && !value.matches("(?i)true|false|yes|no")) {
          ctx.report(s, "User data of " + r.logicalId() + " sets " + name + " to the literal '"
              + Secrets.mask(value) + "'" + how + "; fetch it from Secrets Manager at boot instead");
          return;
        }
      }
      if (CREDENTIALS_FILE.matcher(text).find()) {
        ctx.report(s, "User data of " + r.logicalId() + " writes an AWS credentials file" + how
            + "; give the instance a role instead of static keys");
      }
    });
  }
}

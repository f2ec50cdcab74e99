package dev.lintel.rules.rds;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;

/**
 * Reports a MySQL, MariaDB, PostgreSQL or Aurora database whose
 * {@code EnableIAMDatabaseAuthentication} is not true: clusters, and MySQL, MariaDB and PostgreSQL
 * instances outside a cluster (for Aurora the setting belongs to the cluster). MariaDB before
 * 10.6 has no IAM authentication and is skipped.
 */
@RuleMeta(id = "RDS_IAM_AUTH_DISABLED", title = "IAM database authentication off", severity = Severity.NOTE,
    category = Category.RDS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_161", "CKV_AWS_162", "iam_database_auth_not_enabled"},
    helpUri = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html")
public final class RdsIamAuthDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    RdsDatabases.onDatabases(on, (ctx, db) -> {
      if (!RdsDatabases.iamAuthEngine(db)) {
        return;
      }
      Setting s = CfnFlags.notTrue(db, "EnableIAMDatabaseAuthentication");
      if (s != null) {
        ctx.report(s.range(), RdsDatabases.name(db) + " accepts only database passwords: " + s.describe()
            + "; set EnableIAMDatabaseAuthentication: true to sign in with short-lived IAM tokens");
      }
    });
  }
}

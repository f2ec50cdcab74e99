package dev.lintel.rules.rds;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;

/** Reports a DB cluster, or an instance outside a cluster, whose {@code DeletionProtection} is not true. */
@RuleMeta(id = "RDS_DELETION_PROTECTION_DISABLED", title = "Database can be deleted without protection",
    severity = Severity.WARNING, category = Category.RDS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"rds_db_instance_with_deletion_protection_disabled"},
    helpUri = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection")
public final class RdsDeletionProtectionDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    RdsDatabases.onDatabases(on, (ctx, db) -> {
      Setting s = CfnFlags.notTrue(db, "DeletionProtection");
      if (s != null) {
        ctx.report(s.range(), RdsDatabases.name(db) + " can be deleted by a stack update or an API call: "
            + s.describe() + "; set DeletionProtection: true");
      }
    });
  }
}

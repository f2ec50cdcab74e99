package dev.lintel.rules.rds;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;

/** Reports a database instance outside a cluster whose {@code MultiAZ} is not true. */
@RuleMeta(id = "RDS_MULTI_AZ_DISABLED", title = "Database instance in a single Availability Zone",
    severity = Severity.NOTE, category = Category.RDS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_157", "rds_multi_az_deployment_disabled"},
    helpUri = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html")
public final class RdsMultiAzDisabledRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(RdsDatabases.INSTANCE, (ctx, db) -> {
      if (RdsDatabases.clusterMember(db)) {
        return;
      }
      Setting s = CfnFlags.notTrue(db, "MultiAZ");
      if (s != null) {
        ctx.report(s.range(), "Instance " + db.logicalId() + " runs in one Availability Zone: " + s.describe()
            + "; set MultiAZ: true for a standby that takes over on failure");
      }
    });
  }
}

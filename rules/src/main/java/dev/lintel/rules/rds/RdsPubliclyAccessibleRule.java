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
 * Reports a database instance with {@code PubliclyAccessible: true} (error), and one that leaves
 * the property unset without a DB subnet group (warning): in a default VPC with an internet
 * gateway such an instance gets a public endpoint.
 */
@RuleMeta(id = "RDS_PUBLICLY_ACCESSIBLE", title = "Database instance has a public endpoint", severity = Severity.ERROR,
    category = Category.RDS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_17", "rds_db_instance_publicly_accessible", "F22"},
    helpUri = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding")
public final class RdsPubliclyAccessibleRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    on.cfnResource(RdsDatabases.INSTANCE, (ctx, db) -> {
      Setting open = CfnFlags.first(db, "PubliclyAccessible", Setting::isTrue);
      if (open != null) {
        ctx.report(open.range(), "Instance " + db.logicalId() + " has a public endpoint: PubliclyAccessible is true"
            + open.candidate().originSuffix());
        return;
      }
      Setting unset = CfnFlags.missing(db, "PubliclyAccessible");
      Setting noSubnets = CfnFlags.missing(db, "DBSubnetGroupName");
      if (unset != null && noSubnets != null && !RdsDatabases.clusterMember(db)) {
        ctx.report(unset.range(), "Instance " + db.logicalId() + " sets neither PubliclyAccessible nor a"
            + " DBSubnetGroupName" + unset.candidate().originSuffix() + ": in a default VPC with an internet gateway"
            + " it gets a public endpoint; set PubliclyAccessible: false").level(Severity.WARNING);
      }
    });
  }
}

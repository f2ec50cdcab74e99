package dev.lintel.rules.ddb;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import dev.lintel.model.MappingNode;

/**
 * Reports a DynamoDB table, or a replica of a global table, without point-in-time recovery
 * ({@code PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled} not true).
 */
@RuleMeta(id = "DDB_PITR_DISABLED", title = "Point-in-time recovery off", severity = Severity.NOTE,
    category = Category.DDB, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_28", "CKV_AWS_165", "dynamodb_table_point_in_time_recovery_disabled"},
    helpUri = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html")
public final class DdbPitrDisabledRule implements Rule {

  private static final String PITR = "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled";

  @Override
  public void register(Subscriptions on) {
    on.cfnResource("AWS::DynamoDB::Table", (ctx, table) -> {
      Setting s = CfnFlags.notTrue(table, PITR);
      if (s != null) {
        ctx.report(s.range(), "Table " + table.logicalId() + " has no point-in-time recovery: " + s.describe()
            + "; deleted or overwritten items cannot be restored");
      }
    });
    on.cfnResource("AWS::DynamoDB::GlobalTable", (ctx, table) -> {
      for (MappingNode replica : CfnFlags.items(table, "Replicas")) {
        Setting s = CfnFlags.under(table, replica, PITR).stream()
            .filter(v -> v.missing() || (v.known() && !v.isTrue())).findFirst().orElse(null);
        if (s != null) {
          String region = replica.string("Region");
          ctx.report(s.range(), "Global table " + table.logicalId() + " replica"
              + (region == null ? "" : " in " + region) + " has no point-in-time recovery: " + s.describe());
        }
      }
    });
  }
}

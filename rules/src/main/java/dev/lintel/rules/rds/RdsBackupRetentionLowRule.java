package dev.lintel.rules.rds;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.rules.support.CfnFlags;
import dev.lintel.rules.support.CfnFlags.Setting;
import java.math.BigDecimal;

/**
 * Reports automated backups that are off ({@code BackupRetentionPeriod: 0}, warning) or kept
 * fewer than 7 days, including the 1-day default when the property is absent (note).
 */
@RuleMeta(id = "RDS_BACKUP_RETENTION_LOW", title = "Automated backups off or short", severity = Severity.WARNING,
    category = Category.RDS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"rds_with_backup_disabled", "low_rds_backup_retention_period"},
    helpUri = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html")
public final class RdsBackupRetentionLowRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    RdsDatabases.onDatabases(on, (ctx, db) -> {
      for (Setting s : CfnFlags.at(db, "BackupRetentionPeriod")) {
        if (s.missing()) {
          ctx.report(s.range(), RdsDatabases.name(db) + " keeps automated backups for 1 day only: " + s.describe()
              + "; set BackupRetentionPeriod to 7 days or more").level(Severity.NOTE);
          return;
        }
        BigDecimal days = number(s);
        if (days != null && days.signum() == 0) {
          ctx.report(s.range(), RdsDatabases.name(db) + " has automated backups disabled: BackupRetentionPeriod is 0"
              + s.candidate().originSuffix());
          return;
        }
        if (days != null && days.compareTo(BigDecimal.valueOf(7)) < 0) {
          ctx.report(s.range(), RdsDatabases.name(db) + " keeps automated backups for " + s.text()
              + " day(s)" + s.candidate().originSuffix() + "; set BackupRetentionPeriod to 7 days or more")
              .level(Severity.NOTE);
          return;
        }
      }
    });
  }

  private static BigDecimal number(Setting s) {
    try {
      return s.known() ? new BigDecimal(s.text().trim()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

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
 * Reports a DB cluster, or an instance outside a cluster, whose {@code StorageEncrypted} is not
 * true. Snapshot restores and read replicas inherit encryption from their source and are skipped.
 */
@RuleMeta(id = "RDS_STORAGE_NOT_ENCRYPTED", title = "Database storage not encrypted", severity = Severity.WARNING,
    category = Category.RDS, kinds = {FileKind.CLOUDFORMATION}, tags = {"security"},
    aliases = {"CKV_AWS_16", "CKV_AWS_96", "rds_storage_not_encrypted", "rds_storage_encryption_disabled",
        "cmk_unencrypted_storage", "F26", "F27"},
    helpUri = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html")
public final class RdsStorageNotEncryptedRule implements Rule {

  @Override
  public void register(Subscriptions on) {
    RdsDatabases.onDatabases(on, (ctx, db) -> {
      if (RdsDatabases.derived(db)) {
        return;
      }
      Setting s = CfnFlags.notTrue(db, "StorageEncrypted");
      if (s != null) {
        ctx.report(s.range(), RdsDatabases.name(db) + " stores its data unencrypted: " + s.describe()
            + "; encryption cannot be enabled on an existing database");
      }
    });
  }
}

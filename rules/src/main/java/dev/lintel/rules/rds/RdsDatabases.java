package dev.lintel.rules.rds;

import dev.lintel.engine.Handler;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags;
import java.util.Locale;
import java.util.Set;

/** Which RDS resources the database rules judge (RULES.md §3.16). */
final class RdsDatabases {

  static final String INSTANCE = "AWS::RDS::DBInstance";
  static final String CLUSTER = "AWS::RDS::DBCluster";

  /** Engines with IAM authentication per resource type: Aurora instances take it from their cluster. */
  private static final Set<String> INSTANCE_IAM_AUTH_ENGINES = Set.of("mysql", "mariadb", "postgres");
  private static final Set<String> CLUSTER_IAM_AUTH_ENGINES = Set.of("mysql", "postgres", "aurora", "aurora-mysql",
      "aurora-postgresql");

  private RdsDatabases() {}

  /** Runs {@code handler} on every cluster and every instance that is not a cluster member. */
  static void onDatabases(Subscriptions on, Handler<CfnResource> handler) {
    on.cfnResource(CLUSTER, handler);
    on.cfnResource(INSTANCE, (ctx, db) -> {
      if (!clusterMember(db)) {
        handler.handle(ctx, db);
      }
    });
  }

  /** An instance with a {@code DBClusterIdentifier}: its cluster holds storage, backup and auth settings. */
  static boolean clusterMember(CfnResource db) {
    return INSTANCE.equals(db.type()) && CfnFlags.first(db, "DBClusterIdentifier", v -> !v.missing()) != null;
  }

  /** Restored from a snapshot or a point in time, or a read replica: encryption is inherited. */
  static boolean derived(CfnResource db) {
    for (String p : new String[] {"DBSnapshotIdentifier", "SnapshotIdentifier", "SourceDBInstanceIdentifier",
        "SourceDBClusterIdentifier", "SourceDbiResourceId", "ReplicationSourceIdentifier"}) {
      if (CfnFlags.first(db, p, v -> !v.missing()) != null) {
        return true;
      }
    }
    return false;
  }

  /** True when a known {@code Engine} value supports IAM database authentication. */
  static boolean iamAuthEngine(CfnResource db) {
    Set<String> engines = CLUSTER.equals(db.type()) ? CLUSTER_IAM_AUTH_ENGINES : INSTANCE_IAM_AUTH_ENGINES;
    return CfnFlags.first(db, "Engine", v -> v.known() && engines.contains(v.text().trim().toLowerCase(Locale.ROOT)))
        != null && !oldMariaDb(db);
  }

  /** MariaDB before 10.6, which has no IAM database authentication. */
  private static boolean oldMariaDb(CfnResource db) {
    if (CfnFlags.first(db, "Engine", v -> v.is("mariadb")) == null) {
      return false;
    }
    return CfnFlags.first(db, "EngineVersion", v -> v.known() && v.text().trim().matches("10\\.[0-5](\\..*)?")) != null;
  }

  /** "Instance X" or "Cluster X". */
  static String name(CfnResource db) {
    return (CLUSTER.equals(db.type()) ? "Cluster " : "Instance ") + db.logicalId();
  }
}

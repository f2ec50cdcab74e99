package dev.lintel.rules.s3;

import dev.lintel.model.policy.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Access classes of S3 actions, until the IAM catalogue is bundled. A literal action is
 * classified by its name: the permissions-management actions listed below; {@code List*},
 * {@code Get*}, {@code Head*} read; {@code Put*}, {@code Delete*}, {@code Create*},
 * {@code Restore*}, {@code Abort*}, {@code Replicate*} and anything else write. A wildcard pattern
 * takes the classes of the sample actions it matches, so {@code *} and {@code s3:*} have all three.
 */
public final class S3ActionClasses {

  /** The access classes of RULES.md §2.5, in message order. */
  public enum ActionClass {
    READ("read"), WRITE("write"), PERMISSIONS("permissions management");

    private final String label;

    ActionClass(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final Set<String> PERMISSIONS = Set.of(
      "putbucketpolicy", "deletebucketpolicy", "putbucketacl", "putobjectacl", "putobjectversionacl",
      "putbucketpublicaccessblock", "deletebucketpublicaccessblock", "putaccountpublicaccessblock",
      "putbucketownershipcontrols", "deletebucketownershipcontrols", "putaccesspointpolicy",
      "deleteaccesspointpolicy", "objectowneroverridetobucketowner");

  private static final List<String> SAMPLES = List.of(
      "ListBucket", "ListBucketVersions", "ListAllMyBuckets", "ListBucketMultipartUploads", "GetObject",
      "GetObjectVersion", "GetObjectAcl", "GetBucketPolicy", "GetBucketLocation", "GetObjectTagging",
      "PutObject", "PutObjectTagging", "PutBucketVersioning", "PutLifecycleConfiguration", "PutBucketWebsite",
      "PutEncryptionConfiguration", "DeleteObject", "DeleteObjectVersion", "DeleteBucket", "CreateBucket",
      "RestoreObject", "AbortMultipartUpload", "ReplicateObject", "ReplicateDelete", "BypassGovernanceRetention",
      "PutBucketPolicy", "DeleteBucketPolicy", "PutBucketAcl", "PutObjectAcl", "PutObjectVersionAcl",
      "PutBucketPublicAccessBlock", "PutBucketOwnershipControls");

  private S3ActionClasses() {}

  /** The classes an action value grants; empty for actions of other services. */
  public static EnumSet<ActionClass> of(String action) {
    EnumSet<ActionClass> out = EnumSet.noneOf(ActionClass.class);
    if (action.contains("*") || action.contains("?")) {
      for (String sample : SAMPLES) {
        if (Statement.actionMatches(action, "s3:" + sample)) {
          out.addAll(of("s3:" + sample));
        }
      }
      return out;
    }
    String lower = action.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("s3:")) {
      return out;
    }
    String name = lower.substring(3);
    if (PERMISSIONS.contains(name)) {
      out.add(ActionClass.PERMISSIONS);
    } else if (name.startsWith("list") || name.startsWith("get") || name.startsWith("head")) {
      out.add(ActionClass.READ);
    } else {
      out.add(ActionClass.WRITE);
    }
    return out;
  }
}

package dev.lintel.rules.fstab;

import dev.lintel.model.fstab.FstabEntry;
import dev.lintel.model.fstab.MountOption;
import java.util.Set;
import java.util.regex.Pattern;

/** Entry classification and NFS version reading shared by the fstab rules (RULES.md §2.7). */
final class FstabSupport {

  private static final Pattern EFS_HOST = Pattern.compile(
      "^([a-z0-9-]+\\.)?fs-[0-9a-f]{8,40}\\.efs\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$",
      Pattern.CASE_INSENSITIVE);

  private static final Set<String> NETWORK_TYPES = Set.of(
      "nfs", "nfs4", "efs", "cifs", "smb3", "glusterfs", "ceph", "fuse.sshfs", "fuse.s3fs", "mount-s3");

  /** An NFS version as written ({@code 3}, {@code 4}, {@code 4.1}) and the option that set it. */
  record NfsVersion(String version, MountOption option) {}

  private FstabSupport() {}

  /** The value of a {@code name=number} option as a long, or null when it is not a plain integer. */
  static Long number(MountOption option) {
    if (option == null || !option.hasValue() || !option.value().trim().matches("\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(option.value().trim());
  }

  static boolean isNetworkEntry(FstabEntry entry) {
    return NETWORK_TYPES.contains(entry.typeName());
  }

  /** True for an {@code nfs}/{@code nfs4} entry (the kernel client, not the EFS helper). */
  static boolean isNfsType(FstabEntry entry) {
    return entry.typeName().equals("nfs") || entry.typeName().equals("nfs4");
  }

  /** Type {@code efs}, or {@code nfs}/{@code nfs4} whose server is an EFS DNS name. */
  static boolean isEfsEntry(FstabEntry entry) {
    if (entry.typeName().equals("efs")) {
      return true;
    }
    if (!isNfsType(entry) || entry.spec() == null) {
      return false;
    }
    String spec = entry.spec().text();
    int colon = spec.indexOf(':');
    return EFS_HOST.matcher(colon < 0 ? spec : spec.substring(0, colon)).matches();
  }

  /**
   * The NFS version the entry asks for: the last {@code nfsvers}/{@code vers}, with a
   * {@code minorversion} added to a bare {@code 4}; on {@code nfs4} entries a lone
   * {@code minorversion} also counts. Null when nothing pins a version.
   */
  static NfsVersion nfsVersion(FstabEntry entry) {
    MountOption vers = null;
    MountOption minor = null;
    for (MountOption o : entry.options()) {
      if ((o.name().equals("nfsvers") || o.name().equals("vers")) && o.hasValue()) {
        vers = o;
      } else if (o.name().equals("minorversion") && o.hasValue()) {
        minor = o;
      }
    }
    if (vers == null) {
      return minor != null && entry.typeName().equals("nfs4")
          ? new NfsVersion("4." + minor.value().trim(), minor) : null;
    }
    String v = vers.value().trim();
    return new NfsVersion(v.equals("4") && minor != null ? "4." + minor.value().trim() : v, vers);
  }
}

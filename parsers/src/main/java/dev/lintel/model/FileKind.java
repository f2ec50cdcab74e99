package dev.lintel.model;

/** The kinds of file Lintel understands. */
public enum FileKind {
  CLOUDFORMATION("cloudformation"),
  POLICY("policy"),
  CORS("cors"),
  NGINX("nginx"),
  FSTAB("fstab");

  private final String id;

  FileKind(String id) {
    this.id = id;
  }

  /** The lower-case name used in configs ({@code types:}) and messages. */
  public String id() {
    return id;
  }

  /** The kind named {@code id} (case-insensitive), or null. */
  public static FileKind byId(String id) {
    for (FileKind k : values()) {
      if (k.id.equalsIgnoreCase(id)) {
        return k;
      }
    }
    return null;
  }
}

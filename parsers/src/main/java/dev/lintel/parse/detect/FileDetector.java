package dev.lintel.parse.detect;

import dev.lintel.model.FileKind;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides from a file's name which files are worth reading (DESIGN §6). Content decides the
 * rest in {@link dev.lintel.parse.FileParser}: a YAML/JSON file is a template, a policy or a
 * CORS configuration only when its content says so, and anything else is skipped silently.
 */
public final class FileDetector {

  /** What the name alone says about a file. */
  public enum Hint {
    /** A data file (JSON/YAML): its content decides. */
    DATA,
    /** An XML file: a CORS configuration when its root is {@code CORSConfiguration}. */
    XML,
    /** A {@code .conf} file outside the usual nginx places: nginx when its content looks so. */
    MAYBE_NGINX,
    NGINX,
    FSTAB,
    /** Not a file Lintel reads. */
    NONE
  }

  private FileDetector() {}

  public static Hint hint(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("fstab") || lower.endsWith(".fstab")) {
      return Hint.FSTAB;
    }
    if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")
        || lower.endsWith(".template")) {
      return Hint.DATA;
    }
    if (lower.endsWith(".xml")) {
      return Hint.XML;
    }
    if (lower.equals("nginx.conf")) {
      return Hint.NGINX;
    }
    String parent = path.getParent() == null || path.getParent().getFileName() == null
        ? "" : path.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
    if (parent.equals("sites-available") || parent.equals("sites-enabled")) {
      return Hint.NGINX;
    }
    if (lower.endsWith(".conf")) {
      if (parent.equals("conf.d") || underNginxDirectory(path)) {
        return Hint.NGINX;
      }
      return Hint.MAYBE_NGINX;
    }
    return Hint.NONE;
  }

  /** The kind a forced hint stands for, or null for content-decided hints. */
  public static FileKind kindOf(Hint hint) {
    return switch (hint) {
      case NGINX -> FileKind.NGINX;
      case FSTAB -> FileKind.FSTAB;
      default -> null;
    };
  }

  private static boolean underNginxDirectory(Path path) {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      Path n = p.getFileName();
      if (n != null && n.toString().toLowerCase(Locale.ROOT).contains("nginx")) {
        return true;
      }
    }
    return false;
  }
}

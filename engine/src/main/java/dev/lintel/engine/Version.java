package dev.lintel.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Lintel's name, version and home page, from the build. */
public final class Version {

  public static final String NAME = "Lintel";
  public static final String INFORMATION_URI = "https://github.com/lintel-dev/lintel";

  private static final String VERSION = load();

  private Version() {}

  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/lintel/version.properties")) {
      if (in == null) {
        return "0.0.0-dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "0.0.0-dev");
    } catch (IOException e) {
      return "0.0.0-dev";
    }
  }
}

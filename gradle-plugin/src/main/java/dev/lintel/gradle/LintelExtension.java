package dev.lintel.gradle;

import org.gradle.api.file.ConfigurableFileCollection;
import org.gradle.api.file.DirectoryProperty;
import org.gradle.api.file.RegularFileProperty;
import org.gradle.api.provider.ListProperty;
import org.gradle.api.provider.Property;

/**
 * The {@code lintel { ... }} extension: defaults for every {@link LintelCheck} task. Unset
 * values fall back to the plugin's conventions (scan the project directory, SARIF to
 * {@code build/lintel}, fail on warning or the config's fail-on).
 */
public abstract class LintelExtension {

  /** Files and directories to scan; empty means the project directory minus build output. */
  public abstract ConfigurableFileCollection getPaths();

  /** Report formats: sarif, json, text. */
  public abstract ListProperty<String> getFormats();

  public abstract DirectoryProperty getOutputDirectory();

  /** error, warning, note or never. */
  public abstract Property<String> getFailOn();

  /** The config file; default: the nearest {@code .lintel.yml} at or above the first path. */
  public abstract RegularFileProperty getConfig();

  /** Baseline written by {@code lintel check --write-baseline}: findings in it do not fail the build. */
  public abstract RegularFileProperty getBaseline();

  public abstract Property<Boolean> getSkip();

  /** Run only these rules (ids or aliases). */
  public abstract ListProperty<String> getRules();

  /** Do not run these rules (ids or aliases). */
  public abstract ListProperty<String> getSkipRules();
}

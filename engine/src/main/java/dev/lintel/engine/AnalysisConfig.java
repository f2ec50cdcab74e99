package dev.lintel.engine;

import dev.lintel.engine.baseline.Baseline;
import dev.lintel.engine.suppress.IgnoreEntry;
import dev.lintel.model.FileKind;
import dev.lintel.parse.ParseLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one analysis needs, resolved from the command line, the build plugins and
 * {@code .lintel.yml}. Build it with {@link #builder()}.
 */
public final class AnalysisConfig {

  /** Told about progress on long scans (the CLI draws it on a terminal). */
  public interface Progress {
    void fileDone(int done, int total);
  }

  final List<Path> paths;
  final Path root;
  final List<Rule> rules;
  final Set<String> only;
  final Set<String> skip;
  final Map<String, Severity> severities;
  final Map<String, Map<String, Object>> ruleOptions;
  final List<String> excludes;
  final Map<String, FileKind> types;
  final List<IgnoreEntry> ignores;
  final int jobs;
  final ParseLimits limits;
  final Path nginxPrefix;
  final Progress progress;
  final boolean onlyKnownFiles;
  final Baseline baseline;

  private AnalysisConfig(Builder b) {
    this.paths = List.copyOf(b.paths.isEmpty() ? List.of(Path.of(".")) : b.paths);
    this.root = b.root;
    this.rules = List.copyOf(b.rules);
    this.only = Set.copyOf(b.only);
    this.skip = Set.copyOf(b.skip);
    this.severities = Map.copyOf(b.severities);
    this.ruleOptions = Map.copyOf(b.ruleOptions);
    this.excludes = List.copyOf(b.excludes);
    this.types = Map.copyOf(b.types);
    this.ignores = List.copyOf(b.ignores);
    this.jobs = Math.max(1, b.jobs);
    this.limits = b.limits;
    this.nginxPrefix = b.nginxPrefix;
    this.progress = b.progress;
    this.onlyKnownFiles = b.onlyKnownFiles;
    this.baseline = b.baseline;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Path> paths() {
    return paths;
  }

  /** Fluent builder; every setting has a sensible default. */
  public static final class Builder {
    private final List<Path> paths = new ArrayList<>();
    private Path root;
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> only = new LinkedHashSet<>();
    private final Set<String> skip = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> ruleOptions = new LinkedHashMap<>();
    private final List<String> excludes = new ArrayList<>();
    private final Map<String, FileKind> types = new LinkedHashMap<>();
    private final List<IgnoreEntry> ignores = new ArrayList<>();
    private int jobs = Runtime.getRuntime().availableProcessors();
    private ParseLimits limits = ParseLimits.DEFAULT;
    private Path nginxPrefix;
    private Progress progress;
    private boolean onlyKnownFiles;
    private Baseline baseline;

    public Builder paths(List<Path> p) { paths.addAll(p); return this; }

    /** The directory finding uris are relative to; default: see {@link Analysis#defaultRoot}. */
    public Builder root(Path r) { root = r; return this; }

    public Builder rules(List<? extends Rule> r) { rules.addAll(r); return this; }

    /** Run only these rules (ids or aliases); empty means all. */
    public Builder only(Iterable<String> ids) { ids.forEach(only::add); return this; }

    public Builder skip(Iterable<String> ids) { ids.forEach(skip::add); return this; }

    /** Overrides a rule's severity; {@code null} turns it off. */
    public Builder severity(String id, Severity s) {
      if (s == null) {
        skip.add(id);
      } else {
        severities.put(id, s);
      }
      return this;
    }

    public Builder ruleOptions(String id, Map<String, Object> options) { ruleOptions.put(id, Map.copyOf(options)); return this; }

    public Builder exclude(Iterable<String> globs) { globs.forEach(excludes::add); return this; }

    public Builder type(String glob, FileKind kind) { types.put(glob, kind); return this; }

    public Builder ignore(IgnoreEntry e) { ignores.add(e); return this; }

    public Builder jobs(int n) { jobs = n; return this; }

    public Builder limits(ParseLimits l) { limits = l; return this; }

    public Builder nginxPrefix(Path p) { nginxPrefix = p; return this; }

    public Builder progress(Progress p) { progress = p; return this; }

    /**
     * Treat files named in {@link #paths} like files found in a directory: skip those whose name
     * Lintel does not read (unless a {@link #type} glob maps them) and those an exclude glob
     * matches. For callers such as pre-commit that pass every changed file.
     */
    public Builder onlyKnownFiles(boolean b) { onlyKnownFiles = b; return this; }

    /** Findings recorded in this baseline are suppressed ({@code external}, "in baseline"). */
    public Builder baseline(Baseline b) { baseline = b; return this; }

    public AnalysisConfig build() {
      return new AnalysisConfig(this);
    }
  }
}

package dev.lintel.engine;

import dev.lintel.engine.suppress.IgnoreEntry;
import dev.lintel.engine.suppress.InlineSuppression;
import dev.lintel.engine.suppress.InlineSuppressions;
import dev.lintel.model.FileKind;
import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.parse.FileParser;
import dev.lintel.parse.ParsedFile;
import dev.lintel.parse.SourceText;
import dev.lintel.parse.detect.FileDetector;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one entry point of an analysis, shared by the CLI and the build plugins: collect files,
 * parse each (in parallel), run the enabled rules, apply suppressions, and return the findings
 * in a deterministic order, identical for any number of jobs.
 */
public final class Analysis {

  public static final String PARSE_ERROR = Problem.PARSE_ERROR;
  public static final String IO_ERROR = Problem.IO_ERROR;
  public static final String INPUT_LIMIT_EXCEEDED = Problem.INPUT_LIMIT_EXCEEDED;
  public static final String UNUSED_SUPPRESSION = "UNUSED_SUPPRESSION";

  static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.location().uri())
      .thenComparingInt(f -> f.location().range().startLine())
      .thenComparingInt(f -> f.location().range().startColumn())
      .thenComparing(Finding::ruleId)
      .thenComparingInt(f -> f.location().range().endLine())
      .thenComparingInt(f -> f.location().range().endColumn())
      .thenComparing(Finding::message);

  private final AnalysisConfig config;
  private final RuleRegistry registry;
  private final Map<String, RuleInfo> enabled = new LinkedHashMap<>();
  private final Dispatcher dispatcher;
  private final Path root;
  private final List<PathMatcher> typeMatchers = new ArrayList<>();
  private final List<FileKind> typeKinds = new ArrayList<>();
  /** Config ignore entries' path globs, compiled once per run (entries without a glob are absent). */
  private final Map<IgnoreEntry, PathMatcher> ignoreGlobs = new java.util.HashMap<>();
  private final Set<IgnoreEntry> usedIgnores = ConcurrentHashMap.newKeySet();
  private final List<String> internalErrors = Collections.synchronizedList(new ArrayList<>());
  private final Map<Path, Path> nginxPrefixes = new ConcurrentHashMap<>();

  private Analysis(AnalysisConfig config) {
    this.config = config;
    this.registry = new RuleRegistry(config.rules);
    this.root = config.root != null ? config.root.toAbsolutePath().normalize() : defaultRoot(config.paths);
    Set<String> only = resolve(config.only);
    Set<String> skip = resolve(config.skip);
    List<Rule> active = new ArrayList<>();
    for (RuleInfo info : registry.all()) {
      boolean engineRule = info.category() == Category.ENGINE;
      boolean selected = only.isEmpty() || only.contains(info.id()) || engineRule;
      if (selected && !skip.contains(info.id())) {
        Severity override = config.severities.get(info.id());
        RuleInfo effective = override == null ? info : info.withSeverity(override);
        enabled.put(info.id(), effective);
        if (!engineRule) {
          active.add(registry.rule(info.id()));
        }
      }
    }
    this.dispatcher = new Dispatcher(active, r -> enabled.get(r.getClass().getAnnotation(RuleMeta.class).id()));
    for (IgnoreEntry e : config.ignores) {
      if (e.pathGlob() != null) {
        ignoreGlobs.put(e, FileSystems.getDefault().getPathMatcher("glob:" + e.pathGlob()));
      }
    }
    config.types.forEach((glob, kind) -> {
      typeMatchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      typeKinds.add(kind);
    });
  }

  /** Runs the analysis described by {@code config}. */
  public static AnalysisResult run(AnalysisConfig config) {
    return new Analysis(config).run();
  }

  private AnalysisResult run() {
    List<Path> files = FileCollector.collect(config.paths, root, config.excludes,
        p -> FileDetector.hint(p) != FileDetector.Hint.NONE || forcedKind(p) != null, config.onlyKnownFiles);
    List<FileOutcome> outcomes = analyzeAll(files);
    List<Finding> all = new ArrayList<>();
    int analyzed = 0;
    for (FileOutcome o : outcomes) {
      if (o != null) {
        analyzed++;
        all.addAll(o.findings);
      }
    }
    all.addAll(unusedConfigIgnores());
    Map<String, Finding> byKey = new LinkedHashMap<>();
    for (Finding f : all) {
      byKey.putIfAbsent(f.ruleId() + '|' + f.location().uri() + '|' + f.location().range() + '|' + f.message(), f);
    }
    List<Finding> unique = new ArrayList<>(byKey.values());
    unique.sort(ORDER);
    if (config.baseline != null) {
      unique = config.baseline.apply(unique);
    }
    List<RuleInfo> ran = new ArrayList<>(enabled.values());
    ran.sort(Comparator.comparing(RuleInfo::id));
    List<String> errors = new ArrayList<>(internalErrors);
    Collections.sort(errors);
    return new AnalysisResult(root, unique, ran, analyzed, errors);
  }

  private List<FileOutcome> analyzeAll(List<Path> files) {
    AtomicInteger done = new AtomicInteger();
    if (config.jobs == 1 || files.size() < 2) {
      List<FileOutcome> out = new ArrayList<>();
      for (Path f : files) {
        out.add(analyzeFile(f));
        progress(done.incrementAndGet(), files.size());
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.jobs, files.size()), r -> {
      Thread t = new Thread(r, "lintel-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<FileOutcome>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> {
          FileOutcome o = analyzeFile(f);
          progress(done.incrementAndGet(), files.size());
          return o;
        }));
      }
      List<FileOutcome> out = new ArrayList<>();
      for (Future<FileOutcome> fu : futures) {
        out.add(fu.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void progress(int done, int total) {
    if (config.progress != null) {
      config.progress.fileDone(done, total);
    }
  }

  private record FileOutcome(List<Finding> findings) {}

  /** Reads, parses and checks one file; null when the file is none of Lintel's kinds. */
  private FileOutcome analyzeFile(Path path) {
    String uri = uri(root, path);
    ParsedFile placeholder = ParsedFile.failed(path, uri, "", null, List.of());
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > config.limits.maxFileBytes()) {
        return single(placeholder, INPUT_LIMIT_EXCEEDED, TextRange.fileStart(), "file is " + size
            + " bytes, over the size limit of " + config.limits.maxFileBytes()
            + " bytes (limits.max-file-size); it was not analysed");
      }
      if (!Files.isRegularFile(path)) {
        return single(placeholder, IO_ERROR, TextRange.fileStart(), "not a regular file");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return single(placeholder, IO_ERROR, TextRange.fileStart(), "file does not exist (deleted during the scan?)");
    } catch (IOException | SecurityException e) {
      return single(placeholder, IO_ERROR, TextRange.fileStart(), "cannot read file: " + describe(e));
    }
    String text;
    try {
      text = SourceText.decode(bytes);
    } catch (CharacterCodingException e) {
      return FileDetector.hint(path) != FileDetector.Hint.NONE
          ? single(placeholder, IO_ERROR, TextRange.fileStart(), "file is not valid UTF-8 (or UTF-16 with a BOM)")
          : null;
    }
    ParsedFile file;
    try {
      file = FileParser.parse(path, uri, text, forcedKind(path), config.limits, nginxPrefix(path));
    } catch (RuntimeException | StackOverflowError e) {
      file = ParsedFile.failed(path, uri, text, null, List.of(Problem.parseError(
          "the parser failed on this file: " + describe(e), TextRange.fileStart())));
    }
    if (file == null) {
      return null;
    }
    return new FileOutcome(check(file));
  }

  /**
   * Where the nginx {@code include}s of {@code file} are resolved from: {@code --nginx-prefix}, else
   * the nearest directory at or above the file (within the scan root) that holds an
   * {@code nginx.conf}, else null (the file's own directory).
   */
  private Path nginxPrefix(Path file) {
    if (config.nginxPrefix != null) {
      return config.nginxPrefix;
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    if (dir == null || !dir.startsWith(root)) {
      return null;
    }
    Path found = nginxPrefixes.computeIfAbsent(dir, d -> {
      for (Path p = d; p != null && p.startsWith(root); p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("nginx.conf"))) {
          return p;
        }
      }
      return d;
    });
    return found.equals(dir) ? null : found;
  }

  private FileOutcome single(ParsedFile placeholder, String ruleId, TextRange range, String message) {
    FindingCollector c = new FindingCollector(placeholder, root, config.ruleOptions);
    RuleInfo info = enabled.get(ruleId);
    if (info != null) {
      c.add(info, placeholder.path(), range, message);
    }
    return new FileOutcome(c.findings());
  }

  private List<Finding> check(ParsedFile file) {
    FindingCollector collector = new FindingCollector(file, root, config.ruleOptions);
    for (Problem p : file.problems()) {
      RuleInfo info = enabled.get(p.ruleId());
      if (info != null) {
        collector.add(info, p.path() == null ? file.path() : p.path(), p.range(), p.message());
      }
    }
    dispatcher.dispatch(file, collector::contextFor, (rule, f, e) -> internalErrors.add(
        rule.id() + " failed on " + f.uri() + ": " + describe(e)));
    RuleInfo limit = enabled.get(INPUT_LIMIT_EXCEEDED);
    for (CfnTemplate t : file.templates()) {
      for (Problem p : t.evaluationLimits()) {
        if (limit != null) {
          collector.add(limit, file.path(), p.range(), p.message());
        }
      }
    }
    return suppress(file, collector.findings());
  }

  private List<Finding> suppress(ParsedFile file, List<Finding> findings) {
    List<InlineSuppression> inline = InlineSuppressions.of(file);
    boolean[] used = new boolean[inline.size()];
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Finding result = f;
      boolean inFile = f.location().file().equals(file.path());
      for (int i = 0; i < inline.size() && inFile && !result.isSuppressed(); i++) {
        InlineSuppression s = inline.get(i);
        if (s.covers(f.location().range().startLine()) && s.appliesTo(f.rule())) {
          used[i] = true;
          result = f.withSuppression(new Suppression(Suppression.IN_SOURCE, s.reason(),
              new Location(file.path(), file.uri(), s.range())));
        }
      }
      if (!result.isSuppressed()) {
        result = configIgnore(result);
      }
      Severity override = config.severities.get(f.ruleId());
      out.add(override != null ? result.withLevel(override) : result);
    }
    RuleInfo unused = enabled.get(UNUSED_SUPPRESSION);
    if (unused != null) {
      FindingCollector c = new FindingCollector(file, root, config.ruleOptions);
      for (int i = 0; i < inline.size(); i++) {
        if (!used[i] && !inline.get(i).peer()) {
          c.add(unused, file.path(), inline.get(i).range(), "suppression of "
              + String.join(", ", inline.get(i).ruleIds()) + " matches no finding");
        }
      }
      out.addAll(c.findings());
    }
    return out;
  }

  private Finding configIgnore(Finding f) {
    for (IgnoreEntry e : config.ignores) {
      boolean ruleMatches = e.ruleId().equals("*") || f.rule().answersTo(e.ruleId());
      PathMatcher glob = ignoreGlobs.get(e);
      boolean pathMatches = glob == null || glob.matches(Path.of(f.location().uri()));
      if (ruleMatches && pathMatches) {
        usedIgnores.add(e);
        Location where = e.configFile() == null ? null : new Location(e.configFile(), uri(root, e.configFile()),
            e.range() == null ? TextRange.fileStart() : e.range());
        return f.withSuppression(new Suppression(Suppression.EXTERNAL, e.reason(), where));
      }
    }
    return f;
  }

  private List<Finding> unusedConfigIgnores() {
    RuleInfo unused = enabled.get(UNUSED_SUPPRESSION);
    List<Finding> out = new ArrayList<>();
    for (IgnoreEntry e : config.ignores) {
      if (unused != null && e.configFile() != null && !usedIgnores.contains(e)) {
        ParsedFile cfg = ParsedFile.failed(e.configFile(), uri(root, e.configFile()), "", null, List.of());
        FindingCollector c = new FindingCollector(cfg, root, config.ruleOptions);
        c.add(unused, e.configFile(), e.range() == null ? TextRange.fileStart() : e.range(),
            "ignore entry for " + e.ruleId() + (e.pathGlob() == null ? "" : " in " + e.pathGlob())
                + " matches no finding");
        out.addAll(c.findings());
      }
    }
    return out;
  }

  private FileKind forcedKind(Path path) {
    Path rel = Path.of(uri(root, path));
    for (int i = 0; i < typeMatchers.size(); i++) {
      if (typeMatchers.get(i).matches(rel)) {
        return typeKinds.get(i);
      }
    }
    return null;
  }

  private Set<String> resolve(Set<String> idsOrAliases) {
    Set<String> out = new java.util.HashSet<>();
    for (String s : idsOrAliases) {
      RuleInfo info = registry.find(s);
      out.add(info == null ? s : info.id());
    }
    return out;
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""));
  }

  /**
   * The default scan root: the working directory when every path is inside it (so uris match
   * the repository layout GitHub expects), else the single directory scanned (or its parent).
   */
  public static Path defaultRoot(List<Path> paths) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    boolean allInside = paths.stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(cwd));
    if (allInside || paths.isEmpty()) {
      return cwd;
    }
    Path first = paths.get(0).toAbsolutePath().normalize();
    Path base = Files.isDirectory(first) ? first : first.getParent();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      while (base != null && !abs.startsWith(base)) {
        base = base.getParent();
      }
    }
    return base == null ? cwd : base;
  }

  /** {@code path} relative to {@code root} with {@code /} separators; absolute when outside. */
  public static String uri(Path root, Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? abs.getFileName().toString() : s;
  }
}

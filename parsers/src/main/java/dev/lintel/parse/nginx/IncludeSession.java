package dev.lintel.parse.nginx;

import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.nginx.Directive;
import dev.lintel.parse.ParseLimits;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * State shared by the parse of one scanned file and everything it includes: limits, the
 * include stack (for cycles and depth), and the problems found.
 */
final class IncludeSession {

  /** Most included files read for one scanned file, whatever the include graph looks like. */
  static final int MAX_INCLUDED_FILES = 1000;

  private final ParseLimits limits;
  private final Path prefix;
  private final boolean followIncludes;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Path> stack = new ArrayList<>();
  private int includedFiles;
  private boolean countReported;

  IncludeSession(ParseLimits limits, Path prefix, boolean followIncludes) {
    this.limits = limits;
    this.prefix = prefix;
    this.followIncludes = followIncludes;
  }

  ParseLimits limits() {
    return limits;
  }

  List<Problem> problems() {
    return problems;
  }

  void report(Problem problem, Path path) {
    problems.add(path == null ? problem
        : new Problem(problem.ruleId(), problem.message(), problem.range(), path));
  }

  /** Parses a file that is the root of the include stack (the scanned file). */
  List<Directive> parseRoot(Path file, String text) {
    stack.add(identity(file));
    try {
      return FileParser.parse(this, file, null, text);
    } finally {
      stack.remove(stack.size() - 1);
    }
  }

  /**
   * What one {@code include} brought in; {@code missingFile} when it names a plain file that
   * exists under none of the base directories.
   */
  record Included(List<Directive> directives, boolean missingFile) {}

  /**
   * The top-level directives of every file {@code pattern} names, read from {@code from};
   * problems are reported at {@code at} in {@code fromPath} (null for the scanned file).
   */
  Included include(Path from, Path fromPath, String pattern, TextRange at) {
    if (!followIncludes) {
      return new Included(List.of(), false);
    }
    List<Path> files;
    try {
      files = IncludePaths.resolve(pattern, bases(from));
    } catch (IOException | RuntimeException e) {
      report(new Problem(Problem.IO_ERROR, "cannot list included files " + pattern + ": "
          + e.getMessage(), at), fromPath);
      return new Included(List.of(), false);
    }
    List<Directive> out = new ArrayList<>();
    for (Path file : files) {
      out.addAll(includeOne(file, fromPath, at));
    }
    return new Included(out, files.isEmpty() && !IncludePaths.isGlob(pattern));
  }

  private List<Directive> includeOne(Path file, Path fromPath, TextRange at) {
    Path id = identity(file);
    int cycleStart = stack.indexOf(id);
    if (cycleStart >= 0) {
      StringJoiner chain = new StringJoiner(" -> ", "include cycle: ", "");
      stack.subList(cycleStart, stack.size()).forEach(p -> chain.add(name(p)));
      chain.add(name(id));
      report(Problem.parseError(chain.toString(), at), fromPath);
      return List.of();
    }
    if (stack.size() > limits.maxIncludeDepth()) {
      report(Problem.limit("includes nested deeper than " + limits.maxIncludeDepth()
          + " levels at " + name(file), at), fromPath);
      return List.of();
    }
    if (++includedFiles > MAX_INCLUDED_FILES) {
      if (!countReported) {
        countReported = true;
        report(Problem.limit("more than " + MAX_INCLUDED_FILES + " included files", at), fromPath);
      }
      return List.of();
    }
    String text;
    try {
      if (Files.size(file) > limits.maxFileBytes()) {
        report(Problem.limit("included file " + name(file) + " is larger than "
            + limits.maxFileBytes() + " bytes", at), fromPath);
        return List.of();
      }
      text = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      report(new Problem(Problem.IO_ERROR, "included file " + file + " is not valid UTF-8", at),
          fromPath);
      return List.of();
    } catch (IOException | RuntimeException e) {
      report(new Problem(Problem.IO_ERROR, "cannot read included file " + file + ": "
          + e.getMessage(), at), fromPath);
      return List.of();
    }
    stack.add(id);
    try {
      List<Directive> directives = FileParser.parse(this, file, file, text);
      return directives == null ? List.of() : directives;
    } finally {
      stack.remove(stack.size() - 1);
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  private List<Path> bases(Path from) {
    LinkedHashSet<Path> bases = new LinkedHashSet<>();
    if (prefix != null) {
      bases.add(prefix);
    }
    Path dir = from == null ? null : from.toAbsolutePath().getParent();
    if (dir != null) {
      bases.add(dir);
    }
    return List.copyOf(bases);
  }

  private static Path identity(Path file) {
    if (file == null) {
      return Path.of("");
    }
    try {
      return file.toRealPath();
    } catch (IOException | RuntimeException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? p.toString() : n.toString();
  }
}

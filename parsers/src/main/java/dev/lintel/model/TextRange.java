package dev.lintel.model;

/**
 * A region of a source file: 1-based lines and columns, end exclusive, columns in UTF-16 code
 * units (Java {@code char} index + 1). This is SARIF's region convention; no value is ever 0.
 */
public record TextRange(int startLine, int startColumn, int endLine, int endColumn) {

  public TextRange {
    if (startLine < 1 || startColumn < 1 || endLine < 1 || endColumn < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + startLine + ":" + startColumn
          + "-" + endLine + ":" + endColumn);
    }
    if (endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
      endLine = startLine;
      endColumn = startColumn;
    }
  }

  /** A range covering one point (used for "missing" anchors and parser errors). */
  public static TextRange point(int line, int column) {
    return new TextRange(line, Math.max(1, column), line, Math.max(1, column) + 1);
  }

  /** The first line of the file, for problems that have no better position. */
  public static TextRange fileStart() {
    return point(1, 1);
  }

  /** The smallest range containing both. */
  public TextRange union(TextRange other) {
    boolean thisStartsFirst = startLine < other.startLine
        || (startLine == other.startLine && startColumn <= other.startColumn);
    boolean thisEndsLast = endLine > other.endLine
        || (endLine == other.endLine && endColumn >= other.endColumn);
    return new TextRange(
        thisStartsFirst ? startLine : other.startLine,
        thisStartsFirst ? startColumn : other.startColumn,
        thisEndsLast ? endLine : other.endLine,
        thisEndsLast ? endColumn : other.endColumn);
  }

  /** True when {@code other} lies entirely within this range. */
  public boolean contains(TextRange other) {
    boolean startsAfter = other.startLine > startLine
        || (other.startLine == startLine && other.startColumn >= startColumn);
    boolean endsBefore = other.endLine < endLine
        || (other.endLine == endLine && other.endColumn <= endColumn);
    return startsAfter && endsBefore;
  }

  @Override
  public String toString() {
    return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}

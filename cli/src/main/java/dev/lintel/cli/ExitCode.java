package dev.lintel.cli;

/** The exit codes of DESIGN §6. */
public enum ExitCode {
  /** No finding at or above {@code --fail-on}. */
  CLEAN(0),
  /** Findings at or above {@code --fail-on}. */
  FINDINGS(1),
  /** A usage or configuration error. */
  USAGE(2),
  /** A failure of Lintel itself. */
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

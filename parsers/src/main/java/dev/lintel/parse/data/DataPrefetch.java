package dev.lintel.parse.data;

/**
 * Starts loading the shipped data (the CloudFormation resource specification and the IAM
 * catalogue) on a background thread, so a short scan overlaps it with command-line parsing, the
 * configuration and rule set-up instead of paying for it when the first template or policy is
 * checked. Each load still happens once per process: a rule that needs the data first waits for
 * the load in progress. A failure is not reported here (the thread ends quietly); it surfaces
 * where the data is first used, exactly as without the prefetch.
 */
public final class DataPrefetch {

  private DataPrefetch() {}

  public static void start() {
    Thread t = new Thread(() -> {
      CfnSpec.get();
      IamCatalogue.get();
    }, "lintel-data-prefetch");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((thread, e) -> { });
    t.start();
  }
}

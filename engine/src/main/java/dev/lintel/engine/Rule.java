package dev.lintel.engine;

/**
 * A rule: a small, stateless, thread-safe class annotated with {@link RuleMeta} that subscribes
 * to the parts of the model it checks. The engine walks the files and calls the handlers.
 */
public interface Rule {

  void register(Subscriptions on);
}

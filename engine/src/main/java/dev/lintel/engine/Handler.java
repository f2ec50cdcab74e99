package dev.lintel.engine;

/** Called by the engine for each model element a rule subscribed to. */
@FunctionalInterface
public interface Handler<T> {

  void handle(RuleContext ctx, T element);
}

package dev.lintel.model;

import java.util.function.Supplier;

/**
 * A value computed on first use, at most once, safely from any thread; the supplier is dropped
 * after it ran. Used for data that most runs never need (a service's IAM actions, a resource
 * type's properties, a rule's documentation).
 */
public final class Lazy<T> implements Supplier<T> {

  private Supplier<? extends T> source;
  private volatile T value;

  private Lazy(Supplier<? extends T> source) {
    this.source = source;
  }

  public static <T> Lazy<T> of(Supplier<? extends T> source) {
    return new Lazy<>(source);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = source.get();
          value = v;
          source = null;
        }
      }
    }
    return v;
  }
}

package dev.lintel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void computesOnFirstUseOnly() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> "v" + calls.incrementAndGet());
    assertThat(calls).hasValue(0);
    assertThat(lazy.get()).isEqualTo("v1");
    assertThat(lazy.get()).isEqualTo("v1");
    assertThat(calls).hasValue(1);
  }

  @Test
  void concurrentFirstUsesComputeOnce() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    Lazy<Object> lazy = Lazy.of(() -> {
      calls.incrementAndGet();
      return new Object();
    });
    List<Thread> threads = new ArrayList<>();
    List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      Thread t = new Thread(() -> seen.add(lazy.get()));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(calls).hasValue(1);
    assertThat(seen).hasSize(8).allMatch(o -> o == seen.get(0));
  }
}

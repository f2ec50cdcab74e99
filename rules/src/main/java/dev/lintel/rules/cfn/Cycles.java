package dev.lintel.rules.cfn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cycles of a directed graph as its strongly connected components (Tarjan) that have more
 * than one node or a self edge; each cycle lists its nodes in the order of {@code nodes}.
 */
final class Cycles {

  private final Map<String, Set<String>> edges;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new java.util.HashSet<>();
  private final List<Set<String>> components = new ArrayList<>();
  private int counter;

  private Cycles(Map<String, Set<String>> edges) {
    this.edges = edges;
  }

  static List<List<String>> of(List<String> nodes, Map<String, Set<String>> edges) {
    Cycles c = new Cycles(edges);
    for (String n : nodes) {
      if (!c.index.containsKey(n)) {
        c.connect(n);
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (Set<String> comp : c.components) {
      String only = comp.iterator().next();
      if (comp.size() > 1 || edges.getOrDefault(only, Set.of()).contains(only)) {
        out.add(nodes.stream().filter(comp::contains).toList());
      }
    }
    out.sort((a, b) -> Integer.compare(nodes.indexOf(a.get(0)), nodes.indexOf(b.get(0))));
    return out;
  }

  /** Iterative Tarjan, so deep graphs cannot overflow the stack. */
  private void connect(String root) {
    Deque<Object[]> work = new ArrayDeque<>();
    visit(root);
    work.push(new Object[] {root, new ArrayList<>(edges.getOrDefault(root, Set.of())).iterator()});
    while (!work.isEmpty()) {
      Object[] frame = work.peek();
      String v = (String) frame[0];
      @SuppressWarnings("unchecked")
      java.util.Iterator<String> it = (java.util.Iterator<String>) frame[1];
      if (it.hasNext()) {
        String w = it.next();
        if (!index.containsKey(w)) {
          visit(w);
          work.push(new Object[] {w, new ArrayList<>(edges.getOrDefault(w, Set.of())).iterator()});
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      if (!work.isEmpty()) {
        String parent = (String) work.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v).equals(index.get(v))) {
        Set<String> comp = new java.util.LinkedHashSet<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          comp.add(w);
        } while (!w.equals(v));
        components.add(comp);
      }
    }
  }

  private void visit(String v) {
    index.put(v, counter);
    low.put(v, counter++);
    stack.push(v);
    onStack.add(v);
  }
}

package dev.lintel.engine;

import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.fstab.Fstab;
import dev.lintel.model.fstab.FstabEntry;
import dev.lintel.model.nginx.DirectiveInContext;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Holds every handler the enabled rules subscribed, and walks one file calling the handlers of
 * the hooks it has. Built once per run; {@link #dispatch} is thread-safe.
 */
final class Dispatcher {

  private record Sub<T>(RuleInfo rule, Handler<T> handler) {}

  private final List<Sub<ParsedFile>> files = new ArrayList<>();
  private final List<Sub<CfnTemplate>> templates = new ArrayList<>();
  private final Map<String, List<Sub<CfnResource>>> resources = new HashMap<>();
  private final List<Sub<Policy>> policies = new ArrayList<>();
  private final List<Sub<Statement>> statements = new ArrayList<>();
  private final List<Sub<CorsConfiguration>> cors = new ArrayList<>();
  private final List<Sub<NginxConfig>> nginxConfigs = new ArrayList<>();
  private final Map<String, List<Sub<DirectiveInContext>>> directives = new HashMap<>();
  private final List<Sub<Fstab>> fstabs = new ArrayList<>();
  private final List<Sub<FstabEntry>> fstabEntries = new ArrayList<>();

  Dispatcher(List<Rule> rules, Function<Rule, RuleInfo> infoOf) {
    for (Rule rule : rules) {
      rule.register(new Registration(infoOf.apply(rule)));
    }
  }

  /** Failure of one rule on one file: reported as an internal error, the scan goes on. */
  interface FailureSink {
    void failed(RuleInfo rule, ParsedFile file, RuntimeException e);
  }

  void dispatch(ParsedFile file, Function<RuleInfo, RuleContext> contexts, FailureSink failures) {
    Caller call = new Caller(contexts, failures, file);
    call.all(files, file);
    for (CfnTemplate t : file.templates()) {
      call.all(templates, t);
      for (CfnResource r : t.resources()) {
        call.all(resources.getOrDefault(r.type(), List.of()), r);
      }
    }
    for (Policy p : file.policies()) {
      call.all(policies, p);
      if (!statements.isEmpty()) {
        for (Statement s : p.statements()) {
          call.all(statements, s);
        }
      }
    }
    for (CorsConfiguration c : file.corsConfigurations()) {
      call.all(cors, c);
    }
    if (file.nginx() != null) {
      call.all(nginxConfigs, file.nginx());
      if (!directives.isEmpty()) {
        for (DirectiveInContext d : DirectiveInContext.walk(file.nginx())) {
          call.all(directives.getOrDefault(d.directive().nameText(), List.of()), d);
        }
      }
    }
    if (file.fstab() != null) {
      call.all(fstabs, file.fstab());
      for (FstabEntry e : file.fstab().entries()) {
        call.all(fstabEntries, e);
      }
    }
  }

  private record Caller(Function<RuleInfo, RuleContext> contexts, FailureSink failures, ParsedFile file) {
    <T> void all(List<Sub<T>> subs, T element) {
      for (Sub<T> s : subs) {
        try {
          s.handler().handle(contexts.apply(s.rule()), element);
        } catch (RuntimeException e) {
          failures.failed(s.rule(), file, e);
        }
      }
    }
  }

  private final class Registration implements Subscriptions {
    private final RuleInfo rule;

    Registration(RuleInfo rule) {
      this.rule = rule;
    }

    @Override public void file(Handler<ParsedFile> h) { files.add(new Sub<>(rule, h)); }

    @Override public void cfnTemplate(Handler<CfnTemplate> h) { templates.add(new Sub<>(rule, h)); }

    @Override public void cfnResource(String type, Handler<CfnResource> h) {
      resources.computeIfAbsent(type, k -> new ArrayList<>()).add(new Sub<>(rule, h));
    }

    @Override public void policy(Handler<Policy> h) { policies.add(new Sub<>(rule, h)); }

    @Override public void statement(Handler<Statement> h) { statements.add(new Sub<>(rule, h)); }

    @Override public void corsConfiguration(Handler<CorsConfiguration> h) { cors.add(new Sub<>(rule, h)); }

    @Override public void nginxConfig(Handler<NginxConfig> h) { nginxConfigs.add(new Sub<>(rule, h)); }

    @Override public void nginxDirective(String name, Handler<DirectiveInContext> h) {
      directives.computeIfAbsent(name, k -> new ArrayList<>()).add(new Sub<>(rule, h));
    }

    @Override public void fstab(Handler<Fstab> h) { fstabs.add(new Sub<>(rule, h)); }

    @Override public void fstabEntry(Handler<FstabEntry> h) { fstabEntries.add(new Sub<>(rule, h)); }
  }
}

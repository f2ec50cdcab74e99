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

/**
 * The semantic hooks a rule subscribes to in {@link Rule#register}. The engine walks each file
 * once and calls the handlers of the hooks the file has.
 */
public interface Subscriptions {

  /** Every parsed file, whatever its kind. */
  void file(Handler<ParsedFile> handler);

  void cfnTemplate(Handler<CfnTemplate> handler);

  /** Every resource of {@code type} (exact, e.g. {@code AWS::S3::Bucket}) in any template. */
  void cfnResource(String type, Handler<CfnResource> handler);

  /** Every policy document: standalone files and every embedding in templates. */
  void policy(Handler<Policy> handler);

  /** Every statement of every policy document. */
  void statement(Handler<Statement> handler);

  /** Every CORS configuration on any carrier. */
  void corsConfiguration(Handler<CorsConfiguration> handler);

  void nginxConfig(Handler<NginxConfig> handler);

  /** Every nginx directive named {@code name}, with its enclosing blocks. */
  void nginxDirective(String name, Handler<DirectiveInContext> handler);

  void fstab(Handler<Fstab> handler);

  void fstabEntry(Handler<FstabEntry> handler);
}

package dev.lintel.parse;

import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.fstab.Fstab;
import dev.lintel.model.nginx.NginxConfig;
import dev.lintel.model.policy.Policy;
import dev.lintel.parse.cfn.EmbeddedPolicies;
import dev.lintel.parse.cfn.TemplateStrings;
import dev.lintel.parse.cors.CorsJsonReader;
import dev.lintel.parse.cors.CorsXmlParser;
import dev.lintel.parse.detect.FileDetector;
import dev.lintel.parse.fstab.FstabParser;
import dev.lintel.parse.json.JsonTreeParser;
import dev.lintel.parse.nginx.NginxParser;
import dev.lintel.parse.yaml.YamlTreeParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one file's text into a {@link ParsedFile}: picks the parser from the name (or the kind
 * the config forces), decides the kind of JSON/YAML files from their content, and builds the
 * views. Returns null for files that are none of Lintel's kinds.
 */
public final class FileParser {

  /** Words that make an unparsable data file worth a PARSE_ERROR instead of a silent skip. */
  private static final Pattern DATA_HINT = Pattern.compile(
      "AWSTemplateFormatVersion|\"?Resources\"?\\s*:|\"?Statement\"?\\s*:|CORSRules|AllowedOrigins");

  private FileParser() {}

  public static ParsedFile parse(Path path, String uri, String text, FileKind forced, ParseLimits limits,
      Path nginxPrefix) {
    FileDetector.Hint hint = FileDetector.hint(path);
    FileKind kind = forced != null ? forced : FileDetector.kindOf(hint);
    if (kind == FileKind.FSTAB) {
      Parsed<Fstab> p = FstabParser.parse(text);
      return new ParsedFile(path, uri, text, kind, List.of(), p.problems(), List.of(), List.of(), List.of(), null,
          p.value());
    }
    if (kind == FileKind.NGINX || (kind == null && hint == FileDetector.Hint.MAYBE_NGINX
        && NginxParser.looksLikeNginx(text))) {
      Parsed<NginxConfig> p = NginxParser.parse(path, text, limits, nginxPrefix);
      return new ParsedFile(path, uri, text, FileKind.NGINX, List.of(), p.problems(), List.of(), List.of(),
          List.of(), p.value(), null);
    }
    if (hint == FileDetector.Hint.XML && (kind == FileKind.CORS || text.contains("CORSConfiguration"))) {
      Parsed<CorsConfiguration> p = CorsXmlParser.parse(text, limits);
      return new ParsedFile(path, uri, text, FileKind.CORS, List.of(), p.problems(), List.of(), List.of(),
          p.value() == null ? List.of() : List.of(p.value()), null, null);
    }
    if (hint == FileDetector.Hint.DATA || kind != null) {
      return parseData(path, uri, text, kind, limits);
    }
    return null;
  }

  private static ParsedFile parseData(Path path, String uri, String text, FileKind forced, ParseLimits limits) {
    List<Node> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (isJson(path, text)) {
      Parsed<Node> p = JsonTreeParser.parse(text, limits);
      if (p.value() != null) {
        documents.add(p.value());
      }
      problems.addAll(p.problems());
    } else {
      Parsed<List<Node>> p = YamlTreeParser.parse(text, limits);
      if (p.value() != null) {
        documents.addAll(p.value());
      }
      problems.addAll(p.problems());
    }
    FileKind kind = forced;
    for (Node d : documents) {
      if (kind != null) {
        break;
      }
      kind = classify(d);
    }
    if (kind == null) {
      boolean hinted = !problems.isEmpty() && DATA_HINT.matcher(text).find();
      if (!hinted) {
        return null;
      }
      kind = text.contains("Statement") && !text.contains("Resources") ? FileKind.POLICY : FileKind.CLOUDFORMATION;
    }
    List<CfnTemplate> templates = new ArrayList<>();
    List<Policy> policies = new ArrayList<>();
    List<CorsConfiguration> cors = new ArrayList<>();
    for (Node d : documents) {
      switch (kind) {
        case CLOUDFORMATION -> {
          CfnTemplate t = CfnTemplate.of(d, limits.maxCombinations());
          if (t != null) {
            templates.add(t);
            EmbeddedPolicies.Found found = EmbeddedPolicies.find(t, text, limits);
            policies.addAll(found.policies());
            problems.addAll(found.problems());
            cors.addAll(templateCors(t));
          }
        }
        case POLICY -> {
          if (d instanceof MappingNode m) {
            policies.add(Policy.standalone(m));
          }
        }
        case CORS -> {
          CorsConfiguration c = CorsJsonReader.fromDocument(d);
          if (c != null) {
            cors.add(c);
          }
        }
        default -> { }
      }
    }
    return new ParsedFile(path, uri, text, kind, documents, problems, templates, policies, cors, null, null);
  }

  private static FileKind classify(Node document) {
    if (CfnTemplate.looksLikeTemplate(document)) {
      return FileKind.CLOUDFORMATION;
    }
    if (Policy.looksLikePolicy(document)) {
      return FileKind.POLICY;
    }
    if (CorsJsonReader.isCorsDocument(document)) {
      return FileKind.CORS;
    }
    return null;
  }

  private static List<CorsConfiguration> templateCors(CfnTemplate t) {
    List<CorsConfiguration> out = new ArrayList<>();
    for (CfnResource bucket : t.resources("AWS::S3::Bucket")) {
      MappingNode.Entry e = bucket.propertyEntry("CorsConfiguration");
      if (e != null) {
        CorsConfiguration c = CorsJsonReader.fromTemplate(e, bucket.logicalId(),
            n -> TemplateStrings.of(t.evaluator(), n));
        if (c != null) {
          out.add(c);
        }
      }
    }
    for (CfnResource url : t.resources("AWS::Lambda::Url")) {
      MappingNode.Entry e = url.propertyEntry("Cors");
      CorsConfiguration c = e == null ? null
          : CorsJsonReader.fromLambdaUrl(e, url.logicalId(), n -> TemplateStrings.of(t.evaluator(), n));
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isJson(Path path, String text) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }
}

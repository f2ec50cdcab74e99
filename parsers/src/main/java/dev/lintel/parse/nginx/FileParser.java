package dev.lintel.parse.nginx;

import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.nginx.Directive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses the text of one file into directives: lexes, checks what ANTLR cannot (brace depth,
 * unterminated quotes, text glued to a closing quote), parses, and builds the records. Each
 * {@code include} is handed to the {@link IncludeSession}.
 */
final class FileParser {

  private final IncludeSession session;
  private final Path file;
  private final Path problemPath;
  private final String text;
  private final LineMap lines;
  private final SyntaxErrors errors = new SyntaxErrors();

  private FileParser(IncludeSession session, Path file, Path problemPath, String text) {
    this.session = session;
    this.file = file;
    this.problemPath = problemPath;
    this.text = text;
    this.lines = new LineMap(text);
  }

  /**
   * The file's top-level directives, or null when it was refused (nesting over the limit).
   * Problems go to the session, with {@code problemPath} as their path.
   */
  static List<Directive> parse(IncludeSession session, Path file, Path problemPath, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new FileParser(session, file, problemPath, body).run();
  }

  private List<Directive> run() {
    NginxLexer lexer = new NginxLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    Token tooDeep = prescan(tokens.getTokens());
    if (tooDeep != null) {
      report(new Problem(Problem.INPUT_LIMIT_EXCEEDED, "blocks nested deeper than "
          + session.limits().maxDepth() + " levels", lines.point(tooDeep.getStartIndex())));
      return null;
    }
    Nginx.ConfigContext tree;
    try {
      Nginx parser = new Nginx(tokens);
      parser.removeErrorListeners();
      parser.addErrorListener(errors);
      tree = parser.config();
    } catch (StackOverflowError e) {
      report(new Problem(Problem.INPUT_LIMIT_EXCEEDED, "blocks nested too deeply to parse",
          TextRange.fileStart()));
      return null;
    }
    checkKinds(tree.directive(), false);
    SyntaxErrors.Error first = errors.first();
    if (first != null) {
      report(new Problem(Problem.PARSE_ERROR, first.message(), lines.point(first.offset())));
    }
    return build(tree.directive());
  }

  /** Records block directives ended by {@code ;} and simple directives followed by a block. */
  private void checkKinds(List<Nginx.DirectiveContext> contexts, boolean inDataBlock) {
    for (Nginx.DirectiveContext ctx : contexts) {
      if (ctx.value().isEmpty() || ctx.value(0).getStart() == null) {
        continue;
      }
      String name = NginxStrings.unquote(ctx.value(0).getStart().getText());
      if (ctx.block() != null) {
        if (!inDataBlock && DirectiveKinds.neverBlock(name) && ctx.block().LBRACE() != null) {
          errors.add(ctx.block().LBRACE().getSymbol().getStartIndex(),
              "directive \"" + name + "\" is not terminated by \";\"");
        }
        checkKinds(ctx.block().directive(), DirectiveKinds.holdsData(name));
      } else if (!inDataBlock && DirectiveKinds.needsBlock(name) && ctx.SEMI() != null
          && ctx.SEMI().getSymbol().getStartIndex() >= 0) {
        errors.add(ctx.SEMI().getSymbol().getStartIndex(), "directive \"" + name + "\" has no opening \"{\"");
      }
    }
  }

  /** Records quote errors; returns the first brace that nests deeper than allowed, if any. */
  private Token prescan(List<Token> all) {
    int depth = 0;
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      switch (t.getType()) {
        case NginxLexer.LBRACE -> {
          if (++depth > session.limits().maxDepth()) {
            return t;
          }
        }
        case NginxLexer.RBRACE -> depth = Math.max(0, depth - 1);
        case NginxLexer.DQ_OPEN, NginxLexer.SQ_OPEN ->
            errors.add(t.getStartIndex(), "unterminated string");
        case NginxLexer.DQ_STRING, NginxLexer.SQ_STRING -> checkAfterQuote(t, all, i + 1);
        default -> {
          // nothing to check
        }
      }
    }
    return null;
  }

  /** nginx wants whitespace, ";", "{" or ")" right after a closing quote. */
  private void checkAfterQuote(Token quoted, List<Token> all, int nextIndex) {
    if (nextIndex >= all.size()) {
      return;
    }
    Token next = all.get(nextIndex);
    if (next.getStartIndex() != quoted.getStopIndex() + 1) {
      return;
    }
    int type = next.getType();
    boolean allowed = type == NginxLexer.WS || type == NginxLexer.SEMI
        || type == NginxLexer.LBRACE || type == Token.EOF
        || (type == NginxLexer.WORD && next.getText().startsWith(")"));
    if (!allowed) {
      errors.add(next.getStartIndex(),
          "unexpected \"" + next.getText().substring(0, 1) + "\" after a quoted string");
    }
  }

  private List<Directive> build(List<Nginx.DirectiveContext> contexts) {
    List<Directive> out = new ArrayList<>(contexts.size());
    for (Nginx.DirectiveContext ctx : contexts) {
      Directive d = build(ctx);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private Directive build(Nginx.DirectiveContext ctx) {
    List<dev.lintel.model.Token> words = new ArrayList<>();
    for (Nginx.ValueContext value : ctx.value()) {
      Token t = value.getStart();
      if (t != null && t.getStartIndex() >= 0 && t.getType() != Token.EOF) {
        words.add(new dev.lintel.model.Token(NginxStrings.unquote(t.getText()),
            lines.range(t.getStartIndex(), t.getStopIndex())));
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    dev.lintel.model.Token name = words.get(0);
    List<dev.lintel.model.Token> args = words.subList(1, words.size());
    List<Directive> block = null;
    TerminalNode end = ctx.SEMI();
    if (ctx.block() != null) {
      block = build(ctx.block().directive());
      end = ctx.block().RBRACE();
    }
    TextRange range = name.range().union(words.get(words.size() - 1).range());
    if (end != null && end.getSymbol().getStartIndex() >= 0
        && end.getSymbol().getType() != Token.EOF) {
      Token e = end.getSymbol();
      range = range.union(lines.range(e.getStartIndex(), e.getStopIndex()));
    }
    IncludeSession.Included included = block == null && name.text().equals("include") && args.size() == 1
        ? session.include(file, problemPath, args.get(0).text(), range)
        : new IncludeSession.Included(List.of(), false);
    return new Directive(name, args, block, included.directives(), file, range, included.missingFile());
  }

  private void report(Problem problem) {
    session.report(problem, problemPath);
  }
}

package dev.lintel.parse.nginx;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Collects lexer and parser errors as (code-point offset, message) pairs in nginx's wording;
 * never prints anything.
 */
final class SyntaxErrors extends BaseErrorListener {

  /** One syntax error at a code-point offset of the input. */
  record Error(int offset, String message) {
  }

  private final List<Error> errors = new ArrayList<>();

  void add(int offset, String message) {
    errors.add(new Error(offset, message));
  }

  /** The error nearest to the start of the input (the first one nginx itself would stop at). */
  Error first() {
    Error best = null;
    for (Error e : errors) {
      if (best == null || e.offset() < best.offset()) {
        best = e;
      }
    }
    return best;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
      int charPositionInLine, String msg, RecognitionException e) {
    if (recognizer instanceof Lexer lexer) {
      int at = lexer._tokenStartCharIndex;
      boolean atEnd = at + 1 >= lexer.getInputStream().size();
      add(at, atEnd ? "unexpected end of file" : "unexpected character");
    } else if (offendingSymbol instanceof Token token && recognizer instanceof Parser parser) {
      add(Math.max(0, token.getStartIndex()), "unexpected " + describe(token) + expecting(parser));
    }
  }

  private static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of file";
    }
    return switch (token.getType()) {
      case NginxLexer.DQ_OPEN, NginxLexer.SQ_OPEN -> "unterminated string";
      default -> "\"" + abbreviate(token.getText()) + "\"";
    };
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  private static String expecting(Parser parser) {
    IntervalSet expected;
    try {
      expected = parser.getExpectedTokens();
    } catch (RuntimeException e) {
      return "";
    }
    StringJoiner names = new StringJoiner(" or ", ", expecting ", "").setEmptyValue("");
    if (expected.contains(NginxLexer.SEMI)) {
      names.add("\";\"");
    }
    if (expected.contains(NginxLexer.LBRACE)) {
      names.add("\"{\"");
    }
    if (expected.contains(NginxLexer.RBRACE)) {
      names.add("\"}\"");
    }
    return names.toString();
  }
}

package dev.lintel.rules.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class NginxRegexTest {

  @Test
  void countsCapturingGroupsOnly() {
    NginxRegex r = NginxRegex.parse("^/(?:a|b)/(?<name>[^/]+)/(?P<rest>.*)(x)?(?=y)$", false);
    assertThat(r.groupCount()).isEqualTo(3);
    assertThat(r.group("name").index()).isEqualTo(1);
    assertThat(r.group("rest").index()).isEqualTo(2);
    assertThat(r.group(4)).isNull();
  }

  @Test
  void characterSetsOfGroups() {
    NginxRegex r = NginxRegex.parse("^/img(.*)/(\\W*)/([^/]+)/(\\d{1,3})/(a|b)", false);
    assertThat(NginxRegex.chars(r.group(1).body()).get('\n')).isFalse();
    assertThat(NginxRegex.chars(r.group(1).body()).get('\r')).isTrue();
    assertThat(NginxRegex.chars(r.group(2).body()).get('\n')).isTrue();
    assertThat(NginxRegex.chars(r.group(3).body()).get('\n')).isTrue();
    assertThat(NginxRegex.chars(r.group(3).body()).get('/')).isFalse();
    assertThat(NginxRegex.chars(r.group(4).body())).isEqualTo(NginxRegex.range('0', '9'));
    assertThat(NginxRegex.chars(r.group(5).body())).isEqualTo(NginxRegex.of("ab"));
    assertThat(r.group(1).precededBySlash()).isFalse();
    assertThat(r.group(2).precededBySlash()).isTrue();
  }

  @Test
  void firstCharactersAndNullability() {
    NginxRegex r = NginxRegex.parse("^/x(/.*)(a?b)(c*)$", false);
    assertThat(NginxRegex.startsWithSlash(r.group(1).body())).isTrue();
    BitSet first = NginxRegex.first(r.group(2).body());
    assertThat(first).isEqualTo(NginxRegex.of("ab"));
    assertThat(NginxRegex.nullable(r.group(3).body())).isTrue();
  }

  @Test
  void caseInsensitiveClassesCoverBothCases() {
    NginxRegex r = NginxRegex.parse("([a-c])", true);
    assertThat(NginxRegex.chars(r.group(1).body())).isEqualTo(NginxRegex.of("abcABC"));
  }

  @Test
  void invalidOrUnsupportedPatternsAreNull() {
    assertThat(NginxRegex.parse("(unclosed", false)).isNull();
    assertThat(NginxRegex.parse("(a)\\1", false)).isNull();
    assertThat(NginxRegex.valid("^/(?<my_name>x)$")).isTrue();
  }

  @Test
  void oddPatternsNeverThrow() {
    for (String p : new String[] {"", "(", "[", "a{2", "a{,3}", "\\x{zz}", "(?<n", "(?i)abc", "(?i:a)b", "[]a]", "[^]]",
        "[[:alpha:]]", "[[:word:]]", "a**", "\\Qx\\E", "(?|a|b)", "(?#c)a", "\\p{L}", "[a-]", "x{3}{2}"}) {
      NginxRegex.parse(p, false);
      NginxRegex.parse(p, true);
    }
    assertThat(NginxRegex.parse("(?i)abc", false).groupCount()).isZero();
  }
}

package dev.lintel.rules.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginRegexOptionsTest {

  private static String judge(String regex, List<String> domains, boolean httpsOnly) {
    return OriginSamples.judge(NginxRegex.parse(regex, false), true, domains, httpsOnly);
  }

  @Test
  void strictRegexIsClean() {
    assertThat(judge("^https://(www\\.)?example\\.com$", List.of(), false)).isNull();
  }

  @Test
  void httpsOnlyRejectsPlainHttp() {
    assertThat(judge("^https?://example\\.com$", List.of(), false)).isNull();
    assertThat(judge("^https?://example\\.com$", List.of(), true)).startsWith("ahttp://example.com");
  }

  @Test
  void domainsOptionNamesTheTrustedDomains() {
    assertThat(judge("^https://([a-z]+\\.)?example\\.(com|net)$", List.of("example.com"), false))
        .startsWith("a").contains("example.net");
  }

  @Test
  void wildcardBeforeTheDomainMustEndInADot() {
    assertThat(judge("^https://[a-z]*example\\.com$", List.of(), false)).contains("aexample.com");
  }

  @Test
  void originWithAPathIsANote() {
    assertThat(judge("^https://example\\.com/", List.of(), false)).isEqualTo("c");
  }

  @Test
  void publicSuffixes() {
    assertThat(PublicSuffixes.registrableDomain("a.b.example.co.uk")).isEqualTo("example.co.uk");
    assertThat(PublicSuffixes.registrableDomain("evil.github.io")).isEqualTo("evil.github.io");
    assertThat(PublicSuffixes.registrableDomain("com")).isNull();
    assertThat(PublicSuffixes.registrableDomain("x.unknowntld")).isEqualTo("x.unknowntld");
  }
}

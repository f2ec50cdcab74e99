package dev.lintel.rules.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NginxAddressesTest {

  @Test
  void hostDropsBracketsAndPort() {
    assertThat(NginxAddresses.host("10.0.0.2:53")).isEqualTo("10.0.0.2");
    assertThat(NginxAddresses.host("[2001:db8::1]:53")).isEqualTo("2001:db8::1");
    assertThat(NginxAddresses.host("fd00::53")).isEqualTo("fd00::53");
    assertThat(NginxAddresses.host("DNS.Example.net:5353")).isEqualTo("dns.example.net");
  }

  @Test
  void internalRangesOfRules23() {
    for (String internal : new String[] {"127.0.0.53", "10.1.2.3", "172.31.0.2", "192.168.0.1", "100.64.0.1",
        "169.254.169.253", "::1", "fd12::1", "fe80::1", "localhost"}) {
      assertThat(NginxAddresses.isInternal(internal)).as(internal).isTrue();
    }
    for (String external : new String[] {"8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888",
        "dns.example.net", "999.1.1.1", "fec0::1"}) {
      assertThat(NginxAddresses.isInternal(external)).as(external).isFalse();
    }
  }

  @Test
  void listenSockets() {
    assertThat(NginxAddresses.socket("80")).isEqualTo("*:80");
    assertThat(NginxAddresses.socket("127.0.0.1")).isEqualTo("127.0.0.1:80");
    assertThat(NginxAddresses.socket("[::]:443")).isEqualTo("[::]:443");
    assertThat(NginxAddresses.socket("[::1]")).isEqualTo("[::1]:80");
    assertThat(NginxAddresses.socket("unix:/run/a.sock")).isNull();
  }
}

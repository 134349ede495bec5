package dev.byline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalHostsTest {

    @Test
    void theNameServeWasToldToListenOnIsAnsweredWithOrWithoutAPort() {
        LocalHosts hosts = new LocalHosts("desk-laptop.lan");

        assertThat(hosts.allows("desk-laptop.lan:4000")).isTrue();
        assertThat(hosts.allows("DESK-LAPTOP.LAN")).isTrue();
        assertThat(hosts.allows("other-laptop.lan:4000")).isFalse();
    }

    @Test
    void anIpv6ListenAddressIsMatchedInItsBracketedForm() {
        LocalHosts hosts = new LocalHosts("::1");

        assertThat(hosts.allows("[::1]:4000")).isTrue();
        assertThat(hosts.allows("[fe80::1%25eth0]:4000")).isTrue();
        assertThat(hosts.allows("[::1]evil.example")).isFalse();
    }
}

package org.iosemu.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The lines ntc-templates' cisco_ios_show_version reads, checked with equivalent patterns. */
class VersionTextTest {

    private static boolean any(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        return lines.stream().anyMatch(l -> p.matcher(l).find());
    }

    @Test
    void parseableAndUptimeFromTheRouterClock() {
        VirtualScheduler clock = new VirtualScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
        RouterContext r = new RouterContext(clock, Optional.empty(), new StandaloneRouterServices(), new Random(1));
        clock.advance(((8L * 24 + 3) * 60 + 1) * 60_000);
        List<String> v = VersionText.render(r, r.config().current());
        assertTrue(any(v, "^.*Software,*\\s+\\(\\S+\\),\\sVersion\\s.+?,*\\s+RELEASE.*\\(\\S+\\)"));
        assertTrue(any(v, "^ROM:\\s+\\S+"));
        assertTrue(v.contains("Router uptime is 1 week, 1 day, 3 hours, 1 minute"), v.toString());
        assertTrue(any(v, "^[sS]ystem\\s+image\\s+file\\s+is\\s+\"(.*?):\\S+\""));
        assertTrue(any(v, "^System\\s+returned\\s+to\\s+ROM\\s+by\\s+.+?\\s*$"));
        assertTrue(any(v, "^[Pp]rocessor\\s+board\\s+ID\\s+\\w+"));
        assertTrue(any(v, "^[Cc]isco\\s+\\S+\\s+\\(.+\\).+"));
        assertTrue(any(v, "^[Cc]onfiguration\\s+register\\s+is\\s+\\S+"));
        assertEquals("2 FastEthernet interfaces", v.stream().filter(l -> l.endsWith("interfaces")).findFirst().orElseThrow());
    }

    @Test
    void uptimeDropsLeadingZeroUnits() {
        assertEquals("0 minutes", VersionText.uptime(59_000));
        assertEquals("2 hours, 0 minutes", VersionText.uptime(2 * 3600_000));
    }
}

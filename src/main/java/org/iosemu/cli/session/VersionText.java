package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.RunningConfig;

/** `show version` of the emulated Cisco 1811 running IOS 15.1(4)M4 (lines ntc-templates parses). */
final class VersionText {

    /** The image's banner, as `show version` starts and as the console shows it when the image boots. */
    static final List<String> IMAGE_BANNER = List.of(
            "Cisco IOS Software, C181X Software (C181X-ADVIPSERVICESK9-M), Version 15.1(4)M4, RELEASE SOFTWARE (fc1)",
            "Technical Support: http://www.cisco.com/techsupport",
            "Copyright (c) 1986-2012 by Cisco Systems, Inc.",
            "Compiled Tue 20-Mar-12 19:43 by prod_rel_team");

    private VersionText() {}

    static List<String> render(RouterContext router, RunningConfig config) {
        List<String> out = new ArrayList<>(IMAGE_BANNER);
        out.add("");
        out.add("ROM: System Bootstrap, Version 12.3(8r)YH8, RELEASE SOFTWARE (fc2)");
        out.add("");
        out.add(config.system().hostname() + " uptime is " + uptime(router.clock().nowMillis() - router.bootMillis()));
        out.add("System returned to ROM by " + router.returnedToRomBy());
        out.add("System image file is \"flash:c181x-advipservicesk9-mz.151-4.M4.bin\"");
        out.add("");
        out.add("");
        out.add("This product contains cryptographic features and is subject to United");
        out.add("States and local country laws governing import, export, transfer and");
        out.add("use. Delivery of Cisco cryptographic products does not imply");
        out.add("third-party authority to import, export, distribute or use encryption.");
        out.add("Importers, exporters, distributors and users are responsible for");
        out.add("compliance with U.S. and local country laws. By using this product you");
        out.add("agree to comply with applicable laws and regulations. If you are unable");
        out.add("to comply with U.S. and local laws, return this product immediately.");
        out.add("");
        out.add("A summary of U.S. laws governing Cisco cryptographic products may be found at:");
        out.add("http://www.cisco.com/wwl/export/crypto/tool/stqrg.html");
        out.add("");
        out.add("If you require further assistance please contact us by sending email to");
        out.add("export@cisco.com.");
        out.add("");
        out.add("Cisco 1811 (MPC8500) processor (revision 0x400) with 118784K/12288K bytes of memory.");
        out.add("Processor board ID FHK1152231B, with hardware revision 0000");
        out.add("");
        Map<String, Integer> counts = new TreeMap<>();
        for (InterfaceConfig i : config.interfaces()) {
            if (i.name().type().physical()) {
                counts.merge(i.name().type().canonical(), 1, Integer::sum);
            }
        }
        counts.forEach((type, n) -> out.add(n + " " + type + " interface" + (n == 1 ? "" : "s")));
        out.add("128K bytes of non-volatile configuration memory.");
        out.add("62720K bytes of ATA CompactFlash (Read/Write)");
        out.add("");
        out.add("Configuration register is 0x2102");
        return out;
    }

    /** IOS style: {@code 1 week, 3 days, 16 hours, 11 minutes}, omitting leading zero units. */
    static String uptime(long millis) {
        long minutes = Math.max(0, millis) / 60000;
        long[] values = {minutes / (7 * 24 * 60), minutes / (24 * 60) % 7, minutes / 60 % 24, minutes % 60};
        String[] names = {"week", "day", "hour", "minute"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 || (!parts.isEmpty()) || i == values.length - 1) {
                parts.add(values[i] + " " + names[i] + (values[i] == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }
}

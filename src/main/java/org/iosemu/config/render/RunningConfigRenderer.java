package org.iosemu.config.render;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.ClockSettings;
import org.iosemu.config.InterfaceConfig;
import org.iosemu.config.RunningConfig;

/** NVGEN: the configuration text from the first `!` to `end`, and the show run / show startup wrappers. */
public final class RunningConfigRenderer {

    public static final int NVRAM_SIZE = 262136;

    private RunningConfigRenderer() {}

    /** The stored configuration text, one entry per line. */
    public static List<String> body(RunningConfig config, ConfigTimes times) {
        List<String> out = new ArrayList<>();
        out.add("!");
        ClockSettings clock = config.system().services().clock();
        times.lastChange().ifPresent(t -> out.add("! Last configuration change at " + IosClockFormat.seconds(t, clock)));
        times.nvramUpdated().ifPresent(t -> out.add("! NVRAM config last updated at " + IosClockFormat.seconds(t, clock)));
        if (times.lastChange().isPresent() || times.nvramUpdated().isPresent()) {
            out.add("!");
        }
        out.addAll(SystemSection.render(config));
        out.addAll(QosSection.render(config.qos()));
        out.addAll(QosSection.withPreClassify(CryptoSection.render(config.crypto()), config.qos()));
        out.add("!");
        out.add("!");
        for (InterfaceConfig i : config.interfaces()) {
            out.addAll(InterfaceSection.render(i));
            out.addAll(QosSection.interfaceLines(config.qos(), i.name().canonical()));
            out.add("!");
        }
        out.addAll(TailSection.render(config));
        return out;
    }

    /** Bytes the body occupies once written with newlines (what `Current configuration :` reports). */
    public static int byteCount(List<String> body) {
        int n = 0;
        for (String line : body) {
            n += line.length() + 1;
        }
        return n;
    }

    /** The full output of `show running-config`. */
    public static List<String> showRunning(RunningConfig config, ConfigTimes times) {
        List<String> body = body(config, times);
        List<String> out = new ArrayList<>();
        out.add("Building configuration...");
        out.add("");
        out.add("Current configuration : " + byteCount(body) + " bytes");
        out.addAll(body);
        out.add(""); // IOS leaves a blank line between `end` and the prompt
        return out;
    }

    /** `show running-config interface X`. */
    public static List<String> showInterface(InterfaceConfig i) {
        return showInterface(i, org.iosemu.config.QosSettings.empty());
    }

    /** `show running-config interface X` with the interface's QoS lines. */
    public static List<String> showInterface(InterfaceConfig i, org.iosemu.config.QosSettings qos) {
        List<String> body = new ArrayList<>();
        body.add("!");
        body.addAll(InterfaceSection.render(i));
        body.addAll(QosSection.interfaceLines(qos, i.name().canonical()));
        body.add("end");
        List<String> out = new ArrayList<>();
        out.add("Building configuration...");
        out.add("");
        out.add("Current configuration : " + byteCount(body.subList(1, body.size() - 1)) + " bytes");
        out.addAll(body);
        out.add("");
        return out;
    }

    /** `show startup-config` for the stored text. */
    public static List<String> showStartup(List<String> stored) {
        List<String> out = new ArrayList<>();
        out.add("Using " + byteCount(stored) + " out of " + NVRAM_SIZE + " bytes");
        out.addAll(stored);
        return out;
    }
}

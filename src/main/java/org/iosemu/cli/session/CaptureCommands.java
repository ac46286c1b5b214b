package org.iosemu.cli.session;

import java.util.List;
import org.iosemu.capture.CapturePoint;
import org.iosemu.capture.CaptureRegistry;
import org.iosemu.config.InterfaceName;
import org.iosemu.grammar.IosParser;

/** `monitor capture NAME interface IF both|in|out | start | stop | export FILE | clear`. */
final class CaptureCommands {
    private CaptureCommands() {
    }

    static void run(CaptureRegistry captures, IosParser.Ex_monitorContext m, CliOutput out) {
        String name = m.arg_capture_name().getText();
        List<String> lines;
        if (m.mc_interface() != null) {
            var i = m.mc_interface();
            String ifName = InterfaceName.parse(i.arg_interface_ref().getText()).map(InterfaceName::toString).orElse(i.arg_interface_ref().getText());
            CapturePoint.Direction d = i.IN() != null ? CapturePoint.Direction.IN : i.OUT() != null ? CapturePoint.Direction.OUT : CapturePoint.Direction.BOTH;
            captures.attach(name, ifName, d);
            lines = List.of();
        } else if (m.mc_start() != null) {
            lines = captures.start(name);
        } else if (m.mc_stop() != null) {
            lines = captures.stop(name);
        } else if (m.mc_export() != null) {
            lines = captures.export(name, m.mc_export().arg_capture_file().getText());
        } else {
            lines = captures.clear(name);
        }
        lines.forEach(out::println);
    }
}

package org.iosemu.config.render;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.AccessList;
import org.iosemu.config.LineConfig;
import org.iosemu.config.RunningConfig;
import org.iosemu.config.StaticRoute;

/** After the interfaces: forwarding, routes, access lists, control-plane and the lines. */
final class TailSection {

    private TailSection() {}

    static List<String> render(RunningConfig config) {
        List<String> out = new ArrayList<>();
        out.add("ip forward-protocol nd");
        out.add("no ip http server");
        out.add("no ip http secure-server");
        out.add("!");
        config.system().routes().stream().map(StaticRoute::render).forEach(out::add);
        if (!config.system().routes().isEmpty()) {
            out.add("!");
        }
        config.accessLists().stream().map(AccessList::render).forEach(out::addAll);
        out.add("!");
        out.add("!");
        out.add("!");
        out.add("control-plane");
        out.add("!");
        out.add("!");
        out.add("!");
        boolean auxWritten = false;
        for (LineConfig l : config.lines()) {
            if (l.kind() == LineConfig.Kind.VTY && !auxWritten) {
                out.add("line aux 0");
                auxWritten = true;
            }
            out.addAll(l.render());
        }
        if (!auxWritten) {
            out.add("line aux 0");
        }
        out.add("!");
        out.add("end");
        return out;
    }
}

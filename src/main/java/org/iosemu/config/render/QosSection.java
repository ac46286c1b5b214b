package org.iosemu.config.render;

import java.util.ArrayList;
import java.util.List;
import org.iosemu.config.ClassMap;
import org.iosemu.config.ClassMatch;
import org.iosemu.config.PolicyMap;
import org.iosemu.config.QosSettings;

/** The class-maps and policy-maps of show run (before the crypto sections, as IOS writes them) and QoS lines inside other blocks. */
final class QosSection {

    private QosSection() {}

    static List<String> render(QosSettings q) {
        List<String> out = new ArrayList<>();
        for (ClassMap c : q.classMaps()) {
            out.add("class-map " + c.keyword() + " " + c.name());
            c.matches().stream().map(ClassMatch::render).forEach(m -> out.add(" " + m));
            out.add("!");
        }
        for (PolicyMap p : q.policyMaps()) {
            out.add("policy-map " + p.name());
            for (PolicyMap.PolicyClass c : p.classes()) {
                out.add(" class " + c.name());
                c.priorityKbps().ifPresent(k -> out.add("  priority " + k));
                c.bandwidthKbps().ifPresent(k -> out.add("  bandwidth " + k));
                if (c.fairQueue()) {
                    out.add("  fair-queue");
                }
            }
            out.add("!");
        }
        return out;
    }

    /** The interface block's QoS lines, at its end. */
    static List<String> interfaceLines(QosSettings q, String iface) {
        List<String> out = new ArrayList<>();
        if (q.preClassifyInterfaces().contains(iface)) {
            out.add(" qos pre-classify");
        }
        String policy = q.outputPolicies().get(iface);
        if (policy != null) {
            out.add(" service-policy output " + policy);
        }
        return out;
    }

    /** {@code crypto} with ` qos pre-classify` closing each crypto map entry that has it. */
    static List<String> withPreClassify(List<String> crypto, QosSettings q) {
        if (q.preClassifyMapEntries().isEmpty()) {
            return crypto;
        }
        List<String> out = new ArrayList<>();
        boolean pending = false;
        for (String line : crypto) {
            if (pending && !line.startsWith(" ")) {
                out.add(" qos pre-classify");
                pending = false;
            }
            out.add(line);
            String[] w = line.split(" ");
            if (w.length >= 4 && w[0].equals("crypto") && w[1].equals("map") && w[3].matches("[0-9]+")) {
                pending = q.preClassify(w[2], Integer.parseInt(w[3]));
            }
        }
        if (pending) {
            out.add(" qos pre-classify");
        }
        return out;
    }
}

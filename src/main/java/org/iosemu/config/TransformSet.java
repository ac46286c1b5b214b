package org.iosemu.config;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** `crypto ipsec transform-set NAME t1 [t2 [t3]]` with its `mode` (tunnel by default). */
public record TransformSet(String name, List<Transform> transforms, boolean tunnelMode) {

    public TransformSet {
        transforms = List.copyOf(transforms);
    }

    /** The IOS complaint when two transforms fill the same slot, empty when the list is valid. */
    public static Optional<String> conflict(List<Transform> transforms) {
        for (int i = 0; i < transforms.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (transforms.get(i).kind().slot() == transforms.get(j).kind().slot()) {
                    return Optional.of("ERROR: transform " + transforms.get(i).kind().keyword() + " conflicts with "
                            + transforms.get(j).kind().keyword());
                }
            }
        }
        return Optional.empty();
    }

    public TransformSet withMode(boolean tunnel) {
        return new TransformSet(name, transforms, tunnel);
    }

    public String transformList() {
        return transforms.stream().map(Transform::render).collect(Collectors.joining(" "));
    }

    /** The list as show crypto displays print it. */
    public String displayList() {
        return transforms.stream().map(Transform::displayName).collect(Collectors.joining(" "));
    }

    /** 15.x writes a blank after the list and always writes the mode line. */
    public List<String> render() {
        return List.of("crypto ipsec transform-set " + name + " " + transformList() + " ",
                " mode " + (tunnelMode ? "tunnel" : "transport"));
    }
}

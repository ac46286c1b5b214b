package org.iosemu.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `banner exec|login|motd`: each banner's text exactly as typed between its delimiters, line breaks
 * included (a banner entered over several lines starts with the break after the opening delimiter).
 */
public record Banners(Map<BannerKind, String> texts) {

    public static final Banners NONE = new Banners(Map.of());

    public Banners {
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }

    public Optional<String> text(BannerKind kind) {
        return Optional.ofNullable(texts.get(kind));
    }

    public Banners with(BannerKind kind, Optional<String> text) {
        Map<BannerKind, String> t = new EnumMap<>(BannerKind.class);
        t.putAll(texts);
        text.ifPresentOrElse(v -> t.put(kind, v), () -> t.remove(kind));
        return new Banners(t);
    }

    /** IOS writes the delimiter as ^C whatever was typed (it stores the ETX character). */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        for (BannerKind kind : BannerKind.values()) {
            text(kind).ifPresent(t -> out.addAll(List.of(("banner " + kind.keyword() + " ^C" + t + "^C").split("\n", -1))));
        }
        return out;
    }
}

package org.iosemu.ike;

public interface IkeListener {
    void onEvent(IkeEvent event);
}

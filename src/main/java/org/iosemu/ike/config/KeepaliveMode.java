package org.iosemu.ike.config;

public enum KeepaliveMode { PERIODIC, ON_DEMAND }

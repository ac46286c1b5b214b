package org.iosemu.ike.config;

public enum DpdMode { PERIODIC, ON_DEMAND }

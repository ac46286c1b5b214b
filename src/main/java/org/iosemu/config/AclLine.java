package org.iosemu.config;

/**
 * One line of an access list: a rule with its sequence number, or a remark. IOS numbers rules only (a remark
 * has sequence 0 here and stays in front of the rule it was typed before).
 */
public record AclLine(int sequence, AclEntry entry) {

    public static final int MAX_SEQUENCE = Integer.MAX_VALUE;
    public static final int STEP = 10;

    public AclLine {
        if (entry.isRemark() != (sequence == 0) || sequence < 0) {
            throw new IllegalArgumentException("rules have a sequence number >= 1, remarks none: " + sequence);
        }
    }

    public static AclLine remark(AclEntry remark) {
        return new AclLine(0, remark);
    }

    public boolean isRemark() {
        return entry.isRemark();
    }
}

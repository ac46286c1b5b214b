package org.iosemu.ike.engine;

/**
 * Where IOS would have allocated the structs its debug lines name: the peer struct (`Locking peer struct
 * 0x66440AA0`, `Unlocking IKE struct 0x...`, `peer_reap for A.B.C.D: ...`), the SA (`insert sa successfully
 * sa = 66825864`, `sa = 81BA4DD4`) and the peer handle (`peer_handle = 0x8007F09C`). One bump allocator per
 * engine hands out word-aligned, eight-hex-digit addresses, so every struct has its own address; its base
 * comes from the local address of the first SA, so two routers' heaps differ while a replay repeats exactly (and
 * no random number is drawn for it). An SA gets its addresses when a debug line first names them.
 */
final class StructAddresses {
    /** Sizes only space the addresses apart; chosen so that addresses are 4- but not always 8-aligned, as IOS's. */
    private static final int PEER_STRUCT_BYTES = 0x1EC;
    private static final int SA_BYTES = 0x3A4;
    private static final int HEAP_FLOOR = 0x62000000;
    private static final int HANDLE_BASE = 0x80000000;

    private long next = -1;
    private int handles;

    int peer(Phase1Sa sa) {
        if (sa.peerStruct == 0) {
            sa.peerStruct = allocate(sa, PEER_STRUCT_BYTES);
        }
        return sa.peerStruct;
    }

    int sa(Phase1Sa sa) {
        if (sa.saStruct == 0) {
            peer(sa);
            sa.saStruct = allocate(sa, SA_BYTES);
        }
        return sa.saStruct;
    }

    int peerHandle(Phase1Sa sa) {
        if (sa.peerHandle == 0) {
            sa.peerHandle = HANDLE_BASE + ++handles;
        }
        return sa.peerHandle;
    }

    private int allocate(Phase1Sa first, int bytes) {
        if (next < 0) {
            // somewhere in the upper 32 MiB of a 0x62000000.. heap, word aligned
            int seed = first.local.ip().bits() * 0x9E3779B1; // spreads neighbouring addresses apart
            next = HEAP_FLOOR + ((seed >>> 4) & 0x01FFFFF8L);
        }
        long address = next;
        next = address + bytes;
        return (int) address;
    }

    static String hex(int address) {
        return String.format("%08X", address);
    }
}

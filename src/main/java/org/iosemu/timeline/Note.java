package org.iosemu.timeline;

/** Something that happened on one router at a moment (recorded in order {@code order} among all records). */
public record Note(long order, long time, String router, NoteKind kind, String text) {
}

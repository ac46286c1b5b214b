package org.iosemu.cli.command;

import org.antlr.v4.runtime.ParserRuleContext;
import org.iosemu.config.InterfaceName;
import org.iosemu.config.InterfaceType;
import org.iosemu.config.Ipv4;
import org.iosemu.grammar.IosParser;

/** Reading values out of parse-tree argument slots. */
final class Args {

    private Args() {}

    /**
     * A number whose argument range (help catalogue) lies within int. The language layer has already
     * range-checked the word, so this cannot overflow; a range wider than int must be read with
     * {@link #number}, which the grammar-wide range-edge property test enforces.
     */
    static int integer(ParserRuleContext arg) {
        return Math.toIntExact(number(arg));
    }

    /** A number of any argument range (IOS ranges reach 4294967295). */
    static long number(ParserRuleContext arg) {
        return Long.parseLong(arg.getText());
    }

    static String ip(ParserRuleContext arg) {
        return Ipv4.canonical(arg.getText());
    }

    /** The canonical interface name of an {@code arg_interface_ref}. */
    static InterfaceName iface(IosParser.Arg_interface_refContext ref) {
        InterfaceType type = InterfaceType.fromName(ref.interface_type().getText())
                .orElseThrow(() -> new IllegalStateException("grammar type without model: " + ref.getText()));
        return new InterfaceName(type, ref.arg_interface_number().getText());
    }

    /** Column in the typed line where {@code ctx} starts (for carets). */
    static int column(ParserRuleContext ctx) {
        return ctx.getStart().getCharPositionInLine();
    }
}

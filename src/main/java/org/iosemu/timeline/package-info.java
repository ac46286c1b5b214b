/**
 * A picture of what happened on the lab network: `lab timeline FILE` draws the IKE and ESP traffic between the
 * lab's routers over a time window as a sequence diagram (SVG, or an HTML page with the SVG inline).
 *
 * <p>{@link org.iosemu.timeline.WireLog} records, bounded, every IKE (UDP 500/4500) and ESP packet the lab network
 * carries, as {@link org.iosemu.capture.CapturedPacket}s with sender, receiver and fate (arrived or lost), plus what
 * the routers' engines report through their event listener: the cleartext of each informational message they send
 * (the packet itself is encrypted), dead peers, crypto map failovers, SAs up and down, power cuts.
 * {@link org.iosemu.timeline.Timeline} turns a window of that recording into the model the picture shows: each IKE
 * message named from its ISAKMP header (Main Mode MM1..MM6 by its place in the exchange, Quick Mode QM1..QM3) or
 * from the sender's report (R_U_THERE seq N, DELETE), retransmissions marked, ESP folded into bursts.
 * {@link org.iosemu.timeline.SequenceDiagram} draws it; {@link org.iosemu.timeline.TimelinePage} wraps it in a
 * self-contained page. Every text that reaches the markup goes through {@link org.iosemu.timeline.Markup}.
 *
 * <p>Dependencies: timeline → capture, net, ike (events and the ISAKMP codec), time. The lab feeds it.
 */
package org.iosemu.timeline;

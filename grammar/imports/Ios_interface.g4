/* (config-if) sub-mode. */
parser grammar Ios_interface;

options { tokenVocab = IosLexer; }

interface_command
    : if_crypto | if_description | cfg_do | if_duplex | cfg_end | cfg_exit | if_full_duplex | if_half_duplex
    | if_ip | if_keepalive | if_mtu | qos_pre_classify | if_service_policy | if_shutdown | if_speed | if_tunnel | ne_interface
    ;
interface_no
    : CRYPTO ( MAP arg_crypto_map_name? | IPSEC ( CLIENT EZVPN (arg_ezvpn_name (INSIDE | OUTSIDE)?)?
                                               | DF_BIT df_bit_setting? | FRAGMENTATION fragmentation_setting? ) )
    | DESCRIPTION
    | QOS PRE_CLASSIFY
    | if_service_policy_no
    | DUPLEX
    | FULL_DUPLEX
    | HALF_DUPLEX
    | IP ADDRESS (arg_if_address arg_if_mask SECONDARY?)?
    | IP ( MTU arg_ip_mtu? | TCP ADJUST_MSS arg_tcp_adjust_mss? | UNNUMBERED arg_interface_ref? | ne_interface_ip_nhrp
         | if_access_group_no | if_ip_nat_no | if_ip_switch | if_virtual_reassembly | ne_interface_ip )
    | KEEPALIVE (arg_keepalive_period arg_keepalive_retries?)?
    | if_mtu_no
    | TUNNEL ( SOURCE (arg_interface_ref | arg_tunnel_source)? | DESTINATION (arg_tunnel_destination | arg_tunnel_destination_host)? | MODE tunnel_mode_kind?
             | PROTECTION (IPSEC (PROFILE (arg_ipsec_profile_name SHARED?)?)?)? | ne_tunnel )
    | SHUTDOWN
    | SPEED
    | ne_interface
    ;
if_crypto
    : CRYPTO ( if_crypto_map | IPSEC ( if_ezvpn | if_df_bit | if_fragmentation ) )
    ;
if_crypto_map    : MAP arg_crypto_map_name ;
if_ezvpn         : CLIENT EZVPN arg_ezvpn_name (INSIDE | OUTSIDE)? ;
if_df_bit        : DF_BIT df_bit_setting ;
if_fragmentation : FRAGMENTATION fragmentation_setting ;
if_description   : DESCRIPTION arg_description ;
if_duplex        : DUPLEX (AUTO | FULL | HALF) ;
if_full_duplex   : FULL_DUPLEX ;
if_half_duplex   : HALF_DUPLEX ;
if_ip            : IP ( ADDRESS ( arg_if_address arg_if_mask SECONDARY? | ne_interface_ip_address ) | if_ip_feature
                       | if_ip_mtu | if_tcp_adjust_mss | if_unnumbered | ne_interface_ip | ne_interface_ip_nhrp ) ;
// the interface's packet features: filters, NAT side, ICMP and ARP switches (IOS default: on)
if_ip_feature         : if_access_group | if_ip_nat | if_ip_switch | if_virtual_reassembly ;
if_access_group       : ACCESS_GROUP arg_if_access_group (IN | OUT) ;
if_access_group_no    : ACCESS_GROUP ( arg_if_access_group (IN | OUT)? | IN | OUT )? ;
if_ip_nat             : NAT (INSIDE | OUTSIDE | ne_if_ip_nat) ;
if_ip_nat_no          : NAT (INSIDE | OUTSIDE | ne_if_ip_nat)? ;
if_ip_switch          : PROXY_ARP | REDIRECTS | UNREACHABLES ;
if_virtual_reassembly : VIRTUAL_REASSEMBLY (IN | OUT)? ;
if_ip_mtu         : MTU arg_ip_mtu ;
if_tcp_adjust_mss : TCP ADJUST_MSS arg_tcp_adjust_mss ;
if_unnumbered     : UNNUMBERED arg_interface_ref ;
if_keepalive      : KEEPALIVE (arg_keepalive_period arg_keepalive_retries?)? ;
// the layer-2 MTU; `ip mtu` (at most this) is what IP fragments to
if_mtu            : MTU arg_if_mtu ;
if_mtu_no         : MTU arg_if_mtu? ;

// tunnel interfaces (`tunnel ...` is rejected on other interface types, as IOS has no such command there)
if_tunnel         : TUNNEL ( tunnel_source | tunnel_destination | tunnel_mode | tunnel_protection | ne_tunnel ) ;
tunnel_source     : SOURCE ( arg_interface_ref | arg_tunnel_source ) ;
tunnel_destination : DESTINATION ( arg_tunnel_destination | arg_tunnel_destination_host ) ;
tunnel_mode       : MODE tunnel_mode_kind ;
tunnel_mode_kind  : IPSEC IPV4_KW | GRE ( IP | ne_tunnel_mode_gre ) ;
tunnel_protection : PROTECTION IPSEC PROFILE arg_ipsec_profile_name SHARED? ;
if_shutdown      : SHUTDOWN ;
if_speed         : SPEED (NUM_10 | NUM_100 | NUM_1000 | AUTO) ;

arg_if_address : IPV4 ;
arg_if_mask    : IPV4 ;
arg_if_access_group : INT | WORD ;
arg_ip_mtu     : INT ;
arg_if_mtu     : INT ;
arg_tcp_adjust_mss : INT ;
arg_keepalive_period : INT ;
arg_keepalive_retries : INT ;
arg_tunnel_source : IPV4 ;
arg_tunnel_destination : IPV4 ;
arg_tunnel_destination_host : HOST_NAME ;

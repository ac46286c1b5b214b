/*
 * The not-emulated catalogue: valid IOS 15.x commands that iosemu does not emulate.
 *
 * A line that parses into a rule named `ne_*` is rejected with `% Not emulated by iosemu: "<words>"`
 * (the words typed up to the catalogue keyword, canonically spelled) instead of `% Invalid input`, and the
 * indented block under it is skipped. Because the words are in the grammar, abbreviation, ambiguity, `?`
 * help and TAB treat them as IOS does; their help texts are in help/help.properties like every other.
 * What follows a catalogue keyword is free text (`arg_not_emulated`): iosemu does not check it.
 *
 * When iosemu starts emulating one of these, delete its word here (one alternative) and give it a real
 * rule; NotEmulatedCatalogueTest fails while a word is both in the catalogue and a real command at the
 * same place. Crypto keyrings, isakmp/ipsec profiles and tunnel commands are deliberately absent: they
 * are being emulated.
 */
parser grammar Ios_not_emulated;

options { tokenVocab = IosLexer; }

// ---- EXEC --------------------------------------------------------------------------------------------
// The IOS 15.x EXEC keywords iosemu does not implement. Source: the `Router#?` list of a 7206VXR
// (../shared/reference/ios/samples/exec/help_exec_priv15.7206-version-unknown.txt), the level-1 list of
// help_exec_priv1.switch-12.2SE-priv3.txt and the IOS 15 rows of help_exec_partial.book-late15-or-xe.txt
// (`<1-99>`, `ethernet`) and of the IOL parser-view capture (`do-exec`); see exec/NOTES.md section 1.
// Left out of the 7206 list: `squeeze` and `undelete`, class-A flash commands the emulated 1811 does not
// have (so `un all` is `undebug all` there, as on an ISR).
// Level 1 (`Router>?`) lists ne_exec_level1 plus `clear` and `crypto`, which iosemu has at level 15 only;
// level 15 (`Router#?`) lists both groups.
ne_user_exec
    : ( ne_exec_level1 | CLEAR | CRYPTO ) arg_not_emulated?
    ;
ne_priv_exec
    : ( ne_exec_level1 | ne_exec_level15 ) arg_not_emulated?
    ;
ne_exec_level1
    : ACCESS_ENABLE | ACCESS_PROFILE | ALIAS_H | ALIAS_W | CONNECT | DO_EXEC | ETHERNET | HELP | LAT | LOCK | LOGIN
    | MRINFO | MSTAT | MTRACE | NAME_CONNECTION | PAD | PPP | RELEASE | RENEW | RLOGIN | SET | SLIP
    | SYSTAT | TCLQUIT | TUNNEL | UDPTN | WHERE | X28 | X3
    ;
ne_exec_level15
    : ACCESS_TEMPLATE | ALPS | ARCHIVE | AUDIO_PROMPT | AUTO | BEEP | BFE | CALENDAR | CALL | CALL_HOME | CD
    | CLOCK | CNS | DELETE | DIR | EMM | EOU | EPHONE_HUNT | ERASE | EVENT | FILE_ACCT | FLUSH | FORMAT | FSCK
    | HW_MODULE | IF_MGR | ISDN | MICROCODE | MKDIR | MORE_KW | MPLS | MRM | NCIA | PARTITION | PWD | REDUNDANCY
    | RENAME | RESTART | RMDIR | RSH | SDLC | SEND | SETUP | SPEC_FILE | START_CHAT | TARP
    | TCLSAFE | TCLSH | TDM | TEST | TN3270 | UPGRADE | VERIFY | VOICE | WEBVPN | WHICH_ROUTE
    | XCONNECT
    ;

// `show` targets of IOS 15.x that iosemu does not print
ne_show
    : ( ALIASES | ARP | BUFFERS | CDP | CONTROLLERS | DMVPN | FILE | HOSTS | INVENTORY | IPV6 | LICENSE | MEMORY
      | NTP | PROCESSES | PROTOCOLS | RELOAD | SNMP | SPANNING_TREE | STANDBY | TECH_SUPPORT
      | TRACK | VLANS | VRRP
      ) arg_not_emulated?
    ;
ne_show_ip
    : ( ARP | BGP | CACHE | DHCP | EIGRP | HTTP | OSPF | PROTOCOLS | RIP | SLA | SOCKETS | SSH | TRAFFIC
      | VRF
      ) arg_not_emulated?
    ;
ne_show_crypto : ( CA | IKEV2 | PKI ) arg_not_emulated? ;
// show run's other views (with defaults, without certificates, numbered, ...)
ne_show_running_config : ( ALL | BRIEF | FULL | LINENUM | MAP_CLASS | PARTITION | VIEW ) arg_not_emulated? ;
// a reload scheduled for later (or cancelled): iosemu reloads at once only
ne_reload : ( AT | CANCEL | IN ) arg_not_emulated? ;
// the SA table's other orders and selections
ne_show_ipsec_sa : ( ADDRESS | IDENTITY | INTERFACE | MAP | VRF ) arg_not_emulated? ;
// `show ip route` of the sources and views iosemu has no routes or counts for
ne_show_ip_route
    : ( BGP | EIGRP | ISIS | LIST | ODR | OSPF | RIP | SUMMARY | SUPERNETS_ONLY | TAG | VRF ) arg_not_emulated?
    ;

// ---- global configuration -------------------------------------------------------------------------------
ne_global
    : ROUTER ( BGP | EIGRP | ISIS | ODR | OSPF | OSPFV3 | RIP ) arg_not_emulated?
    | ( ALIAS | ARCHIVE | BOOT | BRIDGE | CALL_HOME | CDP | CONTROL_PLANE | CONTROLLER | DIAL_PEER
      | EVENT | FILE | KEY | LICENSE | LLDP | LOGIN | MEMORY_SIZE | MMI | MPLS | MULTILINK | OBJECT_GROUP
      | PARAMETER_MAP | PRIVILEGE | REDUNDANCY | RESOURCE | SCHEDULER | SPANNING_TREE
      | TRACK | VLAN | VOICE | VOICE_CARD | VPDN | VRF | ZONE | ZONE_PAIR
      ) arg_not_emulated?
    ;
// `interface TYPE...` for interface types the emulated router does not have
ne_interface_type
    : ( IF_ASYNC | IF_ATM | IF_BVI | IF_CELLULAR | IF_MULTILINK | IF_NULL
      | IF_PORT_CHANNEL | IF_VIRTUAL_PPP | IF_VLAN
      ) arg_not_emulated?
    ;
// `line N`: absolute line numbers (async lines)
ne_line_number : arg_line_absolute arg_not_emulated? ;
ne_ip
    : ( ADMISSION | AUDIT | AUTH_PROXY | BOOTP | DHCP | DNS | FINGER | FLOW_CACHE | FLOW_EXPORT | FORWARD_PROTOCOL
      | FTP | GRATUITOUS_ARPS | HTTP | ICMP | INSPECT | IPS | MULTICAST_ROUTING | NAME_SERVER
      | OPTIONS | PIM | PREFIX_LIST | RCMD | SCP | SLA | SOURCE_ROUTE | TFTP | VRF | WCCP
      ) arg_not_emulated?
    ;
ne_ip_ssh
    : ( AUTHENTICATION_RETRIES | LOGGING | RSA | SOURCE_INTERFACE | TIME_OUT ) arg_not_emulated? ;
ne_ipv6
    : ( ACCESS_LIST | DHCP | GENERAL_PREFIX | HOST | ICMP | LOCAL | MULTICAST_ROUTING | ND | PIM | PREFIX_LIST
      | ROUTE | ROUTER | SOURCE_ROUTE | UNICAST_ROUTING
      ) arg_not_emulated?
    ;
ne_aaa
    : ( ACCOUNTING | GROUP ) arg_not_emulated? ;
// `aaa authentication enable|ppp|dot1x ...`, `aaa authorization commands|config-commands|console ...`
ne_aaa_authentication : ( DOT1X | ENABLE | PPP ) arg_not_emulated? ;
ne_aaa_authorization  : ( COMMANDS | CONFIG_COMMANDS | CONSOLE ) arg_not_emulated? ;
// `ip local policy route-map ...`
ne_ip_local : POLICY arg_not_emulated? ;
ne_service
    : ( COMPRESS_CONFIG | CONFIG | COUNTERS | INTERNAL | NAGLE | PAD | SEQUENCE_NUMBERS | TCP_KEEPALIVES_IN
      | TCP_KEEPALIVES_OUT | TCP_SMALL_SERVERS | UDP_SMALL_SERVERS
      ) arg_not_emulated?
    ;
ne_crypto
    : ( CA | GDOI | IKEV2 | PKI ) arg_not_emulated? ;

// access-list rule options after the addresses and ports (numbered and named lists)
ne_acl_standard_option : LOG arg_not_emulated? ;
ne_acl_extended_option
    : ( DSCP | ECHO | ECHO_REPLY | ESTABLISHED | FRAGMENTS | LOG | LOG_INPUT | OPTION | PACKET_TOO_BIG
      | PRECEDENCE | TIME_EXCEEDED | TIME_RANGE | TOS | TTL | UNREACHABLE
      ) arg_not_emulated?
    ;

// ---- configuration sub-modes ----------------------------------------------------------------------------
ne_interface
    : ( ARP | BANDWIDTH | CARRIER_DELAY | CDP | CHANNEL_GROUP | CLOCK | DELAY | DIALER | ENCAPSULATION
      | FAIR_QUEUE | HOLD_QUEUE | IPV6 | LOAD_INTERVAL | LOGGING | MAC_ADDRESS | MEDIA_TYPE | MOP | MPLS
      | NEGOTIATION | PPP | PPPOE | PPPOE_CLIENT | SNMP | STANDBY
      | SWITCHPORT | TX_RING_LIMIT | VRF | VRRP | ZONE_MEMBER
      ) arg_not_emulated?
    ;
ne_interface_ip
    : ( ACCOUNTING | ADMISSION | DHCP | FLOW | HELPER_ADDRESS | IGMP | INSPECT | IPS | NBAR
      | OSPF | PIM | POLICY | ROUTE_CACHE | SUMMARY_ADDRESS | VERIFY | VRF | WCCP
      ) arg_not_emulated?
    ;
// `ip nat enable` (the NAT virtual interface)
ne_if_ip_nat : ENABLE arg_not_emulated? ;
// `ip nat outside source ...`, `ip nat translation ...`
ne_ip_nat : ( LOG | OUTSIDE | SERVICE | TRANSLATION ) arg_not_emulated? ;
// static-route options iosemu does not act on: object tracking, a route kept while its interface is down,
// the multicast RPF table
ne_route_option : ( MULTICAST | PERMANENT | TRACK ) arg_not_emulated? ;
// route-map sub-mode lines other than `match ip address`
ne_route_map       : ( CONTINUE | DESCRIPTION | SET ) arg_not_emulated? ;
ne_route_map_match : ( INTERFACE | LENGTH | TAG ) arg_not_emulated? ;
ne_route_map_match_ip : ( PREFIX_LIST ) arg_not_emulated? ;
// tunnel options beyond source, destination, mode and protection; multipoint GRE (DMVPN)
ne_tunnel
    : ( CHECKSUM | KEY | PATH_MTU_DISCOVERY | SEQUENCE_DATAGRAMS | TTL | VRF ) arg_not_emulated? ;
ne_tunnel_mode_gre : MULTIPOINT arg_not_emulated? ;
// NHRP (DMVPN)
ne_interface_ip_nhrp : NHRP arg_not_emulated? ;
// `ip address dhcp`, `ip address negotiated` (PPP/PPPoE)
ne_interface_ip_address : ( DHCP | NEGOTIATED ) arg_not_emulated? ;
ne_line
    : ( ABSOLUTE_TIMEOUT | ACCESS_CLASS | ACTIVATION_CHARACTER | AUTOCOMMAND | AUTOSELECT | DATABITS
      | ESCAPE_CHARACTER | EXEC | FLOWCONTROL | LOCATION | MODEM | NOTIFY | PARITY | ROTARY | SESSION_TIMEOUT
      | SPEED
      ) arg_not_emulated?
    ;
ne_line_transport : ( OUTPUT | PREFERRED ) arg_not_emulated? ;
// (config-isakmp-group) lines beyond the Mode Config attributes iosemu sends
ne_client_group
    : ( ACCESS_RESTRICT | AUTO_UPDATE | BACKUP_GATEWAY | BANNER | BROWSER_PROXY | DHCP | FIREWALL | GROUP_LOCK
      | SPLIT_DNS ) arg_not_emulated? ;
ne_crypto_map_set : ( IKEV2_PROFILE | NAT ) arg_not_emulated? ;

arg_not_emulated        : LINE ;
arg_line_absolute       : INT ;

/*
 * IP access lists: numbered (`access-list N ...` in global configuration) and named (`ip access-list
 * standard|extended NAME`, then the (config-std-nacl) / (config-ext-nacl) sub-modes). Both kinds share the
 * rule syntax: acl_standard_rule and acl_extended_rule.
 */
parser grammar Ios_acl;

options { tokenVocab = IosLexer; }

// ---- numbered: the number's range tells standard from extended ----------------------------------------

gc_access_list
    : ACCESS_LIST ( arg_acl_standard acl_standard_entry | arg_acl_extended acl_extended_entry )
    ;
gc_access_list_no : ACCESS_LIST ( arg_acl_standard | arg_acl_extended ) ;
acl_standard_entry : acl_standard_rule | acl_remark ;
acl_extended_entry : acl_extended_rule | acl_remark ;

// ---- rules shared by numbered and named lists ---------------------------------------------------------

acl_standard_rule   : (PERMIT | DENY) acl_standard_source ne_acl_standard_option? ;
acl_standard_source : ANY | HOST arg_acl_host | arg_acl_address arg_acl_wildcard? ;
acl_extended_rule
    : (PERMIT | DENY) ( TCP acl_tcp_source acl_tcp_destination | UDP acl_udp_source acl_udp_destination
                      | acl_protocol acl_source acl_destination ) ne_acl_extended_option? ;
acl_remark          : REMARK arg_acl_remark ;
// protocols without ports (IOS offers no eq/gt/lt/neq/range after their addresses)
acl_protocol    : AHP | ESP | GRE | ICMP | IP | arg_acl_protocol_number ;
acl_source      : acl_address ;
acl_destination : acl_address ;
acl_address     : ANY | HOST arg_acl_host | arg_acl_address arg_acl_wildcard ;
// tcp and udp each take a port match on either end, with their own port names (as IOS lists them under `?`)
acl_tcp_source      : acl_address acl_tcp_port? ;
acl_tcp_destination : acl_address acl_tcp_port? ;
acl_tcp_port        : (EQ | GT | LT | NEQ) acl_tcp_port_value | RANGE acl_tcp_port_value acl_tcp_port_value ;
acl_tcp_port_value  : arg_acl_port | acl_tcp_port_name ;
acl_tcp_port_name
    : BGP | CHARGEN | CMD | DAYTIME | DISCARD | DOMAIN | ECHO | EXEC | FINGER | FTP | FTP_DATA | GOPHER | HOSTNAME
    | IDENT | IRC | KLOGIN | KSHELL | LOGIN | LPD | NNTP | POP2 | POP3 | SMTP | SUNRPC | TACACS | TALK | TELNET
    | TIME | UUCP | WHOIS | WWW
    ;
acl_udp_source      : acl_address acl_udp_port? ;
acl_udp_destination : acl_address acl_udp_port? ;
acl_udp_port        : (EQ | GT | LT | NEQ) acl_udp_port_value | RANGE acl_udp_port_value acl_udp_port_value ;
acl_udp_port_value  : arg_acl_port | acl_udp_port_name ;
acl_udp_port_name
    : BIFF | BOOTPC | BOOTPS | DISCARD | DNSIX | DOMAIN | ECHO | ISAKMP | MOBILE_IP | NAMESERVER | NETBIOS_DGM
    | NETBIOS_NS | NETBIOS_SS | NON500_ISAKMP | NTP | RIP | SNMP | SNMPTRAP | SUNRPC | SYSLOG | TACACS | TALK
    | TFTP | TIME | WHO | XDMCP
    ;

// ---- named: `ip access-list standard|extended NAME` (a number names the numbered list) ---------------

ip_access_list : ACCESS_LIST ( STANDARD arg_acl_name_standard | EXTENDED arg_acl_name_extended ) ;

// (config-std-nacl) and (config-ext-nacl) sub-modes: `[SEQ] permit|deny ...`, `remark`, `no SEQ`, `no RULE`
std_nacl_command : nacl_standard_rule | acl_remark | cfg_do | cfg_end | cfg_exit ;
std_nacl_no      : arg_acl_sequence | acl_standard_rule | acl_remark ;
ext_nacl_command : nacl_extended_rule | acl_remark | cfg_do | cfg_end | cfg_exit ;
ext_nacl_no      : arg_acl_sequence | acl_extended_rule | acl_remark ;
nacl_standard_rule : arg_acl_sequence? acl_standard_rule ;
nacl_extended_rule : arg_acl_sequence? acl_extended_rule ;

arg_acl_standard        : INT ;
arg_acl_extended        : INT ;
arg_acl_name_standard   : INT | WORD ;
arg_acl_name_extended   : INT | WORD ;
arg_acl_sequence        : INT ;
arg_acl_remark          : LINE ;
arg_acl_host            : IPV4 ;
arg_acl_address         : IPV4 ;
arg_acl_wildcard        : IPV4 ;
arg_acl_protocol_number : INT ;
arg_acl_port            : INT ;

// ---- route maps: the (config-route-map) sub-mode (NAT's `ip nat inside source route-map`) ----------------

route_map_command : rm_match | cfg_do | cfg_end | cfg_exit | ne_route_map ;
route_map_no      : MATCH ( IP ADDRESS arg_route_map_acl* | ne_route_map_match ) | ne_route_map ;
rm_match          : MATCH ( IP ( ADDRESS arg_route_map_acl+ | ne_route_map_match_ip ) | ne_route_map_match ) ;
arg_route_map_acl : INT | WORD ;

/* Global configuration mode: system commands and the dispatch to other areas (access lists: Ios_acl). */
parser grammar Ios_global;

options { tokenVocab = IosLexer; }

global_command
    : gc_access_list | gc_crypto | cfg_do | gc_enable | cfg_end | cfg_exit | gc_hostname | gc_interface
    | gc_ip | gc_line | gc_service | gc_username
    | gc_aaa | gc_banner | gc_clock | gc_ipv6 | gc_logging | gc_ntp | gc_snmp | gc_version | gc_route_map
    | gc_class_map | gc_policy_map
    | ne_global
    ;

global_no
    : gc_access_list_no | gc_crypto_no | gc_enable_no | gc_hostname_no | gc_interface_no | gc_ip_no
    | gc_service_no | gc_username_no
    | gc_aaa_no | gc_banner_no | gc_clock_no | gc_ipv6_no | gc_logging_no | gc_ntp_no | gc_snmp_no | gc_route_map
    | gc_class_map_no | gc_policy_map_no
    | ne_global
    ;

// `default X`: for these commands IOS's default is their absence, so it is `no X`; `default interface IF`
// instead resets the interface to its factory state. Commands whose default is on (`ip cef`, `service
// timestamps`, `ip domain-lookup`, ...) are left out rather than given the wrong meaning.
global_default
    : gc_access_list_no | gc_banner_no | gc_class_map_no | gc_crypto_no | gc_hostname_no | gc_interface_no
    | gc_policy_map_no | gc_route_map | gc_username_no
    | ne_global
    ;

gc_hostname    : HOSTNAME arg_hostname ;
gc_hostname_no : HOSTNAME arg_hostname? ;

gc_enable
    : ENABLE ( SECRET secret_value
             | ALGORITHM_TYPE secret_algorithm SECRET arg_secret_clear
             | PASSWORD password_value )
    ;
gc_enable_no : ENABLE (SECRET | PASSWORD) ;

gc_username
    : USERNAME arg_username ( PRIVILEGE arg_privilege_level )?
      ( SECRET secret_value
      | ALGORITHM_TYPE secret_algorithm SECRET arg_secret_clear
      | PASSWORD password_value )?
    ;
gc_username_no : USERNAME arg_username ;

gc_service    : SERVICE ( svc_timestamps | svc_password_encryption | ne_service ) ;
gc_service_no : SERVICE ( TIMESTAMPS (DEBUG | LOG)? | PASSWORD_ENCRYPTION | ne_service ) ;
svc_timestamps          : TIMESTAMPS ( (DEBUG | LOG) ( DATETIME datetime_option* | UPTIME )? )? ;
datetime_option         : LOCALTIME | MSEC | SHOW_TIMEZONE | YEAR ;
svc_password_encryption : PASSWORD_ENCRYPTION ;

gc_interface    : INTERFACE ( arg_interface_ref | ne_interface_type ) ;
gc_interface_no : INTERFACE ( arg_interface_ref | ne_interface_type ) ;

gc_ip    : IP ( ip_access_list | ip_domain_lookup | ip_domain_name | ip_host | ip_route | ip_ssh
              | ip_cef | ip_classless | ip_subnet_zero | ip_tcp | ip_nat | ip_local | ne_ip ) ;
gc_ip_no : IP ( ip_access_list | ip_domain_lookup | DOMAIN_NAME arg_domain_name? | DOMAIN NAME arg_domain_name? | ip_host_no
              | ip_route_no | SSH (VERSION | ne_ip_ssh)
              | ip_cef | ip_classless | ip_subnet_zero | ip_tcp_no | ip_nat_no | ip_local_no | ne_ip ) ;
// IOS 15 also accepts (and writes in show run) `ip domain lookup` / `ip domain name X`.
ip_domain_lookup : DOMAIN_LOOKUP | DOMAIN LOOKUP ;
ip_domain_name   : DOMAIN_NAME arg_domain_name | DOMAIN NAME arg_domain_name ;
// the static host table: a name and up to eight addresses (`tunnel destination NAME` resolves through it)
ip_host          : HOST arg_ip_host_name arg_ip_host_address+ ;
ip_host_no       : HOST arg_ip_host_name arg_ip_host_address* ;
// `ip route PREFIX MASK (HOP | IF [HOP] | Null0) [DISTANCE] [name NAME] [tag TAG]`: the options in any order, as
// IOS takes them; the no form may stop after the mask (every route to that prefix goes)
ip_route         : ROUTE arg_route_prefix arg_route_mask route_target route_option* ;
ip_route_no      : ROUTE arg_route_prefix arg_route_mask ( route_target route_option* )? ;
route_target     : arg_route_next_hop | arg_interface_ref arg_route_next_hop? | route_null ;
// a floating static's administrative distance, a label for the next hop, a tag for redistribution
route_option     : arg_route_distance | NAME arg_route_name | TAG arg_route_tag | ne_route_option ;
// `Null0`: the route discards what it matches (a summary's sink, an exemption's black hole)
route_null       : IF_NULL arg_null_number ;
ip_ssh           : SSH ( VERSION (NUM_1 | NUM_2) | ne_ip_ssh ) ;

// NAT: address pools and inside-source rules (Ios_nat keeps the route-map sub-mode)
ip_nat    : NAT ( nat_pool | nat_inside_source | ne_ip_nat ) ;
ip_nat_no : NAT ( POOL arg_nat_pool_name | nat_inside_source | ne_ip_nat ) ;
nat_pool  : POOL arg_nat_pool_name arg_nat_pool_start arg_nat_pool_end
            ( NETMASK arg_nat_pool_netmask | PREFIX_LENGTH arg_nat_pool_prefix_length ) ;
nat_inside_source : INSIDE SOURCE ( nat_dynamic | nat_static ) ;
nat_dynamic : ( LIST arg_nat_acl | ROUTE_MAP arg_nat_route_map ) ( INTERFACE arg_interface_ref | POOL arg_nat_pool_name )
              OVERLOAD? ;
nat_static  : STATIC ( arg_nat_local arg_nat_global
                     | (TCP | UDP) arg_nat_local arg_nat_local_port arg_nat_global arg_nat_global_port ) EXTENDABLE? ;

// `route-map NAME [permit|deny] [SEQ]`: opens the (config-route-map) sub-mode
gc_route_map : ROUTE_MAP arg_route_map_name (PERMIT | DENY)? arg_route_map_sequence? ;

gc_line : LINE_KW ( AUX arg_line_aux | CONSOLE arg_line_console | VTY arg_line_vty_first arg_line_vty_last?
                  | ne_line_number ) ;

arg_hostname            : WORD ;
arg_username            : WORD ;
arg_domain_name         : WORD ;
arg_ip_host_name        : HOST_NAME ;
arg_ip_host_address     : IPV4 ;
arg_route_prefix        : IPV4 ;
arg_route_mask          : IPV4 ;
arg_route_next_hop      : IPV4 ;
arg_route_distance      : INT ;
arg_route_name          : WORD ;
arg_route_tag           : INT ;
arg_null_number         : INT ;
arg_line_aux            : INT ;
arg_line_console        : INT ;
arg_line_vty_first      : INT ;
arg_line_vty_last       : INT ;
arg_nat_pool_name           : WORD ;
arg_nat_pool_start          : IPV4 ;
arg_nat_pool_end            : IPV4 ;
arg_nat_pool_netmask        : IPV4 ;
arg_nat_pool_prefix_length  : INT ;
arg_nat_acl                 : INT | WORD ;
arg_nat_route_map           : WORD ;
arg_nat_local               : IPV4 ;
arg_nat_global              : IPV4 ;
arg_nat_local_port          : INT ;
arg_nat_global_port         : INT ;
arg_route_map_name          : WORD ;
arg_route_map_sequence      : INT ;

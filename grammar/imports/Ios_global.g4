/* Global configuration mode: system commands and the dispatch to other areas (access lists: Ios_acl). */
parser grammar Ios_global;

options { tokenVocab = IosLexer; }

global_command
    : gc_access_list | gc_crypto | cfg_do | gc_enable | cfg_end | cfg_exit | gc_hostname | gc_interface
    | gc_ip | gc_line | gc_service | gc_username
    | gc_aaa | gc_banner | gc_clock | gc_ipv6 | gc_logging | gc_ntp | gc_snmp | gc_version
    | ne_global
    ;

global_no
    : gc_access_list_no | gc_crypto_no | gc_enable_no | gc_hostname_no | gc_interface_no | gc_ip_no
    | gc_service_no | gc_username_no
    | gc_aaa_no | gc_banner_no | gc_clock_no | gc_ipv6_no | gc_logging_no | gc_ntp_no | gc_snmp_no
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

gc_ip    : IP ( ip_access_list | ip_domain_lookup | ip_domain_name | ip_route | ip_ssh
              | ip_cef | ip_classless | ip_local | ip_subnet_zero | ip_tcp | ne_ip ) ;
gc_ip_no : IP ( ip_access_list | ip_domain_lookup | DOMAIN_NAME arg_domain_name? | DOMAIN NAME arg_domain_name? | ip_route | SSH (VERSION | ne_ip_ssh)
              | ip_cef | ip_classless | ip_local_no | ip_subnet_zero | ip_tcp_no | ne_ip ) ;
// IOS 15 also accepts (and writes in show run) `ip domain lookup` / `ip domain name X`.
ip_domain_lookup : DOMAIN_LOOKUP | DOMAIN LOOKUP ;
ip_domain_name   : DOMAIN_NAME arg_domain_name | DOMAIN NAME arg_domain_name ;
ip_route         : ROUTE arg_route_prefix arg_route_mask (arg_route_next_hop | arg_interface_ref | route_null) ;
// `Null0`: the route discards what it matches (a summary's sink, an exemption's black hole)
route_null       : IF_NULL arg_null_number ;
ip_ssh           : SSH ( VERSION (NUM_1 | NUM_2) | ne_ip_ssh ) ;

gc_line : LINE_KW ( AUX arg_line_aux | CONSOLE arg_line_console | VTY arg_line_vty_first arg_line_vty_last?
                  | ne_line_number ) ;

arg_hostname            : WORD ;
arg_username            : WORD ;
arg_domain_name         : WORD ;
arg_route_prefix        : IPV4 ;
arg_route_mask          : IPV4 ;
arg_route_next_hop      : IPV4 ;
arg_null_number         : INT ;
arg_line_aux            : INT ;
arg_line_console        : INT ;
arg_line_vty_first      : INT ;
arg_line_vty_last       : INT ;

/* User and privileged EXEC commands, including `show` and the emulator's `lab` commands. */
parser grammar Ios_exec;

options { tokenVocab = IosLexer; }

user_exec_command
    : ex_disable | ex_disconnect | ex_enable | ex_exit | ex_logout | ex_ping | ex_resume | ex_show_user | ex_ssh
    | ex_telnet | ex_terminal | ex_traceroute | ex_resume_number
    | ne_user_exec
    ;

priv_exec_command
    : ex_clear | ex_configure | ex_copy | ex_crypto | ex_debug | ex_disable | ex_disconnect | ex_enable | ex_exit
    | ex_lab | ex_logout | ex_monitor | ex_no | ex_ping | ex_ping_dialogue | ex_reload | ex_resume | ex_show | ex_ssh
    | ex_telnet | ex_terminal | ex_traceroute | ex_undebug | ex_write | ex_resume_number
    | ne_priv_exec
    ;

ex_enable    : ENABLE arg_privilege_level? ;
ex_disable   : DISABLE arg_privilege_level? ;
ex_exit      : EXIT ;
ex_logout    : ( LOGOUT | ALIAS_LO ) ;
ex_configure : CONFIGURE TERMINAL? ;
// the same two words, but IOS's `?` tells a source (`Copy from ...`) from a destination (`Copy to ...`)
ex_copy      : COPY copy_source copy_destination ;
copy_source      : RUNNING_CONFIG | STARTUP_CONFIG ;
copy_destination : RUNNING_CONFIG | STARTUP_CONFIG ;
ex_write     : WRITE (MEMORY | TERMINAL | ERASE)? ;

ex_terminal
    : TERMINAL ( term_length | term_width | term_monitor | term_history | term_no )
    ;
term_length     : LENGTH arg_terminal_length ;
term_width      : WIDTH arg_terminal_width ;
term_monitor    : MONITOR ;
// this session only, as the line's `history size` is for every session on it
term_history    : HISTORY ( SIZE arg_terminal_history_size )? ;
// back to the line's setting (length, width, history size) or no monitoring
term_no         : NO ( MONITOR | HISTORY SIZE? | LENGTH | WIDTH ) ;

// IOS's default EXEC aliases (`show aliases`: h help, lo logout, p ping, r resume, s show, u and un undebug,
// w where) are hidden keywords beside the commands: typed in full they win over the ambiguous abbreviation
ex_ping     : ( PING | ALIAS_P ) arg_ping_target ping_option* ;
ping_option
    : REPEAT arg_ping_repeat
    | SIZE arg_ping_size
    | TIMEOUT arg_ping_timeout
    | TOS arg_ping_tos
    | DF_BIT
    | SOURCE (arg_interface_ref | arg_ping_source_address)
    ;
// bare `ping` (privileged): IOS's extended ping, asked question by question
ex_ping_dialogue : ( PING | ALIAS_P ) ;

ex_traceroute : TRACEROUTE arg_trace_target trace_option* ;
trace_option
    : NUMERIC
    | TIMEOUT arg_trace_timeout
    | PROBE arg_trace_probes
    | SOURCE (arg_interface_ref | arg_trace_source_address)
    | TTL arg_trace_min_ttl arg_trace_max_ttl
    | PORT arg_trace_port
    ;

// Outgoing connections to other routers of the lab (suspended with Ctrl-^ x, listed by `show sessions`).
ex_telnet     : TELNET arg_telnet_host telnet_source? ;
telnet_source : SLASH_SOURCE_INTERFACE arg_interface_ref ;
ex_ssh        : SSH SSH_LOGIN_NAME arg_ssh_user arg_ssh_host ;
ex_resume     : ( RESUME | ALIAS_R ) arg_connection_number? ;
ex_disconnect : DISCONNECT arg_connection_number? ;
// a connection's number typed alone resumes it, as IOS lists `<1-99>` first under `?`
ex_resume_number : arg_exec_resume_session ;
arg_exec_resume_session : INT ;
ex_reload     : RELOAD ne_reload? ;

ex_debug    : DEBUG debug_target ;
ex_undebug  : ( UNDEBUG | ALIAS_U | ALIAS_UN ) debug_target ;
ex_no       : NO DEBUG debug_target ;
debug_target
    : ALL
    | CRYPTO (ISAKMP | IPSEC (CLIENT EZVPN)?)
    | IP TCP TRANSACTIONS
    ;

ex_clear : CLEAR ( CRYPTO ( clear_crypto_session | clear_crypto_isakmp | clear_crypto_sa | clear_crypto_ezvpn ) | clear_logging | clear_counters
                 | clear_access_list | clear_ip ) ;
clear_access_list : ACCESS_LIST COUNTERS arg_acl_show? ;
clear_ip          : IP ( NAT ( TRANSLATION STAR | STATISTICS ) | ACCESS_LIST COUNTERS arg_acl_show? ) ;
clear_counters : COUNTERS ;
clear_logging : LOGGING ;
clear_crypto_session
    : SESSION ( session_local session_remote? | session_remote | session_fvrf session_ivrf? | session_ivrf )?
    ;
session_local  : LOCAL arg_session_local_address (PORT arg_session_port)? ;
session_remote : REMOTE arg_session_remote_address (PORT arg_session_port)? ;
session_fvrf   : FVRF arg_vrf_name ;
session_ivrf   : IVRF arg_vrf_name ;
clear_crypto_isakmp : ISAKMP arg_isakmp_conn_id? ;
clear_crypto_sa     : SA ( PEER arg_sa_peer_address | MAP arg_crypto_map_name )? ;
clear_crypto_ezvpn  : IPSEC CLIENT EZVPN arg_ezvpn_name? ;

// Embedded packet capture (IOS-XE syntax): capture points on an interface, exported as pcap.
ex_monitor : MONITOR CAPTURE arg_capture_name ( mc_interface | mc_start | mc_stop | mc_export | mc_clear ) ;
mc_interface : INTERFACE arg_interface_ref (BOTH | IN | OUT) ;
mc_start     : START ;
mc_stop      : STOP ;
mc_export    : EXPORT arg_capture_file ;
mc_clear     : CLEAR ;

ex_crypto : CRYPTO IPSEC CLIENT EZVPN ( CONNECT arg_ezvpn_name? | XAUTH arg_ezvpn_name? ) ;

// Emulator control (not IOS): time, power and console attachment in a lab.
ex_lab
    : LAB ( lab_wait | lab_router | lab_attach | lab_link | lab_engine | lab_traffic | lab_show | lab_quit
          | lab_exercise | lab_check | lab_hint | lab_reset | lab_timeline )
    ;
lab_wait   : WAIT arg_lab_seconds ;
lab_router : ROUTER arg_lab_router_name (DOWN | UP) ;
lab_attach : ATTACH arg_lab_router_name ;
lab_show   : SHOW ;
// the link between two routers: its properties (several per line), back to the defaults, or a deterministic loss
lab_link   : LINK arg_lab_link_end arg_lab_link_end ( DEFAULT | DROP NEXT arg_lab_drop_count | lab_link_setting+ ) ;
// a router's crypto engine: the kbit/s it processes (encryption and decryption), or not limited again
lab_engine : ENGINE arg_lab_router_name ( DEFAULT | BANDWIDTH arg_lab_engine_kbps ) ;
// generated UDP flows (to port 9) between two addresses: N kbit/s of SIZE-byte datagrams marked with a DSCP
lab_traffic : TRAFFIC ( lab_traffic_add | DEL arg_lab_flow_name | SHOW ) ;
lab_traffic_add : ADD arg_lab_flow_name arg_lab_flow_source arg_lab_flow_destination arg_lab_flow_kbps lab_flow_option* ;
lab_flow_option : DSCP arg_lab_flow_dscp | SIZE arg_lab_flow_size ;
lab_link_setting
    : LOSS arg_lab_loss_percent
    | DELAY arg_lab_delay
    | BANDWIDTH arg_lab_bandwidth
    | MTU arg_lab_mtu
    ;
lab_quit   : QUIT ;
// exercises (org.iosemu.exercise): briefing, grading, hints, a fresh start
lab_exercise : EXERCISE ;
lab_check    : CHECK ;
lab_hint     : HINT arg_lab_task? ;
lab_reset    : RESET ;
// a sequence diagram of the lab's IKE and ESP traffic: all recorded, the last N seconds, or seconds A to B of lab time
lab_timeline : TIMELINE arg_timeline_file ( LAST arg_timeline_last | FROM arg_timeline_from TO arg_timeline_to )? ;

// User EXEC shows what a level-1 user may see; privileged EXEC adds the rest.
ex_show_user : ( SHOW | ALIAS_S ) show_user_target output_filter? ;
show_user_target
    : sh_access_lists | sh_clock | sh_history | sh_interfaces | sh_ip | sh_line | sh_privilege | sh_sessions
    | sh_terminal | sh_users | sh_version | sh_route_map
    | ne_show
    ;

ex_show : ( SHOW | ALIAS_S ) show_target output_filter? ;
show_target
    : show_user_target | sh_class_map | sh_crypto | sh_debugging | sh_logging | sh_monitor | sh_policy_map
    | sh_running_config | sh_startup_config
    ;
sh_access_lists   : ACCESS_LISTS arg_acl_show? ;
sh_clock          : CLOCK DETAIL? ;
sh_debugging      : DEBUGGING ;
sh_logging        : LOGGING ;
sh_line           : LINE_KW ;
sh_history        : HISTORY ;
sh_interfaces     : INTERFACES ( arg_interface_ref DESCRIPTION? | DESCRIPTION )? ;
sh_ip             : IP ( INTERFACE ( BRIEF | arg_interface_ref )? | ROUTE sh_ip_route? | sh_access_lists | sh_ip_nat | shi_local_pool | ne_show_ip ) ;
// `show ip route A.B.C.D [MASK]` (the route an address takes, or one prefix), or only one source's routes
sh_ip_route       : arg_show_route_address arg_show_route_mask? | CONNECTED | STATIC | ne_show_ip_route ;
sh_ip_nat         : NAT ( TRANSLATIONS VERBOSE? | STATISTICS ) ;
sh_route_map      : ROUTE_MAP arg_route_map_name? ;
sh_monitor        : MONITOR CAPTURE arg_capture_name BUFFER BRIEF? ;
sh_privilege      : PRIVILEGE ;
sh_running_config : RUNNING_CONFIG ( INTERFACE arg_interface_ref | ne_show_running_config )? ;
sh_startup_config : STARTUP_CONFIG ;
sh_sessions       : SESSIONS ;
sh_terminal       : TERMINAL ;
sh_users          : USERS ;
sh_version        : VERSION ;

sh_crypto
    : CRYPTO ( shc_dynamic_map | shc_isakmp | shc_ipsec | shc_session | shc_map | shc_engine | ne_show_crypto )
    ;
shc_isakmp  : ISAKMP ( shc_isakmp_sa | shc_isakmp_policy | shc_isakmp_peers | shc_isakmp_profile | shc_isakmp_key | shc_isakmp_keys ) ;
shc_isakmp_sa     : SA DETAIL? ;
shc_isakmp_policy : POLICY ;
shc_isakmp_peers  : PEERS ;
shc_isakmp_key    : KEY ;
// emulator only, hidden: IKE and ESP keys in Wireshark's decryption table form
shc_isakmp_keys   : KEYS ;
shc_ipsec   : IPSEC ( shc_ipsec_sa | shc_ipsec_transform_set | shc_ipsec_client | shc_ipsec_profile ) ;
shc_ipsec_sa            : SA ( PEER arg_sa_peer_address | DETAIL | ne_show_ipsec_sa )? ;
shc_ipsec_transform_set : TRANSFORM_SET arg_transform_set_name? ;
shc_ipsec_client        : CLIENT EZVPN arg_ezvpn_name? ;
shc_session : SESSION shc_session_remote? DETAIL? ;
shc_session_remote : REMOTE arg_show_session_remote ;
shc_engine  : ENGINE ( BRIEF | CONFIGURATION | QOS ) ;
shc_map     : MAP ;

// `| include REGEX` and friends, after any show command.
output_filter : PIPE ( filter_kind arg_filter_regex | COUNT arg_filter_regex? ) ;
filter_kind   : BEGIN | EXCLUDE | INCLUDE | SECTION ;

arg_privilege_level         : INT ;
arg_terminal_length         : INT ;
arg_terminal_width          : INT ;
arg_ping_target             : IPV4 ;
arg_ping_repeat             : INT ;
arg_ping_size               : INT ;
arg_ping_timeout            : INT ;
arg_ping_tos                : INT ;
arg_ping_source_address     : IPV4 ;
arg_trace_target            : IPV4 ;
arg_terminal_history_size   : INT ;
arg_show_route_address      : IPV4 ;
arg_show_route_mask         : IPV4 ;
arg_trace_timeout           : INT ;
arg_trace_probes            : INT ;
arg_trace_source_address    : IPV4 ;
arg_trace_min_ttl           : INT ;
arg_trace_max_ttl           : INT ;
arg_trace_port              : INT ;
arg_session_local_address   : IPV4 ;
arg_session_remote_address  : IPV4 ;
arg_session_port            : INT ;
arg_vrf_name                : WORD ;
arg_isakmp_conn_id          : INT ;
arg_sa_peer_address         : IPV4 ;
arg_lab_seconds             : INT ;
arg_telnet_host             : WORD ;
arg_ssh_user                : WORD ;
arg_ssh_host                : WORD ;
arg_connection_number       : INT ;
arg_show_session_remote     : IPV4 ;
arg_lab_router_name         : WORD ;
arg_lab_link_end            : WORD ;
arg_lab_flow_name           : WORD ;
arg_lab_flow_source         : IPV4 ;
arg_lab_flow_destination    : IPV4 ;
arg_lab_flow_kbps           : INT ;
arg_lab_flow_dscp           : INT ;
arg_lab_flow_size           : INT ;
arg_lab_drop_count          : INT ;
arg_lab_loss_percent        : INT ;
arg_lab_delay               : INT ;
arg_lab_bandwidth           : INT ;
arg_lab_engine_kbps         : INT ;
arg_lab_mtu                 : INT ;
arg_lab_task                : WORD ;
arg_timeline_file           : WORD ;
arg_timeline_last           : INT ;
arg_timeline_from           : INT ;
arg_timeline_to             : INT ;
arg_acl_show                : INT | WORD ;
arg_filter_regex            : LINE ;
arg_capture_name            : WORD ;
arg_capture_file            : WORD ;

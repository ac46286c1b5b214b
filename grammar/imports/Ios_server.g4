/*
 * The Easy VPN server side and dynamic crypto maps: AAA method lists (`aaa authentication login`,
 * `aaa authorization exec|network`, `aaa session-id`), `ip local pool`, `crypto isakmp client configuration
 * group` and its sub-mode, `crypto isakmp xauth timeout`, `crypto dynamic-map` (its entries use the crypto
 * map sub-mode), and the map-wide `crypto map NAME client|isakmp ...` lines. Rule prefixes: aaa_ = AAA,
 * cg_ = (config-isakmp-group).
 */
parser grammar Ios_server;

options { tokenVocab = IosLexer; }

// ---- AAA method lists ---------------------------------------------------------------------------------

aaa_authentication    : AUTHENTICATION ( LOGIN aaa_login_list aaa_login_method+ | ne_aaa_authentication ) ;
aaa_authentication_no : AUTHENTICATION ( LOGIN aaa_login_list aaa_login_method* | ne_aaa_authentication ) ;
aaa_authorization     : AUTHORIZATION ( aaa_authz_kind aaa_authz_list aaa_authz_method+ | ne_aaa_authorization ) ;
aaa_authorization_no  : AUTHORIZATION ( aaa_authz_kind aaa_authz_list aaa_authz_method* | ne_aaa_authorization ) ;
aaa_session_id        : SESSION_ID ( COMMON | UNIQUE ) ;
aaa_session_id_no     : SESSION_ID ( COMMON | UNIQUE )? ;
aaa_login_list        : DEFAULT | arg_aaa_method_list ;
aaa_authz_list        : DEFAULT | arg_aaa_authz_list ;
aaa_login_method      : ENABLE | LINE_KW | LOCAL | LOCAL_CASE | NONE ;
aaa_authz_kind        : EXEC | NETWORK ;
aaa_authz_method      : IF_AUTHENTICATED | LOCAL | NONE ;

// ---- ip local pool ------------------------------------------------------------------------------------

ip_local    : LOCAL ( POOL arg_local_pool_name arg_local_pool_first arg_local_pool_last? | ne_ip_local ) ;
ip_local_no : LOCAL ( POOL arg_local_pool_name ( arg_local_pool_first arg_local_pool_last? )? | ne_ip_local ) ;
shi_local_pool : LOCAL POOL arg_show_local_pool? ;

// ---- crypto isakmp client configuration group / xauth ---------------------------------------------------

cis_client_group : CLIENT CONFIGURATION GROUP arg_client_group_name ;
cis_xauth        : XAUTH TIMEOUT arg_xauth_timeout ;
cis_xauth_no     : XAUTH TIMEOUT arg_xauth_timeout? ;

// (config-isakmp-group) sub-mode
client_group_command
    : cg_acl | cfg_do | cg_dns | cg_domain | cfg_end | cfg_exit | cg_include_local_lan | cg_key | cg_max_logins
    | cg_max_users | cg_netmask | cg_pfs | cg_pool | cg_save_password | cg_wins | ne_client_group
    ;
client_group_no
    : ACL arg_group_acl?
    | DNS ( arg_group_dns arg_group_dns_second? )?
    | DOMAIN arg_group_domain?
    | INCLUDE_LOCAL_LAN
    | KEY ( (NUM_0 | NUM_6)? arg_group_key )?
    | MAX_LOGINS arg_group_max_logins?
    | MAX_USERS arg_group_max_users?
    | NETMASK arg_group_netmask?
    | PFS
    | POOL arg_group_pool?
    | SAVE_PASSWORD
    | WINS ( arg_group_wins arg_group_wins_second? )?
    | ne_client_group
    ;
cg_acl               : ACL arg_group_acl ;
cg_dns               : DNS arg_group_dns arg_group_dns_second? ;
cg_domain            : DOMAIN arg_group_domain ;
cg_include_local_lan : INCLUDE_LOCAL_LAN ;
cg_key               : KEY (NUM_0 | NUM_6)? arg_group_key ;
cg_max_logins        : MAX_LOGINS arg_group_max_logins ;
cg_max_users         : MAX_USERS arg_group_max_users ;
cg_netmask           : NETMASK arg_group_netmask ;
cg_pfs               : PFS ;
cg_pool              : POOL arg_group_pool ;
cg_save_password     : SAVE_PASSWORD ;
cg_wins              : WINS arg_group_wins arg_group_wins_second? ;

// ---- crypto dynamic-map and the map-wide crypto map lines -------------------------------------------------

cr_dynamic_map    : DYNAMIC_MAP arg_dynamic_map_name arg_dynamic_map_seq ;
cr_dynamic_map_no : DYNAMIC_MAP arg_dynamic_map_name arg_dynamic_map_seq? ;
// `crypto map NAME SEQ ipsec-isakmp dynamic DYN [discover]`
crypto_map_dynamic : DYNAMIC arg_dynamic_map_name DISCOVER? ;
cm_map_client
    : CLIENT ( AUTHENTICATION LIST arg_aaa_list_name | CONFIGURATION ADDRESS (INITIATE | RESPOND) ) ;
cm_map_client_no
    : CLIENT ( AUTHENTICATION LIST arg_aaa_list_name? | CONFIGURATION ADDRESS (INITIATE | RESPOND)? ) ;
cm_map_isakmp    : ISAKMP AUTHORIZATION LIST arg_aaa_list_name ;
cm_map_isakmp_no : ISAKMP AUTHORIZATION LIST arg_aaa_list_name? ;

shc_dynamic_map : DYNAMIC_MAP ( TAG arg_dynamic_map_name )? ;

arg_aaa_method_list   : WORD ;
arg_aaa_authz_list    : WORD ;
arg_local_pool_name   : WORD ;
arg_local_pool_first  : IPV4 ;
arg_local_pool_last   : IPV4 ;
arg_show_local_pool   : WORD ;
arg_client_group_name : WORD ;
arg_xauth_timeout     : INT ;
arg_group_acl         : INT | WORD ;
arg_group_dns         : IPV4 ;
arg_group_dns_second  : IPV4 ;
arg_group_domain      : WORD ;
arg_group_key         : WORD ;
arg_group_max_logins  : INT ;
arg_group_max_users   : INT ;
arg_group_netmask     : IPV4 ;
arg_group_pool        : WORD ;
arg_group_wins        : IPV4 ;
arg_group_wins_second : IPV4 ;
arg_dynamic_map_name  : WORD ;
arg_dynamic_map_seq   : INT ;

/*
 * The IOS command language: one entry rule per CLI mode, each parsing exactly one line.
 *
 * Conventions (they are what the help/abbreviation/completion engine relies on):
 *  - Each mode's entry rule is `<mode>_line` and ends with EOF. The CLI session chooses the rule.
 *  - LL(1) style: a rule consumes one keyword, then chooses among children with distinct first tokens.
 *    Rule names are path abbreviations (cis_ = crypto isakmp, cip_ = crypto ipsec, cm_ = crypto map
 *    sub-mode, isp_ = isakmp policy sub-mode, if_ = interface sub-mode, ex_ = exec, sh_ = show ...).
 *  - Every argument slot is its own `arg_*` rule holding one value token (INT, IPV4, WORD, LINE, IFNUM).
 *    Its IOS syntax (`<10-3600>`, `A.B.C.D`, `WORD`), range and help text live in help/help.properties.
 *  - `no` forms are their own `*_no` rules: IOS accepts shortened no-forms (`no crypto isakmp keepalive`).
 *  - No semantic predicates, no actions, no wildcards: the ATN must describe the language completely.
 *  - Interface-type keywords are the only capitalised literals (`FastEthernet`); the engine lets exactly
 *    those be glued to their number (`fa0/0`, `Loopback0`).
 *  - Where two alternatives differ only in an argument's range (`arg_acl_standard` / `arg_acl_extended`),
 *    the engine steers the parse tree by the ranges in help/help.properties.
 */
parser grammar IosParser;

options { tokenVocab = IosLexer; }

import Ios_common, Ios_exec, Ios_global, Ios_acl, Ios_system, Ios_crypto, Ios_profiles, Ios_server, Ios_interface, Ios_line, Ios_qos, Ios_not_emulated;

// ---- mode entry rules -------------------------------------------------------------------------

user_exec_line       : user_exec_command EOF ;
priv_exec_line       : priv_exec_command EOF ;
config_line          : global_command EOF
                     | NO global_no EOF
                     | DEFAULT global_default EOF
                     ;
isakmp_policy_line   : isakmp_policy_command EOF
                     | (NO | DEFAULT) isakmp_policy_no EOF
                     ;
transform_set_line   : transform_set_command EOF
                     | (NO | DEFAULT) transform_set_no EOF
                     ;
crypto_map_line      : crypto_map_command EOF
                     | (NO | DEFAULT) crypto_map_no EOF
                     ;
keyring_line         : keyring_command EOF
                     | (NO | DEFAULT) keyring_no EOF
                     ;
isakmp_profile_line  : isakmp_profile_command EOF
                     | (NO | DEFAULT) isakmp_profile_no EOF
                     ;
ipsec_profile_line   : ipsec_profile_command EOF
                     | (NO | DEFAULT) ipsec_profile_no EOF
                     ;
client_group_line    : client_group_command EOF
                     | (NO | DEFAULT) client_group_no EOF
                     ;
ezvpn_line           : ezvpn_command EOF
                     | NO ezvpn_no EOF
                     ;
interface_line       : interface_command EOF
                     | (NO | DEFAULT) interface_no EOF
                     ;
line_mode_line           : line_command EOF
                     | NO line_no EOF
                     ;
std_nacl_line        : std_nacl_command EOF
                     | NO std_nacl_no EOF
                     ;
ext_nacl_line        : ext_nacl_command EOF
                     | NO ext_nacl_no EOF
                     ;
route_map_line       : route_map_command EOF
                     | NO route_map_no EOF
                     ;
class_map_line       : class_map_command EOF
                     | NO class_map_no EOF
                     ;
policy_map_line      : policy_map_command EOF
                     | NO policy_map_no EOF
                     ;
policy_class_line    : policy_class_command EOF
                     | NO policy_class_no EOF
                     ;

/*
 * Keyrings, ISAKMP profiles and IPsec profiles: `crypto keyring`, `crypto isakmp profile`, `crypto ipsec
 * profile` and their sub-modes, the global `crypto isakmp identity|aggressive-mode|fragmentation` lines and
 * the show commands that list them. Rule prefixes: kr_ = (conf-keyring), ipf_ = (conf-isa-prof),
 * ipp_ = (ipsec-profile).
 */
parser grammar Ios_profiles;

options { tokenVocab = IosLexer; }

// ---- global lines -----------------------------------------------------------------------------

cr_keyring    : KEYRING arg_keyring_name ;
cis_profile   : PROFILE arg_isakmp_profile_name ;
cis_identity  : IDENTITY isakmp_identity_kind ;
cis_identity_no : IDENTITY isakmp_identity_kind? ;
isakmp_identity_kind : ADDRESS | DN | HOSTNAME ;
cis_aggressive_mode : AGGRESSIVE_MODE DISABLE ;
cis_fragmentation   : FRAGMENTATION ;
cip_profile   : PROFILE arg_ipsec_profile_name ;

// ---- (conf-keyring) ---------------------------------------------------------------------------

keyring_command
    : kr_description | cfg_do | cfg_end | cfg_exit | kr_local_address | kr_pre_shared_key
    ;
keyring_no
    : DESCRIPTION
    | LOCAL_ADDRESS profile_local_address?
    | PRE_SHARED_KEY kr_peer (KEY kr_key_string)?
    ;
kr_description    : DESCRIPTION arg_keyring_description ;
kr_local_address  : LOCAL_ADDRESS profile_local_address ;
kr_pre_shared_key : PRE_SHARED_KEY kr_peer KEY kr_key_string ;
kr_peer
    : ADDRESS arg_keyring_peer_address arg_keyring_peer_mask?
    | HOSTNAME arg_keyring_peer_hostname
    ;
kr_key_string : (NUM_0 | NUM_6)? arg_keyring_key ;
profile_local_address : arg_interface_ref | arg_profile_local_ip ;

// ---- (conf-isa-prof) --------------------------------------------------------------------------

isakmp_profile_command
    : ipf_client | ipf_description | cfg_do | cfg_end | cfg_exit | ipf_initiate | ipf_isakmp | ipf_keepalive
    | ipf_keyring | ipf_local_address | ipf_match | ipf_self_identity | ipf_virtual_template
    ;
isakmp_profile_no
    : CLIENT ( AUTHENTICATION LIST arg_aaa_list_name? | CONFIGURATION ( ADDRESS (INITIATE | RESPOND)? | GROUP arg_identity_group? ) )
    | DESCRIPTION
    | INITIATE MODE AGGRESSIVE
    | ISAKMP AUTHORIZATION LIST arg_aaa_list_name?
    | KEEPALIVE
    | KEYRING arg_keyring_name?
    | LOCAL_ADDRESS
    | MATCH IDENTITY ipf_identity
    | SELF_IDENTITY
    | VIRTUAL_TEMPLATE arg_virtual_template?
    ;
ipf_client
    : CLIENT ( AUTHENTICATION LIST arg_aaa_list_name | CONFIGURATION ( ADDRESS (INITIATE | RESPOND) | GROUP arg_identity_group ) )
    ;
ipf_description   : DESCRIPTION arg_profile_description ;
ipf_initiate      : INITIATE MODE AGGRESSIVE ;
ipf_isakmp        : ISAKMP AUTHORIZATION LIST arg_aaa_list_name ;
ipf_keepalive     : KEEPALIVE arg_keepalive_seconds RETRY arg_keepalive_retry ;
ipf_keyring       : KEYRING arg_keyring_name ;
ipf_local_address : LOCAL_ADDRESS profile_local_address ;
ipf_match         : MATCH IDENTITY ipf_identity ;
ipf_identity
    : ADDRESS arg_identity_address arg_identity_mask?
    | GROUP arg_identity_group
    | HOST arg_identity_host
    ;
ipf_virtual_template : VIRTUAL_TEMPLATE arg_virtual_template ;
ipf_self_identity : SELF_IDENTITY ( ADDRESS | FQDN | USER_FQDN arg_self_user_fqdn ) ;

// ---- (ipsec-profile) --------------------------------------------------------------------------

ipsec_profile_command
    : ipp_description | cfg_do | cfg_end | cfg_exit | ipp_responder_only | ipp_set
    ;
ipsec_profile_no
    : DESCRIPTION
    | RESPONDER_ONLY
    | SET ( TRANSFORM_SET | PFS | SECURITY_ASSOCIATION LIFETIME (SECONDS | KILOBYTES) | ISAKMP_PROFILE )
    ;
ipp_description    : DESCRIPTION arg_profile_description ;
ipp_responder_only : RESPONDER_ONLY ;
ipp_set
    : SET ( cms_transform_set | cms_pfs | ipp_security_association | cms_isakmp_profile )
    ;
ipp_security_association : SECURITY_ASSOCIATION sa_lifetime ;

// `set isakmp-profile NAME`, in crypto map entries and IPsec profiles
cms_isakmp_profile : ISAKMP_PROFILE arg_isakmp_profile_name ;

// ---- show -------------------------------------------------------------------------------------

shc_isakmp_profile : PROFILE ( TAG arg_isakmp_profile_name )? ;
shc_ipsec_profile  : PROFILE arg_ipsec_profile_name? ;

arg_keyring_name          : WORD ;
arg_keyring_description   : LINE ;
arg_profile_description   : LINE ;
arg_isakmp_profile_name   : WORD ;
arg_ipsec_profile_name    : WORD ;
arg_keyring_peer_address  : IPV4 ;
arg_keyring_peer_mask     : IPV4 ;
arg_keyring_peer_hostname : WORD ;
arg_keyring_key           : WORD ;
arg_profile_local_ip      : IPV4 ;
arg_aaa_list_name         : WORD ;
arg_identity_address      : IPV4 ;
arg_identity_mask         : IPV4 ;
arg_identity_group        : WORD ;
arg_identity_host         : WORD ;
arg_self_user_fqdn        : WORD ;
arg_virtual_template      : INT ;

/* crypto isakmp / crypto ipsec / crypto map, and the crypto sub-modes. */
parser grammar Ios_crypto;

options { tokenVocab = IosLexer; }

gc_crypto    : CRYPTO ( cr_dynamic_map | cr_isakmp | cr_ipsec | cr_map | cr_key | cr_keyring | cr_logging | ne_crypto ) ;
gc_crypto_no : CRYPTO ( cr_dynamic_map_no | cr_isakmp_no | cr_ipsec_no | cr_map_no | cr_key_no | cr_keyring | cr_logging | ne_crypto ) ;

cr_logging : LOGGING SESSION ;
cr_key     : KEY GENERATE RSA ( GENERAL_KEYS? MODULUS arg_rsa_modulus )? ;
cr_key_no  : KEY ZEROIZE RSA ;

// ---- crypto isakmp ----------------------------------------------------------------------------

cr_isakmp
    : ISAKMP ( cis_aggressive_mode | cis_client_group | cis_fragmentation | cis_identity | cis_policy | cis_key
             | cis_keepalive | cis_nat_keepalive | cis_invalid_spi_recovery | cis_profile | cis_xauth )
    ;
cr_isakmp_no
    : ISAKMP ( cis_aggressive_mode | cis_client_group | cis_fragmentation | cis_identity_no | cis_policy
             | cis_key_no | cis_keepalive_no | cis_nat_keepalive_no | cis_invalid_spi_recovery | cis_profile
             | cis_xauth_no )
    ;
cis_policy    : POLICY arg_isakmp_priority ;
cis_key       : KEY cis_key_string cis_key_peer NO_XAUTH? ;
cis_key_no    : KEY cis_key_string cis_key_peer? NO_XAUTH? ;
cis_key_string: (NUM_0 | NUM_6)? arg_isakmp_key ;
cis_key_peer
    : ADDRESS arg_isakmp_key_address arg_isakmp_key_mask?
    | HOSTNAME arg_isakmp_key_hostname
    ;
cis_keepalive    : KEEPALIVE arg_keepalive_seconds arg_keepalive_retry? keepalive_mode? ;
cis_keepalive_no : KEEPALIVE ( arg_keepalive_seconds arg_keepalive_retry? keepalive_mode? )? ;
keepalive_mode   : PERIODIC | ON_DEMAND ;
cis_nat_keepalive    : NAT KEEPALIVE arg_nat_keepalive_seconds ;
cis_nat_keepalive_no : NAT KEEPALIVE arg_nat_keepalive_seconds? ;
cis_invalid_spi_recovery : INVALID_SPI_RECOVERY ;

// (config-isakmp) sub-mode
isakmp_policy_command
    : isp_authentication | cfg_do | isp_encryption | cfg_end | cfg_exit | isp_group | isp_hash | isp_lifetime
    ;
isakmp_policy_no
    : AUTHENTICATION isakmp_auth_method?
    | (ENCRYPTION | ENCR) isakmp_cipher?
    | GROUP isakmp_dh_group?
    | HASH isakmp_hash?
    | LIFETIME arg_isakmp_lifetime?
    ;
isp_authentication : AUTHENTICATION isakmp_auth_method ;
isp_encryption     : (ENCRYPTION | ENCR) isakmp_cipher ;
isp_group          : GROUP isakmp_dh_group ;
isp_hash           : HASH isakmp_hash ;
isp_lifetime       : LIFETIME arg_isakmp_lifetime ;
isakmp_auth_method : PRE_SHARE | RSA_ENCR | RSA_SIG ;
isakmp_cipher      : DES | THREEDES | AES aes_key_size? ;
isakmp_dh_group    : NUM_1 | NUM_2 | NUM_5 | NUM_14 | NUM_15 | NUM_16 | NUM_19 | NUM_20 | NUM_21 | NUM_24 ;
isakmp_hash        : MD5 | SHA | SHA256 | SHA384 | SHA512 ;

// ---- crypto ipsec -----------------------------------------------------------------------------

cr_ipsec
    : IPSEC ( cip_client_ezvpn | cip_df_bit | cip_fragmentation | cip_nat_transparency | cip_profile
            | cip_security_association | cip_transform_set )
    ;
cr_ipsec_no
    : IPSEC ( cip_client_ezvpn | cip_df_bit_no | cip_fragmentation_no | cip_nat_transparency | cip_profile
            | cip_security_association_no | cip_transform_set_no )
    ;
cip_client_ezvpn      : CLIENT EZVPN arg_ezvpn_name ;
cip_df_bit            : DF_BIT df_bit_setting ;
cip_df_bit_no         : DF_BIT df_bit_setting? ;
cip_fragmentation     : FRAGMENTATION fragmentation_setting ;
cip_fragmentation_no  : FRAGMENTATION fragmentation_setting? ;
cip_nat_transparency  : NAT_TRANSPARENCY (UDP_ENCAPSULATION | SPI_MATCHING) ;
cip_security_association
    : SECURITY_ASSOCIATION ( sa_lifetime | sa_replay | sa_idle_time )
    ;
cip_security_association_no
    : SECURITY_ASSOCIATION ( LIFETIME (SECONDS | KILOBYTES)? | sa_replay | IDLE_TIME arg_sa_idle_time? DEFAULT? )
    ;
sa_lifetime  : LIFETIME ( SECONDS arg_sa_lifetime_seconds | KILOBYTES arg_sa_lifetime_kilobytes ) ;
sa_replay    : REPLAY ( WINDOW_SIZE replay_window_size? | DISABLE ) ;
sa_idle_time : IDLE_TIME arg_sa_idle_time DEFAULT? ;
cip_transform_set    : TRANSFORM_SET arg_transform_set_name transform transform? transform? ;
cip_transform_set_no : TRANSFORM_SET arg_transform_set_name ;
transform
    : AH_MD5_HMAC | AH_SHA_HMAC | AH_SHA256_HMAC | AH_SHA384_HMAC | AH_SHA512_HMAC | COMP_LZS
    | ESP_3DES | ESP_AES aes_key_size? | ESP_DES | ESP_GCM aes_key_size? | ESP_GMAC aes_key_size?
    | ESP_MD5_HMAC | ESP_NULL | ESP_SEAL | ESP_SHA_HMAC | ESP_SHA256_HMAC | ESP_SHA384_HMAC | ESP_SHA512_HMAC
    ;

// (cfg-crypto-trans) sub-mode
transform_set_command : tss_mode | cfg_do | cfg_end | cfg_exit ;
transform_set_no      : MODE (TUNNEL | TRANSPORT)? ;
tss_mode              : MODE (TUNNEL | TRANSPORT) ;

// ---- crypto map -------------------------------------------------------------------------------

cr_map    : MAP arg_crypto_map_name ( arg_crypto_map_seq crypto_map_type? | crypto_map_local_address | cm_map_client
                                    | cm_map_isakmp ) ;
cr_map_no : MAP arg_crypto_map_name ( arg_crypto_map_seq crypto_map_type? | crypto_map_local_address | cm_map_client_no
                                    | cm_map_isakmp_no )? ;
crypto_map_type : IPSEC_ISAKMP crypto_map_dynamic? | IPSEC_MANUAL ;
crypto_map_local_address : LOCAL_ADDRESS arg_interface_ref ;

// (config-crypto-map) sub-mode
crypto_map_command
    : cm_description | cfg_do | cfg_end | cfg_exit | cm_match | cm_reverse_route | cm_set | ne_crypto_map
    ;
crypto_map_no
    : DESCRIPTION
    | MATCH ADDRESS arg_match_acl?
    | REVERSE_ROUTE
    | SET ( PEER cm_peer_address? | TRANSFORM_SET | PFS | SECURITY_ASSOCIATION cm_sa_no | IP ACCESS_GROUP (arg_access_group_acl (IN | OUT)?)?
          | ISAKMP_PROFILE | ne_crypto_map_set )
    | ne_crypto_map
    ;
cm_sa_no : LIFETIME (SECONDS | KILOBYTES) | REPLAY (WINDOW_SIZE | DISABLE) | IDLE_TIME ;
cm_description   : DESCRIPTION arg_description ;
cm_match         : MATCH ADDRESS arg_match_acl ;
cm_reverse_route : REVERSE_ROUTE ( STATIC | REMOTE_PEER arg_rri_next_hop )? ;
cm_set
    : SET ( cms_peer | cms_transform_set | cms_pfs | cms_security_association | cms_ip_access_group
          | cms_isakmp_profile | ne_crypto_map_set )
    ;
cms_peer          : PEER cm_peer_address DEFAULT? ;
cm_peer_address   : arg_peer_address | arg_peer_hostname DYNAMIC? ;
cms_transform_set : TRANSFORM_SET arg_transform_set_name+ ;
cms_pfs           : PFS pfs_group? ;
pfs_group         : GROUP1 | GROUP14 | GROUP15 | GROUP16 | GROUP19 | GROUP2 | GROUP20 | GROUP21 | GROUP24 | GROUP5 ;
cms_security_association : SECURITY_ASSOCIATION ( sa_lifetime | sa_replay | sa_idle_time ) ;
cms_ip_access_group      : IP ACCESS_GROUP arg_access_group_acl (IN | OUT) ;

// ---- Easy VPN remote --------------------------------------------------------------------------

// (config-crypto-ezvpn) sub-mode
ezvpn_command
    : ez_acl | ez_backup | ez_connect | cfg_do | cfg_end | cfg_exit | ez_group | ez_idle_time | ez_local_address
    | ez_mode | ez_peer | ez_username | ez_virtual_interface | ez_xauth
    ;
ezvpn_no
    : ACL arg_ezvpn_acl?
    | BACKUP (arg_ezvpn_backup TRACK arg_ezvpn_track)?
    | CONNECT (AUTO | MANUAL | ACL arg_ezvpn_acl)?
    | GROUP (arg_ezvpn_group KEY arg_ezvpn_group_key)?
    | IDLE_TIME arg_ezvpn_idle_time?
    | LOCAL_ADDRESS arg_interface_ref?
    | MODE ez_mode_kind?
    | PEER ez_peer_address?
    | USERNAME (arg_username PASSWORD password_value)?
    | VIRTUAL_INTERFACE arg_ezvpn_virtual_interface?
    | XAUTH USERID MODE ez_xauth_mode?
    ;
ez_acl     : ACL arg_ezvpn_acl ;
ez_backup  : BACKUP arg_ezvpn_backup TRACK arg_ezvpn_track ;
ez_connect : CONNECT (AUTO | MANUAL | ACL arg_ezvpn_acl) ;
ez_group   : GROUP arg_ezvpn_group KEY arg_ezvpn_group_key ;
ez_idle_time : IDLE_TIME arg_ezvpn_idle_time ;
ez_local_address : LOCAL_ADDRESS arg_interface_ref ;
ez_mode    : MODE ez_mode_kind ;
ez_mode_kind : CLIENT | NETWORK_EXTENSION | NETWORK_PLUS ;
ez_peer    : PEER ez_peer_address DEFAULT? ;
ez_peer_address : arg_ezvpn_peer_address | arg_ezvpn_peer_hostname ;
ez_username : USERNAME arg_username PASSWORD password_value ;
ez_virtual_interface : VIRTUAL_INTERFACE arg_ezvpn_virtual_interface? ;
ez_xauth   : XAUTH USERID MODE ez_xauth_mode ;
ez_xauth_mode : HTTP_INTERCEPT | INTERACTIVE | LOCAL ;

arg_rsa_modulus              : INT ;
arg_isakmp_priority          : INT ;
arg_isakmp_key               : WORD ;
arg_isakmp_key_address       : IPV4 ;
arg_isakmp_key_mask          : IPV4 ;
arg_isakmp_key_hostname      : HOST_NAME ;
arg_keepalive_seconds        : INT ;
arg_keepalive_retry          : INT ;
arg_nat_keepalive_seconds    : INT ;
arg_isakmp_lifetime          : INT ;
arg_ezvpn_name               : WORD ;
arg_sa_lifetime_seconds      : INT ;
arg_sa_lifetime_kilobytes    : INT ;
arg_sa_idle_time             : INT ;
arg_transform_set_name       : WORD ;
arg_crypto_map_name          : WORD ;
arg_crypto_map_seq           : INT ;
arg_match_acl                : INT | WORD ;
arg_access_group_acl         : INT | WORD ;
arg_peer_address             : IPV4 ;
arg_rri_next_hop             : IPV4 ;
arg_peer_hostname            : HOST_NAME ;
arg_ezvpn_group              : WORD ;
arg_ezvpn_group_key          : WORD ;
arg_ezvpn_peer_address       : IPV4 ;
arg_ezvpn_peer_hostname      : HOST_NAME ;
arg_ezvpn_acl                : INT | WORD ;
arg_ezvpn_backup             : WORD ;
arg_ezvpn_track              : INT ;
arg_ezvpn_idle_time          : INT ;
arg_ezvpn_virtual_interface  : INT ;

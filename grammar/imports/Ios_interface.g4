/* (config-if) sub-mode. */
parser grammar Ios_interface;

options { tokenVocab = IosLexer; }

interface_command
    : if_crypto | if_description | cfg_do | if_duplex | cfg_end | cfg_exit | if_full_duplex | if_half_duplex
    | if_ip | qos_pre_classify | if_service_policy | if_shutdown | if_speed | ne_interface
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
    | SHUTDOWN
    | SPEED
    | ne_interface
    | IP ne_interface_ip
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
if_ip            : IP ( ADDRESS ( arg_if_address arg_if_mask SECONDARY? | ne_interface_ip_address ) | ne_interface_ip ) ;
if_shutdown      : SHUTDOWN ;
if_speed         : SPEED (NUM_10 | NUM_100 | NUM_1000 | AUTO) ;

arg_if_address : IPV4 ;
arg_if_mask    : IPV4 ;

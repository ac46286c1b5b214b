/* Rules shared by several modes. */
parser grammar Ios_common;

options { tokenVocab = IosLexer; }

// Available in every configuration mode.
cfg_do   : DO priv_exec_command ;
cfg_end  : END ;
cfg_exit : EXIT ;

// Interface names: a type keyword and a number (`FastEthernet0`, `fa0/1`, `Loopback 0`).
arg_interface_ref : interface_type arg_interface_number ;
interface_type
    : IF_DIALER | IF_ETHERNET | IF_FASTETHERNET | IF_GIGABITETHERNET | IF_LOOPBACK | IF_SERIAL | IF_TUNNEL
    | IF_VIRTUAL_TEMPLATE
    ;
arg_interface_number : IFNUM | INT ;

aes_key_size : NUM_128 | NUM_192 | NUM_256 ;
replay_window_size : NUM_64 | NUM_128 | NUM_256 | NUM_512 | NUM_1024 ;
df_bit_setting : CLEAR | SET | COPY ;
fragmentation_setting : BEFORE_ENCRYPTION | AFTER_ENCRYPTION ;

// Secrets: `secret [0] CLEAR`, `secret 5|8|9 HASH`; passwords: `password [0] CLEAR`, `password 7 HASH`.
secret_value
    : NUM_0? arg_secret_clear
    | (NUM_5 | NUM_8 | NUM_9) arg_secret_hashed
    ;
secret_algorithm : MD5 | SHA256 | SCRYPT ;
password_value
    : NUM_0? arg_password_clear
    | NUM_7 arg_password_encrypted
    ;
arg_secret_clear       : WORD ;
arg_secret_hashed      : WORD ;
arg_password_clear     : WORD ;
arg_password_encrypted : WORD ;
arg_description        : LINE ;

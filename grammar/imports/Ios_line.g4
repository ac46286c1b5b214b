/* (config-line) sub-mode: console and vty lines. */
parser grammar Ios_line;

options { tokenVocab = IosLexer; }

line_command
    : cfg_do | cfg_end | ln_exec_timeout | cfg_exit | ln_login | ln_password | ln_privilege | ln_transport
    ;
line_no
    : EXEC_TIMEOUT
    | LOGIN LOCAL?
    | PASSWORD
    | PRIVILEGE LEVEL
    | TRANSPORT INPUT
    ;
ln_exec_timeout : EXEC_TIMEOUT arg_exec_timeout_minutes arg_exec_timeout_seconds? ;
ln_login        : LOGIN LOCAL? ;
ln_password     : PASSWORD password_value ;
ln_privilege    : PRIVILEGE LEVEL arg_privilege_level ;
ln_transport    : TRANSPORT INPUT ( ALL | NONE | transport_protocol+ ) ;
transport_protocol : SSH | TELNET ;

arg_exec_timeout_minutes : INT ;
arg_exec_timeout_seconds : INT ;

/* (config-line) sub-mode: console, aux and vty lines. */
parser grammar Ios_line;

options { tokenVocab = IosLexer; }

line_command
    : cfg_do | cfg_end | ln_exec_timeout | cfg_exit | ln_history | ln_length | ln_logging | ln_login | ln_password
    | ln_privilege | ln_stopbits | ln_transport | ln_width | ne_line
    ;
line_no
    : EXEC_TIMEOUT
    | HISTORY SIZE
    | LENGTH
    | LOGGING SYNCHRONOUS
    | LOGIN LOCAL?
    | PASSWORD
    | PRIVILEGE LEVEL
    | STOPBITS
    | TRANSPORT INPUT
    | WIDTH
    | ne_line
    | TRANSPORT ne_line_transport
    ;
ln_exec_timeout : EXEC_TIMEOUT arg_exec_timeout_minutes arg_exec_timeout_seconds? ;
ln_history      : HISTORY SIZE arg_history_size ;
ln_length       : LENGTH arg_line_length ;
ln_logging      : LOGGING SYNCHRONOUS ;
ln_login        : LOGIN LOCAL? ;
ln_password     : PASSWORD password_value ;
ln_privilege    : PRIVILEGE LEVEL arg_privilege_level ;
ln_stopbits     : STOPBITS ( NUM_1 | NUM_1_5 | NUM_2 ) ;
ln_transport    : TRANSPORT ( INPUT ( ALL | NONE | transport_protocol+ ) | ne_line_transport ) ;
ln_width        : WIDTH arg_line_width ;
transport_protocol : SSH | TELNET ;

arg_exec_timeout_minutes : INT ;
arg_exec_timeout_seconds : INT ;
arg_history_size         : INT ;
arg_line_length          : INT ;
arg_line_width           : INT ;

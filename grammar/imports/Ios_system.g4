/*
 * Global system services: AAA, banners, clock and NTP, logging, SNMP communities, the IP/IPv6 forwarding
 * switches and the `version` line. Kept apart from Ios_global so each area's rules live together.
 */
parser grammar Ios_system;

options { tokenVocab = IosLexer; }

gc_aaa    : AAA ( NEW_MODEL | aaa_authentication | aaa_authorization | aaa_session_id | ne_aaa ) ;
gc_aaa_no : AAA ( NEW_MODEL | aaa_authentication_no | aaa_authorization_no | aaa_session_id_no | ne_aaa ) ;

// The text (from the delimiter on) is the rest of the line; the handler finds the delimiter and may read
// further lines until it comes back, as IOS does.
gc_banner    : BANNER banner_kind arg_banner_text ;
gc_banner_no : BANNER banner_kind ;
banner_kind  : EXEC | LOGIN | MOTD ;

gc_clock    : CLOCK ( clk_timezone | clk_summer_time ) ;
gc_clock_no : CLOCK ( TIMEZONE (arg_timezone_name (arg_timezone_hours arg_timezone_minutes?)?)?
                    | SUMMER_TIME (arg_summer_time_name RECURRING?)? ) ;
clk_timezone    : TIMEZONE arg_timezone_name arg_timezone_hours arg_timezone_minutes? ;
clk_summer_time : SUMMER_TIME arg_summer_time_name RECURRING ;

gc_logging    : LOGGING ( arg_logging_host | HOST arg_logging_host | lg_buffered | lg_console ) ;
gc_logging_no : LOGGING ( arg_logging_host | HOST arg_logging_host | lg_buffered | lg_console ) ;
// Two number slots with disjoint ranges: a severity <0-7> alone, or a buffer size and then a level.
lg_buffered   : BUFFERED ( arg_logging_severity | arg_logging_buffer_size logging_level? | logging_level_name )? ;
lg_console    : CONSOLE logging_level? ;
logging_level : arg_logging_severity | logging_level_name ;
logging_level_name
    : ALERTS | CRITICAL | DEBUGGING | EMERGENCIES | ERRORS | INFORMATIONAL | NOTIFICATIONS | WARNINGS ;

gc_ntp    : NTP ntp_server ;
gc_ntp_no : NTP ntp_server ;
ntp_server : SERVER arg_ntp_server PREFER? ;

gc_snmp    : SNMP_SERVER snmp_community ;
gc_snmp_no : SNMP_SERVER snmp_community ;
snmp_community : COMMUNITY arg_snmp_community (RO | RW)? ;

gc_ipv6    : IPV6 ( CEF | ne_ipv6 ) ;
gc_ipv6_no : IPV6 ( CEF | ne_ipv6 ) ;

// `version 15.2` heads every pasted show run; IOS keeps its own image's version (hidden keyword).
gc_version : VERSION arg_config_version ;

// `ip ...` switches, referenced from gc_ip / gc_ip_no.
ip_cef         : CEF ;
ip_classless   : CLASSLESS ;
ip_subnet_zero : SUBNET_ZERO ;
ip_tcp         : TCP SYNWAIT_TIME arg_tcp_synwait_time ;
ip_tcp_no      : TCP SYNWAIT_TIME arg_tcp_synwait_time? ;

arg_banner_text         : LINE ;
arg_timezone_name       : WORD ;
arg_timezone_hours      : INT ;
arg_timezone_minutes    : INT ;
arg_summer_time_name    : WORD ;
arg_logging_host        : IPV4 ;
arg_logging_severity    : INT ;
arg_logging_buffer_size : INT ;
arg_ntp_server          : IPV4 ;
arg_snmp_community      : WORD ;
arg_config_version      : WORD ;
arg_tcp_synwait_time    : INT ;

/* The modular QoS CLI that LLQ needs: class-maps, policy-maps (priority, bandwidth, fair-queue), their shows. */
parser grammar Ios_qos;

options { tokenVocab = IosLexer; }

// ---- global configuration: enter (config-cmap) / (config-pmap) ----
gc_class_map     : CLASS_MAP ( MATCH_ALL | MATCH_ANY )? arg_class_map_name ;
gc_class_map_no  : CLASS_MAP ( MATCH_ALL | MATCH_ANY )? arg_class_map_name ;
gc_policy_map    : POLICY_MAP arg_policy_map_name ;
gc_policy_map_no : POLICY_MAP arg_policy_map_name ;

// ---- (config-cmap) ----
class_map_command : cfg_do | cfg_end | cfg_exit | cmap_match ;
class_map_no      : MATCH cmap_criterion ;
cmap_match        : MATCH cmap_criterion ;
cmap_criterion
    : ACCESS_GROUP ( arg_cmap_acl_number | NAME arg_cmap_acl_name )
    | IP ( DSCP arg_cmap_dscp+ | PRECEDENCE arg_cmap_precedence+ )
    ;

// ---- (config-pmap): `class NAME` (or class-default) enters (config-pmap-c) ----
policy_map_command : cfg_do | cfg_end | cfg_exit | pmap_class ;
policy_map_no      : CLASS arg_pmap_class_name ;
pmap_class         : CLASS arg_pmap_class_name ;

// ---- (config-pmap-c) ----
policy_class_command : cfg_do | cfg_end | cfg_exit | pmc_priority | pmc_bandwidth | pmc_fair_queue ;
policy_class_no      : PRIORITY | BANDWIDTH | FAIR_QUEUE ;
pmc_priority         : PRIORITY arg_pmc_priority_kbps ;
pmc_bandwidth        : BANDWIDTH arg_pmc_bandwidth_kbps ;
pmc_fair_queue       : FAIR_QUEUE ;

// ---- interface and crypto map lines ----
if_service_policy    : SERVICE_POLICY OUTPUT arg_service_policy_name ;
if_service_policy_no : SERVICE_POLICY OUTPUT arg_service_policy_name? ;
qos_pre_classify     : QOS PRE_CLASSIFY ;

// ---- show ----
sh_class_map  : CLASS_MAP arg_class_map_name? ;
sh_policy_map : POLICY_MAP ( INTERFACE arg_interface_ref | arg_policy_map_name )? ;

arg_class_map_name      : WORD ;
arg_policy_map_name     : WORD ;
arg_cmap_acl_number     : INT ;
arg_cmap_acl_name       : WORD ;
arg_cmap_dscp           : INT | WORD ;
arg_cmap_precedence     : INT | WORD ;
arg_pmap_class_name     : WORD ;
arg_pmc_priority_kbps   : INT ;
arg_pmc_bandwidth_kbps  : INT ;
arg_service_policy_name : WORD ;

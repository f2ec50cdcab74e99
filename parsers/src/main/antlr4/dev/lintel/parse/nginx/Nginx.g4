/*
 * nginx configuration syntax (the tokens are in NginxLexer.g4). The parser class is named
 * Nginx, not NginxParser, which is the public entry point of this package.
 */
parser grammar Nginx;

options {
    tokenVocab = NginxLexer;
}

config
    : directive* EOF
    ;

directive
    : value+ (SEMI | block)
    ;

block
    : LBRACE directive* RBRACE
    ;

value
    : WORD
    | DQ_STRING
    | SQ_STRING
    ;

/*
 * nginx tokens, following the tokenizer of nginx itself:
 * a word ends at whitespace, ';' or '{' (but "${" keeps going), '}' only ends a block when it
 * starts a token, '#' only starts a comment when it starts a token, a backslash takes the next
 * character literally, and quotes only open a string at the start of a token.
 */
lexer grammar NginxLexer;

LBRACE : '{' ;
RBRACE : '}' ;
SEMI   : ';' ;

DQ_STRING : '"' (ESC | ~["\\])* '"' ;
SQ_STRING : '\'' (ESC | ~['\\])* '\'' ;

// A quote that is never closed: matched to the end of input so the error is reported once,
// at the opening quote (NginxParser turns these tokens into a PARSE_ERROR).
DQ_OPEN : '"' (ESC | ~["\\])* '\\'? ;
SQ_OPEN : '\'' (ESC | ~['\\])* '\\'? ;

COMMENT : '#' ~[\n]* -> channel(HIDDEN) ;
WS      : [ \t\r\n]+ -> channel(HIDDEN) ;

WORD : (ESC | VAR_OPEN | ~[ \t\r\n;{}"'#\\]) (ESC | VAR_OPEN | ~[ \t\r\n;{\\])* ;

fragment ESC      : '\\' . ;
fragment VAR_OPEN : '$' '{' ;

package dev.lintel.rules.testing;

/** An expected finding written in a fixture: rule id on a line, optionally an exact message. */
record Marker(int line, String ruleId, String message) {}

package dev.byline.yaml;

import dev.byline.diag.Position;

/** A value read from YAML, with where it was written, so later stages can point at it. */
public record Located<T>(T value, Position position) {
}

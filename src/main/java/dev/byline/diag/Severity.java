package dev.byline.diag;

/** How bad a {@link Diagnostic} is: errors stop the build, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

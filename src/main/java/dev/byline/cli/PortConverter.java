package dev.byline.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --port}: a TCP port, 1 to 65535, or 0 for any free one; anything else is a usage error, said plainly. */
final class PortConverter implements ITypeConverter<Integer> {

    private static final int HIGHEST = 65535;

    @Override
    public Integer convert(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= HIGHEST) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // said below, as for a number out of range
        }
        throw new TypeConversionException(value + " is not a port: give a number from 1 to " + HIGHEST
                + ", or 0 for any free port");
    }
}

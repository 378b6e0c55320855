// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

import java.util.Objects;

/**
 * A part the host plugged into Caseload failed with an exception of its own (not a
 * {@link CaseloadException}), or broke its contract, for example by returning null. The original
 * exception is the {@link #getCause() cause}; {@link #part()} and the {@link #code()} name the part.
 *
 * <p>A {@link CaseloadException} a host part throws on purpose (a {@link ConfigurationException}
 * from a form provider, a {@link ConcurrentModificationException} from a store) is not wrapped: it
 * reaches the caller unchanged.
 */
public class HostPartException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    /** The parts a host plugs in, each with the stable code of its failures. */
    public enum Part {
        IDENTITY_PROVIDER(ErrorCode.IDENTITY_PROVIDER_FAILED),
        FORM_PROVIDER(ErrorCode.FORM_PROVIDER_FAILED),
        NOTIFIER(ErrorCode.NOTIFIER_FAILED),
        SUPPORT_CHANNEL(ErrorCode.SUPPORT_CHANNEL_FAILED),
        HELP_CONTENT_SOURCE(ErrorCode.HELP_CONTENT_SOURCE_FAILED),
        STORAGE(ErrorCode.STORAGE_ADAPTER_FAILED);

        private final ErrorCode code;

        Part(ErrorCode code) {
            this.code = code;
        }

        /** The code of a failure of this part. */
        public ErrorCode code() {
            return code;
        }
    }

    private final Part part;

    /**
     * @param part    the part that failed; required
     * @param message what Caseload asked of it and what went wrong, such as
     *                {@code "FormProvider.form failed with java.io.UncheckedIOException"}; never the
     *                cause's own message, which may quote the data the part was handed
     * @param cause   what it threw; null when it broke its contract without throwing
     */
    public HostPartException(Part part, String message, Throwable cause) {
        super(Objects.requireNonNull(part, "part").code(), message, cause);
        this.part = part;
    }

    /** The part that failed. */
    public Part part() {
        return part;
    }
}

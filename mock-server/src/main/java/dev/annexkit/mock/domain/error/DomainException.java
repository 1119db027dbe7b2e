package dev.annexkit.mock.domain.error;

/**
 * Root of every broken business rule in the loyalty domain.
 *
 * <p>Unchecked, because a rule violation is an expected outcome the HTTP adapter turns into an error response,
 * not something callers recover from locally. Each subclass names exactly one rule so the adapter can map it to a
 * status code and error code without parsing messages. A command that throws one of these has changed nothing.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}

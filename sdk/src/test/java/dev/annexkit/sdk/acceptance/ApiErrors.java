package dev.annexkit.sdk.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.annexkit.sdk.errors.AnnexCloudException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the SDK exception a call must throw, typed, so a test can look at its status and code. */
final class ApiErrors {

    private ApiErrors() {
    }

    static <E extends AnnexCloudException> E thrownBy(Class<E> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        return type.cast(thrown);
    }

    /** The call fails with this exception type, HTTP status and Annex Cloud error code. */
    static <E extends AnnexCloudException> E assertApiError(Class<E> type, int status, String code,
                                                            ThrowingCallable call) {
        E e = thrownBy(type, call);
        assertThat(e.httpStatus()).as("HTTP status of %s", e.rawBody()).isEqualTo(status);
        assertThat(e.errorCode()).as("errorCode of %s", e.rawBody()).isEqualTo(code);
        return e;
    }
}

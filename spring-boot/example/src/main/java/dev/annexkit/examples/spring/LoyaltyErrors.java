package dev.annexkit.examples.spring;

import dev.annexkit.sdk.errors.AnnexCloudException;
import dev.annexkit.sdk.errors.ConflictException;
import dev.annexkit.sdk.errors.InvalidRequestException;
import dev.annexkit.sdk.errors.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Annex Cloud's refusals as this service's answers: a loyalty rule (not enough points, reward not live) is the
 * shopper's problem (422), an unknown member 404, a resubmitted checkout 409; anything else is ours (502).
 */
@RestControllerAdvice
public class LoyaltyErrors {

    @ExceptionHandler(AnnexCloudException.class)
    public ProblemDetail refused(AnnexCloudException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusFor(e), e.errorMessage());
        problem.setProperty("errorCode", e.errorCode());
        return problem;
    }

    private static HttpStatus statusFor(AnnexCloudException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof InvalidRequestException) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        return HttpStatus.BAD_GATEWAY;
    }
}

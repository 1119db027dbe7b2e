package dev.annexkit.mock.wiremock;

import dev.annexkit.mock.MockCredentials;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.mock.domain.LoyaltyProgram;
import dev.annexkit.mock.wiremock.auth.AnnexRequestAuthenticator;
import dev.annexkit.mock.wiremock.http.OperationHandler;
import dev.annexkit.mock.wiremock.route.RouteTable;
import dev.annexkit.mock.wiremock.tolerance.ToleranceStage;
import dev.annexkit.mock.wiremock.tolerance.TolerationLog;
import dev.annexkit.mock.wiremock.validation.ContractValidator;
import dev.annexkit.mock.wiremock.validation.ContractViolations;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the WireMock extensions share for the life of one server: the contract's routes, the handlers, the
 * site's credentials, the current loyalty program (replaced wholesale on reset), how strictly traffic is
 * held to the contract, and what real clients' deviations are tolerated (and the record of them).
 */
public record MockRuntime(
        String basePath,
        RouteTable routes,
        Map<String, OperationHandler> handlers,
        MockCredentials credentials,
        AnnexRequestAuthenticator authenticator,
        Supplier<LoyaltyProgram> programs,
        ValidationMode validation,
        ContractValidator contract,
        ContractViolations violations,
        ToleranceStage tolerance,
        TolerationLog tolerations) {

    /** A runtime with the packaged spec's tolerance stage and a log of its own. */
    public MockRuntime(String basePath, RouteTable routes, Map<String, OperationHandler> handlers,
                       MockCredentials credentials, AnnexRequestAuthenticator authenticator,
                       Supplier<LoyaltyProgram> programs, ValidationMode validation, ContractValidator contract,
                       ContractViolations violations) {
        this(basePath, routes, handlers, credentials, authenticator, programs, validation, contract, violations,
                ToleranceStage.packaged(), new TolerationLog());
    }

    /** The program requests are served from right now. */
    public LoyaltyProgram program() {
        return programs.get();
    }
}

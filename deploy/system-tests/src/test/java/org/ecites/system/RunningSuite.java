package org.ecites.system;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.Map;
import org.ecites.stack.Ports;
import org.ecites.stack.Suite;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The five packaged services with PostgreSQL, Kafka and Keycloak, started once for every system test of
 * this JVM (they take minutes to start) and stopped when the last one is done.
 */
public class RunningSuite implements BeforeAllCallback {

    private static Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RunningSuite.class,
                key -> {
                    suite = Suite.start(Path.of(System.getProperty("ecites.repo.root", "../..")).toAbsolutePath()
                            .normalize(), Ports.anyFree());
                    return new Stopper();
                });
    }

    /** Closed by JUnit when the last test of the JVM is done (the older and the newer way of asking). */
    private static final class Stopper implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        @Override
        public void close() {
            suite.close();
        }
    }

    static Suite suite() {
        return suite;
    }

    /** An access token from the real Keycloak for a demo user of the realm (password = user name). */
    static String token(String user) {
        return token(user, user);
    }

    static String token(String user, String password) {
        return login(user, password).then().statusCode(200).extract().path("access_token");
    }

    /** Keycloak's answer to a password login: a token, or the refusal of a disabled or unknown account. */
    static Response login(String user, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "ecites-web",
                        "username", user, "password", password))
                .post(suite.keycloak().tokenUrl());
    }
}

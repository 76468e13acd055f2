package care.alliance.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The head of the OpenAPI description springdoc serves at {@code /v3/api-docs}: every call carries a
 * bearer token issued to an integration (api.md "Authentication"). The paths come from the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI allianceApi() {
        return new OpenAPI()
                .info(new Info().title("Alliance integration API").version("v1")
                        .description("How the digital programme and other systems talk to Alliance. Errors are "
                                + "RFC 9457 application/problem+json; validation problems list each field in "
                                + "`errors`. Times are ISO-8601 instants with an offset, dates YYYY-MM-DD."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A token issued to an integration by an administrator; it carries scopes.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}

package care.alliance.shared.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The head of the OpenAPI description springdoc serves at {@code /v3/api-docs}: every call carries a
 * bearer token issued to an integration (api.md "Authentication") and may be refused with a problem
 * (api.md "Errors"). The paths come from the controllers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI allianceApi() {
        return new OpenAPI()
                .info(new Info().title("Alliance integration API").version("v1")
                        .description("How the digital programme and other systems talk to Alliance. Errors are "
                                + "RFC 9457 application/problem+json; validation problems list each field in "
                                + "`errors`. Times are ISO-8601 instants with an offset, dates YYYY-MM-DD."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A token issued to an integration by an administrator; it carries "
                                        + "scopes."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Answers are JSON whatever the Accept header, and every operation may be refused with a problem. */
    @Bean
    OpenApiCustomizer apiProblemsInDescription() {
        ApiResponse refused = new ApiResponse()
                .description("Refused, nothing written: 400 invalid (each field in errors), 401 no or unknown "
                        + "token, 403 token lacks the scope, 404, 409 conflicts with what is stored, 413 body over "
                        + "1 MiB, 415 not JSON, 422 refers to something unknown or impossible")
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            operation.getResponses().values().forEach(response -> {
                Content content = response.getContent();
                if (content != null && content.containsKey("*/*")) {
                    content.addMediaType("application/json", content.remove("*/*"));
                }
            });
            operation.getResponses().addApiResponse("4XX", refused);
        }));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldProblem));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}

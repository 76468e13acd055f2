package care.alliance.security.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import care.alliance.security.ApiClient;

/**
 * Bearer-token authentication for /api/**. A missing token leaves the request anonymous (the chain
 * answers 401); a present but unknown or revoked token is answered 401 at once. Nothing is stored in
 * a session: the context lives for this request only.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts;

    ApiTokenFilter(ApiTokens tokens, ProblemResponses problems, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.problems = problems;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClient> client = tokens.authenticate(header.substring(PREFIX.length()).trim());
        if (client.isEmpty()) {
            problems.unauthorized(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        var authorities = client.get().scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList();
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null, authorities));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}

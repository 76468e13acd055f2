package care.alliance.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests for static framework files (/VAADIN/...) and API calls (/api/..., stateless by contract)
 * never get a new HTTP session. Real files are
 * served without one anyway; an unknown path would otherwise fall through to the UI servlet, which
 * creates a session for anyone who asks: free memory for an anonymous client, and a session id to play with.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoSessionForStaticRequests extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/push")) {
            return true; // server push rides on the user's existing session; leave its upgrade alone
        }
        return !(path.equals("/VAADIN") || path.startsWith("/VAADIN/") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public HttpSession getSession(boolean create) {
                return super.getSession(false); // an existing session is fine; a new one is not made
            }
        }, response);
    }
}

package eu.flightclaim.console.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of a view that cannot be restored (the session ended, or a form posted from
 * elsewhere without this session's view state): a redirect to the login page that says the session
 * ended. A redirect, not the login page itself: a Faces page rendered inside an error dispatch has
 * no PrimeFaces CSP nonce and fails.
 */
@WebServlet("/session-ended")
public class SessionEndedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?expired=true");
    }
}

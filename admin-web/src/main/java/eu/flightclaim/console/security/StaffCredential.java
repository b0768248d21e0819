package eu.flightclaim.console.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Email and password as the login form sends them, with the TOTP code when the account uses one. */
public class StaffCredential extends UsernamePasswordCredential {

    private final String totp;

    public StaffCredential(String email, String password, String totp) {
        super(email, password);
        this.totp = totp;
    }

    public String getTotp() {
        return totp;
    }
}

package eu.flightclaim.claims.domain.model.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use code for a lost authenticator; only its SHA-256 is kept. Spent by the repository. */
@Entity
@Table(name = "staff_recovery_code")
public class StaffRecoveryCode {

    @Id
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "staff_account_id", nullable = false)
    private long staffAccountId;

    protected StaffRecoveryCode() {
    }

    public StaffRecoveryCode(String codeHash, long staffAccountId) {
        this.codeHash = codeHash;
        this.staffAccountId = staffAccountId;
    }
}

package eu.flightclaim.api;

import eu.flightclaim.claims.domain.model.compensation.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money as the API writes it: the amount as a decimal string, and an ISO 4217 currency. */
@Schema(name = "Money")
public class MoneyDto {

    @Schema(description = "Decimal amount as a string", example = "400.00", required = true)
    public String amount;
    @Schema(description = "ISO 4217 code", example = "EUR", required = true)
    public String currency;

    public static MoneyDto of(Money money) {
        if (money == null) {
            return null;
        }
        MoneyDto dto = new MoneyDto();
        dto.amount = money.amount().toPlainString();
        dto.currency = money.currency();
        return dto;
    }
}

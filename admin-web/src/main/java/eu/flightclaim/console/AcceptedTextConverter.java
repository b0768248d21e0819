package eu.flightclaim.console;

import eu.flightclaim.claims.domain.model.text.AcceptedText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text typed into the console (inputs, URL parameters of the claims list) passes the
 * product's one rule of {@link AcceptedText}: a by-type converter for {@code String}, which Faces
 * and PrimeFaces apply to every String-valued input. Text areas may hold line breaks. A refused value
 * is a message next to its field (and in the growl); nothing reaches a service.
 */
@FacesConverter(forClass = String.class)
public class AcceptedTextConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        AcceptedText.Lines lines = component instanceof HtmlInputTextarea ? AcceptedText.Lines.MULTI
                : AcceptedText.Lines.SINGLE;
        AcceptedText.refusal(value, lines).ifPresent(why -> {
            Object label = component.getAttributes().get("label");
            String text = (label == null ? "This field" : label) + " " + why + ".";
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
            context.addMessage(null, message); // the growl too: filters and URL parameters have no message of their own
            throw new ConverterException(message);
        });
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        // also asked for the options of a String-valued menu, whose values may be ids or enums
        return value == null ? "" : value.toString();
    }
}

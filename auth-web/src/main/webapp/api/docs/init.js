// Swagger UI over our OpenAPI document; "Authorize" takes a bearer token (see the README).
// Deep links are off: Swagger UI draws each one as a link inside the operation's button (a control
// inside a control, unreachable for screen readers and 19 px high).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi',
    dom_id: '#swagger-ui',
    deepLinking: false,
    persistAuthorization: false,
    syntaxHighlight: { theme: 'idea' }
  });
  // Swagger UI leaves controls without a name (the server menu; in "Try it out" a parameter's value, the
  // example menu, the request body, a file, the copy buttons; the dialogs' close): name them as drawn
  function labelled(field) {
    // a label that only wraps the field (Swagger UI's server menu) names nothing
    return Array.prototype.some.call(field.labels || [], function (label) {
      return label.textContent.replace(field.textContent, '').trim() !== '';
    });
  }
  function name(css, label) {
    document.querySelectorAll('#swagger-ui ' + css).forEach(function (field) {
      if (!field.hasAttribute('aria-label') && !labelled(field)) {
        field.setAttribute('aria-label', label(field));
      }
    });
  }
  new MutationObserver(function () {
    name('tr[data-param-name] :is(input, select, textarea)', function (field) {
      return field.closest('tr').getAttribute('data-param-name');
    });
    name('select.examples-select-element', function () { return 'Example'; });
    name('.body-param textarea', function () { return 'Request body'; });
    name('input[type=file]', function () { return 'File to send'; });
    name('button.close-modal', function () { return 'Close'; });
    name('.copy-to-clipboard button', function () { return 'Copy to the clipboard'; });
    name('select#servers', function () { return 'Server'; });
  }).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
};

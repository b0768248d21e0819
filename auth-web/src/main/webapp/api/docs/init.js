// Swagger UI over our OpenAPI document; "Authorize" takes a bearer token (see the README).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi',
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: false
  });
};

// Starts Swagger UI on /api/docs/ with the API's OpenAPI document. A file of its own, not an inline
// script: the Content-Security-Policy allows scripts from this origin only.
window.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('swagger-ui');
  window.ui = window.SwaggerUIBundle({
    url: root.dataset.spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    // The default validator badge would load an image from validator.swagger.io.
    validatorUrl: null,
    // Swagger UI leaves its list of servers without a name for screen readers.
    onComplete: () => document.getElementById('servers')?.setAttribute('aria-label', 'Server'),
  });
});

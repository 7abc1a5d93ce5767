// /docs: Swagger UI over the server's own OpenAPI document. "Try it out" sends the token kept by the app, if any.
'use strict';
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  requestInterceptor: (req) => {
    const t = localStorage.getItem('faultline.token');
    if (t && !req.headers.Authorization) req.headers.Authorization = 'Bearer ' + t;
    return req;
  },
});
